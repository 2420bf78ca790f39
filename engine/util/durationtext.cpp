// SPDX-License-Identifier: GPL-3.0-or-later
#include "durationtext.h"

namespace altrunner {

QString DurationText::format(qint64 ms, Style style, const QLocale &locale)
{
    if (ms < 0)
        ms = 0;
    const bool compact = style == Style::Compact;
    if (ms < 1000 && !compact)
        return QStringLiteral("%1 ms").arg(ms);
    if (ms < 60000) {
        // Two decimals below ten seconds, where they still mean something to a person.
        const int decimals = compact ? 1 : (ms < 10000 ? 2 : 1);
        return locale.toString(double(ms) / 1000.0, 'f', decimals)
                + (compact ? QStringLiteral("s") : QStringLiteral(" s"));
    }
    const QString minutes = QString::number(ms / 60000);
    const QString secs = QStringLiteral("%1").arg(ms / 1000 % 60, 2, 10, QLatin1Char('0'));
    if (compact)
        return minutes + u'm' + secs + u's';
    return minutes + QStringLiteral(" min ") + secs + QStringLiteral(" s");
}

QString DurationText::seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'g', 6);
}

} // namespace altrunner
