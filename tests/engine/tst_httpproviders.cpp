// SPDX-License-Identifier: GPL-3.0-or-later
// The orchestrator and OpenAI-compatible providers against a real HTTP server on 127.0.0.1 that
// injects each fault of docs/engine.md: attempts, outcomes and errors, Retry-After, time-outs that
// abort the request, 64 requests in flight at width 64, request shapes, and the API key.

#include "ai/connectioncheck.h"
#include "ai/httpprovider.h"
#include "fakeaiserver.h"
#include "lastinvariants.h"
#include "run/run.h"
#include "testutil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace altrunner;
using namespace altrunner::test;
using Fault = FakeAiServer::Fault;

namespace {

QJsonObject taskResult(const Finished &f, const QString &id)
{
    return f.last.value(u"task_results").toObject().value(id).toObject();
}

QJsonObject aiTask(const QString &id, const QString &prompt, int retries = 0,
                   const QStringList &deps = {})
{
    QJsonObject t = task(id, deps, {{QStringLiteral("prompt"), prompt}});
    t.insert(QStringLiteral("retry_count"), retries);
    return t;
}

// A local address that was just freed: connecting to it is refused.
QUrl addressWhereNothingListens()
{
    FakeAiServer closed;
    return closed.listen() ? closed.url() : QUrl();
}

} // namespace

class tst_HttpProviders : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void answersAndRequestShape_data();
    void answersAndRequestShape();
    void faults_data();
    void faults();
    void parsesRetryAfter_data();
    void parsesRetryAfter();
    void retryAfterIsHonoured_data();
    void retryAfterIsHonoured();
    void hungRequestIsAborted_data();
    void hungRequestIsAborted();
    void connectionRefused();
    void sixtyFourInFlight_data();
    void sixtyFourInFlight();
    void fallbackToMockIsMarked();
    void apiKeyIsSentButNeverWritten();
    void redirectWithinTheServiceIsFollowed();
    void connectionCheck_data();
    void connectionCheck();
    void serviceIsCheckedBeforeTheFirstAttempt();

private:
    EngineConfig config(ProviderKind kind, const FakeAiServer &server, int width = 4) const;

    QTemporaryDir m_dir;
};

void tst_HttpProviders::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

EngineConfig tst_HttpProviders::config(ProviderKind kind, const FakeAiServer &server,
                                       int width) const
{
    EngineConfig c = testConfig(m_dir.path(), width);
    c.provider = kind;
    c.aiServiceUrl = server.url();
    c.aiModel = QStringLiteral("model-a");
    return c;
}

static void addProviders()
{
    QTest::addColumn<ProviderKind>("kind");
    QTest::newRow("orchestrator") << ProviderKind::Orchestrator;
    QTest::newRow("openai") << ProviderKind::OpenAi;
}

void tst_HttpProviders::answersAndRequestShape_data()
{
    addProviders();
}

