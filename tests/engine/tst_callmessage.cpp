// SPDX-License-Identifier: GPL-3.0-or-later
// The messages between a coordinator and its workers (docs/distributed.md "The protocol").
#include "workers/callmessage.h"

#include <QJsonDocument>
#include <QTest>

using namespace altrunner;
using namespace Qt::StringLiterals;

class tst_CallMessage : public QObject
{
    Q_OBJECT

private slots:
    void callRoundTrips();
    void callCarriesNoSecret();
    void badCallsAreRefused_data();
    void badCallsAreRefused();
    void resultRoundTrips();
    void largeResultsShrinkThenFail();
    void subjectsAreSingleTokens_data();
    void subjectsAreSingleTokens();
    void noticesRoundTrip();
};

void tst_CallMessage::callRoundTrips()
{
    AiRequest r;
    r.executionId = u"run-1"_s;
    r.taskId = u"a.b"_s;
    r.attempt = 3;
    r.prompt = u"Say hi ünïcode"_s;
    r.model = u"gpt-x"_s;
    r.alias = u"fast"_s;
    r.provider = ProviderKind::OpenAi;
    r.serviceUrl = QUrl(u"https://ai.example/v1"_s);
    OutputSchema::Error error;
    r.schema = OutputSchema::compile(
            QJsonDocument::fromJson(R"({"type":"object","properties":{"x":{"type":"integer"}},
                "required":["x"],"additionalProperties":false})")
                    .object(),
            &error);
    QVERIFY(r.schema);
    r.schemaInPrompt = true;
    r.invalidAnswer = u"{}"_s;
    r.repairMessage = u"x is missing"_s;
    r.system = u"grade it"_s;
    r.mode = u"explore"_s;
    r.persona = u"pirate"_s;
    r.temperature = 0.7;
    r.topP = 0.9;
    r.maxTokens = 77;
    r.promptBytes = 123;
    r.parameters = {{u"seed"_s, 4}};
    r.context = {{u"language"_s, u"tr"_s}};
    r.timeoutMs = 4500;
    CallSettings s {u"MY_KEY"_s, false, 12.5, 90000, 33};

    QString why;
    const auto c = CallMessage::decodeCall(CallMessage::encodeCall(r, s), &why);
    QVERIFY2(c, qPrintable(why));
    const AiRequest &d = c->request;
    QCOMPARE(d.executionId, r.executionId);
    QCOMPARE(d.taskId, r.taskId);
    QCOMPARE(d.attempt, 3);
    QCOMPARE(d.prompt, r.prompt);
    QCOMPARE(d.model, r.model);
    QCOMPARE(d.alias, r.alias);
    QCOMPARE(d.provider, ProviderKind::OpenAi);
    QCOMPARE(d.serviceUrl, r.serviceUrl);
    QVERIFY(d.schema);
    QCOMPARE(d.schema->canonical(), r.schema->canonical());
    QCOMPARE(d.schemaInPrompt, true);
    QCOMPARE(d.invalidAnswer, r.invalidAnswer);
    QCOMPARE(d.repairMessage, r.repairMessage);
    QCOMPARE(d.system, r.system);
    QCOMPARE(d.mode, r.mode);
    QCOMPARE(d.persona, r.persona);
    QCOMPARE(d.temperature, 0.7);
    QCOMPARE(d.topP, 0.9);
    QCOMPARE(d.maxTokens, 77);
    QCOMPARE(d.promptBytes, 123);
    QCOMPARE(d.parameters, r.parameters);
    QCOMPARE(d.context, r.context);
    QCOMPARE(d.timeoutMs, 4500);
    QCOMPARE(c->settings.apiKeyEnv, u"MY_KEY"_s);
    QCOMPARE(c->settings.stream, false);
    QCOMPARE(c->settings.streamIdleSeconds, 12.5);
    QCOMPARE(c->settings.wholeMs, 90000);
    QCOMPARE(c->settings.mockLatencyMs, 33);
    QCOMPARE(CallMessage::messageId(r.executionId, r.taskId, 3), "run-1.a.b.3");
}

