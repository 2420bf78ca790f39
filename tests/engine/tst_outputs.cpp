// SPDX-License-Identifier: GPL-3.0-or-later
// Output contracts, repairs, models and fallbacks in whole runs (docs/outputs.md): the real
// OpenAI provider against real HTTP servers on 127.0.0.1 that count what they are sent.

#include "fakeaiserver.h"
#include "lastinvariants.h"
#include "testutil.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace altrunner;
using namespace altrunner::test;
using namespace Qt::StringLiterals;

namespace {

const char *kStrict = R"({"type": "object", "additionalProperties": false, "required": ["items"],
    "properties": {"items": {"type": "array", "items": {"type": "object",
        "additionalProperties": false, "required": ["name"],
        "properties": {"name": {"type": "string"}}}}}})";
const char *kLoose
        = R"({"type": "object", "required": ["ok"], "properties": {"ok": {"type": "boolean"}}})";

QJsonObject schema(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}

QJsonObject aiTask(const QString &id, const QString &prompt, const QJsonObject &extra = {},
                   const QStringList &deps = {})
{
    QJsonObject p {{u"prompt"_s, prompt}, {u"temperature"_s, 0.5}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        p.insert(it.key(), it.value());
    QJsonObject t = task(id, deps, p);
    t.insert(u"retry_count"_s, 0);
    return t;
}

QJsonObject result(const Finished &f, const QString &id)
{
    return f.last.value(u"task_results").toObject().value(id).toObject();
}

QJsonObject bodyOf(const FakeAiServer::Request &r)
{
    return QJsonDocument::fromJson(r.body).object();
}

} // namespace

class tst_Outputs : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void strictSchemaSentAsJsonSchema();
    void looseSchemaGoesInThePrompt_data();
    void looseSchemaGoesInThePrompt();
    void invalidAnswerIsRepaired();
    void answerThatStaysInvalidFails();
    void fieldPlaceholderReachesTheNextPrompt();
    void fallbacks_data();
    void fallbacks();
    void keyIsSentAndWrittenNowhere();
    void budgetAcrossAChainIsNeverOvershot();

private:
    EngineConfig openAi(const FakeAiServer &server) const;
    std::shared_ptr<const ModelCatalog> twoModels(const FakeAiServer &a, const FakeAiServer &b,
                                                  const QString &keyEnv = {}) const;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_Outputs::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

EngineConfig tst_Outputs::openAi(const FakeAiServer &server) const
{
    EngineConfig config = testConfig(m_dir->path(), 4);
    config.provider = ProviderKind::OpenAi;
    config.aiServiceUrl = server.url();
    config.aiStream = false;
    config.cacheMode = CacheMode::Off;
    return config;
}

std::shared_ptr<const ModelCatalog>
tst_Outputs::twoModels(const FakeAiServer &a, const FakeAiServer &b, const QString &keyEnv) const
{
    QJsonObject second {{u"provider"_s, u"openai"_s},
                        {u"url"_s, QString(b.url().toString() + u"/v1"_s)},
                        {u"model"_s, u"model-b"_s}};
    if (!keyEnv.isEmpty())
        second.insert(u"api_key_env"_s, keyEnv);
    const QJsonObject doc {
            {u"models"_s,
             QJsonObject {{u"a"_s,
                           QJsonObject {{u"provider"_s, u"openai"_s},
                                        {u"url"_s, QString(a.url().toString() + u"/v1"_s)},
                                        {u"model"_s, u"model-a"_s}}},
                          {u"b"_s, second}}},
            {u"fallbacks"_s, QJsonObject {{u"a"_s, QJsonArray {u"b"_s}}}}};
    QString error;
    auto c = ModelCatalog::fromObject(doc, &error);
    if (!c)
        qFatal("%s", qPrintable(error));
    return c;
}

void tst_Outputs::strictSchemaSentAsJsonSchema()
{
    FakeAiServer server;
    QVERIFY(server.listen());
    server.script("list it", {FakeAiServer::chatAnswer(uR"({"items": [{"name": "Widget"}]})"_s)});
    const Finished f
            = runToEnd(load(altDocument({aiTask(u"lister.1"_s, u"list it"_s,
                                                {{u"output_schema"_s, schema(kStrict)}})})),
                       openAi(server));
    const QJsonObject r = result(f, u"lister.1"_s);
    QCOMPARE(r.value(u"status"_s).toString(), u"completed"_s);
    QCOMPARE(r[u"output"_s][u"json"_s][u"items"_s][0][u"name"_s].toString(), u"Widget"_s);
    QCOMPARE(server.inferenceRequests().size(), 1);
    const QJsonObject format
            = bodyOf(server.inferenceRequests().at(0)).value(u"response_format"_s).toObject();
    QCOMPARE(format.value(u"type"_s).toString(), u"json_schema"_s);
    QCOMPARE(format[u"json_schema"_s][u"strict"_s].toBool(), true);
    QCOMPARE(format[u"json_schema"_s][u"name"_s].toString(), u"lister_1"_s);
    QCOMPARE(format[u"json_schema"_s][u"schema"_s].toObject(), schema(kStrict));
}