void tst_HttpProviders::answersAndRequestShape()
{
    QFETCH(ProviderKind, kind);
    FakeAiServer server;
    QVERIFY(server.listen());
    QJsonObject second = aiTask(QStringLiteral("second"), QStringLiteral("summarise {{first}}"), 0,
                                {QStringLiteral("first")});
    QJsonObject params = second.value(u"parameters").toObject();
    params.insert(QStringLiteral("max_tokens"), 50);
    params.insert(QStringLiteral("temperature"), 0.5);
    second.insert(QStringLiteral("parameters"), params);
    QJsonObject doc
            = altDocument({aiTask(QStringLiteral("first"), QStringLiteral("hello")), second});
    doc.insert(QStringLiteral("mode"), QStringLiteral("explore"));
    doc.insert(QStringLiteral("persona"), QStringLiteral("researcher"));
    const auto alt = load(doc);
    const Finished f = runToEnd(alt, config(kind, server));
    QCOMPARE(f.result.outcome, RunOutcome::Success);
    const QJsonObject out = taskResult(f, QStringLiteral("second")).value(u"output").toObject();
    QCOMPARE(out.value(u"text").toString(), QStringLiteral("echo: summarise echo: hello"));
    QCOMPARE(out.value(u"provider").toString(), providerName(kind));
    // OpenAI-compatible: usage as sent (5 + 4). The orchestrator gives tokens_generated (7), the
    // output; the input is estimated from the prompt ("summarise echo: hello", 21 characters).
    const bool orchestrator = kind == ProviderKind::Orchestrator;
    QCOMPARE(out.value(u"tokens_used").toInt(), orchestrator ? 6 + 7 : 9);
    QCOMPARE(out.value(u"usage")[u"input_tokens"].toInt(), orchestrator ? 6 : 5);
    QCOMPARE(out.value(u"usage")[u"output_tokens"].toInt(), orchestrator ? 7 : 4);
    QCOMPARE(out.value(u"usage")[u"total_tokens"].toInt(), orchestrator ? 13 : 9);
    QCOMPARE(out.value(u"usage")[u"estimated"].toBool(), orchestrator);
    QCOMPARE(out.value(u"model").toString(), QStringLiteral("model-a"));
    QVERIFY(out.value(u"raw").isObject());
    QVERIFY(!out.contains(u"simulated"));
    QCOMPARE(f.last.value(u"metadata")[u"ai_provider"].toString(), providerName(kind));

    const auto requests = server.inferenceRequests();
    QCOMPARE(requests.size(), 2);
    const QJsonObject body = QJsonDocument::fromJson(requests.at(1).body).object();
    QCOMPARE(requests.at(1).headers.value("content-type"), QByteArray("application/json"));
    QVERIFY(!requests.at(1).headers.contains("authorization")); // no key configured
    if (kind == ProviderKind::Orchestrator) {
        QCOMPARE(requests.at(1).path, QByteArray("/api/inference/"));
        QCOMPARE(body.value(u"model_id").toString(), QStringLiteral("model-a"));
        QCOMPARE(body.value(u"inputs").toString(), QStringLiteral("summarise echo: hello"));
        const QJsonObject p = body.value(u"parameters").toObject();
        QCOMPARE(p.value(u"temperature").toDouble(), 0.5);
        QCOMPARE(p.value(u"top_p").toDouble(), 0.95);
        QCOMPARE(p.value(u"max_tokens").toInt(), 50);
        QCOMPARE(p.value(u"mode").toString(), QStringLiteral("explore"));
        QCOMPARE(p.value(u"persona").toString(), QStringLiteral("researcher"));
        QCOMPARE(p.value(u"task_id").toString(), QStringLiteral("second"));
        QCOMPARE(p.value(u"execution_id").toString(), f.result.executionId);
    } else {
        QCOMPARE(requests.at(1).path, QByteArray("/v1/chat/completions"));
        QCOMPARE(body.value(u"model").toString(), QStringLiteral("model-a"));
        const QJsonArray messages = body.value(u"messages").toArray();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(0)[u"role"].toString(), QStringLiteral("system"));
        QVERIFY(messages.at(0)[u"content"].toString().contains(u"researcher"));
        QVERIFY(messages.at(0)[u"content"].toString().contains(u"explore"));
        QCOMPARE(messages.at(1)[u"role"].toString(), QStringLiteral("user"));
        QCOMPARE(messages.at(1)[u"content"].toString(), QStringLiteral("summarise echo: hello"));
        QCOMPARE(body.value(u"temperature").toDouble(), 0.5);
        QCOMPARE(body.value(u"top_p").toDouble(), 0.95);
        QCOMPARE(body.value(u"max_tokens").toInt(), 50);
    }
    // The first task used the mode's temperature.
    const QJsonObject firstBody = QJsonDocument::fromJson(requests.at(0).body).object();
    const double t = kind == ProviderKind::Orchestrator
            ? firstBody.value(u"parameters")[u"temperature"].toDouble()
            : firstBody.value(u"temperature").toDouble();
    QCOMPARE(t, 0.7);
}

