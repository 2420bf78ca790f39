// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include <QCoreApplication>

namespace altrunner {

CommandLine::CommandLine(const QStringList &words, const QSet<QString> &valued,
                         const QSet<QString> &flags, const QSet<QString> &repeatable)
{
    auto tr = [](const char *s) {
        return QCoreApplication::translate("altrunner::CommandLine", s);
    };
    bool onlyPositional = false;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &w = words.at(i);
        if (onlyPositional || !w.startsWith(QStringLiteral("--"))) {
            if (!onlyPositional && w.startsWith(u'-') && w.size() > 1) {
                m_error = tr("unknown option '%1'").arg(w);
                return;
            }
            m_positional.append(w);
            continue;
        }
        if (w == u"--") {
            onlyPositional = true;
            continue;
        }
        const qsizetype eq = w.indexOf(u'=');
        const QString name = w.mid(2, eq < 0 ? -1 : eq - 2);
        if (valued.contains(name)) {
            if (m_values.contains(name) && !repeatable.contains(name)) {
                m_error = tr("option '--%1' given twice").arg(name);
                return;
            }
            if (eq >= 0) {
                m_values.insert(name, w.mid(eq + 1));
            } else if (i + 1 < words.size()) {
                m_values.insert(name, words.at(++i));
            } else {
                m_error = tr("option '--%1' needs a value").arg(name);
                return;
            }
            if (repeatable.contains(name))
                m_repeated[name].append(m_values.value(name));
        } else if (flags.contains(name)) {
            if (eq >= 0) {
                m_error = tr("option '--%1' takes no value").arg(name);
                return;
            }
            m_flags.insert(name);
        } else {
            m_error = tr("unknown option '--%1'").arg(name);
            return;
        }
    }
}

std::optional<QString> CommandLine::value(const QString &name) const
{
    const auto it = m_values.constFind(name);
    if (it == m_values.cend())
        return std::nullopt;
    return *it;
}

} // namespace altrunner
