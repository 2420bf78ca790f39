// SPDX-License-Identifier: GPL-3.0-or-later
#include "prometheustext.h"

#include <QMap>

namespace altrunner {

namespace {

// A label value as the text format wants it: backslash, quote and newline escaped.
QByteArray labelValue(const QString &value)
{
    QByteArray out;
    for (const char c : value.toUtf8()) {
        if (c == '\\' || c == '"')
            out += '\\';
        if (c == '\n') {
            out += "\\n";
            continue;
        }
        out += c;
    }
    return out;
}

} // namespace

QByteArray PrometheusText::render(const QList<RunSnapshot> &runs, int active,
                                  const Process &process)
{
    qint64 byStatus[kTaskStatusCount] = {};
    qint64 attempts = 0, retries = 0, inFlight = 0, tokens = 0, latencySum = 0, latencyCount = 0;
    qint64 inputTokens = 0, outputTokens = 0, rateLimited = 0, waitedMs = 0, repairs = 0;
    qint64 checksPassed = 0, checksFailed = 0, checksWarned = 0;
    QMap<QString, qint64> fallbacksByPair; // "from\x1fto"
    QMap<QString, qint64> answersByModel;
    QMap<QString, double> costByCurrency; // runs without a pricing file have no currency
    QList<qint64> buckets(kLatencyBucketsMs.size(), 0);
    QList<qint64> ttftBuckets(kLatencyBucketsMs.size(), 0);
    qint64 ttftSum = 0, ttftCount = 0;
    const RunSnapshot *fastest = nullptr; // the newest run with speed figures
    for (const RunSnapshot &s : runs) {
        if (s.tokensPerSecondP50 >= 0 && (!fastest || s.startedAtMs >= fastest->startedAtMs))
            fastest = &s;
    }
    const qsizetype finished = runs.size() - active;
    for (const RunSnapshot &s : runs) {
        for (int i = 0; i < kTaskStatusCount; ++i)
            byStatus[i] += s.counts[size_t(i)];
        attempts += s.attempts;
        retries += s.retries;
        inFlight += s.inFlight;
        tokens += s.tokensUsed;
        inputTokens += s.inputTokens;
        outputTokens += s.outputTokens;
        rateLimited += s.rateLimited;
        waitedMs += s.waitedMs;
        repairs += s.repairs;
        checksPassed += s.checksPassed;
        checksFailed += s.checksFailed;
        checksWarned += s.checksWarned;
        for (auto it = s.fallbacksByPair.cbegin(); it != s.fallbacksByPair.cend(); ++it)
            fallbacksByPair[it.key()] += it.value();
        for (auto it = s.answersByModel.cbegin(); it != s.answersByModel.cend(); ++it)
            answersByModel[it.key()] += it.value();
        if (!s.currency.isEmpty())
            costByCurrency[s.currency] += s.cost;
        latencySum += s.latencySumMs;
        latencyCount += s.latencyCount;
        for (qsizetype i = 0; i < buckets.size() && i < s.latencyBuckets.size(); ++i)
            buckets[i] += s.latencyBuckets.at(i);
        ttftSum += s.ttftSumMs;
        ttftCount += s.ttftCount;
        for (qsizetype i = 0; i < ttftBuckets.size() && i < s.ttftBuckets.size(); ++i)
            ttftBuckets[i] += s.ttftBuckets.at(i);
    }
    QByteArray out;
    auto metric = [&out](const char *name, const char *type, const char *help) {
        out += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + ' ' + type + '\n';
    };
    metric("altrunner_runs", "gauge", "Runs this server knows, by state.");
    out += "altrunner_runs{state=\"active\"} " + QByteArray::number(active) + '\n';
    out += "altrunner_runs{state=\"finished\"} " + QByteArray::number(finished) + '\n';
    metric("altrunner_tasks", "gauge", "Tasks of the runs this server knows, by status.");
    for (TaskStatus st :
         {TaskStatus::Pending, TaskStatus::Running, TaskStatus::Retrying, TaskStatus::Completed,
          TaskStatus::Failed, TaskStatus::Timeout, TaskStatus::Cancelled,
          TaskStatus::Waiting}) { // waiting: for a person (docs/approvals.md)
        const QByteArray name
                = st == TaskStatus::Retrying ? QByteArray("retrying") : statusName(st).toLatin1();
        out += "altrunner_tasks{status=\"" + name + "\"} " + QByteArray::number(byStatus[int(st)])
                + '\n';
    }
    metric("altrunner_attempts_total", "counter", "Task attempts started.");
    out += "altrunner_attempts_total " + QByteArray::number(attempts) + '\n';
    metric("altrunner_retries_total", "counter", "Attempts that were retries.");
    out += "altrunner_retries_total " + QByteArray::number(retries) + '\n';
    metric("altrunner_in_flight", "gauge", "Attempts in flight now.");
    out += "altrunner_in_flight " + QByteArray::number(inFlight) + '\n';
    metric("altrunner_tokens_total", "counter", "AI tokens, input and output (some estimated).");
    out += "altrunner_tokens_total " + QByteArray::number(tokens) + '\n';
    metric("altrunner_input_tokens_total", "counter", "AI input (prompt) tokens.");
    out += "altrunner_input_tokens_total " + QByteArray::number(inputTokens) + '\n';
    metric("altrunner_output_tokens_total", "counter", "AI output (answer) tokens.");
    out += "altrunner_output_tokens_total " + QByteArray::number(outputTokens) + '\n';
    metric("altrunner_cost_total", "counter",
           "Cost of the AI answers, by the pricing file's currency (answers with no price are "
           "not in it).");
    for (auto it = costByCurrency.cbegin(); it != costByCurrency.cend(); ++it)
        out += "altrunner_cost_total{currency=\"" + labelValue(it.key()) + "\"} "
                + QByteArray::number(it.value(), 'g', 12) + '\n';
    metric("altrunner_ai_rate_limited_total", "counter",
           "AI answers that were 429 (rate limited).");
    out += "altrunner_ai_rate_limited_total " + QByteArray::number(rateLimited) + '\n';
    metric("altrunner_ai_wait_seconds_total", "counter",
           "Time attempts waited for a rate-limit or budget slot before they were sent.");
    out += "altrunner_ai_wait_seconds_total " + QByteArray::number(double(waitedMs) / 1000.0)
            + '\n';
    // Output contracts and models (docs/outputs.md).
    metric("altrunner_ai_repairs_total", "counter",
           "Repair attempts sent: answers that did not match their output schema, asked again "
           "with the errors.");
    out += "altrunner_ai_repairs_total " + QByteArray::number(repairs) + '\n';
    // Checks on answers (docs/outputs.md "Checks on answers"), per assert entry.
    metric("altrunner_checks_total", "counter",
           "Checks on answers by result: passed, failed (they fail their task) and warned "
           "(warnings that did not pass).");
    out += "altrunner_checks_total{result=\"passed\"} " + QByteArray::number(checksPassed) + '\n';
    out += "altrunner_checks_total{result=\"failed\"} " + QByteArray::number(checksFailed) + '\n';
    out += "altrunner_checks_total{result=\"warned\"} " + QByteArray::number(checksWarned) + '\n';
    metric("altrunner_ai_fallbacks_total", "counter",
           "Tasks moved from one model of the models file to the next, by alias.");
    for (auto it = fallbacksByPair.cbegin(); it != fallbacksByPair.cend(); ++it) {
        const qsizetype cut = it.key().indexOf(u'\x1f');
        out += "altrunner_ai_fallbacks_total{from=\"" + labelValue(it.key().left(cut)) + "\",to=\""
                + labelValue(it.key().mid(cut + 1)) + "\"} " + QByteArray::number(it.value())
                + '\n';
    }
    metric("altrunner_ai_answers_total", "counter",
           "AI answers, by the model that gave them (as the provider named it).");
    for (auto it = answersByModel.cbegin(); it != answersByModel.cend(); ++it)
        out += "altrunner_ai_answers_total{model=\"" + labelValue(it.key()) + "\"} "
                + QByteArray::number(it.value()) + '\n';
    metric("altrunner_ai_latency_seconds", "histogram", "AI request latency.");
    for (qsizetype i = 0; i < buckets.size(); ++i)
        out += "altrunner_ai_latency_seconds_bucket{le=\""
                + QByteArray::number(double(kLatencyBucketsMs.at(i)) / 1000.0) + "\"} "
                + QByteArray::number(buckets.at(i)) + '\n';
    out += "altrunner_ai_latency_seconds_bucket{le=\"+Inf\"} " + QByteArray::number(latencyCount)
            + '\n';
    out += "altrunner_ai_latency_seconds_sum " + QByteArray::number(double(latencySum) / 1000.0)
            + '\n';
    out += "altrunner_ai_latency_seconds_count " + QByteArray::number(latencyCount) + '\n';
    metric("altrunner_ai_ttft_seconds", "histogram",
           "Time from sending an AI request to the first token of its answer.");
    for (qsizetype i = 0; i < ttftBuckets.size(); ++i)
        out += "altrunner_ai_ttft_seconds_bucket{le=\""
                + QByteArray::number(double(kLatencyBucketsMs.at(i)) / 1000.0) + "\"} "
                + QByteArray::number(ttftBuckets.at(i)) + '\n';
    out += "altrunner_ai_ttft_seconds_bucket{le=\"+Inf\"} " + QByteArray::number(ttftCount) + '\n';
    out += "altrunner_ai_ttft_seconds_sum " + QByteArray::number(double(ttftSum) / 1000.0) + '\n';
    out += "altrunner_ai_ttft_seconds_count " + QByteArray::number(ttftCount) + '\n';
    if (fastest) {
        // Gauges with a "percentile" label: "quantile" belongs to summaries, which Prometheus
        // (promtool check metrics) rejects on any other type.
        metric("altrunner_ai_tokens_per_second", "gauge",
               "Output tokens per second after the first token, of the newest run's answers: "
               "the median (percentile 50) and the slow end (percentile 5).");
        out += "altrunner_ai_tokens_per_second{percentile=\"50\"} "
                + QByteArray::number(fastest->tokensPerSecondP50) + '\n';
        out += "altrunner_ai_tokens_per_second{percentile=\"5\"} "
                + QByteArray::number(fastest->tokensPerSecondP5) + '\n';
    }
    metric("altrunner_http_connections", "gauge",
           "REST API connections: at work, waiting over the cap, and live event streams.");
    out += "altrunner_http_connections{state=\"open\"} "
            + QByteArray::number(process.openConnections) + '\n';
    out += "altrunner_http_connections{state=\"waiting\"} "
            + QByteArray::number(process.waitingConnections) + '\n';
    out += "altrunner_http_connections{state=\"event_stream\"} "
            + QByteArray::number(process.eventStreams) + '\n';
    metric("altrunner_resident_memory_bytes", "gauge", "Resident memory of this process.");
    out += "altrunner_resident_memory_bytes " + QByteArray::number(process.residentBytes) + '\n';
    metric("altrunner_uptime_seconds", "gauge", "Seconds since the server started.");
    out += "altrunner_uptime_seconds " + QByteArray::number(process.uptimeSeconds) + '\n';
    return out;
}

QByteArray PrometheusText::label(const QString &value)
{
    return labelValue(value);
}

} // namespace altrunner