void tst_HttpProviders::faults_data()
{
    QTest::addColumn<ProviderKind>("kind");
    QTest::addColumn<QList<FakeAiServer::Action>>("actions");
    QTest::addColumn<int>("retries");
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("attempts");
    QTest::addColumn<QString>("firstError"); // what the first attempt's error says

    const auto s = &FakeAiServer::status;
    for (ProviderKind kind : {ProviderKind::Orchestrator, ProviderKind::OpenAi}) {
        const QString p = providerName(kind) + u' ';
        auto row = [&](const char *name, const QList<FakeAiServer::Action> &a, int retries,
                       const char *status, int attempts, const char *error) {
            QTest::newRow(qPrintable(p + QLatin1String(name)))
                    << kind << a << retries << QString::fromLatin1(status) << attempts
                    << QString::fromLatin1(error);
        };
        row("500 with a detail, retried, then fails",
            {s(500, R"({"detail": "Inference failed: Model x not found"})", {}),
             s(500, R"({"detail": "again"})", {})},
            1, "failed", 2, "HTTP 500 from the AI service at");
        row("500 detail text is shown",
            {s(500, R"({"detail": "Inference failed: Model x not found"})", {})}, 0, "failed", 1,
            "Inference failed: Model x not found");
        row("422 validation list, not retried",
            {s(422,
               R"({"detail": [{"loc": ["body", "inputs"], "msg": "field required", "type": "value_error.missing"}]})",
               {})},
            3, "failed", 1, "HTTP 422 from the AI service at");
        row("422 detail is readable",
            {s(422, R"({"detail": [{"loc": ["body", "inputs"], "msg": "field required"}]})", {})},
            0, "failed", 1, "body.inputs: field required");
        row("plain-text 500, retried", {s(500, "Internal Server Error", {})}, 2, "completed", 2,
            "Internal Server Error");
        row("503 then success", {s(503, R"({"detail": "busy"})", {})}, 1, "completed", 2,
            "HTTP 503");
        row("502 then success", {s(502, "bad gateway", {})}, 1, "completed", 2, "HTTP 502");
        row("504 then success", {s(504, "gateway timeout", {})}, 1, "completed", 2, "HTTP 504");
        row("429 then success", {s(429, R"({"detail": "slow down"})", {})}, 1, "completed", 2,
            "HTTP 429");
        row("200 that is not JSON, retried", {FakeAiServer::fault(Fault::BadJson)}, 1, "completed",
            2, "not the expected JSON");
        row("200 JSON of the wrong shape, retried", {s(200, R"({"unexpected": true})", {})}, 1,
            "completed", 2, "not the expected JSON");
        // Every request the server sees is an attempt in the log: the client does not send one
        // again by itself when the connection drops before an answer (HttpExchange).
        row("connection reset, retried", {FakeAiServer::fault(Fault::Reset)}, 3, "completed", 2,
            "closed the connection");
        row("two resets, retried twice",
            {FakeAiServer::fault(Fault::Reset), FakeAiServer::fault(Fault::Reset)}, 3, "completed",
            3, "closed the connection");
        row("404 not retried", {s(404, R"({"detail": "Not Found"})", {})}, 2, "failed", 1,
            "HTTP 404");
        row("401 not retried", {s(401, R"({"error": {"message": "bad key"}})", {})}, 2, "failed", 1,
            "bad key");
        row("400 not retried", {s(400, R"({"error": "bad request body"})", {})}, 2, "failed", 1,
            "bad request body");
        row("302 not followed (a POST would become a GET), not retried",
            {s(302, {}, {{"Location", "/elsewhere"}})}, 2, "failed", 1,
            "a redirect to /elsewhere, which is not followed");
        row("307 to another host not followed (the key stays here)",
            {s(307, {}, {{"Location", "http://other.example/api/inference/"}})}, 2, "failed", 1,
            "a redirect to http://other.example/api/inference/, which is not followed");
    }
}

