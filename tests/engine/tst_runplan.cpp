// SPDX-License-Identifier: GPL-3.0-or-later
// RunPlan: what a run would do, with the reason for each miss (docs/engine.md "Result cache"),
// after a real run against a real HTTP server filled the cache. One row per reason.

#include "fakeaiserver.h"
#include "run/runplan.h"
#include "testutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace altrunner;
using namespace altrunner::test;
using namespace Qt::StringLiterals;

class tst_RunPlan : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void reasons_data();
    void reasons();
    void aliasPointsElsewhere();

private:
    QTemporaryDir m_dir;
    FakeAiServer m_server;
};

namespace {

// a, then b reading a's answer.
QJsonObject pair(const QString &aPrompt, const QJsonObject &aParams = {})
{
    QJsonObject params = aParams;
    params.insert(u"prompt"_s, aPrompt);
    return altDocument({task(u"a"_s, {}, params),
                        task(u"b"_s, {u"a"_s}, {{u"prompt"_s, u"more about {{a}}"_s}})});
}

} // namespace

void tst_RunPlan::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_server.listen());
}

void tst_RunPlan::reasons_data()
{
    QTest::addColumn<QJsonObject>("document"); // what is planned after `pair("first")` ran
    QTest::addColumn<QString>("model");
    QTest::addColumn<CacheMode>("mode");
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");

    const QJsonObject same = pair(u"first"_s);
    QTest::newRow("nothing changed")
            << same << u"m"_s << CacheMode::Auto << u"cached"_s << u"cached"_s;
    QTest::newRow("prompt changed")
            << pair(u"first, changed"_s) << u"m"_s << CacheMode::Auto
            << u"run (prompt changed since run RUN)"_s << u"unknown until 'a' runs"_s;
    QTest::newRow("model changed") << same << u"other"_s << CacheMode::Auto
                                   << u"run (model changed)"_s << u"unknown until 'a' runs"_s;
    QTest::newRow("sampling changed")
            << pair(u"first"_s, {{u"max_tokens"_s, 77}}) << u"m"_s << CacheMode::Auto
            << u"run (sampling changed)"_s << u"unknown until 'a' runs"_s;
    QTest::newRow("temperature not reused")
            << pair(u"first"_s, {{u"temperature"_s, 0.7}}) << u"m"_s << CacheMode::Auto
            << u"run (temperature 0.7 is not reused in auto mode)"_s << u"unknown until 'a' runs"_s;
    QTest::newRow("always reuses any identical request")
            << same << u"m"_s << CacheMode::Always << u"cached"_s << u"cached"_s;
    QTest::newRow("refresh") << same << u"m"_s << CacheMode::Refresh
                             << u"run (refresh asks afresh)"_s << u"unknown until 'a' runs"_s;
    QTest::newRow("off") << same << u"m"_s << CacheMode::Off << u"run (the cache is off)"_s
                         << u"unknown until 'a' runs"_s;
    QTest::newRow("schema changed") << pair(
            u"first"_s,
            {{u"output_schema"_s,
              QJsonObject {{u"type"_s, u"object"_s},
                           {u"properties"_s,
                            QJsonObject {{u"x"_s, QJsonObject {{u"type"_s, u"string"_s}}}}}}}})
                                    << u"m"_s << CacheMode::Auto << u"run (schema changed)"_s
                                    << u"unknown until 'a' runs"_s;
    QTest::newRow("never asked") << altDocument({task(u"z"_s, {}, {{u"prompt"_s, u"new"_s}})})
                                 << u"m"_s << CacheMode::Auto << u"run (no earlier answer)"_s
                                 << QString();
}

void tst_RunPlan::reasons()
{
    QFETCH(QJsonObject, document);
    QFETCH(QString, model);
    QFETCH(CacheMode, mode);
    QFETCH(QString, a);
    QFETCH(QString, b);
    EngineConfig config = testConfig(m_dir.filePath(u"runs"_s));
    config.provider = ProviderKind::OpenAi;
    config.aiServiceUrl = m_server.url();
    config.aiModel = u"m"_s;
    config.cacheMode = CacheMode::Auto;
    config.cacheDir = m_dir.filePath(QLatin1StringView(QTest::currentDataTag()));
    const Finished first = runToEnd(load(pair(u"first"_s)), config);
    QCOMPARE(first.result.outcome, RunOutcome::Success);

    config.aiModel = model;
    config.cacheMode = mode;
    const auto alt = load(document);
    const QList<RunPlan::Item> plan = RunPlan::of(*alt, config, {});
    QCOMPARE(RunPlan::text(plan.at(0)), QString(a).replace(u"RUN"_s, first.result.executionId));
    if (!b.isNull())
        QCOMPARE(RunPlan::text(plan.at(1)), b);
}

void tst_RunPlan::aliasPointsElsewhere()
{
    auto models = [this](const QString &model) {
        QString error;
        auto c = ModelCatalog::fromObject(
                QJsonObject {{u"models"_s,
                              QJsonObject {{u"writer"_s,
                                            QJsonObject {{u"provider"_s, u"openai"_s},
                                                         {u"url"_s, m_server.url().toString()},
                                                         {u"model"_s, model}}}}}},
                &error);
        Q_ASSERT(c);
        return c;
    };
    EngineConfig config = testConfig(m_dir.filePath(u"runs"_s));
    config.cacheDir = m_dir.filePath(u"alias"_s);
    config.cacheMode = CacheMode::Auto; // testConfig turns it off
    QJsonObject doc = pair(u"first"_s);
    doc.insert(u"model"_s, u"writer"_s);
    RunOptions options;
    options.models = models(u"m"_s);
    QCOMPARE(runToEnd(load(doc), config, options).result.outcome, RunOutcome::Success);
    const auto alt = load(doc);
    QCOMPARE(RunPlan::text(RunPlan::of(*alt, config, options).at(0)), u"cached"_s);
    options.models = models(u"bigger"_s);
    QCOMPARE(RunPlan::text(RunPlan::of(*alt, config, options).at(0)),
             u"run (model alias 'writer' now points elsewhere)"_s);
}

QTEST_GUILESS_MAIN(tst_RunPlan)
#include "tst_runplan.moc"
