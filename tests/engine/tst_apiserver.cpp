// SPDX-License-Identifier: GPL-3.0-or-later
// The REST API over real HTTP: QNetworkAccessManager for what clients normally send, raw
// QTcpSockets for what a well-behaved client never would. Every JSON response is checked against
// the server's own openapi.json.

#include "alt/altloader.h"
#include "api/altfilestore.h"
#include "api/apiserver.h"
#include "lastinvariants.h"
#include "metrics/memoryusage.h"
#include "openapicheck.h"
#include "run/runregistry.h"
#include "spend/pricing.h"
#include "testutil.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace altrunner;
using namespace altrunner::test;

namespace {

struct Response
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QHash<QByteArray, QByteArray> headers; // lower-case names
};

QByteArray exampleAlt()
{
    QFile f(QStringLiteral(ALTRUNNER_EXAMPLES_DIR "/research_brief.alt"));
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

QByteArray longAlt()
{
    return QJsonDocument(altDocument({task(QStringLiteral("slow"), {},
                                           {{QStringLiteral("mock_latency_ms"), 60000}}),
                                      task(QStringLiteral("after"), {QStringLiteral("slow")})}))
            .toJson();
}

// `body` (a JSON object's text) with its opening brace replaced by `opening`: a member put first,
// never into the ALT file the body holds as a string.
QByteArray withMember(QByteArray body, const QByteArray &opening)
{
    return body.replace(0, 1, opening);
}

QByteArray runBody(const QByteArray &alt)
{
    return QJsonDocument(QJsonObject {{QStringLiteral("alt_file"), QString::fromUtf8(alt)}})
            .toJson();
}

} // namespace

class tst_ApiServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void rootAndHealth();
    void runLifecycle();
    void runWithObjectAndOverrides();
    void checksAndReport();
    void runWithBudget();
    void rerunFromAnEarlierRun();
    void metricsPassPromtool();
    void runWithModels();
    void badRunRequests_data();
    void badRunRequests();
    void routingErrors_data();
    void routingErrors();
    void cancel();
    void tooManyRuns();
    void token();
    void hostAndOrigin_data();
    void hostAndOrigin();
    void hugeBodyIsRefusedUnread();
    void halfSentHeadTimesOut();
    void hundredConnections();
    void pipelinedRequests();
    void keepAlive();
    void garbage_data();
    void garbage();
    void expectContinue();
    void refusesNonLoopbackWithoutToken();
    void openApiDescribesEverything();
    void gatewayCalls();
    void altFileIds_data();
    void altFileIds();

private:
    void start(const ApiServer::Options &options = {}, int maxRuns = 8);
    Response call(const QByteArray &method, const QString &path, const QByteArray &body = {},
                  const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    QByteArray raw(const QByteArray &request, int waitMs = 3000);
    void conforms(const QString &pathTemplate, const QByteArray &method, const Response &r);
    Response waitUntilFinished(const QString &id);

    QTemporaryDir m_dir;
    std::unique_ptr<RunRegistry> m_runs;
    std::unique_ptr<ApiServer> m_server;
    QNetworkAccessManager m_nam;
    QJsonObject m_spec;
};

void tst_ApiServer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_spec = QJsonDocument::fromJson(ApiServer::openApiDocument()).object();
    QVERIFY(!m_spec.isEmpty());
}

void tst_ApiServer::init()
{
    start();
}

void tst_ApiServer::cleanup()
{
    m_server.reset();
    m_runs.reset();
}

void tst_ApiServer::start(const ApiServer::Options &options, int maxRuns)
{
    m_server.reset();
    m_runs = std::make_unique<RunRegistry>(testConfig(m_dir.path(), 4, 5), maxRuns);
    m_server = std::make_unique<ApiServer>(m_runs.get());
    ApiServer::Options o = options;
    o.port = 0;
    QString error;
    QVERIFY2(m_server->listen(o, &error), qPrintable(error));
}

Response tst_ApiServer::call(const QByteArray &method, const QString &path, const QByteArray &body,
                             const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(
            QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server->port()).arg(path)));
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    for (const auto &[k, v] : headers)
        request.setRawHeader(k, v);
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
    QSignalSpy done(reply, &QNetworkReply::finished);
    Response r;
    if (!done.wait(10000))
        return r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.json = QJsonDocument::fromJson(r.body).object();
    for (const auto &[k, v] : reply->rawHeaderPairs())
        r.headers.insert(k.toLower(), v);
    reply->deleteLater();
    return r;
}

QByteArray tst_ApiServer::raw(const QByteArray &request, int waitMs)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    if (!socket.waitForConnected(3000))
        return "not connected";
    socket.write(request);
    QByteArray answer;
    // Until the server closes, or waitMs: a kept-alive answer is read as far as it came.
    [[maybe_unused]] const bool closed = QTest::qWaitFor(
            [&] {
                answer += socket.readAll();
                return socket.state() != QAbstractSocket::ConnectedState;
            },
            waitMs);
    answer += socket.readAll();
    return answer;
}

void tst_ApiServer::conforms(const QString &pathTemplate, const QByteArray &method,
                             const Response &r)
{
    const QStringList v = openApiViolations(m_spec, pathTemplate, QString::fromLatin1(method),
                                            r.status, r.body);
    QVERIFY2(v.isEmpty(), qPrintable(v.join(u'\n') + u'\n' + QString::fromUtf8(r.body)));
}

Response tst_ApiServer::waitUntilFinished(const QString &id)
{
    Response r;
    // The caller checks the status it ends with.
    [[maybe_unused]] const bool ended = QTest::qWaitFor(
            [&] {
                r = call("GET", QStringLiteral("/task/") + id);
                return r.json.value(u"status").toString() != u"processing";
            },
            10000);
    return r;
}

void tst_ApiServer::rootAndHealth()
{
    const Response root = call("GET", QStringLiteral("/"));
    QCOMPARE(root.status, 200);
    QCOMPARE(root.json.value(u"service").toString(), QStringLiteral("altrunner"));
    QCOMPARE(root.headers.value("content-type"), QByteArray("application/json"));
    QVERIFY(!root.headers.contains("access-control-allow-origin")); // no CORS by default
    conforms(QStringLiteral("/"), "GET", root);
    const Response health = call("GET", QStringLiteral("/health"));
    QCOMPARE(health.status, 200);
    QCOMPARE(health.json.value(u"status").toString(), QStringLiteral("ok"));
    QCOMPARE(health.json.value(u"ai_provider").toString(), QStringLiteral("mock"));
    conforms(QStringLiteral("/health"), "GET", health);
}

