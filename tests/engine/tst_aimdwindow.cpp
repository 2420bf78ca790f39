// SPDX-License-Identifier: GPL-3.0-or-later
// AimdWindow: an endpoint's concurrency learnt from 429s (docs/engine.md "Rate limits"): halved
// by a 429 (once per burst, never below 1), one more per 10 successes, unlimited again at the
// run's MAX_CONCURRENT_TASKS.

#include "ratelimit/aimdwindow.h"

#include <QTest>

using namespace altrunner;
using namespace Qt::StringLiterals;

class tst_AimdWindow : public QObject
{
    Q_OBJECT

private slots:
    void steps_data();
    void steps();
};

// "429:N@S": a 429 with N in flight for an attempt sent at S ms (now is S + 10);
// "ok*K": K successes; the expected limit after each step (-1: unlimited).
void tst_AimdWindow::steps_data()
{
    QTest::addColumn<int>("ceiling");
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<QList<int>>("limits");

    QTest::newRow("unlimited until a 429") << 64 << QStringList {u"ok*100"_s} << QList<int> {-1};
    QTest::newRow("a 429 halves what was in flight")
            << 64 << QStringList {u"429:64@0"_s} << QList<int> {32};
    QTest::newRow("the same burst halves once")
            << 64 << QStringList {u"429:64@0"_s, u"429:63@0"_s, u"429:62@5"_s}
            << QList<int> {32, 32, 32};
    QTest::newRow("a later 429 halves again")
            << 64 << QStringList {u"429:64@0"_s, u"429:32@100"_s} << QList<int> {32, 16};
    QTest::newRow("never below 1")
            << 8 << QStringList {u"429:1@0"_s, u"429:1@100"_s, u"429:1@200"_s}
            << QList<int> {1, 1, 1};
    QTest::newRow("ten successes grow it by one")
            << 64 << QStringList {u"429:8@0"_s, u"ok*9"_s, u"ok*1"_s, u"ok*10"_s}
            << QList<int> {4, 4, 5, 6};
    QTest::newRow("a 429 restarts the count")
            << 64 << QStringList {u"429:8@0"_s, u"ok*9"_s, u"429:4@100"_s, u"ok*9"_s, u"ok*1"_s}
            << QList<int> {4, 4, 2, 2, 3};
    QTest::newRow("back at the ceiling: unlimited")
            << 4 << QStringList {u"429:4@0"_s, u"ok*10"_s, u"ok*10"_s} << QList<int> {2, 3, -1};
}

void tst_AimdWindow::steps()
{
    QFETCH(int, ceiling);
    QFETCH(QStringList, steps);
    QFETCH(QList<int>, limits);
    AimdWindow w;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QString &step = steps.at(i);
        if (step.startsWith(u"429:")) {
            const QStringList parts = step.mid(4).split(u'@');
            const qint64 sentAt = parts[1].toLongLong();
            w.rateLimited(parts[0].toInt(), sentAt, sentAt + 10);
        } else {
            for (int k = 0; k < step.mid(3).toInt(); ++k)
                w.succeeded(ceiling);
        }
        const int expected = limits.at(i) < 0 ? AimdWindow::kUnlimited : limits.at(i);
        QVERIFY2(w.limit() == expected, qPrintable(step + u" -> "_s + QString::number(w.limit())));
    }
}

QTEST_GUILESS_MAIN(tst_AimdWindow)
#include "tst_aimdwindow.moc"
