// SPDX-License-Identifier: GPL-3.0-or-later
// The result cache in whole runs (docs/engine.md "Result cache"), counted at a real HTTP server
// on 127.0.0.1: a second run of 1,000 AI tasks asks nothing; a changed leaf prompt asks once; a
// changed root asks for exactly its downstream closure; the modes, seeds and failures; a damaged
// cache file is a warning and a run without it.

#include "fakeaiserver.h"
#include "run/runlauncher.h"
#include "testutil.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace altrunner;
using namespace altrunner::test;
using namespace Qt::StringLiterals;

class tst_CacheRun : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void secondRunAsksOnlyWhatChanged_data();
    void secondRunAsksOnlyWhatChanged();
    void modes_data();
    void modes();
    void failuresAreNotKept();
    void damagedCacheIsAWarning();
    void rerunFailedRunsChangedPrompts();

private:
    EngineConfig config(ProviderKind kind, const QString &cacheDir);
    // Runs and returns the LAST document; `asked` gets how many requests the server received.
    QJsonObject run(const QJsonObject &document, const EngineConfig &config, int *asked,
                    RunOptions options = {});

    QTemporaryDir m_dir;
    FakeAiServer m_server;
};

void tst_CacheRun::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_server.listen());
}

EngineConfig tst_CacheRun::config(ProviderKind kind, const QString &cacheDir)
{
    EngineConfig c = testConfig(m_dir.filePath(u"runs"_s), 16);
    c.provider = kind;
    c.aiServiceUrl = m_server.url();
    c.cacheMode = CacheMode::Auto;
    c.cacheDir = m_dir.filePath(cacheDir);
    return c;
}

QJsonObject tst_CacheRun::run(const QJsonObject &document, const EngineConfig &config, int *asked,
                              RunOptions options)
{
    const auto before = m_server.inferenceRequests().size();
    const Finished f = runToEnd(load(document), config, std::move(options));
    *asked = int(m_server.inferenceRequests().size() - before);
    return f.last;
}

namespace {

// 100 chains of 10: task i >= 100 asks about task i - 100's answer.
QJsonObject thousand(int changed = -1)
{
    QJsonArray tasks;
    for (int i = 0; i < 1000; ++i) {
        QString prompt = u"question %1%2"_s.arg(i).arg(i == changed ? u" (changed)"_s : QString());
        QStringList deps;
        if (i >= 100) {
            prompt += u" about {{t%1}}"_s.arg(i - 100);
            deps.append(u"t%1"_s.arg(i - 100));
        }
        QJsonObject t = task(u"t%1"_s.arg(i), deps, {{u"prompt"_s, prompt}, {u"max_tokens"_s, 32}});
        tasks.append(t);
    }
    return altDocument(tasks);
}

QJsonObject three(const QJsonObject &params = {})
{
    QJsonArray tasks;
    for (const char *id : {"a", "b", "c"}) {
        QJsonObject p = params;
        p.insert(u"prompt"_s, u"what is %1"_s.arg(QLatin1StringView(id)));
        tasks.append(task(QLatin1StringView(id), {}, p));
    }
    return altDocument(tasks);
}

} // namespace

void tst_CacheRun::secondRunAsksOnlyWhatChanged_data()
{
    QTest::addColumn<ProviderKind>("kind");
    QTest::newRow("openai") << ProviderKind::OpenAi;
    QTest::newRow("orchestrator") << ProviderKind::Orchestrator;
}

void tst_CacheRun::secondRunAsksOnlyWhatChanged()
{
    QFETCH(ProviderKind, kind);
    const EngineConfig c = config(kind, u"thousand-%1"_s.arg(providerName(kind)));
    int asked = 0;
    const QJsonObject first = run(thousand(), c, &asked);
    if (asked != 1000) {
        int fallback = 0, cached = 0;
        const QJsonObject results = first.value(u"task_results"_s).toObject();
        for (const QJsonValue &r : results) {
            fallback += r[u"output"_s][u"ai_fallback"_s].toBool();
            cached += r[u"metadata"_s][u"cache"_s][u"hit"_s].toBool();
            if (r[u"status"_s].toString() == u"failed"_s)
                qWarning() << r[u"error"_s].toString();
        }
        qWarning() << "fallback" << fallback << "cached" << cached << first.value(u"status"_s);
    }
    QCOMPARE(asked, 1000);
    QCOMPARE(first.value(u"status").toString(), u"success"_s);

    const QJsonObject second = run(thousand(), c, &asked);
    QCOMPARE(asked, 0);
    QCOMPARE(second.value(u"status").toString(), u"success"_s);
    const QJsonObject saved = second.value(u"metadata")[u"cache_saved"].toObject();
    QCOMPARE(saved.value(u"hits").toInt(), 1000);
    QCOMPARE(saved.value(u"tokens").toInteger(),
             first.value(u"metadata")[u"tokens"][u"total"].toInteger());
    QCOMPARE(second.value(u"metadata")[u"tokens"][u"total"].toInteger(), 0); // nothing spent
    const QJsonObject r = second.value(u"task_results")[u"t950"].toObject();
    QCOMPARE(r.value(u"metadata")[u"attempts"].toInt(), 0);
    QVERIFY(r.value(u"metadata")[u"attempt_log"].toArray().isEmpty());
    QCOMPARE(r.value(u"start_time"), r.value(u"end_time"));
    const QJsonObject cache = r.value(u"metadata")[u"cache"].toObject();
    QCOMPARE(cache.value(u"hit").toBool(), true);
    QCOMPARE(cache.value(u"from_execution_id").toString(), first.value(u"execution_id").toString());
    QCOMPARE(cache.value(u"key").toString().size(), 64);
    QVERIFY(!cache.value(u"cached_at").toString().isEmpty());
    QCOMPARE(r.value(u"output")[u"text"],
             first.value(u"task_results")[u"t950"][u"output"][u"text"]);

    run(thousand(950), c, &asked); // a leaf
    QCOMPARE(asked, 1);
    run(thousand(3), c, &asked); // a root: it and the nine after it in its chain
    QCOMPARE(asked, 10);
}