void tst_ApiServer::runLifecycle()
{
    const Response started = call("POST", QStringLiteral("/run"), runBody(exampleAlt()));
    QCOMPARE(started.status, 202);
    conforms(QStringLiteral("/run"), "POST", started);
    const QString id = started.json.value(u"id").toString();
    QCOMPARE(started.json.value(u"status").toString(), QStringLiteral("processing"));
    QCOMPARE(started.json.value(u"alt_file").toString(), QStringLiteral("alt_research_brief_001"));
    QCOMPARE(started.json.value(u"last_file").toString(), QStringLiteral("last_%1.json").arg(id));
    QCOMPARE(started.json.value(u"metadata")[u"task_id"].toString(), id);
    QCOMPARE(started.json.value(u"metadata")[u"alt_file_id"].toString(),
             QStringLiteral("alt_research_brief_001"));

    const Response running = call("GET", QStringLiteral("/task/") + id);
    QCOMPARE(running.status, 200);
    conforms(QStringLiteral("/task/{id}"), "GET", running);
    if (running.json.value(u"status").toString() == u"processing") {
        const Response early = call("GET", QStringLiteral("/task/%1/last").arg(id));
        QCOMPARE(early.status, 409);
        conforms(QStringLiteral("/task/{id}/last"), "GET", early);
    }

    const Response done = waitUntilFinished(id);
    QCOMPARE(done.json.value(u"status").toString(), QStringLiteral("completed"));
    QCOMPARE(done.json.value(u"metadata")[u"success_rate"].toDouble(), 1.0);
    QVERIFY(done.json.value(u"metadata")[u"execution_time_ms"].toDouble() > 0);
    QCOMPARE(done.json.value(u"metadata")[u"progress"][u"completed"].toInt(), 7);
    conforms(QStringLiteral("/task/{id}"), "GET", done);

    const Response last = call("GET", QStringLiteral("/task/%1/last").arg(id));
    QCOMPARE(last.status, 200);
    conforms(QStringLiteral("/task/{id}/last"), "GET", last);
    QCOMPARE(last.json.value(u"execution_id").toString(), id);
    const auto alt = AltLoader::loadBytes(exampleAlt(), QStringLiteral("x"));
    QVERIFY(lastInvariantViolations(last.json, *alt.file).isEmpty());
    QCOMPARE(last.json.value(u"metadata")[u"trigger"].toString(), QStringLiteral("api"));

    const Response list = call("GET", QStringLiteral("/tasks"));
    QCOMPARE(list.status, 200);
    conforms(QStringLiteral("/tasks"), "GET", list);
    QCOMPARE(list.json.value(u"runs").toArray().first()[u"id"].toString(), id);

    const Response metrics = call("GET", QStringLiteral("/metrics"));
    QCOMPARE(metrics.status, 200);
    QVERIFY(metrics.headers.value("content-type").startsWith("text/plain"));
    QVERIFY(metrics.body.contains("altrunner_tasks{status=\"completed\"} 7\n"));
    QVERIFY(metrics.body.contains("altrunner_runs{state=\"finished\"} 1\n"));
    QVERIFY(metrics.body.contains("altrunner_ai_latency_seconds_count 6\n"));
    QVERIFY(metrics.body.contains("# TYPE altrunner_ai_latency_seconds histogram"));
    QVERIFY(metrics.body.contains("altrunner_resident_memory_bytes "));

    // A run of an earlier server is still found through its LAST file.
    start();
    const Response again = call("GET", QStringLiteral("/task/") + id);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json.value(u"status").toString(), QStringLiteral("completed"));
    conforms(QStringLiteral("/task/{id}"), "GET", again);
    QCOMPARE(call("GET", QStringLiteral("/task/%1/last").arg(id)).status, 200);
}