void tst_HttpProviders::faults()
{
    QFETCH(ProviderKind, kind);
    QFETCH(QList<FakeAiServer::Action>, actions);
    QFETCH(int, retries);
    QFETCH(QString, status);
    QFETCH(int, attempts);
    QFETCH(QString, firstError);
    FakeAiServer server;
    QVERIFY(server.listen());
    server.script("faulty", actions);
    const auto alt = load(
            altDocument({aiTask(QStringLiteral("t"), QStringLiteral("faulty prompt"), retries),
                         aiTask(QStringLiteral("fine"), QStringLiteral("fine prompt"))}));
    RunOptions options;
    options.retryBaseDelayMs = 10;
    const Finished f = runToEnd(alt, config(kind, server), options);
    const QJsonObject r = taskResult(f, QStringLiteral("t"));
    QCOMPARE(r.value(u"status").toString(), status);
    const QJsonArray log = r.value(u"metadata")[u"attempt_log"].toArray();
    QCOMPARE(log.size(), attempts);
    QVERIFY2(log.at(0)[u"error"].toString().contains(firstError),
             qPrintable(log.at(0)[u"error"].toString()));
    QCOMPARE(log.at(0)[u"outcome"].toString(), QStringLiteral("failed"));
    if (status == u"failed")
        QCOMPARE(r.value(u"error").toString(), log.last()[u"error"].toString());
    QCOMPARE(taskResult(f, QStringLiteral("fine")).value(u"status").toString(),
             QStringLiteral("completed"));
    QCOMPARE(server.inferenceRequests().size(), attempts + 1);
    const QStringList violations = lastInvariantViolations(f.last, *alt);
    QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u'\n')));
}

void tst_HttpProviders::parsesRetryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("ms");
    QTest::newRow("seconds") << QByteArray("2") << qint64(2000);
    QTest::newRow("fraction") << QByteArray(" 1.5 ") << qint64(1500);
    QTest::newRow("negative") << QByteArray("-1") << qint64(-1);
    QTest::newRow("empty") << QByteArray() << qint64(-1);
    QTest::newRow("words") << QByteArray("soon") << qint64(-1);
    QTest::newRow("infinite") << QByteArray("inf") << qint64(-1);
    QTest::newRow("not a number") << QByteArray("nan") << qint64(-1);
    // The fuzz target's first finding: a count of milliseconds that does not fit (UB before).
    QTest::newRow("beyond a day, capped") << QByteArray(68, '1') << qint64(24 * 3600 * 1000);
    QTest::newRow("1e70") << QByteArray("1e70") << qint64(24 * 3600 * 1000);
}

void tst_HttpProviders::parsesRetryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, ms);
    QCOMPARE(HttpProvider::parseRetryAfter(value), ms);
}

void tst_HttpProviders::retryAfterIsHonoured_data()
{
    addProviders();
}

void tst_HttpProviders::retryAfterIsHonoured()
{
    QFETCH(ProviderKind, kind);
    FakeAiServer server;
    QVERIFY(server.listen());
    server.script(
            "limited",
            {FakeAiServer::status(429, R"({"detail": "rate limited"})", {{"Retry-After", "1"}})});
    // No retries: a 429 is the endpoint's answer and does not use one up (docs/engine.md
    // "Rate limits"); the endpoint pauses for Retry-After and the attempt goes again.
    const auto alt = load(altDocument({aiTask(QStringLiteral("t"), QStringLiteral("limited"), 0)}));
    RunOptions options;
    options.retryBaseDelayMs = 10; // the back-off alone would be at most 10 ms
    const Finished f = runToEnd(alt, config(kind, server), options);
    QCOMPARE(f.result.outcome, RunOutcome::Success);
    const QJsonObject meta = taskResult(f, QStringLiteral("t")).value(u"metadata").toObject();
    QVERIFY(!meta.contains(u"retry_delays_ms"));
    const QJsonArray log = meta.value(u"attempt_log").toArray();
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.at(0)[u"wait_ms"].toInteger(), 0);
    QVERIFY2(log.at(1)[u"wait_ms"].toInteger() >= 900,
             qPrintable(QString::number(log.at(1)[u"wait_ms"].toInteger())));
    QCOMPARE(f.last.value(u"metadata")[u"rate_limited_responses"].toInt(), 1);
    const auto requests = server.inferenceRequests();
    QCOMPARE(requests.size(), 2);
    QVERIFY2(requests.at(1).atMs - requests.at(0).atMs >= 1000,
             qPrintable(QString::number(requests.at(1).atMs - requests.at(0).atMs)));
}

void tst_HttpProviders::hungRequestIsAborted_data()
{
    addProviders();
}

