// SPDX-License-Identifier: GPL-3.0-or-later
// The models file (docs/outputs.md "Models, aliases and fallbacks"): what it accepts, every
// mistake named with its pointer, chains, and the routes a task's name resolves to.

#include "ai/requestbuilder.h"
#include "config/modelcatalog.h"
#include "testutil.h"

#include <QTest>

using namespace altrunner;
using namespace altrunner::test;
using namespace Qt::StringLiterals;

class tst_ModelCatalog : public QObject
{
    Q_OBJECT

private slots:
    void rejects_data();
    void rejects();
    void chains();
    void routes_data();
    void routes();
    void unknownNamesAndKeys();
    void loadsFromAFile();
};

void tst_ModelCatalog::rejects_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("not JSON") << QByteArray("{\n  \"models\": {,}") << u"line 2:"_s;
    QTest::newRow("not an object") << QByteArray("[]") << u"top level must be an object"_s;
    QTest::newRow("no models") << QByteArray("{}") << u"/models: must be an object"_s;
    QTest::newRow("unknown top-level field")
            << QByteArray(R"({"models": {"a": {"provider": "mock"}}, "fallback": {}})")
            << u"/fallback: unknown field"_s;
    QTest::newRow("unknown provider")
            << QByteArray(R"({"models": {"a": {"provider": "anthropic"}}})")
            << u"/models/a/provider: must be openai, orchestrator or mock"_s;
    QTest::newRow("no URL") << QByteArray(
            R"({"models": {"a": {"provider": "openai", "model": "m"}}})")
                            << u"/models/a/url: must be an http or https URL"_s;
    QTest::newRow("a key in the URL") << QByteArray(
            R"({"models": {"a": {"provider": "openai", "url": "http://u:p@h/v1", "model": "m"}}})")
                                      << u"/models/a/url: must not hold a user or password"_s;
    QTest::newRow("no model for openai")
            << QByteArray(R"({"models": {"a": {"provider": "openai", "url": "http://h/v1"}}})")
            << u"/models/a/model: must be the model's name"_s;
    QTest::newRow("a key instead of its variable")
            << QByteArray(R"({"models": {"a": {"provider": "mock", "api_key_env": "sk-123"}}})")
            << u"/models/a/api_key_env: must be the name of an environment variable"_s;
    QTest::newRow("unknown entry field")
            << QByteArray(R"({"models": {"a": {"provider": "mock", "api_key": "sk-1"}}})")
            << u"/models/a/api_key: unknown field"_s;
    QTest::newRow("fallback to an unknown alias")
            << QByteArray(R"({"models": {"a": {"provider": "mock"}}, "fallbacks": {"a": ["b"]}})")
            << u"/fallbacks/a/0: 'b' is not an alias"_s;
    QTest::newRow("fallback to itself")
            << QByteArray(R"({"models": {"a": {"provider": "mock"}}, "fallbacks": {"a": ["a"]}})")
            << u"/fallbacks/a/0: an alias cannot fall back to itself"_s;
    QTest::newRow("fallbacks of an unknown alias")
            << QByteArray(R"({"models": {"a": {"provider": "mock"}}, "fallbacks": {"z": ["a"]}})")
            << u"/fallbacks/z: 'z' is not an alias"_s;
    QTest::newRow("fallbacks not a list")
            << QByteArray(R"({"models": {"a": {"provider": "mock"}}, "fallbacks": {"a": "a"}})")
            << u"/fallbacks/a: must be an array"_s;
}

void tst_ModelCatalog::rejects()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, messagePart);
    QString error;
    QVERIFY(!ModelCatalog::fromJson(document, &error));
    QVERIFY2(error.contains(messagePart), qPrintable(error));
}

void tst_ModelCatalog::chains()
{
    QString error;
    const auto c = ModelCatalog::fromJson(R"({"models": {
        "fast": {"provider": "openai", "url": "https://api.example/v1", "model": "gpt-4o-mini", "api_key_env": "OPENAI_API_KEY"},
        "local": {"provider": "openai", "url": "http://127.0.0.1:11434/v1", "model": "llama3.1:8b"},
        "altlas": {"provider": "orchestrator", "url": "http://127.0.0.1:8001"}},
        "fallbacks": {"fast": ["local", "altlas"]}})",
                                          &error);
    QVERIFY2(c, qPrintable(error));
    QCOMPARE(c->aliases(), (QStringList {u"altlas"_s, u"fast"_s, u"local"_s}));
    QCOMPARE(c->chain(u"fast"_s), (QStringList {u"fast"_s, u"local"_s, u"altlas"_s}));
    QCOMPARE(c->chain(u"local"_s), QStringList {u"local"_s});
    QCOMPARE(c->route(u"altlas"_s).provider, ProviderKind::Orchestrator);
    QCOMPARE(c->route(u"altlas"_s).model, u"default"_s);
    QCOMPARE(c->route(u"fast"_s).apiKeyEnv, u"OPENAI_API_KEY"_s);
    // The key is read from its variable when a provider is made, and only then.
    qputenv("OPENAI_API_KEY", "sk-from-env");
    const EngineConfig routed = c->route(u"fast"_s).configFor(EngineConfig {});
    qunsetenv("OPENAI_API_KEY");
    QCOMPARE(routed.aiApiKey, u"sk-from-env"_s);
    QCOMPARE(routed.aiServiceUrl, QUrl(u"https://api.example/v1"_s));
    QCOMPARE(routed.provider, ProviderKind::OpenAi);
    QCOMPARE(routed.aiModel, u"gpt-4o-mini"_s);
}

