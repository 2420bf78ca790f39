// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alt/altfile.h"
#include "journal.h"
#include "last/lastheader.h"
#include "metrics/latencystats.h"
#include "model/runsnapshot.h"
#include "model/taskrecord.h"
#include "runoptions.h"
#include "spend/budget.h"

#include <QElapsedTimer>

#include <array>
#include <functional>
#include <memory>

namespace altrunner {

class ChangeBatcher;

// What one run has recorded so far: each task's status and record, the counts and figures a
// snapshot carries, a journal line for every change (docs/engine.md "Crash safety and resume")
// and the batch of changes the views get next. The scheduler decides what happens; the ledger
// remembers it, in one place, so a snapshot is always consistent with the journal.
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

    void attemptStarted(int inFlight);
    // A task that completes on the spot (a noop of no duration): one attempt, now.
    void instantAttempt(int task, int inFlight);
    void retryScheduled() { ++m_retries; }
    // A task's answer: its tokens and cost count in the run's totals.
    void spent(const TaskRecord &r, bool ai);
    // The run's budget (docs/engine.md "Budgets"), in the pricing file's currency; the budget
    // admission policy charges it.
    void limitSpend(const BudgetLimits &limits, const QString &currency);
    Budget &budget() { return m_budget; }
    void rateLimited() { ++m_rateLimited; }
    void repairSent() { ++m_repairs; }
    void checked(int passed, int failed, int warned)
    {
        m_checksPassed += passed;
        m_checksFailed += failed;
        m_checksWarned += warned;
    }
    // A grader's answer to an llm-rubric check: what it spent counts in the task's and the run's
    // totals.
    void spentOnGrading(TaskRecord &r, const TokenUsage &usage, std::optional<double> cost);
    void fellBack(const QString &from, const QString &to)
    {
        ++m_fallbacks;
        ++m_fallbacksByPair[from + u'\x1f' + to];
    }
    void waited(qint64 ms) { m_waitedMs += ms; }
    void savedByCache(qint64 tokens, double cost)
    {
        ++m_cacheHits;
        m_cacheSavedTokens += tokens;
        m_cacheSavedCost += cost;
    }
    void aiLatency(qint64 ms) { m_latency.add(ms); }
    // A streamed answer grew: the views and live events see it with the next batch.
    void streamed(int task, const QString &textSoFar);
    void setInFlight(int inFlight) { m_inFlight = inFlight; }
    void setWaitingFor(const QString &why) { m_waitingFor = why; }

    RunSnapshot snapshot(bool cancelled) const;
    TaskUpdate update(int task) const;
    // The tasks that changed since the last call, for the views' next batch.
    QList<TaskUpdate> takeChanges();
    // `task`'s prompt with each placeholder filled from the recorded answers.
    QString prompt(int task) const;
    // Its approval gate's question, filled the same way (empty when it has none).
    QString question(int task) const;

private:
    std::shared_ptr<const AltFile> m_alt;
    QString m_executionId;
    ChangeBatcher *m_batcher = nullptr;
    QString m_waitingFor;
    QList<TaskRecord> m_records;
    QList<AttemptRecord> m_instantAttempts; // see instantAttempt()
    QList<TaskStatus> m_statuses;
    std::array<int, kTaskStatusCount> m_counts {};
    int m_inFlight = 0;
    int m_peakInFlight = 0;
    qint64 m_attempts = 0;
    qint64 m_retries = 0;
    qint64 m_inputTokens = 0;
    qint64 m_outputTokens = 0;
    double m_cost = 0;
    int m_pricedTasks = 0;
    int m_unpricedTasks = 0;
    int m_simulatedAnswers = 0;
    Budget m_budget;
    qint64 m_rateLimited = 0;
    qint64 m_repairs = 0;
    qint64 m_checksPassed = 0;
    qint64 m_checksFailed = 0;
    qint64 m_checksWarned = 0;
    int m_checkedTasks = 0;
    qint64 m_fallbacks = 0;
    QHash<QString, qint64> m_fallbacksByPair;
    QHash<QString, qint64> m_answersByModel;
    qint64 m_waitedMs = 0;
    int m_cacheHits = 0;
    qint64 m_cacheSavedTokens = 0;
    double m_cacheSavedCost = 0;
    LatencyStats m_latency;
    LatencyStats m_ttft;
    LatencyStats m_tokensPerSecondTenths; // tenths, so the percentiles keep one decimal

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
