// SPDX-License-Identifier: GPL-3.0-or-later
// Approval gates in the window (docs/approvals.md "The window"): the banner, the Waiting for you
// filter, the decision pane in the task's details, an edit that reaches the next prompt.
#include "alt/altloader.h"
#include "answerpane.h"
#include "approvalbanner.h"
#include "approvalpane.h"
#include "appsettings.h"
#include "mainwindow.h"
#include "run/run.h"
#include "rundocument.h"
#include "runsmodel.h"
#include "runspanel.h"
#include "shownrun.h"
#include "taskdetails.h"
#include "taskpanel.h"

#include <QAbstractItemModelTester>
#include <QDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace altrunner;
using namespace Qt::StringLiterals;

class tst_ApprovalGates : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void decidedInTheWindow();
    void aWaitingRunOpensWithItsGates();

private:
    QTemporaryDir m_dir;
};

void tst_ApprovalGates::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(u"altrunner-tests"_s);
    QCoreApplication::setApplicationName(u"tst_approvalgates"_s);
    qputenv("OUTPUT_DIR", m_dir.filePath(u"runs"_s).toUtf8());
    qputenv("MOCK_AI_LATENCY_MS", "5");
    qunsetenv("AI_SERVICE_URL");
    qunsetenv("AI_PROVIDER");
    AppSettings::setLanguage(QString());
}

void tst_ApprovalGates::decidedInTheWindow()
{
    MainWindow w;
    w.show();
    QVERIFY(w.openFile(u"" ALTRUNNER_EXAMPLES_DIR "/approval_gates.alt"_s));
    QAbstractItemModelTester tester(w.taskPanel()->view()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy finished(&w, &MainWindow::runFinished);
    w.runFile();
    auto *banner = w.findChild<ApprovalBanner *>();
    QVERIFY(banner);
    QTRY_COMPARE_WITH_TIMEOUT(banner->waiting(), 2, 15000);
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().startsWith(u"2 tasks wait for you"_s), qPrintable(banner->text()));
    // Everything that does not depend on a decision ran; the run waits.
    const int background = w.document()->altFile()->indexOf(u"background"_s);
    QTRY_COMPARE(w.document()->task(background).status, TaskStatus::Completed);
    QVERIFY(finished.isEmpty());

    // Show Them: the Waiting for you filter, the first gate selected.
    banner->findChild<QPushButton *>()->click();
    QTRY_VERIFY2(w.taskPanel()->shownText().contains(u"Showing 2 of 6 tasks"_s),
                 qPrintable(w.taskPanel()->shownText()));

    AnswerPane *pane = nullptr; // the Task dock's
    for (AnswerPane *p : w.findChildren<AnswerPane *>()) {
        if (p->isVisible())
            pane = p;
    }
    QVERIFY(pane);
    auto *approval = pane->findChild<ApprovalPane *>();
    QVERIFY(approval);
    const int review = w.document()->altFile()->indexOf(u"review"_s);
    w.selectTask(review);
    QTRY_VERIFY(approval->isVisible());
    QCOMPARE(approval->gate().taskId, u"review"_s);
    QVERIFY(approval->gate().question.startsWith(u"Send this summary to the customer?"_s));
    QVERIFY(approval->editButton()->isVisible());

    // Edit and Approve: the dialog's text is what the next task receives.
    QTimer::singleShot(0, this, [] {
        QDialog *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto *editor = dialog->findChild<QPlainTextEdit *>(u"editedAnswer"_s);
        QVERIFY(editor);
        QVERIFY(editor->toPlainText().contains(u"three-sentence summary"_s));
        editor->setPlainText(u"Dear customer, the quarter went well."_s);
        dialog->accept();
    });
    approval->editButton()->click();
    // Decided: the list of waiting tasks moves on to the next gate, and so does the pane.
    QTRY_COMPARE(approval->gate().taskId, u"budget_plan"_s);
    QCOMPARE(banner->waiting(), 1);

    // Reject the plan with a reason: its booking is cancelled.
    const int plan = w.document()->altFile()->indexOf(u"budget_plan"_s);
    w.selectTask(plan);
    QTRY_VERIFY(approval->isVisible());
    QVERIFY(approval->gate().deadlineMs > 0);
    QTimer::singleShot(0, this, [] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->setTextValue(u"too much at once"_s);
        dialog->accept();
    });
    approval->rejectButton()->click();

    QVERIFY(finished.wait(15000) || !finished.isEmpty());
    const RunResult result = finished.first().first().value<RunResult>();
    QCOMPARE(result.outcome, RunOutcome::PartialSuccess);
    QVERIFY(!banner->isVisible());
    const int send = w.document()->altFile()->indexOf(u"send"_s);
    QCOMPARE(w.document()->task(send).status, TaskStatus::Completed);
    QVERIFY2(w.document()->task(send).output.value(u"text"_s).toString().contains(
                     u"Dear customer, the quarter went well."_s),
             "the edited answer reached the next prompt");
    QCOMPARE(w.document()->task(plan).status, TaskStatus::Failed);
    QCOMPARE(w.document()->task(plan).error, u"rejected by local: too much at once"_s);
    const int book = w.document()->altFile()->indexOf(u"book"_s);
    QCOMPARE(w.document()->task(book).status, TaskStatus::Cancelled);

    // The edited draft tells who changed it, as a diff.
    const int draft = w.document()->altFile()->indexOf(u"draft"_s);
    w.selectTask(draft);
    QTRY_COMPARE(pane->details()->task(), draft);
    const QString text = pane->details()->toPlainText();
    QVERIFY2(text.contains(u"Edited by local (before and after)"_s), qPrintable(text));
    QVERIFY(text.contains(u"+Dear customer, the quarter went well."_s));
}

void tst_ApprovalGates::aWaitingRunOpensWithItsGates()
{
    // A run that stopped with its gates waiting (as the console does without a terminal) ...
    const QString out = m_dir.filePath(u"runs"_s);
    {
        AltLoader::Result loaded
                = AltLoader::loadFile(u"" ALTRUNNER_EXAMPLES_DIR "/approval_gates.alt"_s);
        QVERIFY(loaded.ok());
        EngineConfig config;
        config.provider = ProviderKind::Mock;
        config.mockLatencyMs = 5;
        config.outputDir = out;
        config.cacheMode = CacheMode::Off;
        RunOptions options;
        options.approvals = RunOptions::Approvals::Park;
        Run run(std::make_shared<const AltFile>(*loaded.file), config, options);
        QSignalSpy finished(&run, &Run::finished);
        run.start();
        QVERIFY(finished.wait(15000));
        QCOMPARE(run.result().outcome, RunOutcome::Waiting);
    }
    // ... is listed in the Runs panel; choosing it goes on with its gates waiting here.
    MainWindow w;
    w.show();
    RunsModel *runs = w.runsPanel()->model();
    int row = -1;
    QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (int r = 0; r < runs->rowCount(); ++r) {
                    if (runs->summary(r).outcome == RunOutcome::Waiting)
                        row = r;
                }
                return row >= 0;
            }(),
            10000);
    emit w.runsPanel()->runChosen(row);
    auto *banner = w.findChild<ApprovalBanner *>();
    QTRY_COMPARE_WITH_TIMEOUT(banner->waiting(), 2, 15000);
    QCOMPARE(w.shown()->executionId(), runs->summary(row).executionId);
}

QTEST_MAIN(tst_ApprovalGates)
#include "tst_approvalgates.moc"