void tst_CacheRun::modes_data()
{
    QTest::addColumn<CacheMode>("mode");
    QTest::addColumn<QJsonObject>("params");
    QTest::addColumn<int>("secondAsks");

    QTest::newRow("auto, temperature 0.2") << CacheMode::Auto << QJsonObject {} << 0;
    QTest::newRow("auto, temperature 0.7: asked afresh")
            << CacheMode::Auto << QJsonObject {{u"temperature"_s, 0.7}} << 3;
    QTest::newRow("auto, temperature 0.7 with a seed")
            << CacheMode::Auto << QJsonObject {{u"temperature"_s, 0.7}, {u"seed"_s, 7}} << 0;
    QTest::newRow("always, temperature 1.4")
            << CacheMode::Always << QJsonObject {{u"temperature"_s, 1.4}} << 0;
    QTest::newRow("refresh") << CacheMode::Refresh << QJsonObject {} << 3;
    QTest::newRow("off") << CacheMode::Off << QJsonObject {} << 3;
}

void tst_CacheRun::modes()
{
    QFETCH(CacheMode, mode);
    QFETCH(QJsonObject, params);
    QFETCH(int, secondAsks);
    EngineConfig c = config(ProviderKind::OpenAi,
                            u"modes-%1"_s.arg(QLatin1StringView(QTest::currentDataTag())));
    c.cacheMode = mode;
    int asked = 0;
    run(three(params), c, &asked);
    QCOMPARE(asked, 3);
    const QJsonObject second = run(three(params), c, &asked);
    QCOMPARE(asked, secondAsks);
    QCOMPARE(second.value(u"metadata")[u"cache_mode"].toString(), cacheModeName(mode));
    if (mode == CacheMode::Refresh) { // what refresh asked is kept for the next run
        c.cacheMode = CacheMode::Auto;
        run(three(params), c, &asked);
        QCOMPARE(asked, 0);
    }
}

void tst_CacheRun::failuresAreNotKept()
{
    m_server.script("what is b", {FakeAiServer::status(500, R"({"detail": "boom"})")});
    const EngineConfig c = config(ProviderKind::OpenAi, u"failures"_s);
    int asked = 0;
    const QJsonObject first = run(three(), c, &asked);
    QCOMPARE(first.value(u"task_results")[u"b"][u"status"].toString(), u"failed"_s);
    run(three(), c, &asked);
    QCOMPARE(asked, 1); // b again, a and c from the cache
}

void tst_CacheRun::damagedCacheIsAWarning()
{
    QDir().mkpath(m_dir.filePath(u"damaged"_s));
    QFile f(m_dir.filePath(u"damaged/cache.sqlite"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("not a database ").repeated(100));
    f.close();
    int asked = 0;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"cannot be used.*without it"_s));
    const QJsonObject last = run(three(), config(ProviderKind::OpenAi, u"damaged"_s), &asked);
    QCOMPARE(asked, 3);
    QCOMPARE(last.value(u"status").toString(), u"success"_s);
    QVERIFY(last.value(u"metadata")[u"cache_warning"].toString().contains(u"cannot be used"));
}

void tst_CacheRun::rerunFailedRunsChangedPrompts()
{
    // c fails once; a re-run of failed tasks runs c, and also a (its prompt changed since) and
    // b, which reads a's answer. The cache is off: every task that runs is a request.
    m_server.script("what is c", {FakeAiServer::status(500, R"({"detail": "boom"})")});
    EngineConfig c = config(ProviderKind::OpenAi, u"rerun"_s);
    c.cacheMode = CacheMode::Off;
    auto document = [](const QString &aPrompt) {
        return altDocument({task(u"a"_s, {}, {{u"prompt"_s, aPrompt}}),
                            task(u"b"_s, {u"a"_s}, {{u"prompt"_s, u"more about {{a}}"_s}}),
                            task(u"c"_s, {}, {{u"prompt"_s, u"what is c"_s}})});
    };
    const Finished first = runToEnd(load(document(u"what is a"_s)), c);
    QCOMPARE(first.result.outcome, RunOutcome::PartialSuccess);
    QVERIFY(!first.last.value(u"task_results")[u"a"][u"metadata"][u"request_key"]
                     .toString()
                     .isEmpty());

    for (const auto &[prompt, runs] : {std::pair {u"what is a"_s, 1}, {u"what is A?"_s, 3}}) {
        RunRequest request {load(document(prompt)), {}, c};
        QString error;
        const auto rerun = RunLauncher::rerunFailed(request, first.result.lastFilePath, &error);
        QVERIFY2(rerun, qPrintable(error));
        QCOMPARE(rerun->toRun, runs);
        QCOMPARE(rerun->changed, runs == 3 ? 1 : 0);
        const auto before = m_server.inferenceRequests().size();
        const Finished again = runToEnd(request.alt, c, request.options);
        QCOMPARE(again.result.outcome, RunOutcome::Success);
        QCOMPARE(int(m_server.inferenceRequests().size() - before), runs);
    }
}

QTEST_GUILESS_MAIN(tst_CacheRun)
#include "tst_cacherun.moc"
