// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestbuilder.h"

#include "openaiprovider.h"

#include <QCoreApplication>

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
                               std::optional<Mode> mode, std::optional<QString> persona,
                               std::shared_ptr<const ModelCatalog> models)
    : m_alt(alt)
    , m_config(config)
    , m_executionId(std::move(executionId))
    , m_mode(mode.value_or(alt.mode))
    , m_persona(persona ? std::move(persona) : alt.persona)
    , m_models(std::move(models))
{
    m_plain.provider = config.provider;
    m_plain.url = config.aiServiceUrl;
    m_plain.model = config.aiModel;
}

QString RequestBuilder::modelName(int task) const
{
    if (m_models && m_config.modelChosen)
        return m_config.aiModel;
    const QJsonValue own = m_alt.tasks.at(task).parameters.value(QStringLiteral("model"));
    if (own.isString())
        return own.toString();
    return m_alt.model.isEmpty() ? m_config.aiModel : m_alt.model;
}

QList<ModelRoute> RequestBuilder::chain(int task) const
{
    const QString name = modelName(task);
    if (const auto it = m_chains.constFind(name); it != m_chains.cend())
        return *it;
    QList<ModelRoute> routes;
    if (m_models && m_models->contains(name)) {
        for (const QString &alias : m_models->chain(name))
            routes.append(m_models->route(alias));
    } else {
        // No models file, or a task that names no alias (AI_MODEL's default): as without one.
        ModelRoute plain = m_plain;
        plain.model = name;
        routes.append(plain);
    }
    m_chains.insert(name, routes);
    return routes;
}

QStringList RequestBuilder::routeProblems() const
{
    if (!m_models)
        return {};
    QStringList problems;
    QStringList used;
    for (int i = 0; i < int(m_alt.tasks.size()); ++i) {
        if (m_alt.tasks.at(i).kind != TaskKind::Ai)
            continue;
        const QString name = modelName(i);
        // AI_MODEL's value without a --model is the plain configuration's model, not an alias.
        const bool named = m_config.modelChosen
                || m_alt.tasks.at(i).parameters.value(QStringLiteral("model")).isString()
                || !m_alt.model.isEmpty();
        if (!named || used.contains(name))
            continue;
        used.append(name);
        if (!m_models->contains(name)) {
            const QString problem = m_models->unknownAlias(name);
            if (!problems.contains(problem))
                problems.append(problem);
        }
    }
    QStringList aliases;
    for (const QString &name : std::as_const(used))
        if (m_models->contains(name))
            aliases += m_models->chain(name);
    // With workers, the keys are in the workers' environments, not here (docs/distributed.md).
    const QStringList missing
            = m_config.workersUrl.isEmpty() ? m_models->missingKeys(aliases) : QStringList();
    for (const QString &variable : missing)
        problems.append(
                QCoreApplication::translate("altrunner::ModelCatalog",
                                            "the models file names %1 for a key, but it is not set")
                        .arg(variable));
    return problems;
}

AiRequest RequestBuilder::build(int task, const QString &prompt, int attempt, int timeoutMs,
                                int route) const
{
    const AltTask &t = m_alt.tasks.at(task);
    const Sampling sampling = samplingFor(m_mode);
    AiRequest r;
    r.taskId = t.id;
    r.executionId = m_executionId;
    r.attempt = attempt;
    r.prompt = prompt;
    {
        const QList<ModelRoute> routes = chain(task);
        const ModelRoute &to = routes.at(std::clamp<qsizetype>(route, 0, routes.size() - 1));
        r.model = to.model;
        r.alias = to.alias;
        r.provider = to.provider;
        r.serviceUrl = to.url;
    }
    if (t.schema >= 0)
        r.schema = m_alt.schemas.at(t.schema);
    r.schemaInPrompt = m_config.schemaInPrompt;
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
    r.promptBytes = promptBytes(r, r.provider);
    return r;
}

AiRequest RequestBuilder::buildGrading(int task, const QString &system, const QString &prompt,
                                       std::shared_ptr<const OutputSchema> schema, int attempt,
                                       int timeoutMs, int route) const
{
    AiRequest r = build(task, prompt, attempt, timeoutMs, route);
    if (m_models && m_models->contains(QStringLiteral("grader"))) {
        const ModelRoute grader = m_models->route(QStringLiteral("grader"));
        r.model = grader.model;
        r.alias = grader.alias;
        r.provider = grader.provider;
        r.serviceUrl = grader.url;
    }
    r.system = system;
    r.schema = std::move(schema);
    r.temperature = 0; // a verdict, not a draft: the same answer to the same question
    r.topP = 1;
    r.maxTokens = m_config.aiMaxTokens;
    r.parameters = {}; // the task's knobs (and the mock's faults) are the task's, not the grader's
    r.promptBytes = promptBytes(r, r.provider);
    return r;
}

