// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aicall.h"
#include "alt/altfile.h"
#include "config/engineconfig.h"
#include "config/modelcatalog.h"

#include <QHash>
#include <QJsonArray>

#include <memory>
#include <optional>

namespace altrunner {

// Turns one task of a run into the AiRequest a provider sends (docs/engine.md "AI providers"):
// model, mode, persona and the mode's sampling, with the task's own parameters winning. One
// builder serves the real attempts and the simulated fallback, so both ask the same question.
class RequestBuilder final
{
public:
    struct Sampling
    {
        double temperature = 0.2;
        double topP = 1.0;
    };
    // The mode sampling table of docs/engine.md.
    static Sampling samplingFor(Mode mode);

    // `mode` and `persona` override the file's when set (a run's options); `models`: the models
    // file, if the run has one.
    RequestBuilder(const AltFile &alt, const EngineConfig &config, QString executionId,
                   std::optional<Mode> mode = std::nullopt,
                   std::optional<QString> persona = std::nullopt,
                   std::shared_ptr<const ModelCatalog> models = nullptr);

    Mode mode() const { return m_mode; }
    const std::optional<QString> &persona() const { return m_persona; }

    // `prompt` has its placeholders filled; `attempt` is 1-based; `timeoutMs` is the attempt's;
    // `route` is the place in the task's chain of models (0: its own, then its fallbacks).
    AiRequest build(int task, const QString &prompt, int attempt, int timeoutMs,
                    int route = 0) const;
    // A request to grade `task`'s answer (an llm-rubric check, docs/outputs.md "Checks on
    // answers"): to the models file's `grader` alias when there is one, else the model the task
    // is at; `system` and `prompt` say what to judge, `schema` what the verdict must match.
    AiRequest buildGrading(int task, const QString &system, const QString &prompt,
                           std::shared_ptr<const OutputSchema> schema, int attempt, int timeoutMs,
                           int route) const;
    // A repair attempt of `request` (docs/outputs.md "Repaired"): the same conversation, the
    // invalid answer as the assistant's turn and the problems (at most 10) as the user's.
    static void askToRepair(AiRequest &request, const QString &invalidAnswer,
                            const QList<OutputSchema::Problem> &problems);

    // The models `task` asks, in order: its alias and that alias's fallbacks; the plain
    // configuration alone without a models file.
    QList<ModelRoute> chain(int task) const;
    // What `task` names as its model before any models file is consulted: --model (with a
    // models file), its parameters.model, the file's model, else AI_MODEL.
    QString modelName(int task) const;
    // Why the run cannot start with this models file: names it does not define (listing those
    // it does), keys that are not set. Empty: fine.
    QStringList routeProblems() const;

    // The chat messages an OpenAI-compatible server is sent: the system message (with the
    // schema when it goes in the prompt), the user's prompt, and a repair's two turns.
    static QJsonArray chatMessages(const AiRequest &request);
    // response_format for an OpenAI-compatible server, or an empty object for none.
    static QJsonObject responseFormat(const AiRequest &request);
    // Whether the schema travels in the prompt (json_object, the orchestrator) rather than as
    // a strict json_schema.
    static bool schemaGoesInPrompt(const AiRequest &request);
    // What a provider without chat turns (the orchestrator) gets as its input text.
    static QString flatPrompt(const AiRequest &request);

    // How long one attempt of `task` may take: its timeout_seconds, else TASK_TIMEOUT_SECONDS,
    // and for AI tasks at most AI_TIMEOUT_SECONDS (docs/engine.md "Time-outs").
    int attemptBudgetMs(int task) const;
    // The task's own time-out (timeout_seconds, else TASK_TIMEOUT_SECONDS): what bounds an
    // attempt once its answer has started to stream.
    int taskBudgetMs(int task) const;

    // UTF-8 bytes of everything `request` sends as its prompt to `provider`
    // (AiRequest::promptBytes).
    static qint64 promptBytes(const AiRequest &request, ProviderKind provider);

    // What an AI task's successful reply becomes in its result's `output` (docs/formats.md).
    // `cost`: the answer's, or unknown (null in the file).
    static QJsonObject output(const AiReply &reply, std::optional<double> cost);

private:
    const AltFile &m_alt;
    const EngineConfig &m_config;
    QString m_executionId;
    Mode m_mode;
    std::optional<QString> m_persona;
    std::shared_ptr<const ModelCatalog> m_models;
    ModelRoute m_plain; // the route without a models file (or for tasks that name no alias)
    // Chains by the name a task gives, built on first use: few names, many tasks.
    mutable QHash<QString, QList<ModelRoute>> m_chains;
};

} // namespace altrunner