void tst_HttpProviders::hungRequestIsAborted()
{
    QFETCH(ProviderKind, kind);
    FakeAiServer server;
    QVERIFY(server.listen());
    server.script("hang", {FakeAiServer::fault(Fault::Hang), FakeAiServer::fault(Fault::Hang)});
    QJsonObject t = aiTask(QStringLiteral("t"), QStringLiteral("hang"), 1);
    t.insert(QStringLiteral("timeout_seconds"), 0.3);
    const auto alt = load(altDocument({t}));
    RunOptions options;
    options.retryBaseDelayMs = 10;
    const Finished f = runToEnd(alt, config(kind, server), options);
    const QJsonObject r = taskResult(f, QStringLiteral("t"));
    QCOMPARE(r.value(u"status").toString(), QStringLiteral("timeout"));
    QCOMPARE(r.value(u"metadata")[u"attempts"].toInt(), 2);
    QTRY_COMPARE(server.abandoned(), 2); // the server saw both requests go away
    QCOMPARE(server.inFlight(), 0);
}

void tst_HttpProviders::connectionRefused()
{
    EngineConfig c = testConfig(m_dir.path());
    c.provider = ProviderKind::Orchestrator;
    c.aiServiceUrl = addressWhereNothingListens();
    QVERIFY(c.aiServiceUrl.isValid());
    const auto alt = load(altDocument({aiTask(QStringLiteral("t"), QStringLiteral("p"), 2)}));
    RunOptions options;
    options.retryBaseDelayMs = 10;
    const Finished f = runToEnd(alt, c, options);
    const QJsonObject r = taskResult(f, QStringLiteral("t"));
    QCOMPARE(r.value(u"status").toString(), QStringLiteral("failed"));
    QCOMPARE(r.value(u"metadata")[u"attempts"].toInt(), 3);
    QVERIFY2(r.value(u"error").toString().contains(u"connection refused"),
             qPrintable(r.value(u"error").toString()));
}

void tst_HttpProviders::sixtyFourInFlight_data()
{
    addProviders();
}

void tst_HttpProviders::sixtyFourInFlight()
{
    // Qt runs 6 requests per host per manager; 64 must be on the wire at once, and each
    // attempt's 1.5 s budget must start when its request is sent (queued behind 6, the last would
    // need 5.5 s).
    QFETCH(ProviderKind, kind);
    FakeAiServer server;
    QVERIFY(server.listen());
    server.setDefaultLatencyMs(500);
    QJsonArray tasks;
    for (int i = 0; i < 64; ++i)
        tasks.append(aiTask(QStringLiteral("t%1").arg(i), QStringLiteral("p%1").arg(i)));
    const auto alt = load(altDocument(tasks));
    EngineConfig c = config(kind, server, 64);
    c.aiTimeoutSeconds = 1.5;
    const Finished f = runToEnd(alt, c);
    for (int i = 0; i < 64; ++i) {
        const QJsonObject r = taskResult(f, QStringLiteral("t%1").arg(i));
        QVERIFY2(r.value(u"status").toString() == u"completed",
                 qPrintable(QString::fromUtf8(QJsonDocument(r).toJson())));
    }
    QCOMPARE(server.peakInFlight(), 64);
    QCOMPARE(f.last.value(u"metadata")[u"peak_in_flight"].toInt(), 64);
}

void tst_HttpProviders::fallbackToMockIsMarked()
{
    FakeAiServer server;
    QVERIFY(server.listen());
    server.script("down", {FakeAiServer::status(503, "{}"), FakeAiServer::status(503, "{}")});
    EngineConfig c = config(ProviderKind::Orchestrator, server);
    c.fallbackToMock = true;
    const auto alt = load(altDocument({aiTask(QStringLiteral("t"), QStringLiteral("down"), 1),
                                       aiTask(QStringLiteral("u"), QStringLiteral("up"))}));
    RunOptions options;
    options.retryBaseDelayMs = 10;
    const Finished f = runToEnd(alt, c, options);
    const QJsonObject r = taskResult(f, QStringLiteral("t"));
    QCOMPARE(r.value(u"status").toString(), QStringLiteral("completed"));
    QCOMPARE(r.value(u"metadata")[u"ai_fallback"].toString(), QStringLiteral("mock"));
    QCOMPARE(r.value(u"output")[u"provider"].toString(), QStringLiteral("mock"));
    QVERIFY(r.value(u"output")[u"text"].toString().startsWith(u"[simulated] "));
    QVERIFY(!taskResult(f, QStringLiteral("u"))
                     .value(u"metadata")
                     .toObject()
                     .contains(u"ai_fallback"));

    // A client error is not retryable, so no fallback either: a visible failure.
    FakeAiServer other;
    QVERIFY(other.listen());
    other.script("bad", {FakeAiServer::status(400, R"({"detail": "bad"})")});
    c.aiServiceUrl = other.url();
    const Finished g = runToEnd(
            load(altDocument({aiTask(QStringLiteral("t"), QStringLiteral("bad"))})), c, options);
    QCOMPARE(taskResult(g, QStringLiteral("t")).value(u"status").toString(),
             QStringLiteral("failed"));
}

