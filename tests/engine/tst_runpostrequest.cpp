// SPDX-License-Identifier: GPL-3.0-or-later
// What a POST /run body asks for, read without a server (RunPostRequest::parse), and which
// handler a request reaches (RouteTable): a row per case.

#include "api/routetable.h"
#include "api/runpostrequest.h"
#include "config/modelcatalog.h"

#include <QTest>

using namespace altrunner;

class tst_RunPostRequest : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void appliesToTheConfig();
    void routes_data();
    void routes();
};

void tst_RunPostRequest::parse_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status"); // 0: parsed
    QTest::addColumn<QString>("error"); // a part of the message
    QTest::addColumn<QString>("what"); // what was read: "alt", "id", "mode", "budget", ...

    const QByteArray json = "application/json";
    QTest::newRow("alt as a string")
            << json << QByteArray(R"({"alt_file": "{}"})") << 0 << QString() << "alt";
    QTest::newRow("alt as an object")
            << json << QByteArray(R"({"alt_file": {"id": "x"}})") << 0 << QString() << "alt";
    QTest::newRow("json with a charset")
            << QByteArray("Application/JSON; charset=utf-8") << QByteArray(R"({"alt_file": "{}"})")
            << 0 << QString() << "alt";
    QTest::newRow("gateway form") << json
                                  << QByteArray(
                                             R"({"altFileId": "a.alt", "options": {"mode": "dream",
                                                "persona": "p", "metadata": {"k": 1}}})")
                                  << 0 << QString() << "gateway";
    QTest::newRow("text/plain") << QByteArray("text/plain") << QByteArray("{}") << 415
                                << "Content-Type: application/json" << QString();
    QTest::newRow("no content type")
            << QByteArray() << QByteArray("{}") << 415 << "Content-Type" << QString();
    QTest::newRow("not json") << json << QByteArray("{") << 400 << "not valid JSON" << QString();
    QTest::newRow("an array") << json << QByteArray("[]") << 400 << "JSON object" << QString();
    QTest::newRow("no alt") << json << QByteArray("{}") << 400 << "alt_file must be" << QString();
    QTest::newRow("alt a number") << json << QByteArray(R"({"alt_file": 3})") << 400
                                  << "alt_file must be" << QString();
    QTest::newRow("options not an object")
            << json << QByteArray(R"({"alt_file": "{}", "options": 1})") << 400
            << "options must be an object" << QString();
    QTest::newRow("bad mode") << json << QByteArray(R"({"alt_file": "{}", "mode": "fast"})") << 400
                              << "mode must be" << QString();
    QTest::newRow("mode a number") << json << QByteArray(R"({"alt_file": "{}", "mode": 1})") << 400
                                   << "mode must be" << QString();
    QTest::newRow("mode null is none")
            << json << QByteArray(R"({"alt_file": "{}", "mode": null})") << 0 << QString() << "alt";
    QTest::newRow("persona a number") << json << QByteArray(R"({"alt_file": "{}", "persona": 2})")
                                      << 400 << "persona must be a string" << QString();
    QTest::newRow("metadata a list") << json << QByteArray(R"({"alt_file": "{}", "metadata": []})")
                                     << 400 << "metadata must be an object" << QString();
    QTest::newRow("budget") << json
                            << QByteArray(R"({"alt_file": "{}", "budget": {"tokens": 500}})") << 0
                            << QString() << "budget";
    QTest::newRow("budget a number") << json << QByteArray(R"({"alt_file": "{}", "budget": 5})")
                                     << 400 << "budget must be an object" << QString();
    QTest::newRow("budget unknown member")
            << json << QByteArray(R"({"alt_file": "{}", "budget": {"dollars": 5}})") << 400
            << "unknown member 'dollars'" << QString();
    QTest::newRow("budget tokens negative")
            << json << QByteArray(R"({"alt_file": "{}", "budget": {"tokens": -1}})") << 400
            << "budget.tokens" << QString();
    QTest::newRow("budget tokens fraction")
            << json << QByteArray(R"({"alt_file": "{}", "budget": {"tokens": 1.5}})") << 400
            << "budget.tokens" << QString();
    QTest::newRow("budget cost a string")
            << json << QByteArray(R"({"alt_file": "{}", "budget": {"cost": "2"}})") << 400
            << "budget.cost" << QString();
    QTest::newRow("models by name") << json << QByteArray(R"({"alt_file": "{}", "models": "team"})")
                                    << 0 << QString() << "models";
    QTest::newRow("models a number") << json << QByteArray(R"({"alt_file": "{}", "models": 4})")
                                     << 400 << "models must be" << QString();
    QTest::newRow("models inline, wrong")
            << json << QByteArray(R"({"alt_file": "{}", "models": {"models": 3}})") << 400
            << "models:" << QString();
    QTest::newRow("model blank") << json << QByteArray(R"({"alt_file": "{}", "model": "  "})")
                                 << 400 << "model must be" << QString();
    QTest::newRow("model") << json << QByteArray(R"({"alt_file": "{}", "model": " fast "})") << 0
                           << QString() << "model";
    QTest::newRow("rerun of") << json << QByteArray(R"({"alt_file": "{}", "rerun_of": "abc-1",
                                            "rerun_from": ["a", "b"]})")
                              << 0 << QString() << "rerun";
    QTest::newRow("rerun of a path")
            << json << QByteArray(R"({"alt_file": "{}", "rerun_of": "../x"})") << 400
            << "rerun_of must be" << QString();
    QTest::newRow("rerun from alone")
            << json << QByteArray(R"({"alt_file": "{}", "rerun_from": ["a"]})") << 400
            << "rerun_from needs rerun_of" << QString();
    QTest::newRow("rerun from empty")
            << json << QByteArray(R"({"alt_file": "{}", "rerun_of": "a", "rerun_from": []})") << 400
            << "rerun_from must be a list" << QString();
    QTest::newRow("rerun from numbers")
            << json << QByteArray(R"({"alt_file": "{}", "rerun_of": "a", "rerun_from": ["a", 1]})")
            << 400 << "rerun_from must be a list" << QString();
}

