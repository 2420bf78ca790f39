// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatstream.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace altrunner {

bool ChatStream::feed(QByteArrayView bytes)
{
    const qsizetype before = m_text.size();
    for (const SseParser::Event &e : m_parser.feed(bytes)) {
        if (m_done)
            break; // nothing counts after [DONE]
        chunk(e.data);
    }
    return m_text.size() > before;
}

void ChatStream::chunk(const QByteArray &data)
{
    const QByteArray trimmed = data.trimmed();
    if (trimmed == "[DONE]") {
        m_done = true;
        return;
    }
    ++m_chunks;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (m_error.isEmpty())
            m_error = QStringLiteral("a stream chunk is not JSON: %1")
                              .arg(QString::fromUtf8(trimmed.left(200)));
        return;
    }
    const QJsonObject o = doc.object();
    if (const QJsonValue err = o.value(QStringLiteral("error")); !err.isUndefined()) {
        if (!m_error.isEmpty())
            return; // the first fault tells most
        m_error = err.isObject() ? err.toObject().value(QStringLiteral("message")).toString()
                                 : err.toString();
        if (m_error.isEmpty())
            m_error = QString::fromUtf8(trimmed.left(200));
        return;
    }
    if (const QJsonValue model = o.value(QStringLiteral("model")); model.isString())
        m_model = model.toString();
    if (const QJsonValue usage = o.value(QStringLiteral("usage")); usage.isObject())
        m_usage = usage.toObject();
    const QJsonObject choice = o.value(QStringLiteral("choices")).toArray().at(0).toObject();
    const QJsonObject delta = choice.value(QStringLiteral("delta")).toObject();
    if (const QJsonValue content = delta.value(QStringLiteral("content")); content.isString()) {
        m_text += content.toString();
        m_sawContent = true;
    }
    if (const QJsonValue refusal = delta.value(QStringLiteral("refusal")); refusal.isString())
        m_refusal += refusal.toString();
    if (const QJsonValue reason = choice.value(QStringLiteral("finish_reason")); reason.isString())
        m_finishReason = reason.toString();
}

} // namespace altrunner
