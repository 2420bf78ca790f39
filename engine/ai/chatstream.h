// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sseparser.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace altrunner {

// The answer of an OpenAI-compatible chat completion sent as a stream (docs/engine.md
// "Streaming"): `data: {…}` chunks with choices[0].delta.content, a last chunk with the usage,
// then `data: [DONE]`. Put together here as the bytes come.
class ChatStream final
{
public:
    // Takes the next bytes; true when the text grew.
    bool feed(QByteArrayView bytes);

    bool isDone() const { return m_done; } // [DONE] arrived
    bool hasText() const { return m_sawContent; }
    const QString &text() const { return m_text; }
    const QString &refusal() const { return m_refusal; }
    const QString &finishReason() const { return m_finishReason; }
    const QString &model() const { return m_model; }
    // The usage chunk's "usage" object, when the server sent one.
    const std::optional<QJsonObject> &usage() const { return m_usage; }
    // An error the server put in the stream ({"error": {...}}), or a chunk that is not JSON.
    const QString &error() const { return m_error; }
    int chunks() const { return m_chunks; }

private:
    void chunk(const QByteArray &data);

    SseParser m_parser;
    QString m_text;
    QString m_refusal;
    QString m_finishReason;
    QString m_model;
    std::optional<QJsonObject> m_usage;
    QString m_error;
    bool m_done = false;
    bool m_sawContent = false;
    int m_chunks = 0;
};

} // namespace altrunner