void tst_CallMessage::callCarriesNoSecret()
{
    // A request has no key to carry; the settings name the variable only.
    AiRequest r;
    r.executionId = u"r"_s;
    r.taskId = u"t"_s;
    r.prompt = u"p"_s;
    const QByteArray bytes = CallMessage::encodeCall(r, {u"OPENAI_KEY"_s, true, 30, 1000, 0});
    QVERIFY(bytes.contains("\"api_key_env\":\"OPENAI_KEY\""));
    QVERIFY(!bytes.contains("Bearer"));
    QVERIFY(!bytes.contains("authorization"));
}

void tst_CallMessage::badCallsAreRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");
    QTest::newRow("empty") << QByteArray() << u"the call is "_s;
    QTest::newRow("not json") << QByteArray("{oops") << u"not JSON"_s;
    QTest::newRow("an array") << QByteArray("[1]") << u"not a JSON object"_s;
    QTest::newRow("no run") << QByteArray(
            R"({"task":"t","attempt":1,"provider":"mock","prompt":"p"})")
                            << u"lacks its run"_s;
    QTest::newRow("attempt 0") << QByteArray(
            R"({"run":"r","task":"t","attempt":0,"provider":"mock","prompt":"p"})")
                               << u"lacks its run"_s;
    QTest::newRow("attempt beyond any integer")
            << QByteArray(R"({"run":"r","task":"t","attempt":3e41,"provider":"mock","prompt":"p"})")
            << u"lacks its run"_s;
    QTest::newRow("unknown provider")
            << QByteArray(R"({"run":"r","task":"t","attempt":1,"provider":"x","prompt":"p"})")
            << u"provider"_s;
    QTest::newRow("prompt not a string")
            << QByteArray(R"({"run":"r","task":"t","attempt":1,"provider":"mock","prompt":4})")
            << u"prompt"_s;
    QTest::newRow("bad schema") << QByteArray(
            R"({"run":"r","task":"t","attempt":1,"provider":"mock",
            "prompt":"p","schema":{"type":7}})")
                                << u"schema cannot be used"_s;
}

void tst_CallMessage::badCallsAreRefused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    QString why;
    QVERIFY(!CallMessage::decodeCall(bytes, &why));
    QVERIFY2(why.contains(error), qPrintable(why));
}

void tst_CallMessage::resultRoundTrips()
{
    CallMessage::Result r;
    r.run = u"r"_s;
    r.task = u"t"_s;
    r.attempt = 2;
    r.worker = u"w7"_s;
    r.delivered = 3;
    AiReply &a = r.reply;
    a.ok = false;
    a.text = u"partial"_s;
    a.model = u"m"_s;
    a.provider = u"openai"_s;
    a.error = u"HTTP 429"_s;
    a.retryable = true;
    a.timedOut = false;
    a.retryAfterMs = 1500;
    a.httpStatus = 429;
    a.rateLimitHeaders = {{"x-ratelimit-remaining-requests", "0"}};
    a.usage = {10, 20, true, true, false};
    a.ttftMs = 40;
    a.generationMs = 60;
    a.truncated = true;
    a.fallBack = true;
    a.raw = QJsonObject {{u"id"_s, u"x"_s}};
    QString why;
    const auto d = CallMessage::decodeResult(CallMessage::encodeResult(r), &why);
    QVERIFY2(d, qPrintable(why));
    QCOMPARE(d->run, u"r"_s);
    QCOMPARE(d->task, u"t"_s);
    QCOMPARE(d->attempt, 2);
    QCOMPARE(d->worker, u"w7"_s);
    QCOMPARE(d->delivered, 3);
    QCOMPARE(d->reply.ok, false);
    QCOMPARE(d->reply.text, a.text);
    QCOMPARE(d->reply.error, a.error);
    QCOMPARE(d->reply.retryable, true);
    QCOMPARE(d->reply.retryAfterMs, 1500);
    QCOMPARE(d->reply.httpStatus, 429);
    QVERIFY(d->reply.rateLimited());
    QCOMPARE(d->reply.rateLimitHeaders, a.rateLimitHeaders);
    QCOMPARE(d->reply.usage.input, 10);
    QCOMPARE(d->reply.usage.output, 20);
    QCOMPARE(d->reply.usage.estimated, true);
    QCOMPARE(d->reply.usage.inputReported, true);
    QCOMPARE(d->reply.usage.outputReported, false);
    QCOMPARE(d->reply.ttftMs, 40);
    QCOMPARE(d->reply.generationMs, 60);
    QCOMPARE(d->reply.truncated, true);
    QCOMPARE(d->reply.fallBack, true);
    QCOMPARE(d->reply.raw, a.raw);
    QVERIFY(!CallMessage::decodeResult("{}", &why));
    // Numbers beyond what JSON carries exactly are not read as numbers (fuzz_workers).
    const auto huge = CallMessage::decodeResult(
            R"({"run":"r","task":"t","attempt":1,"delivered":1e300,"ttft_ms":-3e41,"ok":true})",
            &why);
    QVERIFY(huge);
    QCOMPARE(huge->delivered, 1);
    QCOMPARE(huge->reply.ttftMs, -1);
    QVERIFY(!CallMessage::decodeResult("nonsense", &why));
}

