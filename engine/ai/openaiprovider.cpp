// SPDX-License-Identifier: GPL-3.0-or-later
#include "openaiprovider.h"

#include <QJsonArray>

namespace altrunner {

QUrl OpenAiProvider::apiUrl(const QUrl &base, const QString &path)
{
    QString basePath = base.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    return join(base,
                basePath.endsWith(QStringLiteral("/v1")) ? path : QStringLiteral("/v1") + path);
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
    const QJsonArray messages {QJsonObject {{QStringLiteral("role"), QStringLiteral("system")},
                                            {QStringLiteral("content"),
                                             QString(systemMessage(request.mode, request.persona)
                                                     + contextText(request))}},
                               QJsonObject {{QStringLiteral("role"), QStringLiteral("user")},
                                            {QStringLiteral("content"), request.prompt}}};
    QJsonObject body {{QStringLiteral("model"), request.model},
                      {QStringLiteral("messages"), messages},
                      {QStringLiteral("temperature"), request.temperature},
                      {QStringLiteral("top_p"), request.topP}};
    if (request.maxTokens)
        body.insert(QStringLiteral("max_tokens"), *request.maxTokens);
    return body;
}

std::optional<AiReply> OpenAiProvider::parseAnswer(const QJsonObject &answer,
                                                   const AiRequest &request) const
{
    const QJsonValue content = answer.value(QStringLiteral("choices"))
                                       .toArray()
                                       .at(0)
                                       .toObject()
                                       .value(QStringLiteral("message"))
                                       .toObject()
                                       .value(QStringLiteral("content"));
    if (!content.isString())
        return std::nullopt;
    AiReply r;
    r.text = content.toString();
    r.provider = name();
    r.model = answer.value(QStringLiteral("model")).toString(request.model);
    r.usage = usageOf(answer, request.prompt, r.text);
    r.raw = answer;
    return r;
}

} // namespace altrunner
