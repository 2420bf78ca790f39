// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnostic.h"

#include <algorithm>

namespace altrunner {

QString Diagnostic::severityText() const
{
    return severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
}

QString Diagnostic::toText() const
{
    // Concatenated rather than arg()-formatted: a file name or message may itself contain "%1".
    return file + u':' + QString::number(line) + u':' + QString::number(column) + u": "
            + severityText() + u": " + message + u" [" + pointer + u']';
}

bool hasErrors(const Diagnostics &diagnostics)
{
    return std::any_of(diagnostics.cbegin(), diagnostics.cend(),
                       [](const Diagnostic &d) { return d.isError(); });
}

qsizetype errorCount(const Diagnostics &diagnostics)
{
    return std::count_if(diagnostics.cbegin(), diagnostics.cend(),
                         [](const Diagnostic &d) { return d.isError(); });
}

} // namespace altrunner