void tst_ApiServer::checksAndReport()
{
    // Checks on answers in the status, the LAST file and /metrics; the run as an HTML page.
    QFile f(QStringLiteral(ALTRUNNER_EXAMPLES_DIR "/answer_checks.alt"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray alt = f.readAll();
    alt.replace(
            R"({"type": "contains-all", "value": ["4711", "refund"]})",
            R"({"type": "contains-all", "value": ["4711", "refund", "</script><script>x()</script>"]})");
    const Response started = call("POST", QStringLiteral("/run"), runBody(alt));
    QCOMPARE(started.status, 202);
    const QString id = started.json.value(u"id").toString();
    const Response early = call("GET", QStringLiteral("/task/%1/report").arg(id));
    if (early.status != 200)
        QCOMPARE(early.status, 409); // still going
    const Response done = waitUntilFinished(id);
    conforms(QStringLiteral("/task/{id}"), "GET", done);
    QCOMPARE(done.json.value(u"metadata")[u"checks"].toObject(),
             (QJsonObject {{QStringLiteral("passed"), 12},
                           {QStringLiteral("failed"), 1},
                           {QStringLiteral("warned"), 1}}));
    const Response last = call("GET", QStringLiteral("/task/%1/last").arg(id));
    QCOMPARE(last.json.value(u"metadata")[u"checks"][u"failed"].toInt(), 1);
    QCOMPARE(last.json.value(u"task_results")[u"subject"][u"status"].toString(),
             QStringLiteral("failed"));

    const Response report = call("GET", QStringLiteral("/task/%1/report").arg(id));
    QCOMPARE(report.status, 200);
    conforms(QStringLiteral("/task/{id}/report"), "GET", report);
    QCOMPARE(report.headers.value("content-type"), QByteArray("text/html; charset=utf-8"));
    QVERIFY(report.headers.value("content-security-policy").startsWith("default-src 'none';"));
    QVERIFY(report.body.startsWith("<!DOCTYPE html>"));
    QVERIFY(report.body.contains("&lt;/script&gt;&lt;script&gt;x()&lt;/script&gt;"));
    QVERIFY(!report.body.contains("</script><script>x()"));
    QCOMPARE(call("GET", QStringLiteral("/task/nope/report")).status, 404);

    const Response metrics = call("GET", QStringLiteral("/metrics"));
    QVERIFY(metrics.body.contains("altrunner_checks_total{result=\"passed\"} 12\n"));
    QVERIFY(metrics.body.contains("altrunner_checks_total{result=\"failed\"} 1\n"));
    QVERIFY(metrics.body.contains("altrunner_checks_total{result=\"warned\"} 1\n"));
}

void tst_ApiServer::runWithObjectAndOverrides()
{
    QJsonObject body {{QStringLiteral("alt_file"), QJsonDocument::fromJson(exampleAlt()).object()},
                      {QStringLiteral("mode"), QStringLiteral("chaos")},
                      {QStringLiteral("persona"), QStringLiteral("critic")},
                      {QStringLiteral("metadata"),
                       QJsonObject {{QStringLiteral("caller"), QStringLiteral("test")}}}};
    const Response started = call("POST", QStringLiteral("/run"), QJsonDocument(body).toJson());
    QCOMPARE(started.status, 202);
    const QString id = started.json.value(u"id").toString();
    waitUntilFinished(id);
    const Response last = call("GET", QStringLiteral("/task/%1/last").arg(id));
    QCOMPARE(last.json.value(u"mode").toString(), QStringLiteral("chaos"));
    QCOMPARE(last.json.value(u"persona").toString(), QStringLiteral("critic"));
    QCOMPARE(last.json.value(u"metadata")[u"request_metadata"][u"caller"].toString(),
             QStringLiteral("test"));
}

void tst_ApiServer::rerunFromAnEarlierRun()
{
    const Response first = call("POST", QStringLiteral("/run"), runBody(exampleAlt()));
    QCOMPARE(first.status, 202);
    const QString firstId = first.json.value(u"id").toString();
    waitUntilFinished(firstId);
    auto rerun = [&](const QByteArray &extra) {
        return call("POST", QStringLiteral("/run"),
                    runBody(exampleAlt()).insert(1, QByteArray(extra + ", ")));
    };
    // Re-run from 'compare': it and 'brief' run again; the other five are carried over.
    const Response again
            = rerun("\"rerun_of\": \"" + firstId.toUtf8() + "\", \"rerun_from\": [\"compare\"]");
    QCOMPARE(again.status, 202);
    conforms(QStringLiteral("/run"), "POST", again);
    const QString id = again.json.value(u"id").toString();
    waitUntilFinished(id);
    const Response last = call("GET", QStringLiteral("/task/%1/last").arg(id));
    QCOMPARE(last.json.value(u"metadata")[u"rerun_of"].toString(), firstId);
    QCOMPARE(last.json.value(u"metadata")[u"rerun_from"].toArray(),
             QJsonArray {QStringLiteral("compare")});
    const QJsonObject tasks = last.json.value(u"task_results").toObject();
    int carried = 0;
    for (auto it = tasks.begin(); it != tasks.end(); ++it)
        carried += it->toObject().value(u"metadata").toObject().contains(u"carried_over_from");
    QCOMPARE(carried, 5);
    QVERIFY(!tasks.value(u"compare")[u"metadata"].toObject().contains(u"carried_over_from"));
    QVERIFY(!tasks.value(u"brief")[u"metadata"].toObject().contains(u"carried_over_from"));

    // Mistakes are the client's (400) or name a run that is not there (404).
    const Response unknownTask
            = rerun("\"rerun_of\": \"" + firstId.toUtf8() + "\", \"rerun_from\": [\"nope\"]");
    QCOMPARE(unknownTask.status, 400);
    QVERIFY(unknownTask.json.value(u"error").toString().contains(u"nope"));
    const Response notAList
            = rerun("\"rerun_of\": \"" + firstId.toUtf8() + "\", \"rerun_from\": \"compare\"");
    QCOMPARE(notAList.status, 400);
    const Response noRun = rerun("\"rerun_of\": \"0000-no-such-run\"");
    QCOMPARE(noRun.status, 404);
    conforms(QStringLiteral("/run"), "POST", noRun);
}

void tst_ApiServer::metricsPassPromtool()
{
    // Prometheus's own checker reads /metrics during a run and after it (the tokens-per-second
    // gauges once answers came). Debian's prometheus package ships promtool; install-deps
    // installs it, so its absence is a failure, not a skip.
    const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
    QVERIFY2(!promtool.isEmpty(), "promtool is not installed (scripts/install-deps.sh)");
    auto check = [&](const QByteArray &exposition) {
        QProcess p;
        p.start(promtool, {QStringLiteral("check"), QStringLiteral("metrics")});
        if (!p.waitForStarted(10000))
            return QStringLiteral("promtool did not start");
        p.write(exposition);
        p.closeWriteChannel();
        if (!p.waitForFinished(30000))
            return QStringLiteral("promtool did not finish");
        const QString said
                = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
        return p.exitCode() == 0 ? QString() : said;
    };
    const Response started = call("POST", QStringLiteral("/run"), runBody(longAlt()));
    QCOMPARE(started.status, 202);
    const QString id = started.json.value(u"id").toString();
    const Response during = call("GET", QStringLiteral("/metrics"));
    QCOMPARE(during.status, 200);
    QVERIFY(during.body.contains("altrunner_runs{state=\"active\"} 1"));
    const QString duringProblems = check(during.body);
    QVERIFY2(duringProblems.isEmpty(), qPrintable(duringProblems));
    call("POST", QStringLiteral("/task/%1/cancel").arg(id));
    waitUntilFinished(id);
    const Response example = call("POST", QStringLiteral("/run"), runBody(exampleAlt()));
    waitUntilFinished(example.json.value(u"id").toString());
    const Response after = call("GET", QStringLiteral("/metrics"));
    QVERIFY(after.body.contains("altrunner_ai_tokens_per_second{percentile=\"50\"}"));
    const QString afterProblems = check(after.body);
    QVERIFY2(afterProblems.isEmpty(), qPrintable(afterProblems));
}

void tst_ApiServer::runWithBudget()
{
    // 100 tokens cannot cover one AI answer's worst case (its prompt and 1024 max_tokens).
    QJsonObject body = QJsonDocument::fromJson(runBody(exampleAlt())).object();
    body.insert(QStringLiteral("budget"),
                QJsonObject {{QStringLiteral("tokens"), 100}, {QStringLiteral("cost"), 1}});
    const Response started = call("POST", QStringLiteral("/run"), QJsonDocument(body).toJson());
    QCOMPARE(started.status, 202);
    conforms(QStringLiteral("/run"), "POST", started);
    const QString id = started.json.value(u"id").toString();
    const Response done = waitUntilFinished(id);
    conforms(QStringLiteral("/task/{id}"), "GET", done);
    const QJsonObject budget = done.json.value(u"metadata")[u"budget"].toObject();
    QCOMPARE(budget.value(u"tokens")[u"limit"].toInt(), 100);
    QCOMPARE(budget.value(u"cost")[u"limit"].toDouble(), 1.0);
    QCOMPARE(budget.value(u"exhausted").toBool(), true);
    QCOMPARE(done.json.value(u"metadata")[u"cost"][u"amount"].toDouble(), 0.0); // the mock's
    const Response last = call("GET", QStringLiteral("/task/%1/last").arg(id));
    QCOMPARE(last.json.value(u"metadata")[u"budget"].toObject(), budget);
    bool refused = false;
    for (const QJsonValue r : last.json.value(u"task_results").toObject())
        refused = refused || r[u"error"].toString().startsWith(u"budget exhausted: needs up to");
    QVERIFY(refused);
    const Response metrics = call("GET", QStringLiteral("/metrics"));
    QVERIFY(metrics.body.contains("altrunner_ai_rate_limited_total 0\n"));
    QVERIFY(metrics.body.contains("# TYPE altrunner_cost_total counter\n"));

    // A server for a real AI service with no pricing file: a cost budget is the client's
    // mistake (400, nothing runs), a token budget is fine.
    EngineConfig remote = testConfig(m_dir.path(), 4, 5);
    remote.provider = ProviderKind::OpenAi;
    remote.aiServiceUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
    // No pricing file: none named, and none in the (test mode's) per-user folder.
    QStandardPaths::setTestModeEnabled(true);
    const auto normalPaths = qScopeGuard([] { QStandardPaths::setTestModeEnabled(false); });
    QVERIFY(!QFile::exists(Pricing::userPricingPath()));
    m_server.reset();
    m_runs = std::make_unique<RunRegistry>(remote, 8);
    m_server = std::make_unique<ApiServer>(m_runs.get());
    QString error;
    QVERIFY2(m_server->listen({}, &error), qPrintable(error));
    const Response denied = call("POST", QStringLiteral("/run"), QJsonDocument(body).toJson());
    QCOMPARE(denied.status, 400);
    QVERIFY2(denied.json.value(u"error").toString().contains(u"pricing file"),
             qPrintable(denied.json.value(u"error").toString()));
    conforms(QStringLiteral("/run"), "POST", denied);
    QCOMPARE(m_runs->entries().size(), 0);
}

void tst_ApiServer::runWithModels()
{
    // The offline example: a repair (mock_invalid_answers) and a fallback (mock_fail_models)
    // with an inline models document; the status and /metrics count them.
    QFile example(QStringLiteral(ALTRUNNER_EXAMPLES_DIR "/release_review.alt"));
    QVERIFY(example.open(QIODevice::ReadOnly));
    QFile modelsFile(QStringLiteral(ALTRUNNER_EXAMPLES_DIR "/models.json"));
    QVERIFY(modelsFile.open(QIODevice::ReadOnly));
    QJsonObject models = QJsonDocument::fromJson(modelsFile.readAll()).object();
    QJsonObject entries = models.value(u"models").toObject();
    entries.remove(QStringLiteral("cloud")); // its key variable is not set here
    models.insert(QStringLiteral("models"), entries);
    models.insert(QStringLiteral("fallbacks"),
                  QJsonObject {{QStringLiteral("writer"), QJsonArray {QStringLiteral("backup")}}});
    QJsonObject body = QJsonDocument::fromJson(runBody(example.readAll())).object();
    body.insert(QStringLiteral("models"), models);
    const Response started = call("POST", QStringLiteral("/run"), QJsonDocument(body).toJson());
    QCOMPARE(started.status, 202);
    conforms(QStringLiteral("/run"), "POST", started);
    const Response done = waitUntilFinished(started.json.value(u"id").toString());
    conforms(QStringLiteral("/task/{id}"), "GET", done);
    QCOMPARE(done.json.value(u"status").toString(), QStringLiteral("completed"));
    QCOMPARE(done.json.value(u"metadata")[u"repairs"].toInt(), 1);
    QCOMPARE(done.json.value(u"metadata")[u"fallbacks"].toInt(), 1);
    const Response metrics = call("GET", QStringLiteral("/metrics"));
    QVERIFY(metrics.body.contains("altrunner_ai_repairs_total 1\n"));
    QVERIFY2(metrics.body.contains(
                     "altrunner_ai_fallbacks_total{from=\"writer\",to=\"backup\"} 1\n"),
             metrics.body.constData());
    QVERIFY(metrics.body.contains("altrunner_ai_answers_total{model=\"writer-small\"} 1\n"));
    QVERIFY(metrics.body.contains("altrunner_ai_answers_total{model=\"writer-large\"} 2\n"));
}

void tst_ApiServer::badRunRequests_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("diagnostics"); // -1: do not check
    QTest::newRow("not JSON") << QByteArray("{nope") << QByteArray("application/json") << 400 << 0;
    QTest::newRow("not an object")
            << QByteArray("[1]") << QByteArray("application/json") << 400 << 0;
    QTest::newRow("no alt_file") << QByteArray("{}") << QByteArray("application/json") << 400 << 0;
    QTest::newRow("alt_file a number")
            << QByteArray(R"({"alt_file": 3})") << QByteArray("application/json") << 400 << 0;
    QTest::newRow("invalid ALT") << QByteArray(
            R"({"alt_file": "{\"id\": \"x\", \"version\": \"1\", \"created_at\": \"no\", \"title\": \"t\", \"tasks\": [{\"id\": \"a\", \"description\": \"d\", \"dependencies\": [\"b\"]}]}"})")
                                 << QByteArray("application/json") << 400 << 2;
    QTest::newRow("ALT not JSON") << QByteArray(R"({"alt_file": "{oops"})")
                                  << QByteArray("application/json") << 400 << 1;
    QTest::newRow("bad mode") << withMember(runBody(exampleAlt()), "{\"mode\": \"sleepy\", ")
                              << QByteArray("application/json") << 400 << 0;
    QTest::newRow("bad persona") << withMember(runBody(exampleAlt()), "{\"persona\": 5, ")
                                 << QByteArray("application/json") << 400 << 0;
    QTest::newRow("bad metadata") << withMember(runBody(exampleAlt()), "{\"metadata\": [], ")
                                  << QByteArray("application/json") << 400 << 0;
    QTest::newRow("budget not an object") << withMember(runBody(exampleAlt()), "{\"budget\": 5, ")
                                          << QByteArray("application/json") << 400 << 0;
    QTest::newRow("budget tokens negative")
            << withMember(runBody(exampleAlt()), "{\"budget\": {\"tokens\": -1}, ")
            << QByteArray("application/json") << 400 << 0;
    QTest::newRow("budget tokens fractional")
            << withMember(runBody(exampleAlt()), "{\"budget\": {\"tokens\": 1.5}, ")
            << QByteArray("application/json") << 400 << 0;
    QTest::newRow("budget cost a string")
            << withMember(runBody(exampleAlt()), "{\"budget\": {\"cost\": \"2\"}, ")
            << QByteArray("application/json") << 400 << 0;
    QTest::newRow("budget unknown member")
            << withMember(runBody(exampleAlt()), "{\"budget\": {\"dollars\": 2}, ")
            << QByteArray("application/json") << 400 << 0;
    QTest::newRow("rerun_from without rerun_of")
            << withMember(runBody(exampleAlt()), "{\"rerun_from\": [\"scope\"], ")
            << QByteArray("application/json") << 400 << 0;
    QTest::newRow("rerun_of not an id")
            << withMember(runBody(exampleAlt()), "{\"rerun_of\": \"../etc/passwd\", ")
            << QByteArray("application/json") << 400 << 0;
    QTest::newRow("models not a document") << withMember(runBody(exampleAlt()), "{\"models\": 5, ")
                                           << QByteArray("application/json") << 400 << 0;
    QTest::newRow("models document invalid") << withMember(
            runBody(exampleAlt()), R"({"models": {"models": {"a": {"provider": "nope"}}}, )")
                                             << QByteArray("application/json") << 400 << 0;
    QTest::newRow("a model the models document does not define")
            << withMember(runBody(exampleAlt()),
                          R"({"models": {"models": {"a": {"provider": "mock"}}}, "model": "b", )")
            << QByteArray("application/json") << 400 << 0;
    QTest::newRow("models by a name that leads out")
            << withMember(runBody(exampleAlt()), R"({"models": "../secrets", )")
            << QByteArray("application/json") << 400 << 0;
    QTest::newRow("models by a name there is no file of")
            << withMember(runBody(exampleAlt()), R"({"models": "nobody-has-this", )")
            << QByteArray("application/json") << 404 << 0;
    QTest::newRow("not JSON content type")
            << runBody(exampleAlt()) << QByteArray("text/plain") << 415 << -1;
}

void tst_ApiServer::badRunRequests()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);
    QFETCH(int, diagnostics);
    const Response r = call("POST", QStringLiteral("/run"), body, {{"Content-Type", contentType}});
    QCOMPARE(r.status, status);
    QVERIFY(!r.json.value(u"error").toString().isEmpty());
    conforms(QStringLiteral("/run"), "POST", r);
    if (diagnostics >= 0)
        QCOMPARE(r.json.value(u"diagnostics").toArray().size(), diagnostics);
    QCOMPARE(m_runs->entries().size(), 0); // nothing runs
}

