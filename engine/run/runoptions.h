// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "admission/admission.h"
#include "ai/aiprovider.h"
#include "alt/altfile.h"
#include "config/engineconfig.h"
#include "config/modelcatalog.h"
#include "model/approval.h"
#include "model/taskrecord.h"
#include "spend/pricing.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <QSet>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace altrunner {

// What distinguishes one run of an ALT file from another: overrides, policies, carried results.
struct RunOptions
{
    std::optional<Mode> mode; // overrides the file's
    std::optional<QString> persona; // overrides the file's
    bool failFast = false; // stop everything at the first task that fails
    QJsonObject requestMetadata; // e.g. the REST request's metadata; kept in the LAST file
    int retryBaseDelayMs = 1000; // docs/engine.md's 1 s; tests shrink it
    std::optional<quint32> randomSeed; // for reproducible back-off in tests
    QString executionId; // empty: a new UUID
    QString trigger = QStringLiteral("cli"); // who started the run: cli, gui, api

    // Set when a connection check found the AI service absent: AI tasks then fail at once with
    // this reason instead of each retrying against nothing.
    QString aiUnavailableReason;
    // Ask the AI service whether anything answers at its address before the first AI attempt
    // (ConnectionCheck, at most 5 s). If nothing listens there (connection refused, unknown
    // host), the run says so once and AI tasks fail at once with that reason, or get the marked
    // mock answer under AI_FALLBACK_TO_MOCK. A slow or faulty service is left to the tasks' own
    // time-outs and retries. The console, the window and the REST API all turn it on.
    bool checkAiService = false;

    // The run's admission stage (docs/engine.md "The run pipeline"), made in the run's own
    // thread when it starts; none: every attempt goes out as soon as a slot is free.
    std::function<std::unique_ptr<Admission>()> admission;
    // The pricing file's prices (RunLauncher::preflight loads it); none: costs are unknown.
    std::shared_ptr<const Pricing> pricing;
    // The models file (docs/outputs.md "Models, aliases and fallbacks"; preflight loads it, or
    // the REST API's request brings it inline); none: the plain configuration.
    std::shared_ptr<const ModelCatalog> models;
    // The AI provider, made in the run's thread when it starts; none: the one the configuration
    // names (createProvider). For tests that record what is sent, and for embedding.
    std::function<std::unique_ptr<AiProvider>(const EngineConfig &)> provider;

    // Write the crash journal next to the LAST file (docs/engine.md "Crash safety and resume").
    bool journal = true;
    // Resuming a killed run: the tasks that had finished, by id, with their records; they are
    // not run again. The run keeps its execution id and its original start.
    struct Resume
    {
        QHash<QString, TaskRecord> finished;
        // Decisions the journal holds that had not taken effect when the run stopped.
        QHash<QString, ApprovalDecision> decisions;
        int resumed = 1; // how many times this run has been resumed, this time included
        qint64 startedAtMs = 0; // the original start
    };
    std::optional<Resume> resume;

    // Re-run failed: results of tasks that completed in an earlier run, by task id, written as
    // they were; those tasks are not run again.
    QHash<QString, QJsonObject> carriedResults;
    QString carriedFromExecutionId;
    // Re-run from here: tasks asked afresh, past the result cache (their new answers are
    // stored); the chosen tasks and everything downstream of them.
    QSet<QString> askAfresh;
    QStringList rerunFrom; // the chosen tasks, as asked for (kept in the LAST file)

    // Approval gates (docs/approvals.md): who decides. Ask: a person, through the window, the
    // REST API or the console's prompt, and the run waits for them (park() stops it with its
    // gates still waiting). Park: nobody can now; the run goes on with everything else, then
    // stops with status "waiting". All / None: every gate approved / rejected without asking
    // (--approve all|none, said in the LAST file).
    enum class Approvals : quint8 { Ask, Park, All, None };
    Approvals approvals = Approvals::Ask;
    // Decisions given before the gates open (resume --approve TASK=yes|no[:reason]), by task id.
    QHash<QString, ApprovalDecision> decisions;
};

} // namespace altrunner
