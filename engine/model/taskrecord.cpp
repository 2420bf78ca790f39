// SPDX-License-Identifier: GPL-3.0-or-later
#include "taskrecord.h"

#include <QJsonDocument>

namespace altrunner {

QJsonObject TaskRecord::outputObject() const
{
    if (!message.isNull())
        return {{QStringLiteral("message"), message}};
    return output;
}

const TaskRecord::Extra &TaskRecord::extra() const
{
    static const Extra none;
    return m_extra ? *m_extra : none;
}

TaskRecord::Extra &TaskRecord::extraForWrite()
{
    if (!m_extra)
        m_extra = new Extra;
    return *m_extra; // detaches when a copy shares it
}

QString TaskRecord::outputText() const
{
    if (!message.isNull())
        return message;
    const QJsonValue text = output.value(QStringLiteral("text"));
    if (text.isString())
        return text.toString();
    const QJsonValue messageValue = output.value(QStringLiteral("message"));
    if (messageValue.isString())
        return messageValue.toString();
    return QString::fromUtf8(QJsonDocument(output).toJson(QJsonDocument::Compact));
}

} // namespace altrunner