void tst_ApiServer::routingErrors_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("pathTemplate");
    QTest::newRow("unknown path") << QByteArray("GET") << "/nope" << 404 << "";
    QTest::newRow("GET /run") << QByteArray("GET") << "/run" << 405 << "/run";
    QTest::newRow("POST /health") << QByteArray("POST") << "/health" << 405 << "/health";
    QTest::newRow("DELETE /tasks") << QByteArray("DELETE") << "/tasks" << 405 << "/tasks";
    QTest::newRow("PUT /") << QByteArray("PUT") << "/" << 405 << "/";
    QTest::newRow("GET cancel") << QByteArray("GET") << "/task/x/cancel" << 405
                                << "/task/{id}/cancel";
    QTest::newRow("unknown run") << QByteArray("GET") << "/task/nope" << 404 << "/task/{id}";
    QTest::newRow("unknown uuid") << QByteArray("GET")
                                  << "/task/00000000-0000-0000-0000-000000000000" << 404
                                  << "/task/{id}";
    QTest::newRow("path traversal")
            << QByteArray("GET") << "/task/..%2F..%2Fetc%2Fpasswd/last" << 404 << "";
    QTest::newRow("cancel unknown")
            << QByteArray("POST") << "/task/nope/cancel" << 404 << "/task/{id}/cancel";
    QTest::newRow("last unknown") << QByteArray("GET") << "/task/nope/last" << 404
                                  << "/task/{id}/last";
}

