// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ai/promptfiller.h"
#include "alt/altfile.h"
#include "journal.h"
#include "last/lastheader.h"
#include "model/runsnapshot.h"
#include "model/taskrecord.h"
#include "runfigures.h"
#include "runoptions.h"

#include <QElapsedTimer>

#include <array>
#include <functional>
#include <memory>

namespace altrunner {

class ChangeBatcher;

// What one run has recorded so far: each task's status and record, the counts of each status, a
// journal line for every change (docs/engine.md "Crash safety and resume"), the batch of changes
// the views get next, and at the end the LAST file. The scheduler decides what happens; the
// ledger remembers it, in one place, so a snapshot is always consistent with the journal. The
// run's figures are RunFigures'; filling prompts is PromptFiller's.
class RunLedger final
{
    Q_DISABLE_COPY_MOVE(RunLedger)

public:
    RunLedger(std::shared_ptr<const AltFile> alt, QString executionId);

    // Builds the per-task bookkeeping (in the run's thread) and starts the clock: `startedAtMs`
    // is the run's original start (earlier than now when resumed).
    void begin(ChangeBatcher *batcher, std::optional<qint64> startedAtMs = std::nullopt);
    // Opens the journal in `outputDir`; the run goes on without crash safety if it cannot.
    void openJournal(const QString &outputDir, const RunOptions &options);
    // Results of earlier runs: carried over (re-run failed) and read back from a journal
    // (resume), set without new journal lines. Returns the restored tasks that did not complete.
    QList<int> restore(const RunOptions &options);
    // The facts of a run that its options give (docs/formats.md "LAST files", `metadata`).
    static RunFacts factsFrom(const RunOptions &options);
    // Ends the run: stops the clock and the batches, writes the LAST file with the header
    // `facts` make (times, counts and outcome filled in here) and removes the journal once the
    // file is safely on disk.
    RunResult finish(const EngineConfig &config, RunFacts facts);
    // Frees the per-task bookkeeping once the result is out (in the run's thread, so whoever
    // joins the thread later waits for nothing).
    void release();

    qint64 now() const;
    qint64 startMs() const { return m_startMs; }
    TaskStatus status(int task) const { return m_statuses.at(task); }
    int count(TaskStatus s) const { return m_counts[size_t(s)]; }
    TaskRecord &record(int task) { return m_records[task]; }
    const TaskRecord &record(int task) const { return m_records.at(task); }
    const QList<TaskRecord> &records() const { return m_records; }
    const QString &journalError() const { return m_journalError; }

    // Journal first, then counts and the change batch.
    void setStatus(int task, TaskStatus status);
    // Called with every status change as it happens, in order (the scheduler's tests check
    // their event log with it); batches merge changes, this does not.
    using StatusObserver = std::function<void(int task, TaskStatus status)>;
    void observeStatuses(StatusObserver observer) { m_observer = std::move(observer); }
    // A person's decision on gate `task`, in the journal before it takes effect.
    void decisionTaken(int task, const ApprovalDecision &decision)
    {
        m_journal.writeDecision(m_alt->tasks.at(task).id, decision);
    }
    // `task` is about to start: any change it reads (its dependencies') that the journal has
    // gathered but not written is written first (docs/engine.md "Crash safety and resume").
    void beforeStart(int task);
    // The run stops: pending tasks, and retrying ones (waiting out a back-off or back in the
    // ready queue), are cancelled with `reason`.
    void cancelUnfinished(const QString &reason);

    // A task that completes on the spot (a noop of no duration): one attempt, now.
    void instantAttempt(int task, int inFlight);
    // A streamed answer grew: the views and live events see it with the next batch.
    void streamed(int task, const QString &textSoFar);

    // The run's figures (attempts, tokens, cost, budget, histograms): a snapshot carries them.
    RunFigures &figures() { return m_figures; }

    RunSnapshot snapshot(bool cancelled) const;
    TaskUpdate update(int task) const;
    // The tasks that changed since the last call, for the views' next batch.
    QList<TaskUpdate> takeChanges();
    // `task`'s prompt with each placeholder filled from the recorded answers.
    QString prompt(int task) const { return PromptFiller::prompt(*m_alt, task, m_records); }
    // Its approval gate's question, filled the same way (empty when it has none).
    QString question(int task) const { return PromptFiller::question(*m_alt, task, m_records); }

private:
    std::shared_ptr<const AltFile> m_alt;
    QString m_executionId;
    ChangeBatcher *m_batcher = nullptr;
    QList<TaskRecord> m_records;
    QList<AttemptRecord> m_instantAttempts; // see instantAttempt()
    QList<TaskStatus> m_statuses;
    std::array<int, kTaskStatusCount> m_counts {};
    RunFigures m_figures;

    QElapsedTimer m_clock;
    qint64 m_clockBaseMs = 0; // wall clock when this process started the run
    qint64 m_startMs = 0;
    qint64 m_endMs = -1; // set once the run has ended
    Journal m_journal;
    QString m_journalError;
    QList<qint64> m_journalLine; // per task: the journal line of its latest change
    bool m_restoring = false;
    StatusObserver m_observer;
};

} // namespace altrunner
