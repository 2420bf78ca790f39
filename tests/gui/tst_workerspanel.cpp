// SPDX-License-Identifier: GPL-3.0-or-later
// The Workers panel (docs/distributed.md "Seen everywhere"): a real nats-server -js and a real
// worker process, the model checked by QAbstractItemModelTester.
#include "natsserver.h"
#include "workers/workerpool.h"
#include "workersmodel.h"
#include "workerspanel.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QProcess>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace altrunner;
using namespace altrunner::test;
using namespace Qt::StringLiterals;

class tst_WorkersPanel : public QObject
{
    Q_OBJECT

private slots:
    void offAndNotYetConnected();
    void listsTheWorkersItHears();
};

void tst_WorkersPanel::offAndNotYetConnected()
{
    WorkersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    WorkersPanel panel(&model);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(panel.summary()->text().contains(u"AI calls are made here"_s));
    model.setUrl(u"nats://127.0.0.1:%1"_s.arg(freePort()));
    QVERIFY2(panel.summary()->text().contains(u"connects when the first run starts"_s),
             qPrintable(panel.summary()->text()));
    QCOMPARE(model.columnCount(), int(WorkersModel::ColumnCount));
    QCOMPARE(model.headerData(WorkersModel::InFlightColumn, Qt::Horizontal).toString(),
             u"In flight"_s);
}

void tst_WorkersPanel::listsTheWorkersItHears()
{
    QTemporaryDir dir;
    NatsServer nats(dir.filePath(u"store"_s));
    QVERIFY(nats.start());
    QString error;
    const std::shared_ptr<WorkerPool> pool = WorkerPool::forUrl(nats.url(), &error);
    QVERIFY2(pool, qPrintable(error));

    WorkersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    WorkersPanel panel(&model);
    model.setUrl(nats.url());
    QProcess worker;
    worker.start(QStringLiteral(ALTRUNNER_BIN_DIR "/altrunner-cli"),
                 {u"worker"_s, u"--nats"_s, nats.url(), u"--name"_s, u"alpha"_s, u"--concurrency"_s,
                  u"3"_s});
    QVERIFY(worker.waitForStarted());
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 1, 15000);
    QCOMPARE(model.index(0, WorkersModel::NameColumn).data().toString(), u"alpha"_s);
    QCOMPARE(model.index(0, WorkersModel::ConcurrencyColumn).data().toInt(), 3);
    QCOMPARE(model.index(0, WorkersModel::InFlightColumn).data().toInt(), 0);
    QVERIFY(model.index(0, WorkersModel::LastHeardColumn).data().toString().endsWith(u"ago"_s));
    QVERIFY2(panel.summary()->text().contains(u"1 connected"_s),
             qPrintable(panel.summary()->text()));
    // Stopped cleanly, it says it leaves, and its row goes.
    worker.terminate();
    QVERIFY2(worker.waitForFinished(), worker.readAllStandardError().constData());
    QCOMPARE(worker.exitStatus(), QProcess::NormalExit);
    QCOMPARE(worker.exitCode(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 0, 5000);
}

QTEST_MAIN(tst_WorkersPanel)
#include "tst_workerspanel.moc"