void tst_HttpProviders::apiKeyIsSentButNeverWritten()
{
    const QByteArray key = "sk-test-SECRET-0123456789";
    for (ProviderKind kind : {ProviderKind::Orchestrator, ProviderKind::OpenAi}) {
        FakeAiServer server;
        QVERIFY(server.listen());
        server.script("fail", {FakeAiServer::status(500, R"({"detail": "boom"})")});
        EngineConfig c = config(kind, server);
        c.aiApiKey = QString::fromLatin1(key);
        const auto alt = load(altDocument({aiTask(QStringLiteral("a"), QStringLiteral("ok")),
                                           aiTask(QStringLiteral("b"), QStringLiteral("fail"))}));
        const Finished f = runToEnd(alt, c);
        for (const auto &r : server.inferenceRequests())
            QCOMPARE(r.headers.value("authorization"), "Bearer " + key);
        QFile file(f.result.lastFilePath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QVERIFY(!written.isEmpty());
        QVERIFY(!written.contains(key));
        QVERIFY(!written.contains("SECRET"));
    }
    // Credentials in the service's URL: sent as basic authentication, written nowhere.
    FakeAiServer server;
    QVERIFY(server.listen());
    EngineConfig c = config(ProviderKind::Orchestrator, server);
    c.aiServiceUrl.setUserInfo(QStringLiteral("user:SECRET-pass"));
    const Finished f
            = runToEnd(load(altDocument({aiTask(QStringLiteral("a"), QStringLiteral("ok"))})), c);
    QCOMPARE(server.inferenceRequests().size(), 1);
    QCOMPARE(server.inferenceRequests().first().headers.value("authorization"),
             "Basic " + QByteArray("user:SECRET-pass").toBase64());
    QFile file(f.result.lastFilePath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("SECRET"));
}

void tst_HttpProviders::redirectWithinTheServiceIsFollowed()
{
    // A 307 within the service: the same request again, where it points; still one attempt,
    // since the server did not act on the first.
    FakeAiServer server;
    QVERIFY(server.listen());
    server.script("moved", {FakeAiServer::status(307, {}, {{"Location", "/api/inference/?v=2"}})});
    EngineConfig c = config(ProviderKind::Orchestrator, server);
    c.aiApiKey = QStringLiteral("sk-kept");
    const auto alt = load(altDocument({aiTask(QStringLiteral("t"), QStringLiteral("moved"))}));
    const Finished f = runToEnd(alt, c);
    const QJsonObject r = taskResult(f, QStringLiteral("t"));
    QCOMPARE(r.value(u"status").toString(), QStringLiteral("completed"));
    QCOMPARE(r.value(u"metadata")[u"attempt_log"].toArray().size(), 1);
    const QList<FakeAiServer::Request> requests = server.inferenceRequests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(1).path, QByteArray("/api/inference/?v=2"));
    QCOMPARE(requests.at(1).body, requests.at(0).body);
    QCOMPARE(requests.at(1).headers.value("authorization"), QByteArray("Bearer sk-kept"));
}

void tst_HttpProviders::connectionCheck_data()
{
    addProviders();
}

