// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "admissionstage.h"
#include "ai/requestbuilder.h"
#include "alt/altfile.h"
#include "approvalgates.h"
#include "changebatcher.h"
#include "checkstage.h"
#include "config/engineconfig.h"
#include "dependencytracker.h"
#include "model/runsnapshot.h"
#include "model/taskrecord.h"
#include "readyqueue.h"
#include "retrypolicy.h"
#include "runledger.h"
#include "runoptions.h"
#include "taskanswers.h"
#include "tasktimers.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace altrunner {

class AiCall;
class AiProvider;
struct AiReply;

// The state machine of one run (docs/engine.md "Scheduling"): the ready queue, dependency counts,
// the pump that keeps at most N attempts in flight, attempt timers, and what a task's end means
// for its dependents. Everything else is a unit it asks: the request builder, the admission
// stage (budgets, rate limits, cache), the retry policy, the journal, the change batcher and the
// LAST header. A run is: ready -> admission -> provider -> result.
//
// It is single-threaded by design and lives in the run's own thread (see Run): attempts are
// asynchronous (timers, network replies), so no thread blocks while a task waits, and all state
// is touched from one thread only.
class Scheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Scheduler)

public:
    Scheduler(std::shared_ptr<const AltFile> alt, EngineConfig config, RunOptions options,
              QObject *parent = nullptr);
    ~Scheduler() override;

    QString executionId() const { return m_executionId; }
    const QList<TaskRecord> &records() const { return m_ledger.records(); }
    RunSnapshot snapshot() const;
    // A person's decision on the gate `taskId` (docs/approvals.md): written to the journal, then
    // taken; or why not (unknown task, not waiting, a bad edited answer).
    DecisionResult decide(const QString &taskId, const ApprovalDecision &decision);
    TaskUpdate update(int task) const { return m_ledger.update(task); }
    // Every status change in the order it happened (RunLedger::observeStatuses); set before
    // start(), called in the scheduler's thread.
    void observeStatuses(RunLedger::StatusObserver observer)
    {
        m_ledger.observeStatuses(std::move(observer));
    }

public slots:
    // `aiUnavailable`: why AI tasks cannot be attempted in this run (the service check found
    // nothing there); they then fail at once with it, or get the marked mock answer.
    void start(const QString &aiUnavailable = QString());
    // Stops the run: in-flight attempts are aborted, the rest cancelled, the LAST file written.
    void cancel();
    // Nobody decides gate `taskId` now (the console's "skip for now"): once nothing else can go
    // on and every waiting gate was skipped, the run stops with them still waiting (status
    // "waiting"), to be resumed.
    void skip(const QString &taskId);

signals:
    void progressed(const altrunner::RunSnapshot &snapshot,
                    const QList<altrunner::TaskUpdate> &changedTasks);
    void finished(const altrunner::RunResult &result);

private:
    void prepare();
    void pump();
    bool admitAndStart(int task); // false: admission holds it back
    void startAttempt(int task, const AiRequest *request);
    void onReply(int task, const AiReply &reply);
    void acceptAnswer(int task, const AiRequest *sent, const AiReply &reply);
    // An answer that does not match its schema: repaired, else the next model, else failed.
    void rejectAnswer(int task, const AiReply &reply, const QList<OutputSchema::Problem> &problems);
    int repairAttempts(int task) const;
    // Moves `task` to the next model of its chain, if it has one: false when it has none.
    bool tryNextModel(int task, const QString &reason);
    void onAttemptTimeout(int task);
    void onBackoffEnded(int task);
    void endAttempt(int task, AttemptOutcome outcome, const QString &error);
    void failAttempt(int task, AttemptOutcome outcome, const QString &error, bool retryable,
                     qint64 retryAfterMs, bool rateLimited, bool mayFallBack);
    void answerFromCache(int task, const AiRequest &asked,
                         const Admission::Verdict::Answer &answer);
    void complete(int task, const TaskAnswers::Result &answer);
    // The answer is in: its checks, if it has some (docs/outputs.md "Checks on answers"), then
    // completed or failed.
    void startChecks(int task);
    void advanceChecks(int task);
    void graded(int task, const CheckResult &verdict, const AiReply *reply);
    void finishChecks(int task);
    bool isGrading(int task) const;
    void completed(int task);
    // Approval gates (docs/approvals.md): a gate starts waiting, a decision is checked and
    // taken (approve: the gate completes, with the edited answer if any; reject: it fails and
    // its downstream is cancelled).
    void openGate(int task);
    DecisionResult check(int task, const ApprovalDecision &decision) const;
    void take(int task, const ApprovalDecision &decision);
    void onGateTimedOut(int task);
    // The decision made for `task` before it opened: --approve all|none, resume --approve, or
    // the journal's; none to ask a person.
    std::optional<ApprovalDecision> decidedBeforehand(int task);
    void completeFromMock(int task);
    void giveUp(int task, TaskStatus status, const QString &error);
    void propagateFailure(int task);
    void releaseWaiting();
    void stop(const QString &reason, bool userCancelled);
    void maybeFinish();
    void finish();
    void publish();

    std::shared_ptr<const AltFile> m_alt;
    EngineConfig m_config;
    RunOptions m_options;
    QString m_executionId;
    RequestBuilder m_requests;
    TaskAnswers m_answers;
    RetryPolicy m_retry;
    std::unique_ptr<AiProvider> m_provider;
    AdmissionStage m_admission;
    QString m_aiUnavailable; // why AI tasks cannot be attempted in this run, if they cannot
    QString m_cacheWarning; // why the run goes without the result cache, if it does

    DependencyTracker m_deps;
    ReadyQueue m_ready;

    QHash<int, AiCall *> m_calls; // task -> its attempt in flight
    int m_inFlight = 0;
    bool m_started = false;
    bool m_stopping = false;
    bool m_userCancelled = false;
    bool m_finished = false;
    QString m_failFastCause;
    bool m_pumpQueued = false;
    QSet<int> m_skipped; // gates nobody decides in this process (skip())

    RunLedger m_ledger;
    RunFigures &m_figures = m_ledger.figures();
    // Children: they move to the run's thread with the scheduler.
    ChangeBatcher *m_batcher;
    TaskTimers *m_timers;
    CheckStage *m_checks;
    ApprovalGates *m_gates;
};

} // namespace altrunner
