// SPDX-License-Identifier: GPL-3.0-or-later
#include "runstatus.h"

#include "last/lastwriter.h"
#include "util/isotime.h"

namespace altrunner {

QString RunStatus::word(bool finished, bool lastFileWritten, bool cancelled, RunOutcome outcome)
{
    if (!finished)
        return QStringLiteral("processing");
    if (!lastFileWritten)
        return QStringLiteral("error");
    if (cancelled)
        return QStringLiteral("cancelled");
    switch (outcome) {
    case RunOutcome::Success:
        return QStringLiteral("completed");
    case RunOutcome::PartialSuccess:
        return QStringLiteral("partial_success");
    case RunOutcome::Waiting: // stopped with approval gates waiting (docs/approvals.md)
        return QStringLiteral("waiting");
    case RunOutcome::Failure:
        break;
    }
    return QStringLiteral("failed");
}

QJsonObject RunStatus::progress(int total, const std::array<int, kTaskStatusCount> &counts)
{
    auto count = [&counts](TaskStatus s) {
        return counts[size_t(s)];
    };
    return {{QStringLiteral("total"), total},
            {QStringLiteral("pending"), count(TaskStatus::Pending)},
            {QStringLiteral("running"), count(TaskStatus::Running) + count(TaskStatus::Retrying)},
            {QStringLiteral("completed"), count(TaskStatus::Completed)},
            {QStringLiteral("failed"), count(TaskStatus::Failed)},
            {QStringLiteral("timeout"), count(TaskStatus::Timeout)},
            {QStringLiteral("cancelled"), count(TaskStatus::Cancelled)},
            {QStringLiteral("waiting"), count(TaskStatus::Waiting)}};
}

void RunStatus::echo(QJsonObject &meta, const QJsonObject &requestMetadata)
{
    // The caller's own metadata comes back in every answer (the ALT_LAS gateway checks
    // metadata.userId against its caller); the run's own fields keep their meaning.
    for (auto it = requestMetadata.begin(); it != requestMetadata.end(); ++it) {
        if (!meta.contains(it.key()))
            meta.insert(it.key(), it.value());
    }
}

QJsonObject RunStatus::of(const RunRegistry::Entry &e, const RunSnapshot &s)
{
    const RunResult *r = e.result ? &*e.result : nullptr;
    QJsonObject meta {{QStringLiteral("timestamp"), isoUtcMs(e.createdMs)},
                      {QStringLiteral("task_id"), e.executionId},
                      {QStringLiteral("alt_file_id"), e.altId},
                      {QStringLiteral("alt_file_title"), e.altTitle},
                      {QStringLiteral("progress"), progress(s.total, s.counts)},
                      {QStringLiteral("tokens"),
                       QJsonObject {{QStringLiteral("input"), s.inputTokens},
                                    {QStringLiteral("output"), s.outputTokens},
                                    {QStringLiteral("total"), s.tokensUsed}}},
                      {QStringLiteral("cost"), s.costJson()},
                      {QStringLiteral("rate_limited_responses"), s.rateLimited},
                      {QStringLiteral("repairs"), s.repairs},
                      {QStringLiteral("fallbacks"), s.fallbacks}};
    if (s.budget.isSet())
        meta.insert(QStringLiteral("budget"), s.budget.toJson(s.currency));
    if (!s.waitingFor.isEmpty() && !r) // docs/distributed.md: no worker takes its calls
        meta.insert(QStringLiteral("waiting_for_workers"), true);
    if (s.checkedTasks > 0) // docs/outputs.md "Checks on answers": per entry, so far
        meta.insert(QStringLiteral("checks"),
                    QJsonObject {{QStringLiteral("passed"), s.checksPassed},
                                 {QStringLiteral("failed"), s.checksFailed},
                                 {QStringLiteral("warned"), s.checksWarned}});
    if (r) {
        if (r->lastFilePath.isEmpty())
            meta.insert(QStringLiteral("error"), r->error);
        meta.insert(QStringLiteral("success_rate"),
                    s.total ? double(s.count(TaskStatus::Completed)) / s.total : 0.0);
        meta.insert(QStringLiteral("execution_time_ms"), s.elapsedMs);
        meta.insert(QStringLiteral("run_status"), outcomeName(r->outcome));
    }
    echo(meta, e.requestMetadata);
    return {{QStringLiteral("id"), e.executionId},
            {QStringLiteral("status"),
             word(r, r && !r->lastFilePath.isEmpty(), r && r->cancelled,
                  r ? r->outcome : RunOutcome::Failure)},
            {QStringLiteral("alt_file"), e.altId},
            {QStringLiteral("last_file"), LastWriter::fileName(e.executionId)},
            {QStringLiteral("metadata"), meta}};
}

QJsonObject RunStatus::fromLastFile(const QString &id, const QJsonObject &last)
{
    std::array<int, kTaskStatusCount> counts {};
    const QJsonObject results = last.value(QStringLiteral("task_results")).toObject();
    for (const QJsonValue &r : results) {
        if (const auto s = parseStatus(r.toObject().value(QStringLiteral("status")).toString()))
            ++counts[size_t(*s)];
    }
    const bool cancelled = last.value(QStringLiteral("metadata"))
                                   .toObject()
                                   .value(QStringLiteral("cancelled"))
                                   .toBool();
    const RunOutcome outcome = parseRunOutcome(last.value(QStringLiteral("status")).toString())
                                       .value_or(RunOutcome::Failure);
    const QJsonValue altId = last.value(QStringLiteral("alt_file_id"));
    QJsonObject meta {
            {QStringLiteral("timestamp"), last.value(QStringLiteral("created_at"))},
            {QStringLiteral("task_id"), id},
            {QStringLiteral("alt_file_id"), altId},
            {QStringLiteral("success_rate"), last.value(QStringLiteral("success_rate"))},
            {QStringLiteral("execution_time_ms"), last.value(QStringLiteral("execution_time_ms"))},
            {QStringLiteral("progress"), progress(int(results.size()), counts)}};
    const QJsonObject lastMeta = last.value(QStringLiteral("metadata")).toObject();
    meta.insert(QStringLiteral("repairs"), lastMeta.value(QStringLiteral("repairs")).toInteger());
    meta.insert(QStringLiteral("fallbacks"),
                lastMeta.value(QStringLiteral("fallbacks")).toInteger());
    for (const char *key : {"tokens", "cost", "budget", "checks"}) {
        const QJsonValue v = lastMeta.value(QLatin1StringView(key));
        if (v.isObject())
            meta.insert(QLatin1StringView(key), v);
    }
    echo(meta,
         last.value(QStringLiteral("metadata"))
                 .toObject()
                 .value(QStringLiteral("request_metadata"))
                 .toObject());
    return {{QStringLiteral("id"), id},
            {QStringLiteral("status"), word(true, true, cancelled, outcome)},
            {QStringLiteral("alt_file"), altId},
            {QStringLiteral("last_file"), LastWriter::fileName(id)},
            {QStringLiteral("metadata"), meta}};
}

} // namespace altrunner