void tst_Outputs::looseSchemaGoesInThePrompt_data()
{
    QTest::addColumn<QByteArray>("schemaText");
    QTest::addColumn<bool>("promptMode");
    QTest::addColumn<QString>("answer");
    QTest::newRow("not strict: json_object")
            << QByteArray(kLoose) << false << u"```json\n{\"ok\": true}\n```"_s;
    QTest::newRow("strict, but AI_SCHEMA_MODE=prompt")
            << QByteArray(kStrict) << true << u"```\n{\"items\": []}\n```"_s;
}

void tst_Outputs::looseSchemaGoesInThePrompt()
{
    QFETCH(QByteArray, schemaText);
    QFETCH(bool, promptMode);
    QFETCH(QString, answer);
    FakeAiServer server;
    QVERIFY(server.listen());
    server.script("judge", {FakeAiServer::chatAnswer(answer)});
    EngineConfig config = openAi(server);
    config.schemaInPrompt = promptMode;
    const Finished f = runToEnd(
            load(altDocument({aiTask(u"j"_s, u"judge"_s,
                                     {{u"output_schema"_s, schema(schemaText.constData())}})})),
            config);
    QCOMPARE(result(f, u"j"_s).value(u"status"_s).toString(), u"completed"_s); // fence tolerated
    const QJsonObject body = bodyOf(server.inferenceRequests().at(0));
    QCOMPARE(body[u"response_format"_s][u"type"_s].toString(), u"json_object"_s);
    const QString system = body[u"messages"_s][0][u"content"_s].toString();
    QVERIFY2(system.contains(QString::fromUtf8(
                     QJsonDocument(schema(schemaText.constData())).toJson(QJsonDocument::Compact))),
             qPrintable(system));
}

void tst_Outputs::invalidAnswerIsRepaired()
{
    FakeAiServer server;
    QVERIFY(server.listen());
    server.script("list it",
                  {FakeAiServer::chatAnswer(uR"({"items": [{"title": "x"}]})"_s),
                   FakeAiServer::chatAnswer(uR"({"items": [{"name": "Fixed"}]})"_s)});
    // Priced at 1 per million tokens either way, so the run's cost is its tokens / 1e6.
    QString error;
    const auto prices = Pricing::fromJson(R"({"currency": "USD", "models": [{"provider": "openai",
        "model": "*", "input_per_million": 1, "output_per_million": 1}]})",
                                          &error);
    QVERIFY2(prices, qPrintable(error));
    RunOptions options;
    options.pricing = std::make_shared<const Pricing>(*prices);
    const Finished f
            = runToEnd(load(altDocument({aiTask(u"t"_s, u"list it"_s,
                                                {{u"output_schema"_s, schema(kStrict)}})})),
                       openAi(server), options);
    const QJsonObject r = result(f, u"t"_s);
    QCOMPARE(r.value(u"status"_s).toString(), u"completed"_s);
    // The invalid answer was paid for too: tokens and cost count both answers (9 tokens each).
    QCOMPARE(f.result.snapshot.tokensUsed, 18);
    QCOMPARE(f.result.snapshot.cost, 18 / 1e6);
    QCOMPARE(r[u"output"_s][u"json"_s][u"items"_s][0][u"name"_s].toString(), u"Fixed"_s);
    QCOMPARE(server.inferenceRequests().size(), 2); // one repair, counted at the server
    const QJsonArray log = r[u"metadata"_s][u"attempt_log"_s].toArray();
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.at(0)[u"outcome"_s].toString(), u"invalid_output"_s);
    QVERIFY(!log.at(0)[u"errors"_s].toArray().isEmpty());
    QCOMPARE(log.at(0)[u"errors"_s][0][u"pointer"_s].toString(), u"/items/0"_s);
    QCOMPARE(log.at(1)[u"outcome"_s].toString(), u"completed"_s);
    // The repair: the same conversation, the invalid answer as the assistant's turn, the errors.
    const QJsonArray messages = bodyOf(server.inferenceRequests().at(1))[u"messages"_s].toArray();
    QCOMPARE(messages.size(), 4);
    QCOMPARE(messages.at(1)[u"content"_s].toString(), u"list it"_s);
    QCOMPARE(messages.at(2)[u"role"_s].toString(), u"assistant"_s);
    QCOMPARE(messages.at(2)[u"content"_s].toString(), uR"({"items": [{"title": "x"}]})"_s);
    QVERIFY(messages.at(3)[u"content"_s].toString().contains(u"/items/0"_s));
    QVERIFY(messages.at(3)[u"content"_s].toString().contains(u"name"_s));
    // retry_count 0 and still repaired: repairs do not use it up.
    QCOMPARE(f.result.snapshot.repairs, 1);
}

