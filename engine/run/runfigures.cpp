// SPDX-License-Identifier: GPL-3.0-or-later
#include "runfigures.h"

#include "ai/tokenusage.h"
#include "metrics/memoryusage.h"

namespace altrunner {

void RunFigures::attemptStarted(int inFlight)
{
    ++m_attempts;
    m_peakInFlight = std::max(m_peakInFlight, inFlight);
}

void RunFigures::restored(const TaskRecord &r)
{
    m_attempts += r.attempts.size();
    m_retries += r.extra().retryDelaysMs.size();
}

void RunFigures::spent(const TaskRecord &r, bool ai)
{
    m_inputTokens += r.inputTokens;
    m_outputTokens += r.outputTokens;
    if (!ai)
        return;
    const QJsonObject output = r.output.object(); // parsed once
    m_simulatedAnswers += r.aiFallback || output.value(QStringLiteral("simulated")).toBool();
    // How fast answers came (output.ttft_ms, output.tokens_per_second); not for cached ones,
    // which took no time now.
    if (r.extra().cache.isEmpty() && output.value(QStringLiteral("ttft_ms")).isDouble()) {
        m_ttft.add(output.value(QStringLiteral("ttft_ms")).toInteger());
        if (const QJsonValue tps = output.value(QStringLiteral("tokens_per_second"));
            tps.isDouble())
            m_tokensPerSecondTenths.add(qRound64(tps.toDouble() * 10));
    }
    if (const QJsonValue model = output.value(QStringLiteral("model")); model.isString())
        ++m_answersByModel[model.toString()];
    if (r.cost) {
        m_cost += *r.cost;
        ++m_pricedTasks;
    } else {
        ++m_unpricedTasks;
    }
}

void RunFigures::spentOnGrading(TaskRecord &r, const TokenUsage &usage, std::optional<double> cost)
{
    r.inputTokens += usage.input;
    r.outputTokens += usage.output;
    m_inputTokens += usage.input;
    m_outputTokens += usage.output;
    if (cost)
        m_cost += *cost;
    r.cost = cost && r.cost ? std::optional(*r.cost + *cost) : std::nullopt;
}

void RunFigures::fill(RunSnapshot &s) const
{
    s.attempts = m_attempts;
    s.retries = m_retries;
    s.inFlight = m_inFlight;
    s.peakInFlight = m_peakInFlight;
    s.waitingFor = m_waitingFor;
    s.inputTokens = m_inputTokens;
    s.outputTokens = m_outputTokens;
    s.tokensUsed = m_inputTokens + m_outputTokens;
    s.cost = m_cost;
    s.currency = m_budget.currency();
    s.pricedTasks = m_pricedTasks;
    s.unpricedTasks = m_unpricedTasks;
    s.budget = m_budget.state();
    s.rateLimited = m_rateLimited;
    s.repairs = m_repairs;
    s.checksPassed = m_checksPassed;
    s.checksFailed = m_checksFailed;
    s.checksWarned = m_checksWarned;
    s.checkedTasks = m_checkedTasks;
    s.fallbacks = m_fallbacks;
    s.fallbacksByPair = m_fallbacksByPair;
    s.answersByModel = m_answersByModel;
    s.waitedMs = m_waitedMs;
    s.cacheHits = m_cacheHits;
    s.cacheSavedTokens = m_cacheSavedTokens;
    s.cacheSavedCost = m_cacheSavedCost;
    s.simulatedAnswers = m_simulatedAnswers;
    s.latencyP50Ms = m_latency.percentile(50);
    s.latencyP95Ms = m_latency.percentile(95);
    s.latencyP99Ms = m_latency.percentile(99);
    s.ttftP50Ms = m_ttft.percentile(50);
    s.ttftP95Ms = m_ttft.percentile(95);
    const qint64 tps50 = m_tokensPerSecondTenths.percentile(50);
    const qint64 tps5 = m_tokensPerSecondTenths.percentile(5);
    s.tokensPerSecondP50 = tps50 < 0 ? -1 : double(tps50) / 10;
    s.tokensPerSecondP5 = tps5 < 0 ? -1 : double(tps5) / 10;
    s.ttftBuckets = m_ttft.cumulativeCounts(kLatencyBucketsMs);
    s.ttftSumMs = m_ttft.sum();
    s.ttftCount = m_ttft.count();
    s.peakMemoryBytes = MemoryUsage::peakResidentBytes();
    s.latencyBuckets = m_latency.cumulativeCounts(kLatencyBucketsMs);
    s.latencySumMs = m_latency.sum();
    s.latencyCount = m_latency.count();
}

} // namespace altrunner
