// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

namespace altrunner {

// How the product writes a duration for a person: one formatter for the console, the window and
// messages, so "1.25 s" means the same everywhere.
class DurationText final
{
public:
    enum class Style {
        Readable, // "850 ms", "1.25 s", "12.5 s", "3 min 05 s": the window and messages
        Compact, // "0.9s", "12.5s", "3m05s": the console's progress line, where width is scarce
    };
    // Files and the console write numbers the C way ("1.25 s"); the window passes its locale
    // ("1,25 s" in Turkish).
    static QString format(qint64 ms, Style style = Style::Readable,
                          const QLocale &locale = QLocale::c());
    // Seconds with as many digits as needed and no more: "0.5", "2", "1.234" (limits in errors).
    static QString seconds(qint64 ms);
};

} // namespace altrunner
