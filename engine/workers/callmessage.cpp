// SPDX-License-Identifier: GPL-3.0-or-later
#include "callmessage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <climits>
#include <cmath>

namespace altrunner {

namespace {

using namespace Qt::StringLiterals;

// A subject token: NATS splits on '.', and '*', '>' and white space are not allowed in one.
QByteArray token(const QString &text)
{
    QByteArray t = text.toUtf8();
    for (char &c : t) {
        if (c == '.' || c == '*' || c == '>' || c == ' ' || c == '\t' || c == '\r' || c == '\n')
            c = '_';
    }
    return t.isEmpty() ? QByteArrayLiteral("_") : t;
}

QJsonObject read(const QByteArray &bytes, QString *error)
{
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = parse.error != QJsonParseError::NoError
                    ? CallMessage::tr("not JSON: %1").arg(parse.errorString())
                    : CallMessage::tr("not a JSON object");
        return {};
    }
    return doc.object();
}

QByteArray write(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// A whole number within JSON's exact range (±2^53), else `otherwise`: a message's numbers come
// from another process and may be anything (fuzz_workers found 3e41).
qint64 integer(const QJsonObject &o, QLatin1StringView key, qint64 otherwise)
{
    const QJsonValue v = o.value(key);
    if (!v.isDouble())
        return otherwise;
    const double d = v.toDouble();
    constexpr double kExact = 9007199254740992.0;
    return std::isfinite(d) && d >= -kExact && d <= kExact ? qint64(d) : otherwise;
}

// The same, as an int within [min, max].
int count(const QJsonObject &o, QLatin1StringView key, int otherwise, int min = 0,
          int max = INT_MAX)
{
    return int(std::clamp<qint64>(integer(o, key, otherwise), min, max));
}

} // namespace

QByteArray CallMessage::messageId(const QString &run, const QString &task, int attempt)
{
    return run.toUtf8() + '.' + task.toUtf8() + '.' + QByteArray::number(attempt);
}

QByteArray CallMessage::callSubject(const QString &run)
{
    return "altrunner.calls." + token(run);
}

QByteArray CallMessage::resultSubject(const QString &run)
{
    return "altrunner.results." + token(run);
}

QByteArray CallMessage::deltaSubject(const QString &run, const QString &task)
{
    return "altrunner.deltas." + token(run) + '.' + token(task);
}

QByteArray CallMessage::takenSubject(const QString &run)
{
    return "altrunner.taken." + token(run);
}

QByteArray CallMessage::workerSubject(const QString &worker)
{
    return "altrunner.workers." + token(worker);
}

QByteArray CallMessage::encodeCall(const AiRequest &r, const CallSettings &s)
{
    QJsonObject o {
            {"run"_L1, r.executionId},
            {"task"_L1, r.taskId},
            {"attempt"_L1, r.attempt},
            {"provider"_L1, providerName(r.provider)},
            {"url"_L1, r.serviceUrl.toString()},
            {"model"_L1, r.model},
            {"alias"_L1, r.alias},
            {"prompt"_L1, r.prompt},
            {"mode"_L1, r.mode},
            {"temperature"_L1, r.temperature},
            {"top_p"_L1, r.topP},
            {"prompt_bytes"_L1, r.promptBytes},
            {"timeout_ms"_L1, r.timeoutMs},
            {"whole_ms"_L1, s.wholeMs},
            {"stream"_L1, s.stream},
            {"stream_idle_seconds"_L1, s.streamIdleSeconds},
            {"mock_latency_ms"_L1, s.mockLatencyMs},
    };
    if (!s.apiKeyEnv.isEmpty())
        o.insert("api_key_env"_L1, s.apiKeyEnv);
    if (r.persona)
        o.insert("persona"_L1, *r.persona);
    if (r.maxTokens)
        o.insert("max_tokens"_L1, *r.maxTokens);
    if (r.schema) {
        o.insert("schema"_L1, r.schema->json());
        o.insert("schema_in_prompt"_L1, r.schemaInPrompt);
    }
    if (!r.invalidAnswer.isEmpty() || !r.repairMessage.isEmpty()) {
        o.insert("invalid_answer"_L1, r.invalidAnswer);
        o.insert("repair_message"_L1, r.repairMessage);
    }
    if (!r.system.isEmpty())
        o.insert("system"_L1, r.system);
    if (!r.parameters.isEmpty())
        o.insert("parameters"_L1, r.parameters);
    if (!r.context.isEmpty())
        o.insert("context"_L1, r.context);
    return write(o);
}

std::optional<CallMessage::Call> CallMessage::decodeCall(const QByteArray &bytes, QString *error)
{
    QString why;
    const QJsonObject o = read(bytes, &why);
    if (o.isEmpty()) {
        *error = tr("the call is %1").arg(why.isEmpty() ? tr("empty") : why);
        return std::nullopt;
    }
    Call c;
    AiRequest &r = c.request;
    r.executionId = o.value("run"_L1).toString();
    r.taskId = o.value("task"_L1).toString();
    r.attempt = count(o, "attempt"_L1, 0);
    const std::optional<ProviderKind> provider = parseProvider(o.value("provider"_L1).toString());
    if (r.executionId.isEmpty() || r.taskId.isEmpty() || r.attempt < 1 || !provider
        || !o.value("prompt"_L1).isString()) {
        *error = tr("the call lacks its run, task, attempt, provider or prompt");
        return std::nullopt;
    }
    r.provider = *provider;
    r.serviceUrl = QUrl(o.value("url"_L1).toString());
    r.model = o.value("model"_L1).toString();
    r.alias = o.value("alias"_L1).toString();
    r.prompt = o.value("prompt"_L1).toString();
    r.mode = o.value("mode"_L1).toString();
    if (o.value("persona"_L1).isString())
        r.persona = o.value("persona"_L1).toString();
    r.temperature = o.value("temperature"_L1).toDouble(0.2);
    r.topP = o.value("top_p"_L1).toDouble(1.0);
    if (o.value("max_tokens"_L1).isDouble())
        r.maxTokens = count(o, "max_tokens"_L1, 1, 1);
    r.promptBytes = integer(o, "prompt_bytes"_L1, 0);
    r.timeoutMs = int(std::clamp<qint64>(integer(o, "timeout_ms"_L1, 60000), 1, INT_MAX));
    if (o.value("schema"_L1).isObject()) {
        OutputSchema::Error schemaError;
        r.schema = OutputSchema::compile(o.value("schema"_L1).toObject(), &schemaError);
        if (!r.schema) {
            *error = tr("the call's schema cannot be used: %1").arg(schemaError.message);
            return std::nullopt;
        }
        r.schemaInPrompt = o.value("schema_in_prompt"_L1).toBool();
    }
    r.invalidAnswer = o.value("invalid_answer"_L1).toString();
    r.repairMessage = o.value("repair_message"_L1).toString();
    r.system = o.value("system"_L1).toString();
    r.parameters = o.value("parameters"_L1).toObject();
    r.context = o.value("context"_L1).toObject();
    CallSettings &s = c.settings;
    s.apiKeyEnv = o.value("api_key_env"_L1).toString();
    s.stream = o.value("stream"_L1).toBool(true);
    s.streamIdleSeconds
            = std::clamp(o.value("stream_idle_seconds"_L1).toDouble(30), 0.001, 86400.0);
    s.wholeMs = int(std::clamp<qint64>(integer(o, "whole_ms"_L1, 300000), 1, INT_MAX));
    s.mockLatencyMs = int(std::clamp<qint64>(integer(o, "mock_latency_ms"_L1, 150), 0, 3600000));
    return c;
}

QByteArray CallMessage::encodeResult(const Result &result, qsizetype maxBytes)
{
    const AiReply &a = result.reply;
    QJsonObject o {
            {"run"_L1, result.run},
            {"task"_L1, result.task},
            {"attempt"_L1, result.attempt},
            {"worker"_L1, result.worker},
            {"delivered"_L1, result.delivered},
            {"ok"_L1, a.ok},
            {"text"_L1, a.text},
            {"model"_L1, a.model},
            {"provider"_L1, a.provider},
            {"simulated"_L1, a.simulated},
            {"http_status"_L1, a.httpStatus},
            {"ttft_ms"_L1, a.ttftMs},
            {"generation_ms"_L1, a.generationMs},
            {"truncated"_L1, a.truncated},
            {"fall_back"_L1, a.fallBack},
            {"usage"_L1,
             QJsonObject {{"input"_L1, a.usage.input},
                          {"output"_L1, a.usage.output},
                          {"estimated"_L1, a.usage.estimated},
                          {"input_reported"_L1, a.usage.inputReported},
                          {"output_reported"_L1, a.usage.outputReported}}},
    };
    if (!a.ok || !a.error.isEmpty()) {
        o.insert("error"_L1, a.error);
        o.insert("retryable"_L1, a.retryable);
        o.insert("timed_out"_L1, a.timedOut);
    }
    if (a.retryAfterMs >= 0)
        o.insert("retry_after_ms"_L1, a.retryAfterMs);
    if (!a.rateLimitHeaders.isEmpty()) {
        QJsonArray headers;
        for (const auto &[name, value] : a.rateLimitHeaders)
            headers.append(QJsonArray {QString::fromLatin1(name), QString::fromLatin1(value)});
        o.insert("rate_limit_headers"_L1, headers);
    }
    if (!a.raw.isUndefined() && !a.raw.isNull())
        o.insert("raw"_L1, a.raw);
    QByteArray bytes = write(o);
    if (bytes.size() <= maxBytes)
        return bytes;
    o.remove("raw"_L1);
    bytes = write(o);
    if (bytes.size() <= maxBytes)
        return bytes;
    // Still too large for one NATS message: the answer cannot travel, and the task says why.
    o.insert("ok"_L1, false);
    o.insert("text"_L1, QString());
    o.insert("error"_L1,
             tr("the answer (%1 bytes) is larger than a NATS message may be (%2 bytes)")
                     .arg(bytes.size())
                     .arg(maxBytes));
    o.insert("retryable"_L1, false);
    o.insert("timed_out"_L1, false);
    return write(o);
}

std::optional<CallMessage::Result> CallMessage::decodeResult(const QByteArray &bytes,
                                                             QString *error)
{
    QString why;
    const QJsonObject o = read(bytes, &why);
    Result r;
    r.run = o.value("run"_L1).toString();
    r.task = o.value("task"_L1).toString();
    r.attempt = count(o, "attempt"_L1, 0);
    if (r.run.isEmpty() || r.task.isEmpty() || r.attempt < 1) {
        if (error)
            *error = why.isEmpty() ? tr("the result lacks its run, task or attempt") : why;
        return std::nullopt;
    }
    r.worker = o.value("worker"_L1).toString();
    r.delivered = count(o, "delivered"_L1, 1, 1);
    AiReply &a = r.reply;
    a.ok = o.value("ok"_L1).toBool();
    a.text = o.value("text"_L1).toString();
    a.model = o.value("model"_L1).toString();
    a.provider = o.value("provider"_L1).toString();
    a.simulated = o.value("simulated"_L1).toBool();
    a.httpStatus = count(o, "http_status"_L1, 0, 0, 999);
    a.ttftMs = integer(o, "ttft_ms"_L1, -1);
    a.generationMs = integer(o, "generation_ms"_L1, -1);
    a.truncated = o.value("truncated"_L1).toBool();
    a.fallBack = o.value("fall_back"_L1).toBool();
    const QJsonObject usage = o.value("usage"_L1).toObject();
    a.usage.input = std::max<qint64>(0, integer(usage, "input"_L1, 0));
    a.usage.output = std::max<qint64>(0, integer(usage, "output"_L1, 0));
    a.usage.estimated = usage.value("estimated"_L1).toBool();
    a.usage.inputReported = usage.value("input_reported"_L1).toBool();
    a.usage.outputReported = usage.value("output_reported"_L1).toBool();
    a.error = o.value("error"_L1).toString();
    if (!a.ok && a.error.isEmpty())
        a.error = tr("the worker reported a failure without saying why");
    a.retryable = o.value("retryable"_L1).toBool();
    a.timedOut = o.value("timed_out"_L1).toBool();
    a.retryAfterMs = integer(o, "retry_after_ms"_L1, -1);
    for (const QJsonValue &h : o.value("rate_limit_headers"_L1).toArray()) {
        const QJsonArray pair = h.toArray();
        if (pair.size() == 2)
            a.rateLimitHeaders.append(
                    {pair.at(0).toString().toLatin1(), pair.at(1).toString().toLatin1()});
    }
    if (o.contains("raw"_L1))
        a.raw = o.value("raw"_L1);
    return r;
}

QByteArray CallMessage::encodeTaken(const Taken &t)
{
    return write({{"run"_L1, t.run},
                  {"task"_L1, t.task},
                  {"attempt"_L1, t.attempt},
                  {"worker"_L1, t.worker},
                  {"delivered"_L1, t.delivered},
                  {"seq"_L1, double(t.streamSeq)}});
}

std::optional<CallMessage::Taken> CallMessage::decodeTaken(const QByteArray &bytes)
{
    const QJsonObject o = read(bytes, nullptr);
    Taken t;
    t.run = o.value("run"_L1).toString();
    t.task = o.value("task"_L1).toString();
    t.attempt = count(o, "attempt"_L1, 0);
    t.worker = o.value("worker"_L1).toString();
    t.delivered = count(o, "delivered"_L1, 1, 1);
    t.streamSeq = quint64(std::max<qint64>(0, integer(o, "seq"_L1, 0)));
    if (t.run.isEmpty() || t.task.isEmpty() || t.attempt < 1)
        return std::nullopt;
    return t;
}

QByteArray CallMessage::encodeAnnouncement(const Announcement &a)
{
    return write({{"name"_L1, a.name},
                  {"version"_L1, a.version},
                  {"concurrency"_L1, a.concurrency},
                  {"in_flight"_L1, a.inFlight},
                  {"leaving"_L1, a.leaving}});
}

std::optional<CallMessage::Announcement> CallMessage::decodeAnnouncement(const QByteArray &bytes)
{
    const QJsonObject o = read(bytes, nullptr);
    Announcement a;
    a.name = o.value("name"_L1).toString();
    if (a.name.isEmpty())
        return std::nullopt;
    a.version = o.value("version"_L1).toString();
    a.concurrency = int(std::clamp<qint64>(integer(o, "concurrency"_L1, 0), 0, 1 << 20));
    a.inFlight = int(std::clamp<qint64>(integer(o, "in_flight"_L1, 0), 0, 1 << 20));
    a.leaving = o.value("leaving"_L1).toBool();
    return a;
}

QByteArray CallMessage::encodeDelta(const Delta &d)
{
    return write({{"task"_L1, d.task}, {"attempt"_L1, d.attempt}, {"text"_L1, d.text}});
}

std::optional<CallMessage::Delta> CallMessage::decodeDelta(const QByteArray &bytes)
{
    const QJsonObject o = read(bytes, nullptr);
    if (!o.value("text"_L1).isString() || !o.value("task"_L1).isString())
        return std::nullopt;
    return Delta {o.value("task"_L1).toString(), count(o, "attempt"_L1, 0),
                  o.value("text"_L1).toString()};
}

} // namespace altrunner
