// SPDX-License-Identifier: GPL-3.0-or-later
// Pacer: the evenly paced token bucket of docs/engine.md "Rate limits". Each case takes units at
// given times and checks when the next may go: never a burst beyond one request.

#include "ratelimit/pacer.h"

#include <QTest>

using namespace altrunner;

class tst_Pacer : public QObject
{
    Q_OBJECT

private slots:
    void refill_data();
    void refill();
    void sustainedRateIsTheLimit();
    void unlimited();
};

void tst_Pacer::refill_data()
{
    QTest::addColumn<double>("perMinute");
    QTest::addColumn<QList<qint64>>("takes"); // units taken at these times, one each
    QTest::addColumn<double>("units"); // per take
    QTest::addColumn<qint64>("askAt");
    QTest::addColumn<qint64>("wait");

    QTest::newRow("first request goes at once")
            << 60.0 << QList<qint64> {} << 1.0 << qint64(5) << qint64(0);
    QTest::newRow("60 a minute: one a second")
            << 60.0 << QList<qint64> {0} << 1.0 << qint64(0) << qint64(1000);
    QTest::newRow("half refilled")
            << 60.0 << QList<qint64> {0} << 1.0 << qint64(500) << qint64(500);
    QTest::newRow("refilled") << 60.0 << QList<qint64> {0} << 1.0 << qint64(1000) << qint64(0);
    QTest::newRow("idle time is not saved up")
            << 60.0 << QList<qint64> {0, 10000} << 1.0 << qint64(10000) << qint64(1000);
    QTest::newRow("1200 a minute: every 50 ms")
            << 1200.0 << QList<qint64> {0, 50, 100} << 1.0 << qint64(120) << qint64(30);
    QTest::newRow("tokens: a large reservation waits its share")
            << 60000.0 << QList<qint64> {0} << 2000.0 << qint64(0) << qint64(2000);
    QTest::newRow("a late request does not let the next catch up")
            << 60.0 << QList<qint64> {0, 1700} << 1.0 << qint64(2000) << qint64(700);
}

void tst_Pacer::refill()
{
    QFETCH(double, perMinute);
    QFETCH(QList<qint64>, takes);
    QFETCH(double, units);
    QFETCH(qint64, askAt);
    QFETCH(qint64, wait);
    Pacer p(perMinute);
    for (qint64 at : takes) {
        QCOMPARE(p.waitFor(at), 0);
        p.take(units, at);
    }
    QCOMPARE(p.waitFor(askAt), wait);
}

void tst_Pacer::sustainedRateIsTheLimit()
{
    // Asking every millisecond for a minute: exactly the limit goes, evenly spaced.
    Pacer p(1200);
    QList<qint64> sent;
    for (qint64 t = 0; t < 60000; ++t) {
        if (p.waitFor(t) == 0) {
            p.take(1, t);
            sent.append(t);
        }
    }
    QCOMPARE(sent.size(), 1200);
    for (qsizetype i = 1; i < sent.size(); ++i)
        QCOMPARE(sent.at(i) - sent.at(i - 1), 50);
}

void tst_Pacer::unlimited()
{
    Pacer p(0);
    QVERIFY(!p.isLimited());
    for (int i = 0; i < 1000; ++i)
        p.take(1, 0);
    QCOMPARE(p.waitFor(0), 0);
}

QTEST_GUILESS_MAIN(tst_Pacer)
#include "tst_pacer.moc"
