// SPDX-License-Identifier: GPL-3.0-or-later
// RetryPolicy: whether a failed attempt is tried again, and after how long (docs/engine.md
// "Retries"): full jitter under a doubling cap, never before the server's Retry-After.

#include "run/retrypolicy.h"

#include <QTest>

using namespace altrunner;

class tst_RetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void delay_data();
    void delay();
    void next_data();
    void next();
    void sameSeedSameDelays();
};

void tst_RetryPolicy::delay_data()
{
    QTest::addColumn<int>("retryNumber");
    QTest::addColumn<double>("jitter");
    QTest::addColumn<qint64>("retryAfterMs");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("first retry, no jitter") << 1 << 0.0 << qint64(-1) << qint64(0);
    QTest::newRow("first retry, full jitter") << 1 << 1.0 << qint64(-1) << qint64(1000);
    QTest::newRow("first retry, half") << 1 << 0.5 << qint64(-1) << qint64(500);
    QTest::newRow("second retry doubles the cap") << 2 << 1.0 << qint64(-1) << qint64(2000);
    QTest::newRow("third retry") << 3 << 0.25 << qint64(-1) << qint64(1000);
    QTest::newRow("capped at 30 s") << 10 << 1.0 << qint64(-1) << qint64(30000);
    QTest::newRow("capped even after many") << 60 << 1.0 << qint64(-1) << qint64(30000);
    QTest::newRow("Retry-After above the jitter wins") << 1 << 0.1 << qint64(5000) << qint64(5000);
    QTest::newRow("jitter above Retry-After wins") << 3 << 1.0 << qint64(100) << qint64(4000);
    QTest::newRow("Retry-After of 0") << 1 << 0.0 << qint64(0) << qint64(0);
    QTest::newRow("Retry-After capped at 2 min") << 1 << 0.0 << qint64(86400000) << qint64(120000);
}

void tst_RetryPolicy::delay()
{
    QFETCH(int, retryNumber);
    QFETCH(double, jitter);
    QFETCH(qint64, retryAfterMs);
    QFETCH(qint64, expected);
    QCOMPARE(RetryPolicy::delay(retryNumber, jitter, retryAfterMs, RetryPolicy::Limits {}),
             expected);
}

void tst_RetryPolicy::next_data()
{
    QTest::addColumn<int>("attemptsMade");
    QTest::addColumn<int>("retryCount");
    QTest::addColumn<bool>("retryable");
    QTest::addColumn<bool>("again");

    QTest::newRow("no retries allowed") << 1 << 0 << true << false;
    QTest::newRow("one retry, first failure") << 1 << 1 << true << true;
    QTest::newRow("one retry, used") << 2 << 1 << true << false;
    QTest::newRow("not retryable") << 1 << 5 << false << false;
    QTest::newRow("last of five") << 5 << 5 << true << true;
    QTest::newRow("all of five used") << 6 << 5 << true << false;
}

void tst_RetryPolicy::next()
{
    QFETCH(int, attemptsMade);
    QFETCH(int, retryCount);
    QFETCH(bool, retryable);
    QFETCH(bool, again);
    RetryPolicy policy({.baseDelayMs = 100}, 7);
    const auto delay = policy.next(attemptsMade, retryCount, retryable, -1);
    QCOMPARE(delay.has_value(), again);
    if (delay) {
        const qint64 cap = std::min<qint64>(30000, 100LL << (attemptsMade - 1));
        QVERIFY2(*delay >= 0 && *delay <= cap, qPrintable(QString::number(*delay)));
    }
}

void tst_RetryPolicy::sameSeedSameDelays()
{
    RetryPolicy a({}, 42), b({}, 42), c({}, 43);
    QList<qint64> da, db, dc;
    for (int i = 1; i <= 8; ++i) {
        da.append(*a.next(i, 10, true, -1));
        db.append(*b.next(i, 10, true, -1));
        dc.append(*c.next(i, 10, true, -1));
    }
    QCOMPARE(da, db);
    QVERIFY(da != dc);
}

QTEST_GUILESS_MAIN(tst_RetryPolicy)
#include "tst_retrypolicy.moc"
