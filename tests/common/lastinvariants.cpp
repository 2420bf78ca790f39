// SPDX-License-Identifier: GPL-3.0-or-later
#include "lastinvariants.h"

#include "util/isotime.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace altrunner::test {

QStringList lastInvariantViolations(const QJsonObject &last, const AltFile &alt)
{
    QStringList v;
    auto need = [&](bool ok, const QString &what) {
        if (!ok)
            v.append(what);
    };
    for (const char *key : {"id", "version", "created_at", "alt_file_id", "alt_file_title",
                            "execution_id", "status", "mode", "summary"})
        need(last.value(QLatin1String(key)).isString(),
             QStringLiteral("missing string %1").arg(QLatin1String(key)));
    need(last.contains(QStringLiteral("persona")), QStringLiteral("missing persona"));
    need(last.value(QStringLiteral("success_rate")).isDouble(),
         QStringLiteral("missing success_rate"));
    need(last.value(QStringLiteral("execution_time_ms")).isDouble(),
         QStringLiteral("missing execution_time_ms"));
    need(parseIsoMs(last.value(QStringLiteral("created_at")).toString()).has_value(),
         QStringLiteral("created_at is not ISO 8601"));
    need(last.value(QStringLiteral("alt_file_id")).toString() == alt.id,
         QStringLiteral("alt_file_id"));
    const QJsonObject meta = last.value(QStringLiteral("metadata")).toObject();
    for (const char *key :
         {"runner_version", "ai_provider", "ai_model", "max_concurrent_tasks", "total_attempts",
          "tokens_used", "peak_memory_bytes", "cancelled", "alt_metadata"})
        need(meta.contains(QLatin1String(key)),
             QStringLiteral("metadata lacks %1").arg(QLatin1String(key)));
    need(meta.value(QStringLiteral("peak_memory_bytes")).toDouble() > 0,
         QStringLiteral("peak_memory_bytes is not positive"));
    const int width = meta.value(QStringLiteral("max_concurrent_tasks")).toInt();
    const QString executionId = last.value(QStringLiteral("execution_id")).toString();

    const QJsonObject results = last.value(QStringLiteral("task_results")).toObject();
    need(results.size() == alt.tasks.size(),
         QStringLiteral("task_results has %1 entries for %2 tasks")
                 .arg(results.size())
                 .arg(alt.tasks.size()));
    QHash<QString, QJsonObject> byId;
    int completed = 0;
    qint64 totalAttempts = 0;
    QList<std::pair<qint64, int>> events; // (time, +1 start / -1 end)
    for (const AltTask &t : alt.tasks) {
        const QJsonObject r = results.value(t.id).toObject();
        byId.insert(t.id, r);
        const QString where = QStringLiteral("task '%1': ").arg(t.id);
        if (r.isEmpty()) {
            v.append(where + QStringLiteral("no result"));
            continue;
        }
        const QString status = r.value(QStringLiteral("status")).toString();
        need(QStringList {QStringLiteral("completed"), QStringLiteral("failed"),
                          QStringLiteral("cancelled"), QStringLiteral("timeout")}
                     .contains(status),
             where + QStringLiteral("final status is '%1'").arg(status));
        completed += status == u"completed";
        need(r.value(QStringLiteral("task_id")).toString() == t.id,
             where + QStringLiteral("task_id"));
        need(r.value(QStringLiteral("execution_id")).toString() == executionId,
             where + QStringLiteral("execution_id differs from the run's"));
        const QJsonObject tm = r.value(QStringLiteral("metadata")).toObject();
        const QJsonArray log = tm.value(QStringLiteral("attempt_log")).toArray();
        need(tm.value(QStringLiteral("attempts")).toInt() == log.size(),
             where + QStringLiteral("attempts != attempt_log size"));
        totalAttempts += log.size();
        need(log.size() <= 1 + t.retryCount,
             where + QStringLiteral("more attempts than retry_count allows"));
        const bool started = !r.value(QStringLiteral("start_time")).isNull();
        need(started == !log.isEmpty(), where + QStringLiteral("start_time vs attempt_log"));
        if (started) {
            const auto s = parseIsoMs(r.value(QStringLiteral("start_time")).toString());
            const auto e = parseIsoMs(r.value(QStringLiteral("end_time")).toString());
            need(s && e && *e >= *s, where + QStringLiteral("bad start/end time"));
            if (s && e)
                need(qint64(r.value(QStringLiteral("duration_ms")).toDouble()) == *e - *s,
                     where + QStringLiteral("duration_ms != end - start"));
        } else {
            need(r.value(QStringLiteral("end_time")).isNull()
                         && r.value(QStringLiteral("duration_ms")).isNull(),
                 where + QStringLiteral("never started but has end_time or duration"));
        }
        for (const QJsonValue &a : log) {
            const QJsonObject o = a.toObject();
            const auto s = parseIsoMs(o.value(QStringLiteral("start_time")).toString());
            const auto e = parseIsoMs(o.value(QStringLiteral("end_time")).toString());
            need(s && e && *e >= *s, where + QStringLiteral("bad attempt times"));
            need(o.contains(QStringLiteral("outcome")) && o.contains(QStringLiteral("error")),
                 where + QStringLiteral("attempt lacks outcome or error"));
            if (s && e) {
                events.append({*s, +1});
                events.append({*e, -1});
            }
        }
        if (status == u"completed") {
            need(r.value(QStringLiteral("output")).isObject(),
                 where + QStringLiteral("completed without output"));
        } else {
            need(r.value(QStringLiteral("error")).isString(),
                 where + QStringLiteral("not completed but no error"));
        }
    }
    // Dependencies: start after every dependency's end; a failed dependency means cancelled, never
    // started.
    for (const AltTask &t : alt.tasks) {
        const QJsonObject r = byId.value(t.id);
        const QString where = QStringLiteral("task '%1': ").arg(t.id);
        bool allDepsCompleted = true;
        for (int d : t.dependencies) {
            const QJsonObject dr = byId.value(alt.tasks.at(d).id);
            allDepsCompleted = allDepsCompleted
                    && dr.value(QStringLiteral("status")).toString() == u"completed";
            if (!r.value(QStringLiteral("start_time")).isNull()
                && !dr.value(QStringLiteral("end_time")).isNull()
                && r.value(QStringLiteral("metadata"))
                           .toObject()
                           .value(QStringLiteral("carried_over_from"))
                           .isUndefined()) {
                need(*parseIsoMs(r.value(QStringLiteral("start_time")).toString())
                             >= *parseIsoMs(dr.value(QStringLiteral("end_time")).toString()),
                     where
                             + QStringLiteral("starts before dependency '%1' ended")
                                       .arg(alt.tasks.at(d).id));
            }
        }
        if (!allDepsCompleted) {
            need(r.value(QStringLiteral("status")).toString() == u"cancelled",
                 where
                         + QStringLiteral("a dependency did not complete, yet status is %1")
                                   .arg(r.value(QStringLiteral("status")).toString()));
            need(r.value(QStringLiteral("start_time")).isNull(),
                 where + QStringLiteral("a dependency did not complete, yet it started"));
        }
    }
    // Concurrency: half-open intervals [start, end), so an end and a start in the same
    // millisecond do not overlap.
    std::sort(events.begin(), events.end());
    int inFlight = 0, peak = 0;
    for (const auto &e : events) {
        inFlight += e.second;
        peak = std::max(peak, inFlight);
    }
    need(peak <= width,
         QStringLiteral("%1 attempts overlap; the limit is %2").arg(peak).arg(width));
    need(meta.value(QStringLiteral("total_attempts")).toInteger() >= 0,
         QStringLiteral("total_attempts"));

    const int total = int(alt.tasks.size());
    const double rate = last.value(QStringLiteral("success_rate")).toDouble();
    need(std::fabs(rate - double(completed) / total) < 1e-9,
         QStringLiteral("success_rate disagrees with the counts"));
    const QString status = last.value(QStringLiteral("status")).toString();
    const QString expected = completed == total ? QStringLiteral("success")
            : completed == 0                    ? QStringLiteral("failure")
                                                : QStringLiteral("partial_success");
    need(status == expected, QStringLiteral("status %1, expected %2").arg(status, expected));
    return v;
}

} // namespace altrunner::test