void tst_ApiServer::routingErrors()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QString, pathTemplate);
    const Response r = call(method, path);
    QCOMPARE(r.status, status);
    QVERIFY(r.json.value(u"error").isString());
    if (status == 405) {
        // Documented under the method the path does take, which the Allow header names.
        QVERIFY(!r.headers.value("allow").isEmpty());
        conforms(pathTemplate, r.headers.value("allow"), r);
    } else if (!pathTemplate.isEmpty()) {
        conforms(pathTemplate, method, r);
    }
}

void tst_ApiServer::cancel()
{
    const Response started = call("POST", QStringLiteral("/run"), runBody(longAlt()));
    QCOMPARE(started.status, 202);
    const QString id = started.json.value(u"id").toString();
    // Cancelled while its task runs.
    QTRY_VERIFY(m_runs->find(id) && m_runs->snapshotOf(*m_runs->find(id)).runningCount() > 0);
    const Response cancelled = call("POST", QStringLiteral("/task/%1/cancel").arg(id));
    QCOMPARE(cancelled.status, 202);
    conforms(QStringLiteral("/task/{id}/cancel"), "POST", cancelled);
    const Response done = waitUntilFinished(id);
    QCOMPARE(done.json.value(u"status").toString(), QStringLiteral("cancelled"));
    const Response last = call("GET", QStringLiteral("/task/%1/last").arg(id));
    QCOMPARE(last.json.value(u"metadata")[u"cancelled"].toBool(), true);
    const Response again = call("POST", QStringLiteral("/task/%1/cancel").arg(id));
    QCOMPARE(again.status, 409);
    conforms(QStringLiteral("/task/{id}/cancel"), "POST", again);
}

