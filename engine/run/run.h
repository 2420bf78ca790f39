// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alt/altfile.h"
#include "config/engineconfig.h"
#include "model/runsnapshot.h"
#include "runoptions.h"

#include <QMutex>
#include <QObject>

#include <memory>

class QThread;

namespace altrunner {

class Scheduler;

// One run of an ALT file, as the CLI, the GUI and the REST API see it (docs/engine.md).
//
//     AltLoader::Result loaded = AltLoader::loadFile(path);           // diagnostics, or a file
//     RunRequest request {std::make_shared<const AltFile>(*loaded.file), {}, config};
//     if (const QStringList errors = RunLauncher::preflight(request); !errors.isEmpty())
//         return fail(errors);                                          // same checks everywhere
//     Run run(request.alt, request.config, request.options);
//     QObject::connect(&run, &Run::progressed, view, &View::apply);  // batches, ~30 a second
//     QObject::connect(&run, &Run::finished, [](const RunResult &r) { use(r.lastFilePath); });
//     run.start();                                                      // returns at once
//
// The Scheduler works in a thread of its own, so no run, however large, can stall the caller's
// event loop; this object lives in the caller's thread and relays the Scheduler's batched
// changes.
class Run final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Run)

public:
    Run(std::shared_ptr<const AltFile> alt, EngineConfig config, RunOptions options,
        QObject *parent = nullptr);
    // Cancels a run still going and waits until its LAST file is written.
    ~Run() override;

    QString executionId() const { return m_executionId; }
    const std::shared_ptr<const AltFile> &altFile() const { return m_alt; }
    const EngineConfig &config() const { return m_config; }
    QString trigger() const { return m_options.trigger; } // who started it: cli, gui, api

    void start();
    // Safe from any thread; the run ends soon after with every unfinished task cancelled.
    void cancel();
    // A person's decision on an approval gate (docs/approvals.md), from any thread: taken in the
    // run's thread (journal first), and what came of it. Waits for the run's thread (a few
    // milliseconds; at most 10 s).
    DecisionResult decide(const QString &taskId, const ApprovalDecision &decision);
    // Nobody decides this gate now: see Scheduler::skip().
    void skip(const QString &taskId);

    bool isStarted() const { return m_started; }
    bool isFinished() const;
    RunSnapshot snapshot() const; // as of the latest batch
    RunResult result() const; // valid once finished

signals:
    // At most ~30 times a second: the run's state and the tasks that changed since the last one.
    void progressed(const altrunner::RunSnapshot &snapshot,
                    const QList<altrunner::TaskUpdate> &changedTasks);
    void finished(const altrunner::RunResult &result);
    // Nothing listens at the AI service's address (RunOptions::checkAiService): the run goes on,
    // and its AI tasks fail at once with `message` as their error.
    void aiServiceRefused(const QString &message);

private:
    bool needsServiceCheck() const;
    void startScheduler(const QString &aiUnavailable);
    void onProgressed(const RunSnapshot &snapshot, const QList<TaskUpdate> &changed);
    void onFinished(const RunResult &result);

    std::shared_ptr<const AltFile> m_alt;
    EngineConfig m_config;
    RunOptions m_options; // what start() needs of them; the scheduler has its own copy
    QString m_executionId;
    QThread *m_thread = nullptr;
    Scheduler *m_scheduler = nullptr;
    bool m_started = false;

    mutable QMutex m_mutex;
    RunSnapshot m_snapshot;
    RunResult m_result;
    bool m_finished = false;
};

} // namespace altrunner
