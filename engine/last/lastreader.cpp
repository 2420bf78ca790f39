// SPDX-License-Identifier: GPL-3.0-or-later
#include "lastreader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include "util/isotime.h"

#include <limits>

namespace altrunner {

bool LastReader::looksLikeLastFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    // The writer puts execution_id near the top and task_results last; an ALT file has neither.
    const QByteArray head = file.read(8192);
    return head.contains("\"execution_id\"") && head.contains("\"alt_file_id\"");
}

std::optional<QJsonObject> LastReader::readDocument(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot open the LAST file: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("%1: not a LAST file: %2 at byte %3")
                         .arg(path, parseError.errorString())
                         .arg(parseError.offset);
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    if (!doc.isObject() || !root.value(QStringLiteral("task_results")).isObject()
        || !root.value(QStringLiteral("execution_id")).isString()) {
        *error = tr("%1: not a LAST file (no execution_id or task_results)").arg(path);
        return std::nullopt;
    }
    return root;
}

std::optional<LastReader::PastRun> LastReader::readPastRun(const QString &path, QString *error)
{
    const auto root = readDocument(path, error);
    if (!root)
        return std::nullopt;
    PastRun past;
    past.document = *root;
    auto alt = std::make_shared<AltFile>();
    alt->sourcePath = path;
    alt->id = root->value(QStringLiteral("alt_file_id")).toString();
    alt->title = root->value(QStringLiteral("alt_file_title")).toString();
    alt->mode = parseMode(root->value(QStringLiteral("mode")).toString()).value_or(Mode::Normal);
    const QJsonObject results = root->value(QStringLiteral("task_results")).toObject();

    // JSON objects have no order; the order the tasks ran in is the natural one to show.
    QStringList ids = results.keys();
    auto startOf = [&](const QString &id) {
        return parseIsoMs(
                       results.value(id).toObject().value(QStringLiteral("start_time")).toString())
                .value_or(std::numeric_limits<qint64>::max());
    };
    std::stable_sort(ids.begin(), ids.end(),
                     [&](const QString &a, const QString &b) { return startOf(a) < startOf(b); });
    QHash<QString, int> index;
    for (int i = 0; i < ids.size(); ++i)
        index.insert(ids.at(i), i);
    alt->tasks.resize(ids.size());
    past.tasks.resize(ids.size());
    past.snapshot.total = int(ids.size());
    past.snapshot.executionId = root->value(QStringLiteral("execution_id")).toString();
    for (int i = 0; i < ids.size(); ++i) {
        const QJsonObject r = results.value(ids.at(i)).toObject();
        const QJsonObject meta = r.value(QStringLiteral("metadata")).toObject();
        AltTask &t = alt->tasks[i];
        t.id = ids.at(i);
        t.description = ids.at(i);
        for (const QJsonValue &d : meta.value(QStringLiteral("dependencies")).toArray()) {
            const int di = index.value(d.toString(), -1);
            if (di >= 0 && di != i && !t.dependencies.contains(di))
                t.dependencies.append(di);
        }
        TaskUpdate &u = past.tasks[i];
        u.index = i;
        u.status = parseStatus(r.value(QStringLiteral("status")).toString())
                           .value_or(TaskStatus::Pending);
        u.startMs = parseIsoMs(r.value(QStringLiteral("start_time")).toString()).value_or(-1);
        u.endMs = parseIsoMs(r.value(QStringLiteral("end_time")).toString()).value_or(-1);
        u.error = r.value(QStringLiteral("error")).toString();
        u.output = r.value(QStringLiteral("output")).toObject();
        u.aiFallback = meta.contains(QStringLiteral("ai_fallback"));
        if (meta.value(QStringLiteral("cache"))[u"hit"].toBool())
            u.extraForWrite().cache = meta.value(QStringLiteral("cache")).toObject();
        if (meta.contains(QStringLiteral("carried_over_from"))) {
            u.extraForWrite().carried = r;
            u.extraForWrite().carriedFrom
                    = meta.value(QStringLiteral("carried_over_from")).toString();
        }
        if (const QJsonArray left = meta.value(QStringLiteral("fallbacks")).toArray();
            !left.isEmpty())
            u.extraForWrite().fallbacks = left;
        if (const QJsonArray checks = meta.value(QStringLiteral("checks")).toArray();
            !checks.isEmpty())
            u.extraForWrite().checks = checks;
        for (const QJsonValue &a : meta.value(QStringLiteral("attempt_log")).toArray()) {
            AttemptRecord rec;
            rec.startMs = parseIsoMs(a[QStringLiteral("start_time")].toString()).value_or(0);
            rec.endMs = parseIsoMs(a[QStringLiteral("end_time")].toString()).value_or(rec.startMs);
            rec.outcome = parseAttemptOutcome(a[QStringLiteral("outcome")].toString())
                                  .value_or(AttemptOutcome::Failed);
            rec.error = a[QStringLiteral("error")].toString();
            rec.waitMs = std::max<qint64>(0, a[QStringLiteral("wait_ms")].toInteger());
            for (const char *key : {"model", "errors"})
                if (a.toObject().contains(QLatin1StringView(key)))
                    rec.detail.insert(QLatin1StringView(key), a[QLatin1StringView(key)]);
            u.attempts.append(rec);
        }
        for (const QJsonValue &d : meta.value(QStringLiteral("retry_delays_ms")).toArray())
            u.extraForWrite().retryDelaysMs.append(d.toInteger());
        ++past.snapshot.counts[size_t(u.status)];
        past.snapshot.statuses.append(u.status);
        past.snapshot.attempts += u.attempts.size();
    }
    const QJsonObject meta = root->value(QStringLiteral("metadata")).toObject();
    past.snapshot.elapsedMs = root->value(QStringLiteral("execution_time_ms")).toInteger();
    past.snapshot.startedAtMs
            = parseIsoMs(meta.value(QStringLiteral("started_at")).toString()).value_or(0);
    past.snapshot.retries = meta.value(QStringLiteral("retries")).toInteger();
    past.snapshot.tokensUsed = meta.value(QStringLiteral("tokens_used")).toInteger();
    past.snapshot.inputTokens = meta.value(QStringLiteral("tokens"))[u"input"].toInteger();
    past.snapshot.outputTokens = meta.value(QStringLiteral("tokens"))[u"output"].toInteger();
    const QJsonObject cost = meta.value(QStringLiteral("cost")).toObject();
    past.snapshot.cost = cost.value(QStringLiteral("amount")).toDouble();
    past.snapshot.currency = cost.value(QStringLiteral("currency")).toString();
    past.snapshot.unpricedTasks = cost.value(QStringLiteral("unpriced_tasks")).toInt();
    if (cost.value(QStringLiteral("amount")).isDouble())
        past.snapshot.pricedTasks = 1; // at least one: the amount is known
    const QJsonObject budget = meta.value(QStringLiteral("budget")).toObject();
    if (const QJsonValue t = budget.value(QStringLiteral("tokens")); t.isObject()) {
        past.snapshot.budget.tokensLimit = t[u"limit"].toInteger();
        past.snapshot.budget.tokensUsed = t[u"used"].toInteger();
    }
    if (const QJsonValue c = budget.value(QStringLiteral("cost")); c.isObject()) {
        past.snapshot.budget.costLimit = c[u"limit"].toDouble();
        past.snapshot.budget.costUsed = c[u"used"].toDouble();
    }
    past.snapshot.budget.exhausted = budget.value(QStringLiteral("exhausted")).toBool();
    if (const QJsonValue r = budget.value(QStringLiteral("refused_request")); r.isObject()) {
        if (r[u"tokens"].isDouble())
            past.snapshot.budget.refusedTokens = r[u"tokens"].toInteger();
        if (r[u"cost"].isDouble())
            past.snapshot.budget.refusedCost = r[u"cost"].toDouble();
    }
    past.snapshot.rateLimited = meta.value(QStringLiteral("rate_limited_responses")).toInteger();
    past.snapshot.repairs = meta.value(QStringLiteral("repairs")).toInteger();
    past.snapshot.fallbacks = meta.value(QStringLiteral("fallbacks")).toInteger();
    if (const QJsonObject checks = meta.value(QStringLiteral("checks")).toObject();
        !checks.isEmpty()) {
        past.snapshot.checksPassed = checks.value(QStringLiteral("passed")).toInteger();
        past.snapshot.checksFailed = checks.value(QStringLiteral("failed")).toInteger();
        past.snapshot.checksWarned = checks.value(QStringLiteral("warned")).toInteger();
        for (const TaskUpdate &u : std::as_const(past.tasks))
            past.snapshot.checkedTasks += u.extra().checks.isEmpty() ? 0 : 1;
    }
    const QJsonObject saved = meta.value(QStringLiteral("cache_saved")).toObject();
    past.snapshot.cacheHits = saved.value(QStringLiteral("hits")).toInt();
    past.snapshot.cacheSavedTokens = saved.value(QStringLiteral("tokens")).toInteger();
    past.snapshot.cacheSavedCost = saved.value(QStringLiteral("cost")).toDouble();
    past.snapshot.peakMemoryBytes = meta.value(QStringLiteral("peak_memory_bytes")).toInteger();
    past.snapshot.peakInFlight = meta.value(QStringLiteral("peak_in_flight")).toInt();
    past.snapshot.throughput = meta.value(QStringLiteral("throughput_tasks_per_second")).toDouble();
    const QJsonObject latency = meta.value(QStringLiteral("ai_latency_ms")).toObject();
    past.snapshot.latencyP50Ms = latency.value(QStringLiteral("p50")).toInteger(-1);
    past.snapshot.latencyP95Ms = latency.value(QStringLiteral("p95")).toInteger(-1);
    past.snapshot.latencyP99Ms = latency.value(QStringLiteral("p99")).toInteger(-1);
    const QJsonObject speed = meta.value(QStringLiteral("ai_speed")).toObject();
    past.snapshot.ttftP50Ms = speed[QStringLiteral("ttft_ms")][QStringLiteral("p50")].toInteger(-1);
    past.snapshot.ttftP95Ms = speed[QStringLiteral("ttft_ms")][QStringLiteral("p95")].toInteger(-1);
    past.snapshot.tokensPerSecondP50
            = speed[QStringLiteral("tokens_per_second")][QStringLiteral("p50")].toDouble(-1);
    past.snapshot.tokensPerSecondP5
            = speed[QStringLiteral("tokens_per_second")][QStringLiteral("p5")].toDouble(-1);
    past.snapshot.finished = true;
    past.snapshot.etaMs = 0;
    past.snapshot.cancelled = meta.value(QStringLiteral("cancelled")).toBool();
    past.alt = alt;
    return past;
}

std::optional<LastReader::Carry> LastReader::completedResults(const QString &path,
                                                              const AltFile &alt, QString *error)
{
    const auto root = readDocument(path, error);
    if (!root)
        return std::nullopt;
    const QString altId = root->value(QStringLiteral("alt_file_id")).toString();
    if (altId != alt.id) {
        *error = tr("%1: this LAST file records ALT file '%2', not '%3'").arg(path, altId, alt.id);
        return std::nullopt;
    }
    Carry carry;
    carry.executionId = root->value(QStringLiteral("execution_id")).toString();
    const QJsonObject results = root->value(QStringLiteral("task_results")).toObject();
    for (const AltTask &task : alt.tasks) {
        const QJsonObject result = results.value(task.id).toObject();
        if (result.value(QStringLiteral("status")).toString() == u"completed")
            carry.completed.insert(task.id, result);
        else
            ++carry.notCompleted;
    }
    return carry;
}

} // namespace altrunner