void tst_HttpProviders::connectionCheck()
{
    QFETCH(ProviderKind, kind);
    FakeAiServer server;
    QVERIFY(server.listen());
    const ConnectionCheck::Result ok = ConnectionCheck::runBlocking(config(kind, server), 3000);
    QVERIFY(ok.reachable);
    QVERIFY2(ok.healthy, qPrintable(ok.message));
    QCOMPARE(ok.models, (QStringList {QStringLiteral("model-a"), QStringLiteral("model-b")}));

    EngineConfig c = config(kind, server);
    c.aiServiceUrl = QUrl(QStringLiteral("http://127.0.0.1:1"));
    const ConnectionCheck::Result down = ConnectionCheck::runBlocking(c, 3000);
    QVERIFY(!down.reachable);
    QVERIFY(down.refused);
    QVERIFY2(down.message.contains(u"does not answer"), qPrintable(down.message));

    // A service that hangs is slow, not absent: the check says so without calling it refused.
    FakeAiServer hanging;
    QVERIFY(hanging.listen());
    hanging.setDefaultLatencyMs(60000);
    c.aiServiceUrl = hanging.url();
    const ConnectionCheck::Result slow = ConnectionCheck::runBlocking(c, 300);
    QVERIFY(!slow.healthy);
    QVERIFY(!slow.refused);
}

void tst_HttpProviders::serviceIsCheckedBeforeTheFirstAttempt()
{
    const auto alt = load(altDocument(
            {aiTask(QStringLiteral("a"), QStringLiteral("p"), 2), noop(QStringLiteral("n"))}));
    RunOptions options;
    options.checkAiService = true;
    options.retryBaseDelayMs = 10;
    auto lastOf = [](const RunResult &result) {
        QFile f(result.lastFilePath);
        return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object()
                                           : QJsonObject();
    };

    // Nothing listens there: said once, the AI task fails without an attempt, the noop runs.
    EngineConfig c = testConfig(m_dir.path());
    c.provider = ProviderKind::Orchestrator;
    c.aiServiceUrl = addressWhereNothingListens();
    QVERIFY(c.aiServiceUrl.isValid());
    {
        Run run(alt, c, options);
        QSignalSpy refused(&run, &Run::aiServiceRefused);
        QSignalSpy finished(&run, &Run::finished);
        run.start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(refused.size(), 1);
        const QString message = refused.first().first().toString();
        QVERIFY2(message.contains(u"does not answer"), qPrintable(message));
        const QJsonObject last = lastOf(run.result());
        const QJsonObject a = last.value(u"task_results")[u"a"].toObject();
        QCOMPARE(a.value(u"status").toString(), QStringLiteral("failed"));
        QCOMPARE(a.value(u"metadata")[u"attempts"].toInt(), 0);
        QCOMPARE(a.value(u"error").toString(), message);
        QCOMPARE(last.value(u"task_results")[u"n"][u"status"].toString(),
                 QStringLiteral("completed"));
        QCOMPARE(last.value(u"metadata")[u"ai_unavailable"].toString(), message);
    }

    // A service that answers: asked once, first, and the run goes on as usual.
    FakeAiServer server;
    QVERIFY(server.listen());
    c.aiServiceUrl = server.url();
    {
        Run run(alt, c, options);
        QSignalSpy refused(&run, &Run::aiServiceRefused);
        QSignalSpy finished(&run, &Run::finished);
        run.start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(refused.size(), 0);
        QCOMPARE(run.result().outcome, RunOutcome::Success);
        QCOMPARE(server.requests().size(), 2);
        QCOMPARE(server.requests().first().path, QByteArray("/health"));
        QCOMPARE(server.inferenceRequests().size(), 1);
    }

    // Cancelled while the check waits for a service that does not answer: the run ends at once.
    FakeAiServer hanging;
    QVERIFY(hanging.listen());
    hanging.setDefaultLatencyMs(60000);
    c.aiServiceUrl = hanging.url();
    {
        Run run(alt, c, options);
        QSignalSpy finished(&run, &Run::finished);
        run.start();
        QTRY_VERIFY(!hanging.requests().isEmpty()); // the request is at the server, unanswered
        QVERIFY(!run.isFinished());
        run.cancel();
        QVERIFY(finished.wait(3000));
        const QJsonObject last = lastOf(run.result());
        QCOMPARE(last.value(u"task_results")[u"a"][u"status"].toString(),
                 QStringLiteral("cancelled"));
        QCOMPARE(last.value(u"task_results")[u"n"][u"status"].toString(),
                 QStringLiteral("cancelled"));
        QCOMPARE(hanging.inferenceRequests().size(), 0);
    }
}

QTEST_GUILESS_MAIN(tst_HttpProviders)
#include "tst_httpproviders.moc"
