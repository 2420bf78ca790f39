// SPDX-License-Identifier: GPL-3.0-or-later
// Pricing: the pricing file (docs/engine.md "Cost"): what it accepts, what it refuses with which
// message, and which price a provider and model get (exact first, then "*", else unknown).

#include "spend/pricing.h"

#include <QTemporaryDir>
#include <QTest>

using namespace altrunner;
using namespace Qt::StringLiterals;

class tst_Pricing : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void priceFor_data();
    void priceFor();
    void mockIsFree();
    void cost();
    void loadNamesTheFile();
};

void tst_Pricing::parse_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error"); // empty: accepted

    const QByteArray good = R"({"currency": "USD", "models": [
        {"provider": "openai", "model": "gpt-4o-mini", "input_per_million": 0.15, "output_per_million": 0.60},
        {"provider": "openai", "model": "*", "input_per_million": 0, "output_per_million": 0}]})";
    QTest::newRow("the spec's example") << good << QString();
    QTest::newRow("no models") << QByteArray(R"({"currency": "EUR", "models": []})") << QString();
    QTest::newRow("not JSON") << QByteArray("{currency") << u"not JSON"_s;
    QTest::newRow("an array") << QByteArray("[]") << u"expected a JSON object"_s;
    QTest::newRow("no currency") << QByteArray(R"({"models": []})") << u"currency:"_s;
    QTest::newRow("empty currency")
            << QByteArray(R"({"currency": " ", "models": []})") << u"currency:"_s;
    QTest::newRow("no models list") << QByteArray(R"({"currency": "USD"})") << u"models:"_s;
    QTest::newRow("entry not an object") << QByteArray(R"({"currency": "USD", "models": [3]})")
                                         << u"models[0]: expected an object"_s;
    QTest::newRow("no provider") << QByteArray(
            R"({"currency": "USD", "models": [{"model": "m", "input_per_million": 1, "output_per_million": 1}]})")
                                 << u"models[0].provider"_s;
    QTest::newRow("negative price")
            << QByteArray(
                       R"({"currency": "USD", "models": [{"provider": "openai", "model": "m", "input_per_million": -1, "output_per_million": 1}]})")
            << u"models[0].input_per_million: expected a number of 0 or more, got -1"_s;
    QTest::newRow("price as a string")
            << QByteArray(
                       R"({"currency": "USD", "models": [{"provider": "openai", "model": "m", "input_per_million": 1, "output_per_million": "2"}]})")
            << u"models[0].output_per_million: expected a number of 0 or more, got a string"_s;
    QTest::newRow("missing price") << QByteArray(
            R"({"currency": "USD", "models": [{"provider": "openai", "model": "m", "input_per_million": 1}]})")
                                   << u"models[0].output_per_million"_s;
}

void tst_Pricing::parse()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QString problem;
    const auto pricing = Pricing::fromJson(json, &problem);
    QCOMPARE(pricing.has_value(), error.isEmpty());
    if (!error.isEmpty())
        QVERIFY2(problem.contains(error), qPrintable(problem));
}

void tst_Pricing::priceFor_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("model");
    QTest::addColumn<double>("input"); // -1: no price
    QTest::addColumn<double>("output");

    QTest::newRow("exact") << u"openai"_s << u"gpt-4o-mini"_s << 0.15 << 0.60;
    QTest::newRow("exact wins over an earlier *") << u"orchestrator"_s << u"llama"_s << 1.0 << 2.0;
    QTest::newRow("*") << u"openai"_s << u"gpt-other"_s << 3.0 << 4.0;
    QTest::newRow("other provider's *") << u"orchestrator"_s << u"x"_s << 5.0 << 6.0;
    QTest::newRow("unknown provider") << u"anthropic"_s << u"gpt-4o-mini"_s << -1.0 << -1.0;
    QTest::newRow("case matters") << u"OpenAI"_s << u"gpt-4o-mini"_s << -1.0 << -1.0;
}

void tst_Pricing::priceFor()
{
    QFETCH(QString, provider);
    QFETCH(QString, model);
    QFETCH(double, input);
    QFETCH(double, output);
    QString error;
    const auto pricing = Pricing::fromJson(R"({"currency": "USD", "models": [
        {"provider": "orchestrator", "model": "*", "input_per_million": 5, "output_per_million": 6},
        {"provider": "openai", "model": "gpt-4o-mini", "input_per_million": 0.15, "output_per_million": 0.60},
        {"provider": "orchestrator", "model": "llama", "input_per_million": 1, "output_per_million": 2},
        {"provider": "openai", "model": "*", "input_per_million": 3, "output_per_million": 4}]})",
                                           &error);
    QVERIFY2(pricing, qPrintable(error));
    const auto price = pricing->priceFor(provider, model);
    QCOMPARE(price.has_value(), input >= 0);
    if (price) {
        QCOMPARE(price->inputPerMillion, input);
        QCOMPARE(price->outputPerMillion, output);
    }
}

void tst_Pricing::mockIsFree()
{
    const auto price = Pricing::priceOf(nullptr, u"mock"_s, u"anything"_s);
    QVERIFY(price);
    QCOMPARE(price->cost(1000, 1000), 0.0);
    QVERIFY(!Pricing::priceOf(nullptr, u"openai"_s, u"gpt-4o-mini"_s));
}

void tst_Pricing::cost()
{
    const Price p {0.15, 0.60};
    QCOMPARE(p.cost(1'000'000, 0), 0.15);
    QCOMPARE(p.cost(0, 1'000'000), 0.60);
    QVERIFY(qAbs(p.cost(1000, 500) - (0.00015 + 0.0003)) < 1e-15);
}

void tst_Pricing::loadNamesTheFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"pricing.json"_s);
    QString error;
    QVERIFY(!Pricing::load(path, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"currency": "USD", "models": [{"provider": "openai"}]})");
    f.close();
    QVERIFY(!Pricing::load(path, &error));
    QVERIFY2(error.contains(path) && error.contains(u"models[0].model"_s), qPrintable(error));
    QCOMPARE(Pricing::effectivePath(path), path);
}

QTEST_GUILESS_MAIN(tst_Pricing)
#include "tst_pricing.moc"
