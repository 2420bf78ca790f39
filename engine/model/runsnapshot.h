// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "approval.h"
#include "runoutcome.h"
#include "taskrecord.h"
#include "taskstatus.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <QList>
#include <QMetaType>
#include <QString>

#include <array>
#include <optional>

namespace altrunner {

// Upper bounds (ms) of the AI latency histogram the snapshots and /metrics carry.
inline const QList<qint64> kLatencyBucketsMs {50,   100,  250,   500,   1000,
                                              2500, 5000, 10000, 30000, 60000};

// Where a run's budget stands (docs/engine.md "Budgets"): its limits, what was charged.
struct BudgetState
{
    std::optional<qint64> tokensLimit;
    qint64 tokensUsed = 0;
    std::optional<double> costLimit;
    double costUsed = 0;
    bool exhausted = false;
    // Exhausted: the worst case of the first request the budget could not admit.
    std::optional<qint64> refusedTokens;
    std::optional<double> refusedCost;

    bool isSet() const { return tokensLimit || costLimit; }
    // The LAST file's metadata.budget: {"tokens": {"limit", "used"}, "cost": {"limit", "used",
    // "currency"}, "exhausted"}, with only the limits that are set.
    QJsonObject toJson(const QString &currency) const;
};

// A consistent picture of a run at one moment: a value, cheap to copy (the status list is
// implicitly shared), so views and API handlers read it without locks of their own.
struct RunSnapshot
{
    QString executionId;
    int total = 0;
    std::array<int, kTaskStatusCount> counts {}; // indexed by TaskStatus
    qint64 attempts = 0;
    qint64 retries = 0;
    int inFlight = 0;
    int peakInFlight = 0;
    qint64 tokensUsed = 0; // input + output
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    // Cost of the answers so far, in `currency` (empty: no pricing file); `unpricedTasks`
    // answers had no price and are not in `cost`.
    double cost = 0;
    QString currency;
    int unpricedTasks = 0;
    int pricedTasks = 0;
    // AI answers the simulated provider gave (the mock, or the fallback to it).
    int simulatedAnswers = 0;
    int aiAnswers() const { return pricedTasks + unpricedTasks + cacheHits; }
    BudgetState budget;
    qint64 rateLimited = 0; // 429 answers
    qint64 waitedMs = 0; // time attempts waited for rate or budget slots, summed
    // Output contracts and models (docs/outputs.md): repair attempts sent, tasks moved to a
    // fallback model (by "from\x1fto" alias pair), answers by the model that gave them.
    qint64 repairs = 0;
    qint64 fallbacks = 0;
    QHash<QString, qint64> fallbacksByPair;
    QHash<QString, qint64> answersByModel;
    // Checks on answers (docs/outputs.md "Checks on answers"), counted per `assert` entry:
    // passed, failed (not warnings) and warned (warnings that did not pass); `checkedTasks`: the
    // tasks of the file that have checks (metadata.checks is written when there are any).
    qint64 checksPassed = 0;
    qint64 checksFailed = 0;
    qint64 checksWarned = 0;
    int checkedTasks = 0;
    // Answers the result cache gave, and what asking for them again would have cost.
    int cacheHits = 0;
    qint64 cacheSavedTokens = 0;
    double cacheSavedCost = 0;
    // Why started calls wait (docs/distributed.md: "waiting for workers at nats://…" while no
    // worker is connected); empty when they do not.
    QString waitingFor;
    qint64 startedAtMs = 0; // since the epoch
    qint64 elapsedMs = 0;
    qint64 etaMs = -1; // -1: not known yet
    double throughput = 0; // finished tasks per second
    qint64 latencyP50Ms = -1;
    qint64 latencyP95Ms = -1;
    qint64 latencyP99Ms = -1;
    // Time to first token, and tokens per second after it, of the AI answers so far
    // (docs/engine.md "Streaming"); -1: none yet. The 5th percentile of the speed is the slow
    // end, as the 95th of the time is.
    qint64 ttftP50Ms = -1;
    qint64 ttftP95Ms = -1;
    double tokensPerSecondP50 = -1;
    double tokensPerSecondP5 = -1;
    // Time-to-first-token histogram: cumulative counts per kLatencyBucketsMs bound, sum, count.
    QList<qint64> ttftBuckets;
    qint64 ttftSumMs = 0;
    qint64 ttftCount = 0;
    qint64 peakMemoryBytes = 0;
    // AI latency histogram: cumulative counts per kLatencyBucketsMs bound, the sum and count.
    QList<qint64> latencyBuckets;
    qint64 latencySumMs = 0;
    qint64 latencyCount = 0;
    bool finished = false;
    bool cancelled = false;
    QList<TaskStatus> statuses; // by task index
    // The gates that wait for a person (docs/approvals.md), in the order they opened.
    QList<PendingApproval> approvals;

    int count(TaskStatus s) const { return counts[size_t(s)]; }
    int finishedCount() const
    {
        return count(TaskStatus::Completed) + count(TaskStatus::Failed)
                + count(TaskStatus::Cancelled) + count(TaskStatus::Timeout);
    }
    // The cost is unknown when no answer had a price and some had none; never invented.
    bool costKnown() const { return pricedTasks > 0 || unpricedTasks == 0; }
    // {"amount", "currency", "unpriced_tasks"}: the LAST file's metadata.cost (amount null when
    // unknown).
    QJsonObject costJson() const;

    // Running as the files and the API count it: in flight or waiting out a back-off.
    int runningCount() const { return count(TaskStatus::Running) + count(TaskStatus::Retrying); }
};

// What a view needs to know of one task that changed: its index and its record as the run has
// it (a copy sharing its parts), sent with each batch for the changed tasks only, so views keep
// their own copy without asking the engine thread. Two things differ from the run's record: a
// noop's output is its {"message"} object here, and a result carried over from an earlier run
// (re-run) has that run's start and end.
struct TaskUpdate : TaskRecord
{
    int index = -1;
};

// How a run ended.
struct RunResult
{
    QString executionId;
    RunOutcome outcome = RunOutcome::Failure;
    QString lastFilePath; // empty if it could not be written
    // Stopped with approval gates waiting (outcome Waiting): the journal `resume` continues.
    QString journalPath;
    QString error; // why the LAST file could not be written, or why the run could not start
    bool cancelled = false;
    RunSnapshot snapshot;
};

} // namespace altrunner

Q_DECLARE_METATYPE(altrunner::RunSnapshot)
Q_DECLARE_METATYPE(altrunner::RunResult)
Q_DECLARE_METATYPE(altrunner::TaskUpdate)