void tst_ApiServer::tooManyRuns()
{
    start({}, 2);
    QCOMPARE(call("POST", QStringLiteral("/run"), runBody(longAlt())).status, 202);
    QCOMPARE(call("POST", QStringLiteral("/run"), runBody(longAlt())).status, 202);
    const Response third = call("POST", QStringLiteral("/run"), runBody(longAlt()));
    QCOMPARE(third.status, 429);
    QVERIFY(third.headers.contains("retry-after"));
    conforms(QStringLiteral("/run"), "POST", third);
    QCOMPARE(call("GET", QStringLiteral("/health")).json.value(u"active_runs").toInt(), 2);
}

void tst_ApiServer::token()
{
    ApiServer::Options o;
    o.token = QStringLiteral("s3cret-token");
    start(o);
    QCOMPARE(call("GET", QStringLiteral("/")).status, 200);
    QCOMPARE(call("GET", QStringLiteral("/health")).status, 200);
    const Response missing = call("GET", QStringLiteral("/tasks"));
    QCOMPARE(missing.status, 401);
    conforms(QStringLiteral("/tasks"), "GET", missing);
    QCOMPARE(call("GET", QStringLiteral("/tasks"), {}, {{"Authorization", "Bearer wrong"}}).status,
             401);
    QCOMPARE(call("GET", QStringLiteral("/tasks"), {},
                  {{"Authorization", "Bearer s3cret-token-and-more"}})
                     .status,
             401);
    QCOMPARE(call("GET", QStringLiteral("/tasks"), {}, {{"Authorization", "s3cret-token"}}).status,
             401);
    QCOMPARE(call("GET", QStringLiteral("/tasks"), {}, {{"Authorization", "Bearer s3cret-token"}})
                     .status,
             200);
    QCOMPARE(call("POST", QStringLiteral("/run"), runBody(exampleAlt())).status, 401);
    QCOMPARE(call("POST", QStringLiteral("/run"), runBody(exampleAlt()),
                  {{"Authorization", "Bearer s3cret-token"}})
                     .status,
             202);
    QCOMPARE(call("GET", QStringLiteral("/metrics")).status, 401);
    QCOMPARE(call("GET", QStringLiteral("/openapi.json")).status, 401);
}

void tst_ApiServer::hostAndOrigin_data()
{
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<int>("status");
    QTest::newRow("localhost") << QByteArray("Host: localhost:%PORT%\r\n") << 200;
    QTest::newRow("127.0.0.1") << QByteArray("Host: 127.0.0.1:%PORT%\r\n") << 200;
    QTest::newRow("[::1]") << QByteArray("Host: [::1]:%PORT%\r\n") << 200;
    QTest::newRow("no port") << QByteArray("Host: localhost\r\n") << 200;
    QTest::newRow("foreign host") << QByteArray("Host: evil.example:%PORT%\r\n") << 403;
    QTest::newRow("rebinding name") << QByteArray("Host: 127.0.0.1.nip.io:%PORT%\r\n") << 403;
    QTest::newRow("other port") << QByteArray("Host: localhost:1\r\n") << 403;
    QTest::newRow("no host") << QByteArray() << 400;
    QTest::newRow("two hosts") << QByteArray("Host: localhost\r\nHost: evil.example\r\n") << 400;
    QTest::newRow("same origin") << QByteArray(
            "Host: localhost:%PORT%\r\nOrigin: http://localhost:%PORT%\r\n")
                                 << 200;
    QTest::newRow("cross-site origin")
            << QByteArray("Host: localhost:%PORT%\r\nOrigin: https://evil.example\r\n") << 403;
    QTest::newRow("null origin") << QByteArray("Host: localhost:%PORT%\r\nOrigin: null\r\n") << 403;
}

void tst_ApiServer::hostAndOrigin()
{
    QFETCH(QByteArray, headers);
    QFETCH(int, status);
    headers.replace("%PORT%", QByteArray::number(m_server->port()));
    const QByteArray answer = raw("GET /health HTTP/1.1\r\n" + headers + "\r\n");
    QVERIFY2(answer.startsWith(QByteArray("HTTP/1.1 " + QByteArray::number(status) + ' ')),
             answer.constData());
    const QByteArray body = answer.mid(answer.indexOf("\r\n\r\n") + 4);
    QVERIFY(QJsonDocument::fromJson(body).isObject());
    if (status != 200)
        QVERIFY(QJsonDocument::fromJson(body).object().value(u"error").isString());
}

void tst_ApiServer::hugeBodyIsRefusedUnread()
{
    const qint64 before = MemoryUsage::currentResidentBytes();
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(3000));
    socket.write("POST /run HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                 "Content-Length: 209715200\r\n\r\n");
    // Start sending the 200 MiB anyway, as a hostile client would.
    const QByteArray chunk(1 << 20, 'x');
    QByteArray answer;
    for (int i = 0; i < 200 && socket.state() == QAbstractSocket::ConnectedState; ++i) {
        socket.write(chunk);
        socket.waitForBytesWritten(50);
        answer += socket.readAll();
        if (answer.contains("\r\n\r\n"))
            break;
    }
    QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll()).contains("\r\n\r\n")
                                     || socket.state() != QAbstractSocket::ConnectedState,
                             5000);
    QVERIFY2(answer.startsWith("HTTP/1.1 413 "), answer.left(200).constData());
    QVERIFY(answer.contains("\"error\""));
    QTRY_VERIFY_WITH_TIMEOUT(socket.state() != QAbstractSocket::ConnectedState, 5000);
    QVERIFY2(MemoryUsage::currentResidentBytes() - before < 64 * 1024 * 1024,
             qPrintable(QString::number(MemoryUsage::currentResidentBytes() - before)));
    QCOMPARE(call("GET", QStringLiteral("/health")).status, 200);
}

void tst_ApiServer::halfSentHeadTimesOut()
{
    ApiServer::Options o;
    o.limits.requestTimeoutMs = 300;
    start(o);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(3000));
    socket.write("GET /health HTTP/1.1\r\nHost: loc");
    QTRY_VERIFY_WITH_TIMEOUT(socket.state() != QAbstractSocket::ConnectedState, 3000);
    QVERIFY(socket.readAll().startsWith("HTTP/1.1 408 "));
    // An idle connection that sends nothing at all is closed too.
    QTcpSocket idle;
    idle.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(idle.waitForConnected(3000));
    QTRY_VERIFY_WITH_TIMEOUT(idle.state() != QAbstractSocket::ConnectedState, 3000);
}

