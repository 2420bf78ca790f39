// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpprovider.h"

namespace altrunner {

// Any OpenAI-compatible server (Ollama, llama.cpp server, vLLM, LM Studio, OpenAI, a proxy):
// POST {url}/chat/completions, or {url}/v1/chat/completions for a bare host, streamed unless
// AI_STREAM=false (docs/engine.md "The AI service", "Streaming").
class OpenAiProvider final : public HttpProvider
{
public:
    using HttpProvider::HttpProvider;

    QString name() const override { return QStringLiteral("openai"); }

    // As the OpenAI SDKs join a base URL: one with a path (".../v1", "/openai/deployments/x")
    // gets PATH appended; a bare host gets /v1/PATH.
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
    bool streams() const override { return config().aiStream; }
    AiReply streamedAnswer(const ChatStream &stream, const AiRequest &request) const override;

private:
    AiReply refused(const QString &refusal) const;
    AiReply filtered() const;
};

} // namespace altrunner
