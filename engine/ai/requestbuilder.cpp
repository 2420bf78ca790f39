// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestbuilder.h"

#include "openaiprovider.h"

#include <algorithm>
#include <cmath>

namespace altrunner {

RequestBuilder::Sampling RequestBuilder::samplingFor(Mode mode)
{
    switch (mode) {
    case Mode::Normal:
        return {0.2, 1.0};
    case Mode::Explore:
        return {0.7, 0.95};
    case Mode::Dream:
        return {1.0, 0.95};
    case Mode::Chaos:
        return {1.4, 1.0};
    }
    return {};
}

RequestBuilder::RequestBuilder(const AltFile &alt, const EngineConfig &config, QString executionId,
                               std::optional<Mode> mode, std::optional<QString> persona)
    : m_alt(alt)
    , m_config(config)
    , m_executionId(std::move(executionId))
    , m_mode(mode.value_or(alt.mode))
    , m_persona(persona ? std::move(persona) : alt.persona)
{
}

AiRequest RequestBuilder::build(int task, const QString &prompt, int attempt, int timeoutMs) const
{
    const AltTask &t = m_alt.tasks.at(task);
    const Sampling sampling = samplingFor(m_mode);
    AiRequest r;
    r.taskId = t.id;
    r.executionId = m_executionId;
    r.attempt = attempt;
    r.prompt = prompt;
    r.model = model(task);
    r.mode = modeName(m_mode);
    r.persona = m_persona;
    r.temperature
            = t.parameters.value(QStringLiteral("temperature")).toDouble(sampling.temperature);
    r.topP = t.parameters.value(QStringLiteral("top_p")).toDouble(sampling.topP);
    r.maxTokens = t.parameters.value(QStringLiteral("max_tokens")).isDouble()
            ? t.parameters.value(QStringLiteral("max_tokens")).toInt()
            : m_config.aiMaxTokens;
    r.parameters = t.parameters;
    for (const char *key : {"language", "chaos_level"}) {
        const QJsonValue v = m_alt.metadata.value(QLatin1StringView(key));
        if (!v.isUndefined() && !v.isNull())
            r.context.insert(QLatin1StringView(key), v);
    }
    r.timeoutMs = timeoutMs;
    r.promptBytes = promptBytes(r, m_config.provider);
    return r;
}

qint64 RequestBuilder::promptBytes(const AiRequest &request, ProviderKind provider)
{
    // What each provider sends as text: the OpenAI chat API a system message and the prompt;
    // the orchestrator the prompt as `inputs` (mode and persona go as parameters); the mock
    // reads the prompt.
    qint64 bytes = request.prompt.toUtf8().size();
    if (provider == ProviderKind::OpenAi)
        bytes += QString(OpenAiProvider::systemMessage(request.mode, request.persona)
                         + OpenAiProvider::contextText(request))
                         .toUtf8()
                         .size();
    return bytes;
}

int RequestBuilder::attemptBudgetMs(int task) const
{
    const AltTask &t = m_alt.tasks.at(task);
    double seconds = t.timeoutSeconds.value_or(m_config.taskTimeoutSeconds);
    if (t.kind == TaskKind::Ai)
        seconds = std::min(seconds, m_config.aiTimeoutSeconds);
    return int(std::llround(seconds * 1000.0));
}

int RequestBuilder::taskBudgetMs(int task) const
{
    const AltTask &t = m_alt.tasks.at(task);
    return int(std::llround(t.timeoutSeconds.value_or(m_config.taskTimeoutSeconds) * 1000.0));
}

QString RequestBuilder::model(int task) const
{
    return m_alt.tasks.at(task)
            .parameters.value(QStringLiteral("model"))
            .toString(m_config.aiModel);
}

QJsonObject RequestBuilder::output(const AiReply &reply, std::optional<double> cost)
{
    QJsonObject o {{QStringLiteral("text"), reply.text},
                   {QStringLiteral("model"), reply.model},
                   {QStringLiteral("tokens_used"), reply.usage.total()},
                   {QStringLiteral("usage"), reply.usage.toJson()},
                   {QStringLiteral("cost"), cost ? QJsonValue(*cost) : QJsonValue()},
                   {QStringLiteral("provider"), reply.provider}};
    if (reply.simulated)
        o.insert(QStringLiteral("simulated"), true);
    // Time to first token and the speed after it (the whole latency for an answer that came in
    // one piece): the figures local servers are compared by.
    if (reply.ttftMs >= 0) {
        o.insert(QStringLiteral("ttft_ms"), reply.ttftMs);
        const qint64 ms = reply.generationMs > 0 ? reply.generationMs : reply.ttftMs;
        o.insert(QStringLiteral("tokens_per_second"),
                 reply.usage.output >= 0 && ms > 0
                         ? QJsonValue(std::round(reply.usage.output * 10000.0 / ms) / 10.0)
                         : QJsonValue());
    }
    if (reply.truncated)
        o.insert(QStringLiteral("truncated"), true);
    if (!reply.raw.isUndefined() && !reply.raw.isNull())
        o.insert(QStringLiteral("raw"), reply.raw);
    return o;
}

} // namespace altrunner
