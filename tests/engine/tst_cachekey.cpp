// SPDX-License-Identifier: GPL-3.0-or-later
// CacheKey: the same request is the same key, whatever run or task asks it; anything that
// changes the answer changes the key (docs/engine.md "Result cache"). One row per field.

#include "cache/cachekey.h"

#include <QTest>

using namespace altrunner;
using namespace Qt::StringLiterals;

class tst_CacheKey : public QObject
{
    Q_OBJECT

private slots:
    void changes_data();
    void changes();
    void canonicalSortsKeys();
};

namespace {

AiRequest base()
{
    AiRequest r;
    r.taskId = u"t1"_s;
    r.executionId = u"run-1"_s;
    r.prompt = u"Summarise the report"_s;
    r.model = u"gpt-4o-mini"_s;
    r.mode = u"normal"_s;
    r.temperature = 0.2;
    r.topP = 1.0;
    r.maxTokens = 256;
    // Where it goes: the key is the request as sent to that model (RequestBuilder sets these).
    r.provider = ProviderKind::OpenAi;
    r.serviceUrl = QUrl(u"http://127.0.0.1:8000/"_s);
    return r;
}

EngineConfig config(ProviderKind kind = ProviderKind::OpenAi)
{
    EngineConfig c;
    c.provider = kind;
    c.aiServiceUrl = QUrl(u"http://127.0.0.1:8000/"_s);
    return c;
}

} // namespace

void tst_CacheKey::changes_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("changesKey");

    QTest::newRow("task id") << u"task"_s << false;
    QTest::newRow("execution id") << u"execution"_s << false;
    QTest::newRow("attempt number") << u"attempt"_s << false;
    QTest::newRow("time-out") << u"timeout"_s << false;
    QTest::newRow("prompt") << u"prompt"_s << true;
    QTest::newRow("model") << u"model"_s << true;
    QTest::newRow("temperature") << u"temperature"_s << true;
    QTest::newRow("top_p") << u"top_p"_s << true;
    QTest::newRow("max_tokens") << u"max_tokens"_s << true;
    QTest::newRow("seed") << u"seed"_s << true;
    QTest::newRow("persona (in the system message)") << u"persona"_s << true;
    QTest::newRow("base URL") << u"url"_s << true;
    QTest::newRow("provider") << u"provider"_s << true;
}

void tst_CacheKey::changes()
{
    QFETCH(QString, field);
    QFETCH(bool, changesKey);
    const CacheKey before = CacheKey::of(base(), config());
    AiRequest r = base();
    EngineConfig c = config();
    if (field == u"task")
        r.taskId = u"t2"_s;
    else if (field == u"execution")
        r.executionId = u"run-2"_s;
    else if (field == u"attempt")
        r.attempt = 3;
    else if (field == u"timeout")
        r.timeoutMs = 5;
    else if (field == u"prompt")
        r.prompt += u'.';
    else if (field == u"model")
        r.model = u"gpt-4o"_s;
    else if (field == u"temperature")
        r.temperature = 0.7;
    else if (field == u"top_p")
        r.topP = 0.9;
    else if (field == u"max_tokens")
        r.maxTokens = 512;
    else if (field == u"seed")
        r.parameters.insert(u"seed"_s, 42);
    else if (field == u"persona")
        r.persona = u"critic"_s;
    else if (field == u"url")
        r.serviceUrl = QUrl(u"http://127.0.0.1:8001"_s);
    else if (field == u"provider")
        r.provider = ProviderKind::Orchestrator;
    const CacheKey after = CacheKey::of(r, c);
    QCOMPARE(after.key != before.key, changesKey);
    QCOMPARE(before.key.size(), 64); // SHA-256 in hex
    QVERIFY(!before.request.contains(u"task_id") && !before.request.contains(u"execution_id"));
}

void tst_CacheKey::canonicalSortsKeys()
{
    QJsonObject a;
    a.insert(u"b"_s, 1);
    a.insert(u"a"_s, QJsonObject {{u"z"_s, true}, {u"y"_s, u"x"_s}});
    QCOMPARE(CacheKey::canonical(a), QByteArray(R"({"a":{"y":"x","z":true},"b":1})"));
}

QTEST_GUILESS_MAIN(tst_CacheKey)
#include "tst_cachekey.moc"