void RequestBuilder::askToRepair(AiRequest &request, const QString &invalidAnswer,
                                 const QList<OutputSchema::Problem> &problems)
{
    QStringList lines;
    for (qsizetype i = 0; i < problems.size() && i < 10; ++i) {
        const OutputSchema::Problem &p = problems.at(i);
        lines.append(QStringLiteral("- %1: %2")
                             .arg(p.pointer.isEmpty() ? QStringLiteral("(root)") : p.pointer,
                                  p.message));
    }
    request.invalidAnswer = invalidAnswer;
    request.repairMessage
            = QStringLiteral("Your answer does not match the required JSON Schema:\n%1\n"
                             "Reply with the corrected JSON only, no other text.")
                      .arg(lines.join(u'\n'));
    request.promptBytes = promptBytes(request, request.provider);
}

bool RequestBuilder::schemaGoesInPrompt(const AiRequest &request)
{
    return request.schema
            && (request.provider != ProviderKind::OpenAi || request.schemaInPrompt
                || !request.schema->isStrict());
}

namespace {

QString schemaInstruction(const AiRequest &request)
{
    return QStringLiteral("Answer with one JSON value only, no other text, matching this JSON "
                          "Schema: ")
            + QString::fromUtf8(request.schema->canonical());
}

} // namespace

QJsonArray RequestBuilder::chatMessages(const AiRequest &request)
{
    QString system = !request.system.isEmpty()
            ? request.system
            : OpenAiProvider::systemMessage(request.mode, request.persona)
                    + OpenAiProvider::contextText(request);
    if (schemaGoesInPrompt(request))
        system += u' ' + schemaInstruction(request);
    QJsonArray messages {QJsonObject {{QStringLiteral("role"), QStringLiteral("system")},
                                      {QStringLiteral("content"), system}},
                         QJsonObject {{QStringLiteral("role"), QStringLiteral("user")},
                                      {QStringLiteral("content"), request.prompt}}};
    if (!request.repairMessage.isEmpty()) {
        messages.append(QJsonObject {{QStringLiteral("role"), QStringLiteral("assistant")},
                                     {QStringLiteral("content"), request.invalidAnswer}});
        messages.append(QJsonObject {{QStringLiteral("role"), QStringLiteral("user")},
                                     {QStringLiteral("content"), request.repairMessage}});
    }
    return messages;
}

QJsonObject RequestBuilder::responseFormat(const AiRequest &request)
{
    if (!request.schema)
        return {};
    if (schemaGoesInPrompt(request))
        return {{QStringLiteral("type"), QStringLiteral("json_object")}};
    // OpenAI's name: letters, digits, '_' and '-', at most 64.
    QString name;
    for (const QChar c : request.taskId)
        name += (c.isLetterOrNumber() && c.unicode() < 128) || c == u'_' || c == u'-' ? c : u'_';
    name = name.left(64);
    if (name.isEmpty())
        name = QStringLiteral("answer");
    return {{QStringLiteral("type"), QStringLiteral("json_schema")},
            {QStringLiteral("json_schema"),
             QJsonObject {{QStringLiteral("name"), name},
                          {QStringLiteral("schema"), request.schema->json()},
                          {QStringLiteral("strict"), true}}}};
}

QString RequestBuilder::flatPrompt(const AiRequest &request)
{
    QString text = request.system.isEmpty()
            ? request.prompt
            : request.system + QStringLiteral("\n\n") + request.prompt;
    if (request.schema)
        text += QStringLiteral("\n\n") + schemaInstruction(request);
    if (!request.repairMessage.isEmpty())
        text += QStringLiteral("\n\nYour previous answer was:\n") + request.invalidAnswer
                + QStringLiteral("\n\n") + request.repairMessage;
    return text;
}

qint64 RequestBuilder::promptBytes(const AiRequest &request, ProviderKind provider)
{
    // What each provider sends as text: the OpenAI chat API its messages (and a strict schema);
    // the orchestrator the flat prompt as `inputs` (mode and persona go as parameters); the mock
    // reads the prompt.
    if (provider == ProviderKind::OpenAi) {
        qint64 bytes = 0;
        for (const QJsonValue &m : chatMessages(request))
            bytes += m.toObject().value(QStringLiteral("content")).toString().toUtf8().size();
        if (request.schema && !schemaGoesInPrompt(request))
            bytes += request.schema->canonical().size();
        return bytes;
    }
    if (provider == ProviderKind::Orchestrator)
        return flatPrompt(request).toUtf8().size();
    return request.prompt.toUtf8().size();
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

QJsonObject RequestBuilder::output(const AiReply &reply, std::optional<double> cost)
{
    QJsonObject o {{QStringLiteral("text"), reply.text},
                   {QStringLiteral("model"), reply.model},
                   {QStringLiteral("tokens_used"), reply.usage.total()},
                   {QStringLiteral("usage"), reply.usage.toJson()},
                   {QStringLiteral("cost"), cost ? QJsonValue(*cost) : QJsonValue()},
                   {QStringLiteral("provider"), reply.provider}};
    if (!reply.json.isUndefined())
        o.insert(QStringLiteral("json"), reply.json);
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
