// SPDX-License-Identifier: GPL-3.0-or-later
// Configuration from environment variables: defaults, values, and errors that name the variable.

#include "config/configloader.h"

#include <QTest>

using namespace altrunner;

class tst_Config : public QObject
{
    Q_OBJECT

private slots:
    void defaults();
    void values();
    void badValue_data();
    void badValue();
    void providerNeedsUrl();
};

void tst_Config::defaults()
{
    QStringList errors;
    const EngineConfig c = ConfigLoader::fromEnvironment(QProcessEnvironment(), &errors);
    QVERIFY(errors.isEmpty());
    QCOMPARE(c.provider, ProviderKind::Mock);
    QCOMPARE(c.maxConcurrentTasks, 4);
    QCOMPARE(c.aiTimeoutSeconds, 60.0);
    QCOMPARE(c.taskTimeoutSeconds, 300.0);
    QCOMPARE(c.mockLatencyMs, 150);
    QCOMPARE(c.aiModel, QStringLiteral("default"));
    QVERIFY(!c.fallbackToMock);
    QVERIFY(c.outputDir.endsWith(u"/runs"));
    QVERIFY(ConfigLoader::check(c).isEmpty());
}

void tst_Config::values()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("OUTPUT_DIR"), QStringLiteral("/tmp/x"));
    env.insert(QStringLiteral("AI_SERVICE_URL"), QStringLiteral("http://127.0.0.1:8000"));
    env.insert(QStringLiteral("AI_MODEL"), QStringLiteral("llama3"));
    env.insert(QStringLiteral("AI_TIMEOUT_SECONDS"), QStringLiteral("2.5"));
    env.insert(QStringLiteral("TASK_TIMEOUT_SECONDS"), QStringLiteral("10"));
    env.insert(QStringLiteral("MAX_CONCURRENT_TASKS"), QStringLiteral("64"));
    env.insert(QStringLiteral("AI_FALLBACK_TO_MOCK"), QStringLiteral("True"));
    env.insert(QStringLiteral("MOCK_AI_LATENCY_MS"), QStringLiteral("0"));
    env.insert(QStringLiteral("AI_STREAM"), QStringLiteral("false"));
    env.insert(QStringLiteral("AI_STREAM_IDLE_SECONDS"), QStringLiteral("4.5"));
    QStringList errors;
    EngineConfig c = ConfigLoader::fromEnvironment(env, &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    QCOMPARE(c.outputDir, QStringLiteral("/tmp/x"));
    QCOMPARE(c.provider, ProviderKind::Orchestrator); // a URL alone picks the orchestrator
    QCOMPARE(c.aiServiceUrl.port(), 8000);
    QCOMPARE(c.aiModel, QStringLiteral("llama3"));
    QCOMPARE(c.aiTimeoutSeconds, 2.5);
    QCOMPARE(c.taskTimeoutSeconds, 10.0);
    QCOMPARE(c.maxConcurrentTasks, 64);
    QVERIFY(c.fallbackToMock);
    QCOMPARE(c.mockLatencyMs, 0);
    QVERIFY(!c.aiStream);
    QCOMPARE(c.aiStreamIdleSeconds, 4.5);
    QVERIFY(EngineConfig().aiStream); // on unless turned off

    env.insert(QStringLiteral("AI_PROVIDER"), QStringLiteral("openai"));
    QCOMPARE(ConfigLoader::fromEnvironment(env, &errors).provider, ProviderKind::OpenAi);
    env.insert(QStringLiteral("USE_MOCK_AI"), QStringLiteral("1"));
    QCOMPARE(ConfigLoader::fromEnvironment(env, &errors).provider, ProviderKind::Mock);
    QVERIFY(errors.isEmpty());
}

void tst_Config::badValue_data()
{
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QString>("value");
    QTest::newRow("concurrency 0") << "MAX_CONCURRENT_TASKS"
                                   << "0";
    QTest::newRow("concurrency 1025") << "MAX_CONCURRENT_TASKS"
                                      << "1025";
    QTest::newRow("concurrency text") << "MAX_CONCURRENT_TASKS"
                                      << "four";
    QTest::newRow("ai timeout negative") << "AI_TIMEOUT_SECONDS"
                                         << "-1";
    QTest::newRow("task timeout zero") << "TASK_TIMEOUT_SECONDS"
                                       << "0";
    QTest::newRow("task timeout nan") << "TASK_TIMEOUT_SECONDS"
                                      << "nan";
    QTest::newRow("url without scheme") << "AI_SERVICE_URL"
                                        << "localhost:8000";
    QTest::newRow("url of another scheme") << "AI_SERVICE_URL"
                                           << "ftp://x";
    QTest::newRow("url that does not parse") << "AI_SERVICE_URL"
                                             << "http://[::1";
    QTest::newRow("provider") << "AI_PROVIDER"
                              << "gpt";
    QTest::newRow("bool") << "USE_MOCK_AI"
                          << "maybe";
    QTest::newRow("fallback bool") << "AI_FALLBACK_TO_MOCK"
                                   << "2";
    QTest::newRow("stream bool") << "AI_STREAM"
                                 << "sometimes";
    QTest::newRow("stream idle negative") << "AI_STREAM_IDLE_SECONDS"
                                          << "-1";
    QTest::newRow("stream idle not a number") << "AI_STREAM_IDLE_SECONDS"
                                              << "soon";
    QTest::newRow("mock latency") << "MOCK_AI_LATENCY_MS"
                                  << "-5";
    QTest::newRow("empty output dir") << "OUTPUT_DIR"
                                      << "";
    QTest::newRow("empty model") << "AI_MODEL"
                                 << " ";
}

void tst_Config::badValue()
{
    QFETCH(QString, variable);
    QFETCH(QString, value);
    QProcessEnvironment env;
    env.insert(variable, value);
    QStringList errors;
    ConfigLoader::fromEnvironment(env, &errors);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().startsWith(variable + u':'), qPrintable(errors.first()));
}

void tst_Config::providerNeedsUrl()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("AI_PROVIDER"), QStringLiteral("orchestrator"));
    QStringList errors;
    const EngineConfig c = ConfigLoader::fromEnvironment(env, &errors);
    QVERIFY(errors.isEmpty());
    const QStringList problems = ConfigLoader::check(c);
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.first().contains(u"AI_SERVICE_URL"));
}

QTEST_GUILESS_MAIN(tst_Config)
#include "tst_config.moc"
