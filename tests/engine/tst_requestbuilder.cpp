// SPDX-License-Identifier: GPL-3.0-or-later
// RequestBuilder: what one attempt asks the AI service (docs/engine.md "AI providers"), for real
// attempts and the simulated fallback alike.

#include "ai/requestbuilder.h"
#include "testutil.h"

#include <QTest>

using namespace altrunner;
using namespace altrunner::test;
using namespace Qt::StringLiterals;

class tst_RequestBuilder : public QObject
{
    Q_OBJECT

private slots:
    void modeSampling_data();
    void modeSampling();
    void taskParametersWin_data();
    void taskParametersWin();
    void overridesAndIdentity();
    void attemptBudget_data();
    void attemptBudget();
    void output();
};

void tst_RequestBuilder::modeSampling_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<double>("temperature");
    QTest::addColumn<double>("topP");
    QTest::newRow("normal") << "normal" << 0.2 << 1.0;
    QTest::newRow("explore") << "explore" << 0.7 << 0.95;
    QTest::newRow("dream") << "dream" << 1.0 << 0.95;
    QTest::newRow("chaos") << "chaos" << 1.4 << 1.0;
}

void tst_RequestBuilder::modeSampling()
{
    QFETCH(QString, mode);
    QFETCH(double, temperature);
    QFETCH(double, topP);
    QJsonObject doc = altDocument({task(QStringLiteral("a"))});
    doc.insert(QStringLiteral("mode"), mode);
    const auto alt = load(doc);
    QVERIFY(alt);
    const EngineConfig config = testConfig(QStringLiteral("/tmp"));
    const AiRequest r = RequestBuilder(*alt, config, QStringLiteral("x")).build(0, u"p"_s, 1, 1000);
    QCOMPARE(r.mode, mode);
    QCOMPARE(r.temperature, temperature);
    QCOMPARE(r.topP, topP);
    const auto s = RequestBuilder::samplingFor(*parseMode(mode));
    QCOMPARE(s.temperature, temperature);
    QCOMPARE(s.topP, topP);
}

void tst_RequestBuilder::taskParametersWin_data()
{
    QTest::addColumn<QJsonObject>("params");
    QTest::addColumn<QString>("model");
    QTest::addColumn<double>("temperature");
    QTest::addColumn<double>("topP");
    QTest::addColumn<int>("maxTokens"); // 1024: AI_MAX_TOKENS's default
    QTest::newRow("defaults") << QJsonObject {} << "default" << 0.2 << 1.0 << 1024;
    QTest::newRow("model") << QJsonObject {{u"model"_s, u"m1"_s}} << "m1" << 0.2 << 1.0 << 1024;
    QTest::newRow("temperature") << QJsonObject {{u"temperature"_s, 0.9}} << "default" << 0.9 << 1.0
                                 << 1024;
    QTest::newRow("top_p") << QJsonObject {{u"top_p"_s, 0.5}} << "default" << 0.2 << 0.5 << 1024;
    QTest::newRow("max_tokens") << QJsonObject {{u"max_tokens"_s, 256}} << "default" << 0.2 << 1.0
                                << 256;
}

void tst_RequestBuilder::taskParametersWin()
{
    QFETCH(QJsonObject, params);
    QFETCH(QString, model);
    QFETCH(double, temperature);
    QFETCH(double, topP);
    QFETCH(int, maxTokens);
    const auto alt = load(altDocument({task(QStringLiteral("a"), {}, params)}));
    QVERIFY(alt);
    const EngineConfig config = testConfig(QStringLiteral("/tmp"));
    const AiRequest r = RequestBuilder(*alt, config, QStringLiteral("x")).build(0, u"p"_s, 1, 1000);
    QCOMPARE(r.model, model);
    QCOMPARE(r.temperature, temperature);
    QCOMPARE(r.topP, topP);
    QCOMPARE(r.maxTokens.value_or(-1), maxTokens);
    QCOMPARE(r.parameters, params);
}

