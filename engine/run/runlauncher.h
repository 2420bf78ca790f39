// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alt/altfile.h"
#include "config/engineconfig.h"
#include "runoptions.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <optional>

namespace altrunner {

class Run;
class RunRegistry;

// A run to start: the ALT file, how to run it, and where.
struct RunRequest
{
    std::shared_ptr<const AltFile> alt;
    RunOptions options;
    EngineConfig config;
};

// The one way to start a run (docs/engine.md "Starting a run"). The console, the window and the
// REST API build a RunRequest with their own trigger and overrides; the checks before a run, the
// re-run-failed rule and the resume rule are here, so the same bad input gets the same error
// from all three.
class RunLauncher final
{
    Q_DECLARE_TR_FUNCTIONS(altrunner::RunLauncher)

public:
    // What must hold before a run starts: a configuration that makes sense as a whole, an AI
    // provider when the file has AI tasks, an output folder that can be written. Empty: go.
    // Also turns on the check that the AI service answers (RunOptions::checkAiService).
    static QStringList preflight(RunRequest &request);
    // A cost budget needs prices (docs/engine.md "Budgets"): why `config` cannot keep one for
    // `alt`; empty when it can. `priced`: a pricing file is there.
    static QString costBudgetProblem(const EngineConfig &config, const AltFile &alt, bool priced);

    // Re-run failed: `request` runs again only the tasks that did not complete in `lastPath`,
    // a LAST file of the same ALT file, and those whose request changed since (a prompt, the
    // model...) with what depends on them; the rest are carried over as they were.
    struct Rerun
    {
        QString fromExecutionId;
        int carried = 0; // completed results kept
        int toRun = 0; // tasks that run again
        int changed = 0; // completed, but asked differently now (a changed prompt, model...)
    };
    static std::optional<Rerun> rerunFailed(RunRequest &request, const QString &lastPath,
                                            QString *error);

    // Re-run from here: as rerunFailed(), and the tasks `fromTasks` names with everything
    // downstream of them are asked again, past the result cache; every other completed answer
    // is carried over. An id the file does not have is an error.
    static std::optional<Rerun> rerunFrom(RunRequest &request, const QString &lastPath,
                                          const QStringList &fromTasks, QString *error);
    // The tasks `fromTasks` names and everything downstream of them, by id; empty with `error`
    // set when a name is not a task of `alt`.
    static QSet<QString> downstreamOf(const AltFile &alt, const QStringList &fromTasks,
                                      QString *error);

    // Drops from `completed` the answers whose request changed since, and what depends on them;
    // returns how many changed.
    static int dropChanged(const RunRequest &request, QHash<QString, QJsonObject> &completed);

    // Resume: the run a crash journal records, with its own ALT file and options (same execution
    // id, finished tasks kept), in `config`. Its LAST file goes where it was going, next to the
    // journal, unless `outputDirChosen` says the caller chose config.outputDir on purpose.
    static std::optional<RunRequest> resume(const QString &journalPath, EngineConfig config,
                                            bool outputDirChosen, QString *error);

    // Preflight, then start in `registry` (which the window and the REST API share).
    struct Started
    {
        Run *run = nullptr; // null: not started, `errors` says why
        QStringList errors;
        bool busy = false; // the registry already runs as many as it may
    };
    static Started start(RunRegistry &registry, RunRequest request);
};

} // namespace altrunner
