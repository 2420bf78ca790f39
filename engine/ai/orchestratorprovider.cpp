// SPDX-License-Identifier: GPL-3.0-or-later
#include "orchestratorprovider.h"

#include "requestbuilder.h"

#include <QJsonDocument>

namespace altrunner {

QUrl OrchestratorProvider::inferenceUrl(const QUrl &base)
{
    // With the trailing slash: FastAPI answers the bare path with a 307 to this one.
    return join(base, QStringLiteral("/api/inference/"));
}

QUrl OrchestratorProvider::endpoint() const
{
    return inferenceUrl(config().aiServiceUrl);
}

QJsonObject OrchestratorProvider::requestBody(const AiRequest &request) const
{
    QJsonObject parameters {{QStringLiteral("temperature"), request.temperature},
                            {QStringLiteral("top_p"), request.topP},
                            {QStringLiteral("mode"), request.mode},
                            {QStringLiteral("persona"),
                             request.persona ? QJsonValue(*request.persona) : QJsonValue()},
                            {QStringLiteral("task_id"), request.taskId},
                            {QStringLiteral("execution_id"), request.executionId}};
    if (request.maxTokens)
        parameters.insert(QStringLiteral("max_tokens"), *request.maxTokens);
    for (auto it = request.context.begin(); it != request.context.end(); ++it)
        parameters.insert(it.key(), it.value());
    return QJsonObject {{QStringLiteral("model_id"), request.model},
                        {QStringLiteral("inputs"), RequestBuilder::flatPrompt(request)},
                        {QStringLiteral("parameters"), parameters}};
}

TokenUsage OrchestratorProvider::usageOf(const QJsonObject &meta, QStringView prompt,
                                         QStringView text)
{
    const QJsonObject usage = meta.value(QStringLiteral("usage")).toObject();
    auto output = TokenUsage::figure(usage.value(QStringLiteral("completion_tokens")));
    if (!output)
        output = TokenUsage::figure(meta.value(QStringLiteral("tokens_generated")));
    return TokenUsage::from(TokenUsage::figure(usage.value(QStringLiteral("prompt_tokens"))),
                            output, TokenUsage::figure(usage.value(QStringLiteral("total_tokens"))),
                            prompt, text);
}

std::optional<AiReply> OrchestratorProvider::parseAnswer(const QJsonObject &answer,
                                                         const AiRequest &request) const
{
    const QJsonValue outputs = answer.value(QStringLiteral("outputs"));
    AiReply r;
    if (outputs.isString()) {
        r.text = outputs.toString();
    } else if (outputs.isObject()) {
        // The service may return structured outputs; take the text where the usual keys hold it.
        const QJsonObject o = outputs.toObject();
        for (const char *key : {"text", "generated_text", "content", "output"}) {
            if (o.value(QLatin1String(key)).isString()) {
                r.text = o.value(QLatin1String(key)).toString();
                break;
            }
        }
        if (r.text.isNull())
            r.text = QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    } else {
        return std::nullopt;
    }
    r.provider = name();
    r.model = answer.value(QStringLiteral("model_id")).toString(request.model);
    const QJsonObject meta = answer.value(QStringLiteral("metadata")).toObject();
    r.usage = usageOf(meta, request.prompt, r.text);
    r.raw = answer;
    return r;
}

} // namespace altrunner
