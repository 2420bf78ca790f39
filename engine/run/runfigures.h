// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/latencystats.h"
#include "model/runsnapshot.h"
#include "model/taskrecord.h"
#include "spend/budget.h"

#include <QHash>
#include <QString>

namespace altrunner {

struct TokenUsage;

// The run's figures as they add up (docs/engine.md "Progress", docs/rest-api.md "Metrics"):
// attempts, retries, tokens, cost, the budget, 429s, repairs, fallbacks, checks, cache savings,
// the latency, time-to-first-token and speed histograms, the peak width. What a snapshot says
// beyond the tasks' statuses; nothing here knows a task's record or the journal.
class RunFigures final
{
public:
    void attemptStarted(int inFlight);
    void setInFlight(int inFlight) { m_inFlight = inFlight; }
    void retryScheduled() { ++m_retries; }
    // A task's answer: its tokens and cost count in the run's totals.
    void spent(const TaskRecord &r, bool ai);
    // A task read back from a journal (resume): its attempts and retries count again.
    void restored(const TaskRecord &r);
    // A grader's answer to an llm-rubric check: what it spent counts in the task's and the run's
    // totals.
    void spentOnGrading(TaskRecord &r, const TokenUsage &usage, std::optional<double> cost);
    void limitSpend(const BudgetLimits &limits, const QString &currency)
    {
        m_budget = Budget(limits, currency);
    }
    Budget &budget() { return m_budget; }
    void rateLimited() { ++m_rateLimited; }
    void repairSent() { ++m_repairs; }
    void checked(int passed, int failed, int warned)
    {
        m_checksPassed += passed;
        m_checksFailed += failed;
        m_checksWarned += warned;
    }
    void setCheckedTasks(int n) { m_checkedTasks = n; }
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
    void setWaitingFor(const QString &why) { m_waitingFor = why; }

    // Writes the figures into `s` (its counts, times and statuses are the ledger's).
    void fill(RunSnapshot &s) const;

private:
    QString m_waitingFor;
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
};

} // namespace altrunner
