// SPDX-License-Identifier: GPL-3.0-or-later
// A task's record: what few tasks have is made on first write and a copy never sees another
// copy's change; a noop's output is its message, told the same way as any other output.

#include "model/taskrecord.h"

#include <QTest>

using namespace altrunner;

class tst_TaskRecord : public QObject
{
    Q_OBJECT

private slots:
    void extraIsEmptyUntilWritten();
    void copiesDoNotShareChanges();
    void outputs_data();
    void outputs();
    void statusMoves_data();
    void statusMoves();
};

void tst_TaskRecord::extraIsEmptyUntilWritten()
{
    const TaskRecord r;
    QVERIFY(r.extra().retryDelaysMs.isEmpty());
    QVERIFY(r.extra().cache.isEmpty());
    QVERIFY(r.extra().carried.isEmpty());
    TaskRecord w;
    w.extraForWrite().carriedFrom = QStringLiteral("k");
    QCOMPARE(w.extra().carriedFrom, QStringLiteral("k"));
    QVERIFY(r.extra().carriedFrom.isNull()); // the shared empty one did not change
}

void tst_TaskRecord::copiesDoNotShareChanges()
{
    TaskRecord a;
    a.extraForWrite().retryDelaysMs = {100};
    a.attempts.append({1, 2, AttemptOutcome::Completed, QString(), 0, {}});
    TaskRecord b = a;
    b.extraForWrite().retryDelaysMs.append(200);
    b.attempts.append({3, 4, AttemptOutcome::Failed, QStringLiteral("boom"), 0, {}});
    QCOMPARE(a.extra().retryDelaysMs, QList<qint64> {100});
    QCOMPARE(b.extra().retryDelaysMs, (QList<qint64> {100, 200}));
    QCOMPARE(a.attempts.size(), 1);
    QCOMPARE(b.attempts.size(), 2);
}

void tst_TaskRecord::outputs_data()
{
    QTest::addColumn<QJsonObject>("output");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("hasOutput");
    QTest::addColumn<QJsonObject>("written");
    QTest::addColumn<QString>("text");

    QTest::newRow("none") << QJsonObject() << QString() << false << QJsonObject() << QString();
    QTest::newRow("noop message") << QJsonObject() << QStringLiteral("task 7") << true
                                  << QJsonObject {{QStringLiteral("message"),
                                                   QStringLiteral("task 7")}}
                                  << QStringLiteral("task 7");
    QTest::newRow("noop with an empty description")
            << QJsonObject() << QStringLiteral("") << true
            << QJsonObject {{QStringLiteral("message"), QStringLiteral("")}} << QStringLiteral("");
    const QJsonObject answer {{QStringLiteral("text"), QStringLiteral("the answer")},
                              {QStringLiteral("tokens_used"), 12}};
    QTest::newRow("AI answer") << answer << QString() << true << answer
                               << QStringLiteral("the answer");
    const QJsonObject other {{QStringLiteral("value"), 3}};
    QTest::newRow("other output, as compact JSON")
            << other << QString() << true << other << QStringLiteral(R"({"value":3})");
}

void tst_TaskRecord::outputs()
{
    QFETCH(QJsonObject, output);
    QFETCH(QString, message);
    QFETCH(bool, hasOutput);
    QFETCH(QJsonObject, written);
    QFETCH(QString, text);
    TaskRecord r;
    r.output = output;
    r.message = message;
    QCOMPARE(r.hasOutput(), hasOutput);
    QCOMPARE(r.outputObject(), written);
    if (hasOutput)
        QCOMPARE(r.outputText(), text);
}

void tst_TaskRecord::statusMoves_data()
{
    // The moves RunLedger::setStatus asserts (docs/engine.md "Task states").
    QTest::addColumn<TaskStatus>("from");
    QTest::addColumn<TaskStatus>("to");
    QTest::addColumn<bool>("allowed");
    using S = TaskStatus;
    QTest::newRow("pending -> running") << S::Pending << S::Running << true;
    QTest::newRow("pending -> cancelled") << S::Pending << S::Cancelled << true;
    QTest::newRow("pending -> waiting (an approval task)") << S::Pending << S::Waiting << true;
    QTest::newRow("pending -> failed (before any attempt)") << S::Pending << S::Failed << true;
    QTest::newRow("pending -> retrying") << S::Pending << S::Retrying << false;
    QTest::newRow("running -> retrying") << S::Running << S::Retrying << true;
    QTest::newRow("running -> running (a repair)") << S::Running << S::Running << true;
    QTest::newRow("running -> waiting (an AI gate)") << S::Running << S::Waiting << true;
    QTest::newRow("running -> pending") << S::Running << S::Pending << false;
    QTest::newRow("retrying -> running") << S::Retrying << S::Running << true;
    QTest::newRow("retrying -> timeout") << S::Retrying << S::Timeout << true;
    QTest::newRow("retrying -> waiting") << S::Retrying << S::Waiting << false;
    QTest::newRow("waiting -> completed") << S::Waiting << S::Completed << true;
    QTest::newRow("waiting -> failed (rejected)") << S::Waiting << S::Failed << true;
    QTest::newRow("waiting -> retrying") << S::Waiting << S::Retrying << false;
    QTest::newRow("waiting -> waiting (reopened on resume)") << S::Waiting << S::Waiting << true;
    QTest::newRow("completed -> failed") << S::Completed << S::Failed << false;
    QTest::newRow("completed -> completed (edited at a gate)")
            << S::Completed << S::Completed << true;
    QTest::newRow("failed -> failed") << S::Failed << S::Failed << false;
    QTest::newRow("failed -> running") << S::Failed << S::Running << false;
    QTest::newRow("cancelled -> cancelled") << S::Cancelled << S::Cancelled << false;
    QTest::newRow("timeout -> completed") << S::Timeout << S::Completed << false;
}

void tst_TaskRecord::statusMoves()
{
    QFETCH(TaskStatus, from);
    QFETCH(TaskStatus, to);
    QFETCH(bool, allowed);
    QCOMPARE(canMove(from, to), allowed);
}

QTEST_GUILESS_MAIN(tst_TaskRecord)
#include "tst_taskrecord.moc"
