// SPDX-License-Identifier: GPL-3.0-or-later
// ChangeBatcher: many task changes become a few batches, each task once per batch, in the order
// first marked.

#include "run/changebatcher.h"

#include <QElapsedTimer>
#include <QTest>

using namespace altrunner;

class tst_ChangeBatcher : public QObject
{
    Q_OBJECT

private slots:
    void marksAndTakes_data();
    void marksAndTakes();
    void flushesOncePerInterval();
    void stopMeansNoMoreBatches();
};

void tst_ChangeBatcher::marksAndTakes_data()
{
    QTest::addColumn<QList<int>>("marks");
    QTest::addColumn<QList<int>>("batch");
    QTest::newRow("none") << QList<int> {} << QList<int> {};
    QTest::newRow("one") << QList<int> {3} << QList<int> {3};
    QTest::newRow("order kept") << QList<int> {4, 0, 2} << QList<int> {4, 0, 2};
    QTest::newRow("repeats once") << QList<int> {1, 1, 2, 1, 2} << QList<int> {1, 2};
}

void tst_ChangeBatcher::marksAndTakes()
{
    QFETCH(QList<int>, marks);
    QFETCH(QList<int>, batch);
    ChangeBatcher b(5, 1000, [] {});
    for (int m : marks)
        b.mark(m);
    QCOMPARE(b.isPending(), !batch.isEmpty());
    QCOMPARE(b.take(), batch);
    QVERIFY(!b.isPending());
    QCOMPARE(b.take(), QList<int> {});
    // After a take, a task can be marked again.
    if (!marks.isEmpty()) {
        b.mark(marks.first());
        QCOMPARE(b.take(), QList<int> {marks.first()});
    }
}

void tst_ChangeBatcher::flushesOncePerInterval()
{
    int flushes = 0;
    QList<int> seen;
    ChangeBatcher *batcher = nullptr;
    ChangeBatcher b(1000, 20, [&] {
        ++flushes;
        seen += batcher->take();
    });
    batcher = &b;
    for (int i = 0; i < 1000; ++i)
        b.mark(i % 100);
    QCOMPARE(flushes, 0); // nothing until the event loop runs
    QTRY_COMPARE(flushes, 1);
    QCOMPARE(seen.size(), 100);
    // Nothing marked since: no batch is due, so no empty one can come.
    QVERIFY(!b.isPending());
    QVERIFY(!b.isScheduled());
    QCOMPARE(flushes, 1);
}

void tst_ChangeBatcher::stopMeansNoMoreBatches()
{
    int flushes = 0;
    ChangeBatcher b(10, 10, [&] { ++flushes; });
    b.mark(1);
    b.stop();
    b.mark(2);
    // Stopped: the marks wait to be taken, and no batch is due.
    QVERIFY(!b.isScheduled());
    QCOMPARE(flushes, 0);
    QCOMPARE(b.take(), (QList<int> {1, 2}));
}

QTEST_GUILESS_MAIN(tst_ChangeBatcher)
#include "tst_changebatcher.moc"
