// SPDX-License-Identifier: GPL-3.0-or-later
#include "lastheader.h"

#include "altrunner_version.h"
#include "metrics/memoryusage.h"
#include "util/isotime.h"

#include <QJsonArray>

namespace altrunner {

LastHeader LastHeader::of(const RunFacts &f, const EngineConfig &config)
{
    LastHeader header;
    header.executionId = f.executionId;
    header.outcome = f.outcome;
    header.mode = modeName(f.mode);
    header.persona = f.persona;
    header.startMs = f.startMs;
    header.endMs = f.endMs;

    const RunSnapshot &s = f.snapshot;
    QJsonObject meta {
            {QStringLiteral("runner_version"), QStringLiteral(ALTRUNNER_VERSION)},
            {QStringLiteral("ai_provider"), providerName(config.provider)},
            {QStringLiteral("ai_model"), config.aiModel},
            {QStringLiteral("simulated"), config.provider == ProviderKind::Mock},
            {QStringLiteral("simulated_answers"), s.simulatedAnswers},
            {QStringLiteral("max_concurrent_tasks"), config.maxConcurrentTasks},
            {QStringLiteral("total_attempts"), s.attempts},
            {QStringLiteral("retries"), s.retries},
            {QStringLiteral("tokens_used"), s.tokensUsed},
            {QStringLiteral("tokens"),
             QJsonObject {{QStringLiteral("input"), s.inputTokens},
                          {QStringLiteral("output"), s.outputTokens},
                          {QStringLiteral("total"), s.tokensUsed}}},
            {QStringLiteral("peak_memory_bytes"), MemoryUsage::peakResidentBytes()},
            {QStringLiteral("peak_in_flight"), s.peakInFlight},
            {QStringLiteral("cancelled"), f.cancelled},
            {QStringLiteral("fail_fast"), f.failFast},
            {QStringLiteral("throughput_tasks_per_second"), s.throughput},
            {QStringLiteral("trigger"), f.trigger},
            {QStringLiteral("started_at"), isoUtcMs(f.startMs)},
    };
    QJsonObject counts;
    for (TaskStatus st :
         {TaskStatus::Completed, TaskStatus::Failed, TaskStatus::Timeout, TaskStatus::Cancelled})
        counts.insert(statusName(st), s.count(st));
    meta.insert(QStringLiteral("task_counts"), counts);
    if (s.latencyCount > 0) {
        meta.insert(QStringLiteral("ai_latency_ms"),
                    QJsonObject {{QStringLiteral("p50"), s.latencyP50Ms},
                                 {QStringLiteral("p95"), s.latencyP95Ms},
                                 {QStringLiteral("p99"), s.latencyP99Ms},
                                 {QStringLiteral("count"), s.latencyCount}});
    }
    if (s.ttftCount > 0) {
        // How fast answers came (docs/formats.md "LAST files"): time to first token, and output
        // tokens per second after it (the 5th percentile is the slow end).
        QJsonObject speed {{QStringLiteral("ttft_ms"),
                            QJsonObject {{QStringLiteral("p50"), s.ttftP50Ms},
                                         {QStringLiteral("p95"), s.ttftP95Ms},
                                         {QStringLiteral("count"), s.ttftCount}}}};
        if (s.tokensPerSecondP50 >= 0)
            speed.insert(QStringLiteral("tokens_per_second"),
                         QJsonObject {{QStringLiteral("p50"), s.tokensPerSecondP50},
                                      {QStringLiteral("p5"), s.tokensPerSecondP5}});
        meta.insert(QStringLiteral("ai_speed"), speed);
    }
    meta.insert(QStringLiteral("cost"), s.costJson());
    if (s.budget.isSet() || s.budget.exhausted)
        meta.insert(QStringLiteral("budget"), s.budget.toJson(s.currency));
    meta.insert(QStringLiteral("cache_mode"), cacheModeName(f.cacheMode));
    meta.insert(QStringLiteral("cache_saved"),
                QJsonObject {{QStringLiteral("hits"), s.cacheHits},
                             {QStringLiteral("tokens"), s.cacheSavedTokens},
                             {QStringLiteral("cost"), s.cacheSavedCost}});
    if (!f.cacheWarning.isEmpty())
        meta.insert(QStringLiteral("cache_warning"), f.cacheWarning);
    if (s.rateLimited > 0)
        meta.insert(QStringLiteral("rate_limited_responses"), s.rateLimited);
    // Output contracts and models (docs/outputs.md): repair attempts sent, tasks that moved to a
    // fallback model.
    if (s.repairs > 0)
        meta.insert(QStringLiteral("repairs"), s.repairs);
    if (s.fallbacks > 0)
        meta.insert(QStringLiteral("fallbacks"), s.fallbacks);
    // Checks on answers, per entry (docs/outputs.md "Checks on answers").
    if (s.checkedTasks > 0)
        meta.insert(QStringLiteral("checks"),
                    QJsonObject {{QStringLiteral("passed"), s.checksPassed},
                                 {QStringLiteral("failed"), s.checksFailed},
                                 {QStringLiteral("warned"), s.checksWarned}});
    if (!f.approveAll.isEmpty())
        meta.insert(QStringLiteral("approve"), f.approveAll);
    if (!f.failFastCause.isEmpty())
        meta.insert(QStringLiteral("fail_fast_triggered_by"), f.failFastCause);
    if (!f.rerunOf.isEmpty())
        meta.insert(QStringLiteral("rerun_of"), f.rerunOf);
    if (!f.rerunFrom.isEmpty())
        meta.insert(QStringLiteral("rerun_from"), QJsonArray::fromStringList(f.rerunFrom));
    if (!f.requestMetadata.isEmpty())
        meta.insert(QStringLiteral("request_metadata"), f.requestMetadata);
    if (!f.aiUnavailable.isEmpty())
        meta.insert(QStringLiteral("ai_unavailable"), f.aiUnavailable);
    if (f.resumed)
        meta.insert(QStringLiteral("resumed"), *f.resumed);
    if (!f.journalError.isEmpty())
        meta.insert(QStringLiteral("journal_error"), f.journalError);
    if (!f.altFormat.isEmpty())
        meta.insert(QStringLiteral("alt_format"), f.altFormat);
    if (!f.altPath.isEmpty())
        meta.insert(QStringLiteral("alt_file_path"), f.altPath);
    header.metadata = meta;
    return header;
}

} // namespace altrunner