void tst_RunPostRequest::parse()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, error);
    QFETCH(QString, what);
    const RunPostRequest::Parsed p = RunPostRequest::parse(contentType, body);
    QCOMPARE(p.status, status);
    QVERIFY2(p.error.contains(error), qPrintable(p.error));
    QCOMPARE(p.ok(), error.isEmpty());
    if (!p.ok())
        return;
    const RunPostRequest &r = p.request;
    QCOMPARE(r.options.trigger, QStringLiteral("api"));
    if (what == u"alt")
        QVERIFY(!r.altBytes.isEmpty());
    if (what == u"gateway") {
        QCOMPARE(r.altFileId, QStringLiteral("a.alt"));
        QVERIFY(r.altBytes.isEmpty());
        QCOMPARE(r.options.mode, Mode::Dream);
        QCOMPARE(r.options.persona, QStringLiteral("p"));
        QCOMPARE(r.options.requestMetadata.value(u"k").toInt(), 1);
    }
    if (what == u"budget") {
        QCOMPARE(r.budget.tokens, 500);
        QVERIFY(!r.budget.cost);
    }
    if (what == u"models")
        QCOMPARE(r.modelsName, QStringLiteral("team"));
    if (what == u"model")
        QCOMPARE(r.model, QStringLiteral("fast"));
    if (what == u"rerun") {
        QCOMPARE(r.rerunOf, QStringLiteral("abc-1"));
        QCOMPARE(r.rerunFrom, (QStringList {QStringLiteral("a"), QStringLiteral("b")}));
    }
}

void tst_RunPostRequest::appliesToTheConfig()
{
    const RunPostRequest::Parsed p = RunPostRequest::parse(
            "application/json", R"({"alt_file": "{}", "budget": {"cost": 2}, "model": "m"})");
    QVERIFY(p.ok());
    EngineConfig server;
    server.budget.tokens = 1000; // the server's own limit stays
    server.budget.cost = 10;
    const EngineConfig c = p.request.applyTo(server);
    QCOMPARE(c.budget.tokens, 1000);
    QCOMPARE(c.budget.cost, 2.0);
    QCOMPARE(c.aiModel, QStringLiteral("m"));
    QVERIFY(c.modelChosen);
}

void tst_RunPostRequest::routes_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("token");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("reached"); // the handler, with what its {id}s matched

    QTest::newRow("root") << QByteArray("GET") << "/" << false << 200 << "root";
    QTest::newRow("open without a token")
            << QByteArray("GET") << "/health" << false << 200 << "health";
    QTest::newRow("trailing slash") << QByteArray("GET") << "/health/" << false << 200 << "health";
    QTest::newRow("needs the token") << QByteArray("GET") << "/task/r1" << false << 401 << "";
    QTest::newRow("one id") << QByteArray("GET") << "/task/r1" << true << 200 << "task r1";
    QTest::newRow("two ids") << QByteArray("POST") << "/task/r1/approvals/g" << true << 200
                             << "decide r1 g";
    QTest::newRow("empty id") << QByteArray("GET") << "/task//" << true << 404 << "";
    QTest::newRow("wrong method") << QByteArray("DELETE") << "/task/r1" << true << 405 << "";
    QTest::newRow("wrong method, no token")
            << QByteArray("DELETE") << "/task/r1" << false << 405 << "";
    QTest::newRow("unknown") << QByteArray("GET") << "/nothing" << true << 404 << "";
    QTest::newRow("too deep") << QByteArray("GET") << "/task/r1/x/y/z" << true << 404 << "";
}

void tst_RunPostRequest::routes()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(bool, token);
    QFETCH(int, status);
    QFETCH(QString, reached);
    RouteTable table;
    QString got;
    auto handler = [&got](const QString &name) {
        return [&got, name](const HttpRequest &, const QStringList &ids) {
            got = (QStringList {name} + ids).join(u' ');
            return HttpResponse {};
        };
    };
    table.add("GET", QStringLiteral("/"), handler(QStringLiteral("root")), true);
    table.add("GET", QStringLiteral("/health"), handler(QStringLiteral("health")), true);
    table.add("GET", QStringLiteral("/task/{id}"), handler(QStringLiteral("task")));
    table.add("POST", QStringLiteral("/task/{id}/approvals/{id}"),
              handler(QStringLiteral("decide")));
    HttpRequest request;
    request.method = method;
    request.path = path;
    const HttpResponse r = table.dispatch(request, [token](const HttpRequest &) { return token; });
    QCOMPARE(r.status, status);
    QCOMPARE(got, reached);
    if (status == 405) {
        QCOMPARE(r.headers.size(), 1);
        QCOMPARE(r.headers.first(), std::pair(QByteArray("Allow"), QByteArray("GET")));
    }
    if (status == 401)
        QCOMPARE(r.headers.first().first, QByteArray("WWW-Authenticate"));
}

QTEST_GUILESS_MAIN(tst_RunPostRequest)
#include "tst_runpostrequest.moc"