void tst_Outputs::answerThatStaysInvalidFails()
{
    FakeAiServer server;
    QVERIFY(server.listen());
    const auto bad = FakeAiServer::chatAnswer(u"not json at all"_s);
    server.script("list it", {bad, bad, bad, bad});
    QJsonObject t = aiTask(u"t"_s, u"list it"_s, {{u"output_schema"_s, schema(kStrict)}});
    t.insert(u"repair_attempts"_s, 2);
    const Finished f = runToEnd(
            load(altDocument({t, aiTask(u"after"_s, u"{{t}}"_s, {}, {u"t"_s})})), openAi(server));
    const QJsonObject r = result(f, u"t"_s);
    QCOMPARE(r.value(u"status"_s).toString(), u"failed"_s);
    QVERIFY2(r.value(u"error"_s).toString().startsWith(u"answer does not match the schema: "_s),
             qPrintable(r.value(u"error"_s).toString()));
    QCOMPARE(server.inferenceRequests().size(), 3); // the answer, then 2 repairs
    QCOMPARE(result(f, u"after"_s).value(u"status"_s).toString(), u"cancelled"_s);
}

void tst_Outputs::fieldPlaceholderReachesTheNextPrompt()
{
    FakeAiServer server;
    QVERIFY(server.listen());
    server.script("list it",
                  {FakeAiServer::chatAnswer(uR"({"items": [{"name": "Widget \"Pro\""}]})"_s)});
    const Finished f = runToEnd(
            load(altDocument(
                    {aiTask(u"up"_s, u"list it"_s, {{u"output_schema"_s, schema(kStrict)}}),
                     aiTask(u"down"_s, u"Announce {{up.items.0.name}} / {{up.items}}"_s, {},
                            {u"up"_s})})),
            openAi(server));
    QCOMPARE(result(f, u"down"_s).value(u"status"_s).toString(), u"completed"_s);
    const QJsonObject second = bodyOf(server.inferenceRequests().at(1));
    QCOMPARE(second[u"messages"_s][1][u"content"_s].toString(),
             uR"(Announce Widget "Pro" / [{"name":"Widget \"Pro\""}])"_s);
}

void tst_Outputs::fallbacks_data()
{
    QTest::addColumn<QList<FakeAiServer::Action>>("fromA");
    QTest::addColumn<bool>("fellBack");
    QTest::addColumn<int>("sentToA");
    const auto s500 = FakeAiServer::status(500, R"({"error": {"message": "down"}})");
    QTest::newRow("500 every time: retries, then the next")
            << QList<FakeAiServer::Action> {s500, s500, s500, s500} << true << 2;
    QTest::newRow("a refusal: at once") << QList<FakeAiServer::Action> {FakeAiServer::status(
            200, R"({"choices": [{"message": {"role": "assistant", "content": null,
                            "refusal": "I cannot help with that"}}]})")}
                                        << true << 1;
    QTest::newRow("the content filter: at once")
            << QList<FakeAiServer::Action> {FakeAiServer::chatAnswer(u""_s, "content_filter")}
            << true << 1;
    QTest::newRow("a context too long: at once") << QList<
            FakeAiServer::Action> {FakeAiServer::status(
            400,
            R"({"error": {"message": "This model's maximum context length is 8192 tokens", "code": "context_length_exceeded"}})")}
                                                 << true << 1;
    QTest::newRow("a malformed request: no fallback")
            << QList<FakeAiServer::Action> {FakeAiServer::status(
                       400, R"({"error": {"message": "Unrecognized request argument: foo"}})")}
            << false << 1;
    QTest::newRow("401: no fallback") << QList<FakeAiServer::Action> {FakeAiServer::status(
            401, R"({"error": {"message": "Incorrect API key"}})")}
                                      << false << 1;
    QTest::newRow("403: no fallback")
            << QList<FakeAiServer::Action> {FakeAiServer::status(403, R"({"error": "no"})")}
            << false << 1;
}

void tst_Outputs::fallbacks()
{
    QFETCH(QList<FakeAiServer::Action>, fromA);
    QFETCH(bool, fellBack);
    QFETCH(int, sentToA);
    FakeAiServer a;
    FakeAiServer b;
    QVERIFY(a.listen());
    QVERIFY(b.listen());
    a.script("ask", fromA);
    QJsonObject t = aiTask(u"t"_s, u"ask"_s, {{u"model"_s, u"a"_s}});
    t.insert(u"retry_count"_s, 1);
    RunOptions options;
    options.models = twoModels(a, b);
    options.retryBaseDelayMs = 1;
    const Finished f = runToEnd(load(altDocument({t})), openAi(a), options);
    const QJsonObject r = result(f, u"t"_s);
    QCOMPARE(a.inferenceRequests().size(), sentToA);
    QCOMPARE(bodyOf(a.inferenceRequests().at(0)).value(u"model"_s).toString(), u"model-a"_s);
    if (fellBack) {
        QCOMPARE(r.value(u"status"_s).toString(), u"completed"_s);
        QCOMPARE(b.inferenceRequests().size(), 1);
        QCOMPARE(bodyOf(b.inferenceRequests().at(0)).value(u"model"_s).toString(), u"model-b"_s);
        QCOMPARE(r[u"output"_s][u"model_alias"_s].toString(), u"b"_s);
        const QJsonArray left = r[u"metadata"_s][u"fallbacks"_s].toArray();
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.at(0)[u"model"_s].toString(), u"a"_s);
        QVERIFY(!left.at(0)[u"reason"_s].toString().isEmpty());
        QCOMPARE(f.result.snapshot.fallbacks, 1);
    } else {
        QCOMPARE(r.value(u"status"_s).toString(), u"failed"_s);
        QCOMPARE(b.inferenceRequests().size(), 0);
        QVERIFY(!r[u"metadata"_s].toObject().contains(u"fallbacks"_s));
    }
}

