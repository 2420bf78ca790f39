// SPDX-License-Identifier: GPL-3.0-or-later
#include "placeholders.h"

namespace altrunner {

QList<Placeholders::Found> Placeholders::find(QStringView prompt)
{
    QList<Found> found;
    qsizetype from = 0;
    while (true) {
        const qsizetype open = prompt.indexOf(u"{{", from);
        if (open < 0)
            break;
        // The name runs to the first brace of either kind; only "}}" there closes it. "{{{x}}"
        // is a literal "{" before the placeholder "{{x}}", as a regular expression would read it.
        qsizetype i = open + 2;
        while (i < prompt.size() && prompt.at(i) != u'{' && prompt.at(i) != u'}')
            ++i;
        if (i + 1 < prompt.size() && prompt.at(i) == u'}' && prompt.at(i + 1) == u'}') {
            found.append({open, i + 2, prompt.mid(open + 2, i - open - 2).trimmed()});
            from = i + 2;
        } else {
            from = open + 1;
        }
    }
    return found;
}

QString Placeholders::render(QStringView prompt, const QList<PromptSlot> &filled,
                             const std::function<QString(const PromptSlot &)> &outputOf)
{
    if (filled.isEmpty())
        return prompt.toString();
    QString out;
    qsizetype last = 0;
    for (const PromptSlot &slot : filled) {
        out += prompt.mid(last, slot.start - last);
        out += outputOf(slot);
        last = slot.end;
    }
    out += prompt.mid(last);
    return out;
}

} // namespace altrunner
