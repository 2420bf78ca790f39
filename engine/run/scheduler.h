// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alt/altfile.h"
#include "config/engineconfig.h"
#include "journal.h"
#include "metrics/latencystats.h"
#include "runoptions.h"
#include "model/runsnapshot.h"
#include "model/taskrecord.h"

#include <QBasicTimer>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QRandomGenerator>

#include <memory>
#include <queue>
#include <vector>

namespace altrunner {

class AiCall;
class AiProvider;
struct AiReply;

// Runs one ALT file: keeps at most N attempts in flight, starts ready tasks in a deterministic
// order, times attempts out, retries with back-off, propagates failures, and writes the LAST file.
//
// It is single-threaded by design and lives in the run's own thread (see Run): attempts are
// asynchronous (timers, network replies), so no thread blocks while a task waits, and all state
// is touched from one thread only. Changes go out in batches, at most ~30 a second.
class Scheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Scheduler)

public:
    Scheduler(std::shared_ptr<const AltFile> alt, EngineConfig config, RunOptions options,
              QObject *parent = nullptr);
    ~Scheduler() override;

    QString executionId() const { return m_executionId; }
    const QList<TaskRecord> &records() const { return m_records; }
    RunSnapshot snapshot() const;
    TaskUpdate update(int task) const;

    // The ready order (engine.md "Scheduling"): for tests and the GUI.
    static QList<int> longestDependentChains(const AltFile &alt);

public slots:
    void start();
    // Stops the run: in-flight attempts are aborted, the rest cancelled, the LAST file written.
    void cancel();

signals:
    void progressed(const altrunner::RunSnapshot &snapshot,
                    const QList<altrunner::TaskUpdate> &changedTasks);
    void finished(const altrunner::RunResult &result);
    // The check before the first AI attempt found nothing listening at the service's address
    // (RunOptions::checkAiService); `message` says so for a person. AI tasks fail at once.
    void aiServiceRefused(const QString &message);

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    struct ReadyEntry
    {
        int priority;
        int chain;
        int index;
        bool operator<(const ReadyEntry &o) const // std::priority_queue pops the largest
        {
            if (priority != o.priority)
                return priority < o.priority;
            if (chain != o.chain)
                return chain < o.chain;
            return index > o.index;
        }
    };

    void prepare();
    void openJournal();
    qint64 now() const;
    void setStatus(int task, TaskStatus status);
    void pushReady(int task);
    void checkAiService();
    void pump();
    void startAttempt(int task);
    void onReply(int task, const AiReply &reply);
    void onAttemptTimeout(int task);
    void endAttempt(int task, AttemptOutcome outcome, const QString &error);
    void failAttempt(int task, AttemptOutcome outcome, const QString &error, bool retryable,
                     qint64 retryAfterMs);
    void complete(int task, const QJsonObject &output, qint64 tokens);
    void completeFromMock(int task);
    void giveUp(int task, TaskStatus status, const QString &error);
    void propagateFailure(int task);
    void stop(const QString &reason, bool userCancelled);
    void maybeFinish();
    void finish();
    void publish();
    QString renderPrompt(int task) const;
    QString outputText(int task) const;
    qint64 retryDelay(int retryNumber, qint64 retryAfterMs);
    int attemptBudgetMs(int task) const;

    std::shared_ptr<const AltFile> m_alt;
    EngineConfig m_config;
    RunOptions m_options;
    QString m_executionId;
    std::unique_ptr<AiProvider> m_provider;
    QString m_aiUnavailable; // why AI tasks cannot be attempted in this run, if they cannot

    QList<TaskRecord> m_records;
    QList<TaskStatus> m_statuses;
    QList<int> m_remainingDeps;
    QList<QList<int>> m_dependents;
    QList<int> m_chain;
    std::priority_queue<ReadyEntry, std::vector<ReadyEntry>> m_ready;

    QHash<int, AiCall *> m_calls; // task -> its attempt in flight
    QHash<int, int> m_timeoutTimers; // timer id -> task
    QHash<int, int> m_taskTimeoutTimer; // task -> timer id
    QHash<int, int> m_retryTimers; // timer id -> task
    std::array<int, kTaskStatusCount> m_counts {};
    int m_inFlight = 0;
    int m_peakInFlight = 0;
    qint64 m_attempts = 0;
    qint64 m_retries = 0;
    qint64 m_tokens = 0;
    LatencyStats m_latency;
    QRandomGenerator m_random;

    QElapsedTimer m_clock;
    qint64 m_clockBaseMs = 0; // wall clock when this process started the run
    qint64 m_startMs = 0; // the run's start (earlier than m_clockBaseMs when resumed)
    Journal m_journal;
    QString m_journalError;
    bool m_restoring = false; // setting states read back from the journal
    qint64 m_endMs = 0;
    bool m_started = false;
    bool m_stopping = false;
    bool m_userCancelled = false;
    bool m_finished = false;
    QString m_failFastCause;
    bool m_pumpQueued = false;
    bool m_checkingService = false; // nothing starts until the AI service check has answered

    QList<int> m_changed;
    QList<bool> m_changedMark;
    QBasicTimer m_publishTimer;
};

} // namespace altrunner
