// SPDX-License-Identifier: GPL-3.0-or-later
// Budget: the reservation arithmetic of docs/engine.md "Budgets". Each case is a script of
// steps on one budget and the fit, used and reserved figures expected after each.

#include "spend/budget.h"

#include <QTest>

using namespace altrunner;
using namespace Qt::StringLiterals;

class tst_Budget : public QObject
{
    Q_OBJECT

private slots:
    void tokens_data();
    void tokens();
    void cost();
    void messages();
    void json();
};

// "r100": reserve 100 (expects it to fit), "s100/40": settle a reservation of 100 charging 40,
// "f100=fits|wait|exhausted": what a reservation of 100 would get now.
void tst_Budget::tokens_data()
{
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<qint64>("used");

    QTest::newRow("fits exactly") << qint64(
            100) << QStringList {u"f100=fits"_s, u"r100"_s, u"s100/100"_s, u"f1=exhausted"_s}
                                  << qint64(100);
    QTest::newRow("one over does not fit")
            << qint64(100) << QStringList {u"f101=exhausted"_s} << qint64(0);
    QTest::newRow("waits while reservations are in flight")
            << qint64(100) << QStringList {u"r60"_s,      u"f60=wait"_s, u"s60/10"_s,
                                           u"f60=fits"_s, u"r60"_s,      u"s60/60"_s}
            << qint64(70);
    QTest::newRow("charged less than reserved frees room")
            << qint64(1000) << QStringList {u"r600"_s, u"s600/50"_s, u"f950=fits"_s} << qint64(50);
    QTest::newRow("a failed attempt charged nothing")
            << qint64(100) << QStringList {u"r100"_s, u"s100/0"_s, u"f100=fits"_s} << qint64(0);
    QTest::newRow("reported over the reservation is charged")
            << qint64(100) << QStringList {u"r50"_s, u"s50/120"_s, u"f1=exhausted"_s}
            << qint64(120);
    QTest::newRow("many in flight never exceed the limit")
            << qint64(250)
            << QStringList {u"r100"_s,   u"r100"_s,        u"f100=wait"_s, u"f50=fits"_s,
                            u"r50"_s,    u"f1=wait"_s,     u"s100/100"_s,  u"s100/100"_s,
                            u"s50/50"_s, u"f1=exhausted"_s}
            << qint64(250);
    QTest::newRow("zero budget") << qint64(0) << QStringList {u"f1=exhausted"_s, u"f0=fits"_s}
                                 << qint64(0);
}

void tst_Budget::tokens()
{
    QFETCH(qint64, limit);
    QFETCH(QStringList, steps);
    QFETCH(qint64, used);
    Budget b({limit, std::nullopt});
    for (const QString &step : std::as_const(steps)) {
        const QString arg = step.mid(1);
        if (step.startsWith(u'r')) {
            QCOMPARE(b.fit({arg.toLongLong(), 0}), Budget::Fit::Fits);
            b.reserve({arg.toLongLong(), 0});
        } else if (step.startsWith(u's')) {
            const QStringList parts = arg.split(u'/');
            b.settle({parts[0].toLongLong(), 0}, {parts[1].toLongLong(), 0});
        } else {
            const QStringList parts = arg.split(u'=');
            const Budget::Fit expected = parts[1] == u"fits" ? Budget::Fit::Fits
                    : parts[1] == u"wait"                    ? Budget::Fit::Wait
                                                             : Budget::Fit::Exhausted;
            QVERIFY2(b.fit({parts[0].toLongLong(), 0}) == expected, qPrintable(step));
        }
        if (step.startsWith(u'r')) // what is reserved and charged stays within the limit
            QVERIFY2(b.used().tokens + b.reserved().tokens <= limit, qPrintable(step));
    }
    QCOMPARE(b.used().tokens, used);
    QCOMPARE(b.inFlight(), 0);
    QCOMPARE(b.reserved().tokens, 0);
}

void tst_Budget::cost()
{
    Budget b({std::nullopt, 0.30}, u"USD"_s);
    // Ten reservations of 0.03: a tenth of a cent of binary error must not refuse the last.
    for (int i = 0; i < 10; ++i) {
        QCOMPARE(b.fit({0, 0.03}), Budget::Fit::Fits);
        b.reserve({0, 0.03});
    }
    QCOMPARE(b.fit({0, 0.01}), Budget::Fit::Wait);
    for (int i = 0; i < 10; ++i)
        b.settle({0, 0.03}, {0, 0.01});
    QCOMPARE(b.reserved().cost, 0.0);
    QVERIFY(qAbs(b.used().cost - 0.10) < 1e-12);
    QCOMPARE(b.fit({0, 0.20}), Budget::Fit::Fits);
    QCOMPARE(b.fit({0, 0.21}), Budget::Fit::Exhausted);
}

void tst_Budget::messages()
{
    Budget tokens({1000, std::nullopt});
    tokens.reserve({300, 0});
    tokens.settle({300, 0}, {300, 0});
    QCOMPARE(tokens.exhaustedMessage({1024, 0}),
             u"budget exhausted: needs up to 1024 tokens, 700 left"_s);
    Budget cost({std::nullopt, 0.5}, u"USD"_s);
    cost.charge({0, 0.45});
    QCOMPARE(cost.exhaustedMessage({0, 0.0615}),
             u"budget exhausted: needs up to 0.0615 USD, 0.05 USD left"_s);
}

void tst_Budget::json()
{
    Budget b({5000, 1.5}, u"EUR"_s);
    b.charge({1200, 0.25});
    b.markExhausted({4100, 0.4});
    b.markExhausted({9999, 9.0}); // the first refusal is the one kept
    const QJsonObject o = b.toJson();
    QCOMPARE(o.value(u"tokens")[u"limit"].toInteger(), 5000);
    QCOMPARE(o.value(u"tokens")[u"used"].toInteger(), 1200);
    QCOMPARE(o.value(u"cost")[u"limit"].toDouble(), 1.5);
    QCOMPARE(o.value(u"cost")[u"used"].toDouble(), 0.25);
    QCOMPARE(o.value(u"exhausted").toBool(), true);
    QCOMPARE(o.value(u"refused_request")[u"tokens"].toInteger(), 4100);
    QCOMPARE(o.value(u"refused_request")[u"cost"].toDouble(), 0.4);
    QVERIFY(!Budget({100, std::nullopt}).toJson().contains(u"cost"));
}

QTEST_GUILESS_MAIN(tst_Budget)
#include "tst_budget.moc"