void tst_Outputs::keyIsSentAndWrittenNowhere()
{
    const QByteArray secret = "sk-test-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
    qputenv("ALTRUNNER_TEST_KEY_B", secret);
    FakeAiServer a;
    FakeAiServer b;
    QVERIFY(a.listen());
    QVERIFY(b.listen());
    const auto s500 = FakeAiServer::status(500, R"({"error": "down"})");
    a.script("ask", {s500, s500});
    RunOptions options;
    options.models = twoModels(a, b, u"ALTRUNNER_TEST_KEY_B"_s);
    options.retryBaseDelayMs = 1;
    const Finished f
            = runToEnd(load(altDocument({aiTask(u"t"_s, u"ask"_s, {{u"model"_s, u"a"_s}})})),
                       openAi(a), options);
    qunsetenv("ALTRUNNER_TEST_KEY_B");
    QCOMPARE(result(f, u"t"_s).value(u"status"_s).toString(), u"completed"_s);
    QCOMPARE(b.inferenceRequests().at(0).headers.value("authorization"), "Bearer " + secret);
    QVERIFY(!a.inferenceRequests().at(0).headers.contains("authorization"));
    int files = 0;
    for (QDirIterator it(m_dir->path(), QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(secret), qPrintable(file.fileName()));
        ++files;
    }
    QVERIFY(files >= 1); // the LAST file at least
}

void tst_Outputs::budgetAcrossAChainIsNeverOvershot()
{
    FakeAiServer a;
    FakeAiServer b;
    QVERIFY(a.listen());
    QVERIFY(b.listen());
    a.setUsage(FakeAiServer::Usage::Varying);
    b.setUsage(FakeAiServer::Usage::Varying);
    const auto s503 = FakeAiServer::status(503, R"({"error": "busy"})");
    QJsonArray tasks;
    for (int i = 0; i < 40; ++i) {
        QJsonObject t = aiTask(u"t%1"_s.arg(i), u"q%1 odd"_s.arg(i).left(i % 2 ? 99 : 2),
                               {{u"model"_s, u"a"_s}, {u"max_tokens"_s, 24}});
        tasks.append(t);
    }
    a.script("odd", QList<FakeAiServer::Action>(40, s503)); // half the tasks fall back
    EngineConfig config = openAi(a);
    config.budget.tokens = 500;
    RunOptions options;
    options.models = twoModels(a, b);
    options.retryBaseDelayMs = 1;
    const Finished f = runToEnd(load(altDocument(tasks)), config, options);
    QVERIFY(f.result.snapshot.fallbacks > 0);
    qInfo("reported %lld + %lld, charged %lld, budget %s", a.reportedTokens(), b.reportedTokens(),
          f.result.snapshot.budget.tokensUsed,
          f.result.snapshot.budget.exhausted ? "exhausted" : "not");
    QVERIFY2(a.reportedTokens() + b.reportedTokens() <= 500,
             qPrintable(u"%1 + %2"_s.arg(a.reportedTokens()).arg(b.reportedTokens())));
    QVERIFY(f.result.snapshot.budget.tokensUsed <= 500);
    QVERIFY(f.result.snapshot.budget.exhausted); // the budget, not the tasks, ended it
}

QTEST_GUILESS_MAIN(tst_Outputs)
#include "tst_outputs.moc"
