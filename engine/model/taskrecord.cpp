// SPDX-License-Identifier: GPL-3.0-or-later
#include "taskrecord.h"

#include "schema/answerjson.h"

#include <QJsonDocument>

namespace altrunner {

QJsonObject TaskRecord::outputObject() const
{
    if (!message.isNull())
        return {{QStringLiteral("message"), message}};
    return output.object();
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
    const QJsonObject o = output.object();
    const QJsonValue text = o.value(QStringLiteral("text"));
    if (text.isString())
        return text.toString();
    const QJsonValue messageValue = o.value(QStringLiteral("message"));
    if (messageValue.isString())
        return messageValue.toString();
    return output.isEmpty() ? QStringLiteral("{}") : QString::fromUtf8(output.bytes());
}

QString TaskRecord::outputText(const QStringList &path) const
{
    if (path.isEmpty())
        return outputText();
    const QJsonObject o = output.object();
    QJsonValue json = o.value(QStringLiteral("json"));
    if (json.isUndefined()) {
        const auto parsed = AnswerJson::parse(o.value(QStringLiteral("text")).toString());
        if (!parsed)
            return QString();
        json = *parsed;
    }
    return AnswerJson::inserted(AnswerJson::pick(json, path));
}

} // namespace altrunner