void tst_ApiServer::hundredConnections()
{
    // 100 connections that say nothing: 64 are at work, the rest wait unread; a client with a
    // whole request is still served at once, in place of the idlest of them.
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < 100; ++i) {
        sockets.push_back(std::make_unique<QTcpSocket>());
        sockets.back()->connectToHost(QHostAddress::LocalHost, m_server->port());
    }
    for (auto &s : sockets)
        QVERIFY(s->waitForConnected(3000));
    QTRY_COMPARE(m_server->openConnections(), 64);
    QTRY_COMPARE(m_server->waitingConnections(), 36);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(call("GET", QStringLiteral("/health")).status, 200);
    QVERIFY(m_server->openConnections() <= 64);
    sockets.clear();
    // What stays is the test's own kept-alive connection.
    QTRY_VERIFY(m_server->openConnections() <= 1);
    QCOMPARE(m_server->waitingConnections(), 0);
}

void tst_ApiServer::pipelinedRequests()
{
    const QByteArray one = "GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n";
    const QByteArray two = "GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";
    // Requests that arrive together are answered one after another, in order, on the one
    // connection, and the last one's "Connection: close" ends it.
    const QByteArray answer = raw(one + one + two);
    QCOMPARE(answer.count("HTTP/1.1 200 OK"), 3);
    const qsizetype first = answer.indexOf("\"status\":\"ok\"");
    const qsizetype second = answer.indexOf("\"status\":\"ok\"", first + 1);
    const qsizetype third = answer.indexOf("\"service\":\"altrunner\"");
    QVERIFY(first > 0 && second > first && third > second);
    QVERIFY(answer.contains("Connection: close"));
    // A bad request behind a good one: the good one is answered, the bad one refused, and the
    // connection closed without reading further.
    const QByteArray hidden = raw(one + "GET /health HTTP/1.1\r\nHost: evil.example\r\n\r\n" + one);
    QVERIFY2(hidden.startsWith("HTTP/1.1 200 "), hidden.constData());
    QVERIFY(hidden.contains("HTTP/1.1 403 "));
    QCOMPARE(hidden.count("HTTP/1.1 200 "), 1);
}

void tst_ApiServer::keepAlive()
{
    // Many requests on one connection, each answered before the next is sent; the server keeps
    // the connection until the client is done, and closes it after the idle time-out.
    ApiServer::Options o;
    o.limits.idleTimeoutMs = 500;
    start(o);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(3000));
    for (int i = 0; i < 50; ++i) {
        socket.write("GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n");
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll()).endsWith("}"), 3000);
        QVERIFY2(answer.startsWith("HTTP/1.1 200 OK\r\n"), answer.constData());
        QVERIFY(answer.contains("Connection: keep-alive"));
        QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
    }
    // HTTP/1.0 keeps it only when asked to.
    socket.write("GET /health HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
    QByteArray answer10;
    QTRY_VERIFY((answer10 += socket.readAll()).contains("Connection: keep-alive"));
    QTRY_VERIFY_WITH_TIMEOUT(socket.state() != QAbstractSocket::ConnectedState, 3000);
    const QByteArray once = raw("GET /health HTTP/1.0\r\n\r\n", 2000);
    QVERIFY(once.contains("Connection: close"));
}

void tst_ApiServer::garbage_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("binary") << QByteArray("\x00\x01\x02\xff\xfe garbage\r\n\r\n", 17);
    QTest::newRow("not http") << QByteArray("HELLO THERE\r\n\r\n");
    QTest::newRow("bad version") << QByteArray("GET / SPDY/9\r\nHost: localhost\r\n\r\n");
    QTest::newRow("bad header line") << QByteArray("GET / HTTP/1.1\r\nno colon here\r\n\r\n");
    QTest::newRow("negative length")
            << QByteArray("POST /run HTTP/1.1\r\nHost: localhost\r\nContent-Length: -5\r\n\r\n");
    QTest::newRow("chunked") << QByteArray(
            "POST /run HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: "
            "chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n");
    QTest::newRow("huge head") << (QByteArray("GET / HTTP/1.1\r\nX-Long: ") + QByteArray(40000, 'a')
                                   + "\r\n\r\n");
}

void tst_ApiServer::garbage()
{
    QFETCH(QByteArray, bytes);
    const QByteArray answer = raw(bytes);
    QVERIFY2(answer.isEmpty() || answer.startsWith("HTTP/1.1 4"), answer.left(100).constData());
    QCOMPARE(call("GET", QStringLiteral("/health")).status, 200);
}

void tst_ApiServer::expectContinue()
{
    const QByteArray body = runBody(exampleAlt());
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(3000));
    socket.write("POST /run HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                 "Expect: 100-continue\r\nContent-Length: "
                 + QByteArray::number(body.size()) + "\r\n\r\n");
    QByteArray answer;
    QTRY_VERIFY_WITH_TIMEOUT(
            (answer += socket.readAll()).startsWith("HTTP/1.1 100 Continue\r\n\r\n"), 500);
    socket.write(body);
    QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll()).contains("HTTP/1.1 202 "), 3000);
}

void tst_ApiServer::refusesNonLoopbackWithoutToken()
{
    RunRegistry runs(testConfig(m_dir.path()));
    ApiServer server(&runs);
    ApiServer::Options o;
    o.host = QHostAddress(QHostAddress::Any);
    o.port = 0;
    QString error;
    QVERIFY(!server.listen(o, &error));
    QVERIFY(error.contains(u"without a token"));
    o.token = QStringLiteral("t");
    QVERIFY2(server.listen(o, &error), qPrintable(error));
}

void tst_ApiServer::openApiDescribesEverything()
{
    const Response r = call("GET", QStringLiteral("/openapi.json"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"openapi").toString().left(2), QStringLiteral("3."));
    const QJsonObject paths = r.json.value(u"paths").toObject();
    for (const char *p : {"/", "/health", "/run", "/tasks", "/task/{id}", "/task/{id}/cancel",
                          "/task/{id}/last", "/metrics", "/openapi.json"})
        QVERIFY2(paths.contains(QLatin1String(p)), p);
    QCOMPARE(r.json.value(u"info")[u"version"].toString(),
             m_spec.value(u"info")[u"version"].toString());
}

