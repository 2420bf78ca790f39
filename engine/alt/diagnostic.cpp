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

QString typeName(const QJsonValue &v, TypeWords words)
{
    const bool yaml = words == TypeWords::Yaml;
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return yaml ? QStringLiteral("a list") : QStringLiteral("an array");
    case QJsonValue::Object:
        return yaml ? QStringLiteral("a mapping") : QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return yaml ? QStringLiteral("nothing") : QStringLiteral("undefined");
}

} // namespace altrunner
