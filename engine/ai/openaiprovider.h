// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpprovider.h"

namespace altrunner {

// Any OpenAI-compatible server (Ollama, llama.cpp server, vLLM, LM Studio, OpenAI):
// POST {url}/v1/chat/completions.
class OpenAiProvider final : public HttpProvider
{
public:
    using HttpProvider::HttpProvider;

    QString name() const override { return QStringLiteral("openai"); }

    // {url}/v1/PATH, without doubling a /v1 the URL already ends with.
    static QUrl apiUrl(const QUrl &base, const QString &path);
    static QString systemMessage(const QString &mode, const std::optional<QString> &persona);
    // The request's context (language, chaos level) as sentences for the system message.
    static QString contextText(const AiRequest &request);
    // usage.prompt_tokens / completion_tokens / total_tokens, estimated where missing.
    static TokenUsage usageOf(const QJsonObject &answer, QStringView prompt, QStringView text);

protected:
    QUrl endpoint() const override;
    QJsonObject requestBody(const AiRequest &request) const override;
    std::optional<AiReply> parseAnswer(const QJsonObject &answer,
                                       const AiRequest &request) const override;
};

} // namespace altrunner