void tst_RequestBuilder::overridesAndIdentity()
{
    QJsonObject doc = altDocument({task(QStringLiteral("a")), task(QStringLiteral("b"))});
    doc.insert(QStringLiteral("persona"), QStringLiteral("file persona"));
    const auto alt = load(doc);
    QVERIFY(alt);
    const EngineConfig config = testConfig(QStringLiteral("/tmp"));
    const RequestBuilder fileOwn(*alt, config, QStringLiteral("exec-1"));
    const AiRequest r = fileOwn.build(1, QStringLiteral("the prompt"), 3, 4500);
    QCOMPARE(r.taskId, QStringLiteral("b"));
    QCOMPARE(r.executionId, QStringLiteral("exec-1"));
    QCOMPARE(r.attempt, 3);
    QCOMPARE(r.prompt, QStringLiteral("the prompt"));
    QCOMPARE(r.timeoutMs, 4500);
    QCOMPARE(r.persona.value_or(QString()), QStringLiteral("file persona"));
    const RequestBuilder overridden(*alt, config, QStringLiteral("exec-1"), Mode::Chaos,
                                    QStringLiteral("run persona"));
    const AiRequest o = overridden.build(0, QStringLiteral("p"), 1, 1000);
    QCOMPARE(o.mode, QStringLiteral("chaos"));
    QCOMPARE(o.temperature, 1.4);
    QCOMPARE(o.persona.value_or(QString()), QStringLiteral("run persona"));
}

void tst_RequestBuilder::attemptBudget_data()
{
    QTest::addColumn<bool>("ai");
    QTest::addColumn<double>("taskTimeout"); // < 0: none
    QTest::addColumn<int>("expectedMs");
    // testConfig: AI 60 s, tasks 300 s.
    QTest::newRow("AI task, no timeout: AI_TIMEOUT_SECONDS") << true << -1.0 << 60000;
    QTest::newRow("AI task, shorter own timeout") << true << 2.5 << 2500;
    QTest::newRow("AI task, longer own timeout: capped") << true << 600.0 << 60000;
    QTest::newRow("noop, no timeout: TASK_TIMEOUT_SECONDS") << false << -1.0 << 300000;
    QTest::newRow("noop, own timeout") << false << 0.25 << 250;
}

void tst_RequestBuilder::attemptBudget()
{
    QFETCH(bool, ai);
    QFETCH(double, taskTimeout);
    QFETCH(int, expectedMs);
    QJsonObject t = ai ? task(QStringLiteral("a")) : noop(QStringLiteral("a"));
    if (taskTimeout >= 0)
        t.insert(QStringLiteral("timeout_seconds"), taskTimeout);
    const auto alt = load(altDocument({t}));
    QVERIFY(alt);
    EngineConfig config = testConfig(QStringLiteral("/tmp"));
    config.aiTimeoutSeconds = 60;
    config.taskTimeoutSeconds = 300;
    QCOMPARE(RequestBuilder(*alt, config, QStringLiteral("x")).attemptBudgetMs(0), expectedMs);
}

void tst_RequestBuilder::output()
{
    AiReply reply;
    reply.ok = true;
    reply.text = QStringLiteral("answer");
    reply.model = QStringLiteral("m");
    reply.usage = {5, 7, false};
    reply.provider = QStringLiteral("openai");
    reply.raw = QJsonObject {{u"id"_s, u"r1"_s}};
    const QJsonObject o = RequestBuilder::output(reply, std::nullopt);
    QCOMPARE(o.value(u"text").toString(), QStringLiteral("answer"));
    QCOMPARE(o.value(u"model").toString(), QStringLiteral("m"));
    QCOMPARE(o.value(u"tokens_used").toInteger(), 12);
    QCOMPARE(o.value(u"usage")[u"input_tokens"].toInteger(), 5);
    QCOMPARE(o.value(u"usage")[u"output_tokens"].toInteger(), 7);
    QCOMPARE(o.value(u"usage")[u"total_tokens"].toInteger(), 12);
    QCOMPARE(o.value(u"usage")[u"estimated"].toBool(), false);
    QCOMPARE(o.value(u"provider").toString(), QStringLiteral("openai"));
    QVERIFY(!o.contains(u"simulated"));
    QCOMPARE(o.value(u"raw")[u"id"].toString(), QStringLiteral("r1"));
    reply.simulated = true;
    reply.raw = QJsonValue();
    const QJsonObject s = RequestBuilder::output(reply, std::nullopt);
    QVERIFY(s.value(u"simulated").toBool());
    QVERIFY(!s.contains(u"raw"));
}

QTEST_GUILESS_MAIN(tst_RequestBuilder)
#include "tst_requestbuilder.moc"
