// SPDX-License-Identifier: GPL-3.0-or-later
// The window, offscreen: open a file, see its diagnostics, run it with the mock provider, cancel.

#include "diagnosticsmodel.h"
#include "mainwindow.h"
#include "tasktablemodel.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFile>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace altrunner;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsDiagnosticsOfAnInvalidFile();
    void runsWithCtrlR();
    void cancelsWithEscape();
    void modelsPassTheTester();

private:
    QTemporaryDir m_dir;
};

void tst_MainWindow::initTestCase()
{
    qputenv("OUTPUT_DIR", m_dir.filePath(QStringLiteral("runs")).toUtf8());
    qputenv("MOCK_AI_LATENCY_MS", "5");
    qunsetenv("AI_SERVICE_URL");
    qunsetenv("AI_PROVIDER");
}

void tst_MainWindow::showsDiagnosticsOfAnInvalidFile()
{
    MainWindow w;
    w.show();
    QVERIFY(!w.openFile(QStringLiteral(ALTRUNNER_EXAMPLES_DIR "/invalid_example.alt")));
    const QList<QTableView *> views = w.findChildren<QTableView *>();
    QTableView *diagnostics = nullptr;
    for (QTableView *v : views) {
        if (qobject_cast<DiagnosticsModel *>(v->model()))
            diagnostics = v;
    }
    QVERIFY(diagnostics);
    QCOMPARE(diagnostics->model()->rowCount(), 8);
    QVERIFY(diagnostics->model()
                    ->index(2, DiagnosticsModel::MessageColumn)
                    .data()
                    .toString()
                    .startsWith(u"cycle:"));
}

void tst_MainWindow::runsWithCtrlR()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openFile(QStringLiteral(ALTRUNNER_EXAMPLES_DIR "/research_brief.alt")));
    QSignalSpy finished(&w, &MainWindow::runFinished);
    QTest::keyClick(&w, Qt::Key_R, Qt::ControlModifier);
    QVERIFY(finished.wait(20000));
    const RunResult result = finished.first().first().value<RunResult>();
    QCOMPARE(result.status, QStringLiteral("success"));
    QVERIFY(QFile::exists(w.lastFilePath()));
}

void tst_MainWindow::cancelsWithEscape()
{
    QFile f(m_dir.filePath(QStringLiteral("long.alt")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"id": "l", "version": "1", "created_at": "2026-01-01T00:00:00Z", "title": "L",
      "tasks": [{"id": "a", "description": "long", "parameters": {"mock_latency_ms": 60000}}]})");
    f.close();
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openFile(f.fileName()));
    QSignalSpy finished(&w, &MainWindow::runFinished);
    QTest::keyClick(&w, Qt::Key_F5);
    QTest::qWait(200);
    QTest::keyClick(&w, Qt::Key_Escape);
    QVERIFY(finished.wait(5000));
    QVERIFY(finished.first().first().value<RunResult>().cancelled);
}

void tst_MainWindow::modelsPassTheTester()
{
    DiagnosticsModel diagnostics;
    QAbstractItemModelTester t1(&diagnostics,
                                QAbstractItemModelTester::FailureReportingMode::QtTest);
    Diagnostic d;
    d.line = 3;
    d.column = 4;
    d.message = QStringLiteral("m");
    diagnostics.setDiagnostics({d, d});
    QCOMPARE(diagnostics.rowCount(), 2);

    TaskTableModel tasks;
    QAbstractItemModelTester t2(&tasks, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto alt = test::load(
            test::altDocument({test::noop(QStringLiteral("a")),
                               test::noop(QStringLiteral("b"), {QStringLiteral("a")})}));
    tasks.setAltFile(alt);
    QCOMPARE(tasks.rowCount(), 2);
    RunSnapshot s;
    s.statuses = {TaskStatus::Completed, TaskStatus::Running};
    tasks.applySnapshot(s, {0, 1});
    QCOMPARE(tasks.index(1, TaskTableModel::StatusColumn).data().toString(),
             QStringLiteral("running"));
    QCOMPARE(tasks.index(1, TaskTableModel::DependenciesColumn).data().toString(),
             QStringLiteral("a"));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