void tst_ModelCatalog::routes_data()
{
    QTest::addColumn<QString>("taskModel"); // empty: none
    QTest::addColumn<QString>("fileModel");
    QTest::addColumn<QString>("chosen"); // --model; empty: none
    QTest::addColumn<QStringList>("aliases"); // the chain; "" for the plain configuration
    QTest::newRow("nothing named: the plain configuration")
            << u""_s << u""_s << u""_s << QStringList {u""_s};
    QTest::newRow("the file's model") << u""_s << u"b"_s << u""_s << QStringList {u"b"_s};
    QTest::newRow("the task's over the file's")
            << u"a"_s << u"b"_s << u""_s << QStringList {u"a"_s, u"b"_s};
    QTest::newRow("--model over both") << u"a"_s << u"a"_s << u"b"_s << QStringList {u"b"_s};
}

void tst_ModelCatalog::routes()
{
    QFETCH(QString, taskModel);
    QFETCH(QString, fileModel);
    QFETCH(QString, chosen);
    QFETCH(QStringList, aliases);
    QString error;
    const auto c = ModelCatalog::fromJson(
            R"({"models": {"a": {"provider": "mock"}, "b": {"provider": "mock", "model": "bee"}},
                "fallbacks": {"a": ["b"]}})",
            &error);
    QVERIFY(c);
    QJsonObject doc = altDocument(
            {task(u"t"_s, {},
                  taskModel.isEmpty() ? QJsonObject() : QJsonObject {{u"model"_s, taskModel}})});
    if (!fileModel.isEmpty())
        doc.insert(u"model"_s, fileModel);
    const auto alt = load(doc);
    QVERIFY(alt);
    EngineConfig config;
    if (!chosen.isEmpty()) {
        config.aiModel = chosen;
        config.modelChosen = true;
    }
    const RequestBuilder builder(*alt, config, u"x"_s, std::nullopt, std::nullopt, c);
    QStringList got;
    for (const ModelRoute &r : builder.chain(0))
        got.append(r.alias);
    QCOMPARE(got, aliases);
    QVERIFY(builder.routeProblems().isEmpty());
    const AiRequest last = builder.build(0, u"p"_s, 1, 1000, int(aliases.size()) - 1);
    QCOMPARE(last.alias, aliases.last());
    if (aliases.last() == u"b")
        QCOMPARE(last.model, u"bee"_s);
}

void tst_ModelCatalog::unknownNamesAndKeys()
{
    QString error;
    const auto c = ModelCatalog::fromJson(
            R"({"models": {"a": {"provider": "mock", "api_key_env": "ALTRUNNER_TEST_UNSET_KEY"},
                           "b": {"provider": "mock"}}})",
            &error);
    QVERIFY(c);
    qunsetenv("ALTRUNNER_TEST_UNSET_KEY");
    const auto alt = load(altDocument({task(u"t"_s, {}, {{u"model"_s, u"gpt-5"_s}}),
                                       task(u"u"_s, {}, {{u"model"_s, u"a"_s}})}));
    const EngineConfig config; // the builder keeps a reference: it must outlive it
    const RequestBuilder builder(*alt, config, u"x"_s, std::nullopt, std::nullopt, c);
    const QStringList problems = builder.routeProblems();
    QCOMPARE(problems.size(), 2);
    QCOMPARE(problems.at(0),
             u"model 'gpt-5' is not defined in the models file (it defines: a, b)"_s);
    QVERIFY2(problems.at(1).contains(u"ALTRUNNER_TEST_UNSET_KEY"_s), qPrintable(problems.at(1)));
}

void tst_ModelCatalog::loadsFromAFile()
{
    QString error;
    QVERIFY(!ModelCatalog::load(u"/nonexistent/models.json"_s, &error));
    QVERIFY2(error.startsWith(u"cannot read the models file /nonexistent/models.json"_s),
             qPrintable(error));
    const auto c
            = ModelCatalog::load(QStringLiteral(ALTRUNNER_EXAMPLES_DIR "/models.json"), &error);
    QVERIFY2(c, qPrintable(error));
    QVERIFY(c->path().endsWith(u"models.json"_s));
    QCOMPARE(c->chain(u"writer"_s), (QStringList {u"writer"_s, u"backup"_s}));
}

QTEST_GUILESS_MAIN(tst_ModelCatalog)
#include "tst_modelcatalog.moc"