void tst_ApiServer::gatewayCalls()
{
    // The ALT_LAS API gateway's own calls, as it makes them: POST /run {altFileId, options},
    // GET /tasks/{id}, GET /files/last/{name}, POST /tasks/{id}/cancel; userId comes back.
    QTemporaryDir alts;
    QVERIFY(QFile::copy(
            QStringLiteral(ALTRUNNER_EXAMPLES_DIR "/altlas_segmentation_example.alt.yaml"),
            alts.filePath(QStringLiteral("task_seg-7.alt.yaml"))));
    EngineConfig config = testConfig(m_dir.path(), 4, 5);
    config.altFilesDir = alts.path();
    m_server.reset();
    m_runs = std::make_unique<RunRegistry>(config);
    m_server = std::make_unique<ApiServer>(m_runs.get());
    ApiServer::Options o;
    o.port = 0;
    QString error;
    QVERIFY2(m_server->listen(o, &error), qPrintable(error));

    const Response started = call(
            "POST", QStringLiteral("/run"),
            R"({"altFileId": "seg-7", "options": {"mode": "Normal", "metadata": {"userId": "u-42"}}})");
    QCOMPARE(started.status, 202);
    conforms(QStringLiteral("/run"), "POST", started);
    QCOMPARE(started.json.value(u"metadata")[u"userId"].toString(), QStringLiteral("u-42"));
    const QString id = started.json.value(u"id").toString();
    Response status;
    [[maybe_unused]] const bool ended = QTest::qWaitFor(
            [&] {
                status = call("GET", QStringLiteral("/tasks/") + id);
                return status.json.value(u"status").toString() != u"processing";
            },
            10000);
    QCOMPARE(status.status, 200);
    conforms(QStringLiteral("/tasks/{id}"), "GET", status);
    QCOMPARE(status.json.value(u"status").toString(), QStringLiteral("completed"));
    QCOMPARE(status.json.value(u"metadata")[u"userId"].toString(), QStringLiteral("u-42"));

    for (const QString &name : {QStringLiteral("last_%1.json").arg(id), id}) {
        const Response last = call("GET", QStringLiteral("/files/last/") + name);
        QCOMPARE(last.status, 200);
        conforms(QStringLiteral("/files/last/{name}"), "GET", last);
        QCOMPARE(last.json.value(u"execution_id").toString(), id);
        QCOMPARE(last.json.value(u"metadata")[u"alt_format"].toString(),
                 QStringLiteral("segmentation-yaml"));
        QCOMPARE(last.json.value(u"mode").toString(), QStringLiteral("normal"));
    }
    const Response missing
            = call("GET",
                   QStringLiteral("/files/last/last_%1.json")
                           .arg(QStringLiteral("00000000-0000-0000-0000-000000000000")));
    QCOMPARE(missing.status, 404);
    const Response badName = call("GET", QStringLiteral("/files/last/secret.txt"));
    QCOMPARE(badName.status, 400);
    conforms(QStringLiteral("/files/last/{name}"), "GET", badName);
    const Response cancelled = call("POST", QStringLiteral("/tasks/%1/cancel").arg(id));
    QCOMPARE(cancelled.status, 409); // it has finished
    const Response unknownCancel = call("POST", QStringLiteral("/tasks/nope/cancel"));
    QCOMPARE(unknownCancel.status, 404);

    // An id that is not there, and ids that try to leave the folder.
    QCOMPARE(call("POST", QStringLiteral("/run"), R"({"altFileId": "nope"})").status, 404);
    for (const char *bad : {"../x", "/etc/passwd", "..", "a/b"}) {
        const Response r = call("POST", QStringLiteral("/run"),
                                QByteArray(R"({"altFileId": ")") + bad + R"("})");
        QCOMPARE(r.status, 400);
    }
    // A link inside the folder that leads out of it.
    QTemporaryDir outside;
    QFile::copy(QStringLiteral(ALTRUNNER_EXAMPLES_DIR "/research_brief.alt"),
                outside.filePath(QStringLiteral("secret.alt")));
    QVERIFY(QFile::link(outside.filePath(QStringLiteral("secret.alt")),
                        alts.filePath(QStringLiteral("evil.alt"))));
    const Response link = call("POST", QStringLiteral("/run"), R"({"altFileId": "evil"})");
    QCOMPARE(link.status, 400);
    QVERIFY2(link.json.value(u"error").toString().contains(u"outside"), link.body.constData());
}

void tst_ApiServer::altFileIds_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("file"); // the file the id finds; empty: none
    QTest::addColumn<bool>("notFound");
    QTest::newRow("task_<id>.alt.yaml") << "a"
                                        << "task_a.alt.yaml" << false;
    QTest::newRow("task_<id>.alt.json") << "b"
                                        << "task_b.alt.json" << false;
    QTest::newRow("<id>.alt") << "c"
                              << "c.alt" << false;
    QTest::newRow("<id>.alt.yaml") << "d"
                                   << "d.alt.yaml" << false;
    QTest::newRow("<id>.json") << "e"
                               << "e.json" << false;
    QTest::newRow("missing") << "f"
                             << "" << true;
    QTest::newRow("parent") << ".."
                            << "" << false;
    QTest::newRow("a path") << "x/../a"
                            << "" << false;
    QTest::newRow("absolute") << "/tmp/a"
                              << "" << false;
    QTest::newRow("home") << "~root"
                          << "" << false;
    QTest::newRow("empty") << ""
                           << "" << false;
}

void tst_ApiServer::altFileIds()
{
    QFETCH(QString, id);
    QFETCH(QString, file);
    QFETCH(bool, notFound);
    QTemporaryDir dir;
    for (const char *name : {"task_a.alt.yaml", "task_b.alt.json", "c.alt", "d.alt.yaml", "e.json"})
        writeFile(dir.path(), QString::fromLatin1(name), "{}");
    QString error;
    bool missing = false;
    const auto path = AltFileStore::resolve(dir.path(), id, &error, &missing);
    QCOMPARE(path.has_value(), !file.isEmpty());
    if (path)
        QCOMPARE(QFileInfo(*path).fileName(), file);
    else
        QVERIFY(!error.isEmpty());
    QCOMPARE(missing, notFound);
    QVERIFY(!AltFileStore::resolve(QString(), QStringLiteral("a"), &error, &missing));
}

QTEST_GUILESS_MAIN(tst_ApiServer)
#include "tst_apiserver.moc"
