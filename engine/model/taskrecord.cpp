// SPDX-License-Identifier: GPL-3.0-or-later
#include "taskrecord.h"

#include <QJsonDocument>

namespace altrunner {

QString TaskRecord::outputText() const
{
    const QJsonValue text = output.value(QStringLiteral("text"));
    if (text.isString())
        return text.toString();
    const QJsonValue message = output.value(QStringLiteral("message"));
    if (message.isString())
        return message.toString();
    return QString::fromUtf8(QJsonDocument(output).toJson(QJsonDocument::Compact));
}

} // namespace altrunner