void tst_CallMessage::largeResultsShrinkThenFail()
{
    CallMessage::Result r {u"r"_s, u"t"_s, 1, {}, u"w"_s, 1};
    r.reply.ok = true;
    r.reply.text = QString(600, u'a');
    r.reply.raw = QJsonObject {{u"copy"_s, QString(600, u'a')}};
    // Without its raw copy the answer fits.
    auto fits = CallMessage::decodeResult(CallMessage::encodeResult(r, 1000), nullptr);
    QVERIFY(fits);
    QVERIFY(fits->reply.ok);
    QCOMPARE(fits->reply.text.size(), 600);
    QVERIFY(fits->reply.raw.isNull());
    // Too large even so: an error that says the limit, not a lost answer.
    r.reply.text = QString(2000, u'a');
    auto failed = CallMessage::decodeResult(CallMessage::encodeResult(r, 1000), nullptr);
    QVERIFY(failed);
    QVERIFY(!failed->reply.ok);
    QVERIFY2(failed->reply.error.contains(u"larger than a NATS message may be (1000 bytes)"_s),
             qPrintable(failed->reply.error));
}

void tst_CallMessage::subjectsAreSingleTokens_data()
{
    QTest::addColumn<QString>("task");
    QTest::addColumn<QByteArray>("subject");
    QTest::newRow("plain") << u"t1"_s << QByteArray("altrunner.deltas.r.t1");
    QTest::newRow("dots") << u"a.b"_s << QByteArray("altrunner.deltas.r.a_b");
    QTest::newRow("wildcards") << u"*>"_s << QByteArray("altrunner.deltas.r.__");
    QTest::newRow("space") << u"a b"_s << QByteArray("altrunner.deltas.r.a_b");
    QTest::newRow("empty") << QString() << QByteArray("altrunner.deltas.r._");
}

void tst_CallMessage::subjectsAreSingleTokens()
{
    QFETCH(QString, task);
    QFETCH(QByteArray, subject);
    QCOMPARE(CallMessage::deltaSubject(u"r"_s, task), subject);
}

void tst_CallMessage::noticesRoundTrip()
{
    const auto t = CallMessage::decodeTaken(
            CallMessage::encodeTaken({u"r"_s, u"t"_s, 2, u"w"_s, 4, 99}));
    QVERIFY(t);
    QCOMPARE(t->delivered, 4);
    QCOMPARE(t->streamSeq, 99u);
    QVERIFY(!CallMessage::decodeTaken("{\"run\":\"r\"}"));
    const auto a = CallMessage::decodeAnnouncement(
            CallMessage::encodeAnnouncement({u"w1"_s, u"1.0"_s, 16, 3, true}));
    QVERIFY(a);
    QCOMPARE(a->name, u"w1"_s);
    QCOMPARE(a->concurrency, 16);
    QCOMPARE(a->inFlight, 3);
    QCOMPARE(a->leaving, true);
    QVERIFY(!CallMessage::decodeAnnouncement("{\"name\":\"\"}"));
    const auto d = CallMessage::decodeDelta(CallMessage::encodeDelta({u"t"_s, 2, u"so far"_s}));
    QVERIFY(d);
    QCOMPARE(d->text, u"so far"_s);
    QVERIFY(!CallMessage::decodeDelta("[]"));
}

QTEST_GUILESS_MAIN(tst_CallMessage)
#include "tst_callmessage.moc"
