// SPDX-License-Identifier: GPL-3.0-or-later
#include "openaiprovider.h"

#include "chatstream.h"
#include "requestbuilder.h"

#include <QJsonArray>

namespace altrunner {

QUrl OpenAiProvider::apiUrl(const QUrl &base, const QString &path)
{
    QString basePath = base.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    return join(base, basePath.isEmpty() ? QStringLiteral("/v1") + path : path);
}

QString OpenAiProvider::systemMessage(const QString &mode, const std::optional<QString> &persona)
{
    QString style;
    if (mode == u"explore")
        style = QStringLiteral("Explore several angles and alternatives.");
    else if (mode == u"dream")
        style = QStringLiteral("Be imaginative and free in your associations.");
    else if (mode == u"chaos")
        style = QStringLiteral("Be unconventional and surprising.");
    else
        style = QStringLiteral("Answer precisely and factually.");
    const QString who = persona && !persona->isEmpty()
            ? QStringLiteral("You are acting as: %1. ").arg(*persona)
            : QString();
    return who + QStringLiteral("Mode: %1. ").arg(mode) + style;
}

QString OpenAiProvider::contextText(const AiRequest &request)
{
    QString text;
    const QJsonValue language = request.context.value(QStringLiteral("language"));
    if (language.isString())
        text += QStringLiteral(" Answer in the language with code '%1'.").arg(language.toString());
    const QJsonValue chaos = request.context.value(QStringLiteral("chaos_level"));
    if (chaos.isDouble())
        text += QStringLiteral(" Chaos level: %1 of 10.").arg(chaos.toInt());
    return text;
}

TokenUsage OpenAiProvider::usageOf(const QJsonObject &answer, QStringView prompt, QStringView text)
{
    const QJsonObject usage = answer.value(QStringLiteral("usage")).toObject();
    return TokenUsage::from(TokenUsage::figure(usage.value(QStringLiteral("prompt_tokens"))),
                            TokenUsage::figure(usage.value(QStringLiteral("completion_tokens"))),
                            TokenUsage::figure(usage.value(QStringLiteral("total_tokens"))), prompt,
                            text);
}

QUrl OpenAiProvider::endpoint() const
{
    return apiUrl(config().aiServiceUrl, QStringLiteral("/chat/completions"));
}

QJsonObject OpenAiProvider::requestBody(const AiRequest &request) const
{
    QJsonObject body {{QStringLiteral("model"), request.model},
                      {QStringLiteral("messages"), RequestBuilder::chatMessages(request)},
                      {QStringLiteral("temperature"), request.temperature},
                      {QStringLiteral("top_p"), request.topP}};
    if (request.maxTokens)
        body.insert(QStringLiteral("max_tokens"), *request.maxTokens);
    if (const QJsonObject format = RequestBuilder::responseFormat(request); !format.isEmpty())
        body.insert(QStringLiteral("response_format"), format);
    if (streams()) {
        body.insert(QStringLiteral("stream"), true);
        body.insert(QStringLiteral("stream_options"),
                    QJsonObject {{QStringLiteral("include_usage"), true}});
    }
    return body;
}

std::optional<AiReply> OpenAiProvider::parseAnswer(const QJsonObject &answer,
                                                   const AiRequest &request) const
{
    const QJsonObject choice = answer.value(QStringLiteral("choices")).toArray().at(0).toObject();
    const QJsonObject message = choice.value(QStringLiteral("message")).toObject();
    const QJsonValue content = message.value(QStringLiteral("content"));
    const QJsonValue refusal = message.value(QStringLiteral("refusal"));
    if (!content.isString() && refusal.isString() && !refusal.toString().isEmpty())
        return refused(refusal.toString());
    if (!content.isString())
        return std::nullopt;
    if (choice.value(QStringLiteral("finish_reason")).toString() == u"content_filter")
        return filtered();
    AiReply r;
    r.text = content.toString();
    r.truncated = choice.value(QStringLiteral("finish_reason")).toString() == u"length";
    r.provider = name();
    r.model = answer.value(QStringLiteral("model")).toString(request.model);
    r.usage = usageOf(answer, request.prompt, r.text);
    r.raw = answer;
    return r;
}

AiReply OpenAiProvider::refused(const QString &refusal) const
{
    // The model declined: asking again gets the same, so the task fails at once and says why.
    AiReply r;
    r.provider = name();
    r.retryable = false;
    r.fallBack = true;
    r.error = tr("the model refused to answer: %1").arg(refusal.left(1000));
    return r;
}

AiReply OpenAiProvider::filtered() const
{
    // The service's content filter stopped the answer: the same model stops it again.
    AiReply r;
    r.provider = name();
    r.retryable = false;
    r.fallBack = true;
    r.error = tr("the service's content filter stopped the answer");
    return r;
}

AiReply OpenAiProvider::streamedAnswer(const ChatStream &stream, const AiRequest &request) const
{
    if (!stream.hasText() && !stream.refusal().isEmpty())
        return refused(stream.refusal());
    if (stream.finishReason() == u"content_filter")
        return filtered();
    AiReply r;
    r.ok = true;
    r.text = stream.text();
    r.provider = name();
    r.model = stream.model().isEmpty() ? request.model : stream.model();
    QJsonObject raw {{QStringLiteral("streamed"), true},
                     {QStringLiteral("chunks"), stream.chunks()},
                     {QStringLiteral("finish_reason"), stream.finishReason()}};
    QJsonObject usageHolder;
    if (stream.usage()) {
        raw.insert(QStringLiteral("usage"), *stream.usage());
        usageHolder.insert(QStringLiteral("usage"), *stream.usage());
    }
    r.usage = usageOf(usageHolder, request.prompt, r.text);
    r.truncated = stream.finishReason() == u"length";
    r.raw = raw;
    return r;
}

} // namespace altrunner
