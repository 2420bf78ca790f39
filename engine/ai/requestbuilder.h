// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aicall.h"
#include "alt/altfile.h"
#include "config/engineconfig.h"

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

    // `mode` and `persona` override the file's when set (a run's options).
    RequestBuilder(const AltFile &alt, const EngineConfig &config, QString executionId,
                   std::optional<Mode> mode = std::nullopt,
                   std::optional<QString> persona = std::nullopt);

    Mode mode() const { return m_mode; }
    const std::optional<QString> &persona() const { return m_persona; }

    // `prompt` has its placeholders filled; `attempt` is 1-based; `timeoutMs` is the attempt's.
    AiRequest build(int task, const QString &prompt, int attempt, int timeoutMs) const;

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
    // The model `task` asks: its parameters.model, else AI_MODEL.
    QString model(int task) const;

private:
    const AltFile &m_alt;
    const EngineConfig &m_config;
    QString m_executionId;
    Mode m_mode;
    std::optional<QString> m_persona;
};

} // namespace altrunner
