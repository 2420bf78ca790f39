// SPDX-License-Identifier: GPL-3.0-or-later
// The window under QT_QPA_PLATFORM=offscreen, driven as a person would: open a file and see its
// problems, run with Ctrl+R and watch the status reach the views, cancel with Esc, re-run what
// failed, open a past LAST file, serve the API and call it, export. Every model is checked by
// QAbstractItemModelTester.

#include "alt/altwriter.h"
#include "api/apiserver.h"
#include "budgetnotice.h"
#include "dagview.h"
#include "diagnosticsmodel.h"
#include "fakeaiserver.h"
#include "jsonfileeditor.h"
#include "jsontreemodel.h"
#include "mainwindow.h"
#include "metricspanel.h"
#include "outcomebanner.h"
#include "run/journal.h"
#include "rundocument.h"
#include "runsettingsbar.h"
#include "runsmodel.h"
#include "runspanel.h"
#include "segmentedprogressbar.h"
#include "shownrun.h"
#include "spend/pricing.h"
#include "statusbar.h"
#include "taskdetails.h"
#include "taskpanel.h"
#include "tasktablemodel.h"
#include "testutil.h"
#include "timelineview.h"

#include <QDateTime>
#include <QDir>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSpinBox>
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
    void runsWithCtrlRAndTheViewsFollow();
    void cancelsWithEscape();
    void showsTheAnswerGrowing();
    void outcomeIsToldHonestly_data();
    void outcomeIsToldHonestly();
    void saysOnceThatTheAiServiceIsNotThere();
    void rerunsWhatFailed();
    void budgetStopsAndContinues();
    void pricingEditorSavesOnlyAPricingFile();
    void showsThePlanAndWhatTheCacheAnswered();
    void opensAPastLastFile();
    void servesTheApi();
    void exportsGraphAndTimeline();
    void resumesAnInterruptedRun();
    void modelsPassTheTester();

private:
    QString write(const QString &name, const QByteArray &content);
    QTemporaryDir m_dir;
};

void tst_MainWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("altrunner-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    qputenv("OUTPUT_DIR", m_dir.filePath(QStringLiteral("runs")).toUtf8());
    qputenv("MOCK_AI_LATENCY_MS", "5");
    qunsetenv("AI_SERVICE_URL");
    qunsetenv("AI_PROVIDER");
}

QString tst_MainWindow::write(const QString &name, const QByteArray &content)
{
    QFile f(m_dir.filePath(name));
    if (f.open(QIODevice::WriteOnly))
        f.write(content);
    return f.fileName();
}

void tst_MainWindow::showsDiagnosticsOfAnInvalidFile()
{
    MainWindow w;
    w.show();
    QVERIFY(!w.openFile(QStringLiteral(ALTRUNNER_EXAMPLES_DIR "/invalid_example.alt")));
    QTableView *problems = nullptr;
    for (QTableView *v : w.findChildren<QTableView *>()) {
        if (qobject_cast<DiagnosticsModel *>(v->model()))
            problems = v;
    }
    QVERIFY(problems);
    QCOMPARE(problems->model()->rowCount(), 8);
    QVERIFY(problems->model()
                    ->index(2, DiagnosticsModel::MessageColumn)
                    .data()
                    .toString()
                    .startsWith(u"cycle:"));
    QCOMPARE(w.tabs()->currentIndex(),
             int(MainWindow::SourceTab)); // the first problem, in the source
    // Nothing to run, but its graph as far as it can be drawn, the problem tasks marked.
    QVERIFY(w.document()->isSketch());
    QVERIFY(w.document()->taskCount() > 0);
    QVERIFY(!w.document()->note().isEmpty());
    int marked = 0;
    for (int i = 0; i < w.document()->taskCount(); ++i)
        marked += w.document()->isProblem(i) ? 1 : 0;
    QVERIFY(marked > 0);
    QTRY_VERIFY(w.document()->hasLayout());
    QVERIFY(!w.shown()->runnable());
}

void tst_MainWindow::runsWithCtrlRAndTheViewsFollow()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openFile(QStringLiteral(ALTRUNNER_EXAMPLES_DIR "/research_brief.alt")));
    QTRY_VERIFY(w.document()->hasLayout());
    QCOMPARE(w.document()->layout().positions.size(), 7);
    QSignalSpy batches(w.document(), &RunDocument::tasksChanged);
    QSignalSpy finished(&w, &MainWindow::runFinished);
    QTest::keyClick(&w, Qt::Key_R, Qt::ControlModifier);
    QVERIFY(finished.wait(20000));
    const RunResult result = finished.first().first().value<RunResult>();
    QCOMPARE(result.outcome, RunOutcome::Success);
    QVERIFY(QFile::exists(w.lastFilePath()));
    QVERIFY(batches.size() >= 1);
    // The status reached the views.
    for (int i = 0; i < 7; ++i)
        QCOMPARE(w.document()->task(i).status, TaskStatus::Completed);
    // The simulated AI estimates input and output tokens; both are shown.
    const RunSnapshot &s = w.document()->snapshot();
    QVERIFY(s.inputTokens > 0 && s.outputTokens > 0);
    QCOMPARE(s.tokensUsed, s.inputTokens + s.outputTokens);
    QCOMPARE(w.metricsPanel()->valueText(QStringLiteral("tokens")),
             QStringLiteral("%1 (in %2, out %3)")
                     .arg(s.tokensUsed)
                     .arg(s.inputTokens)
                     .arg(s.outputTokens));
    QVERIFY(w.metricsPanel()->valueText(QStringLiteral("progress")).contains(u"7"));
    QVERIFY(w.timelineView()->fullSize().height() > 7 * 18);
    QTRY_VERIFY(!w.document()->criticalPath().isEmpty());
    QCOMPARE(w.document()->task(6).attempts.size(), 1);
    // Every answer came from the simulated AI: the status bar says so, never a plain success.
    QVERIFY2(w.statusText().startsWith(u"Completed with simulated answers: 7 completed; "),
             qPrintable(w.statusText()));
    // The progress bar, split by how tasks ended: all of it completed.
    auto *bar = w.findChild<SegmentedProgressBar *>();
    QVERIFY(bar);
    QTRY_COMPARE(bar->segments().at(0).first, 7); // refreshed after the batch
    for (qsizetype i = 1; i < bar->segments().size(); ++i)
        QCOMPARE(bar->segments().at(i).first, 0);
    if (const QByteArray shots = qgetenv("ALTRUNNER_SCREENSHOT_DIR"); !shots.isEmpty())
        w.grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/outcome.png"));
}

void tst_MainWindow::showsTheAnswerGrowing()
{
    // The simulated AI tells a 3-second answer word by word; the selected task's details show
    // it growing, and the graph marks the task as streaming, until the answer is complete.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("talk.alt"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(
                    test::altDocument({test::task(QStringLiteral("talk"), {},
                                                  {{QStringLiteral("prompt"),
                                                    QStringLiteral("Tell me, word by word, how a "
                                                                   "streamed answer arrives in the "
                                                                   "window of ALT Runner today")},
                                                   {QStringLiteral("mock_latency_ms"), 3000}})}))
                    .toJson());
    f.close();
    MainWindow w;
    w.resize(1200, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openFile(path));
    QTRY_VERIFY(w.document()->hasLayout());
    QSignalSpy finished(&w, &MainWindow::runFinished);
    QTest::keyClick(&w, Qt::Key_R, Qt::ControlModifier);
    QTRY_COMPARE(w.document()->task(0).status, TaskStatus::Running);
    w.selectTask(0);
    QTRY_VERIFY_WITH_TIMEOUT(w.taskDetails()->toPlainText().contains(u"Answer (arriving)"), 5000);
    const qsizetype early = w.document()->task(0).extra().streamedText.size();
    QVERIFY(early > 0);
    QTRY_VERIFY_WITH_TIMEOUT(w.document()->task(0).extra().streamedText.size() > early + 10, 5000);
    QVERIFY(w.taskDetails()->toPlainText().contains(w.document()->task(0).extra().streamedText));
    if (const QByteArray shots = qgetenv("ALTRUNNER_SCREENSHOT_DIR"); !shots.isEmpty())
        w.grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/streaming.png"));
    QVERIFY(finished.wait(10000));
    QVERIFY(!w.taskDetails()->toPlainText().contains(u"Answer (arriving)"));
    QVERIFY(w.taskDetails()->toPlainText().contains(u"First token after"));
    QVERIFY(w.metricsPanel()->valueText(QStringLiteral("speed")) != u"–");
}

void tst_MainWindow::outcomeIsToldHonestly_data()
{
    QTest::addColumn<int>("outcome"); // RunOutcome
    QTest::addColumn<bool>("cancelled");
    QTest::addColumn<QList<int>>("counts"); // completed, failed, timed out, cancelled
    QTest::addColumn<int>("simulated");
    QTest::addColumn<QString>("sentence");
    const int ok = int(RunOutcome::Success), partly = int(RunOutcome::PartialSuccess),
              failed = int(RunOutcome::Failure);
    QTest::newRow("success") << ok << false << QList<int> {7, 0, 0, 0} << 0
                             << u"Succeeded: 7 completed"_qs;
    QTest::newRow("simulated answers are never a plain success")
            << ok << false << QList<int> {7, 0, 0, 0} << 6
            << u"Completed with simulated answers: 7 completed; 6 of 7 answers were simulated"_qs;
    QTest::newRow("partly") << partly << false << QList<int> {5, 1, 0, 2} << 0
                            << u"Partly succeeded: 5 completed, 1 failed, 2 cancelled"_qs;
    QTest::newRow("failed") << failed << false << QList<int> {0, 1, 1, 5} << 0
                            << u"Failed: 1 failed, 1 timed out, 5 cancelled"_qs;
    QTest::newRow("cancelled") << partly << true << QList<int> {3, 0, 0, 4} << 0
                               << u"Cancelled: 3 completed, 4 cancelled"_qs;
}

void tst_MainWindow::outcomeIsToldHonestly()
{
    QFETCH(int, outcome);
    QFETCH(bool, cancelled);
    QFETCH(QList<int>, counts);
    QFETCH(int, simulated);
    QFETCH(QString, sentence);
    RunResult r;
    r.outcome = RunOutcome(outcome);
    r.cancelled = cancelled;
    r.snapshot.counts[size_t(TaskStatus::Completed)] = counts.at(0);
    r.snapshot.counts[size_t(TaskStatus::Failed)] = counts.at(1);
    r.snapshot.counts[size_t(TaskStatus::Timeout)] = counts.at(2);
    r.snapshot.counts[size_t(TaskStatus::Cancelled)] = counts.at(3);
    QCOMPARE(StatusBar::outcomeSentence(r, simulated, counts.at(0)), sentence);
}

void tst_MainWindow::saysOnceThatTheAiServiceIsNotThere()
{
    qputenv("AI_PROVIDER", "orchestrator");
    qputenv("AI_SERVICE_URL", "http://127.0.0.1:1");
    const auto restore = qScopeGuard([] {
        qunsetenv("AI_PROVIDER");
        qunsetenv("AI_SERVICE_URL");
    });
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openFile(QStringLiteral(ALTRUNNER_EXAMPLES_DIR "/research_brief.alt")));
    QSignalSpy finished(&w, &MainWindow::runFinished);
    QTest::keyClick(&w, Qt::Key_R, Qt::ControlModifier);
    QVERIFY2(finished.wait(20000), qPrintable(w.statusText()));
    QVERIFY2(w.statusText().contains(u"does not answer"), qPrintable(w.statusText()));
    QVERIFY2(w.statusText().contains(u"fail without being tried"), qPrintable(w.statusText()));
    QCOMPARE(w.document()->task(0).status, TaskStatus::Failed);
    QCOMPARE(w.document()->task(0).attempts.size(), 0);
}

void tst_MainWindow::cancelsWithEscape()
{
    const QString file = write(
            QStringLiteral("long.alt"),
            R"({"id": "l", "version": "1", "created_at": "2026-01-01T00:00:00Z", "title": "L",
      "tasks": [{"id": "a", "description": "long", "parameters": {"mock_latency_ms": 60000}}]})");
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openFile(file));
    QSignalSpy finished(&w, &MainWindow::runFinished);
    QTest::keyClick(&w, Qt::Key_F5);
    QTRY_COMPARE(w.document()->task(0).status, TaskStatus::Running);
    QTest::keyClick(&w, Qt::Key_Escape);
    QVERIFY(finished.wait(5000));
    QVERIFY(finished.first().first().value<RunResult>().cancelled);
    QCOMPARE(w.document()->task(0).status, TaskStatus::Cancelled);
    // A cancelled task's answer is no longer "arriving".
    w.selectTask(0);
    QVERIFY(!w.taskDetails()->toPlainText().contains(u"Answer (arriving)"));
}

void tst_MainWindow::rerunsWhatFailed()
{
    // 'flaky' fails its only attempt; a re-run runs it (and what depends on it) again.
    const QString file = write(
            QStringLiteral("flaky.alt"),
            R"({"id": "f", "version": "1", "created_at": "2026-01-01T00:00:00Z", "title": "F",
      "tasks": [{"id": "ok", "description": "ok", "parameters": {"task_type": "noop"}},
                {"id": "flaky", "description": "{{ok}}", "dependencies": ["ok"], "parameters": {"mock_latency_ms": 500}, "timeout_seconds": 0.1}]})");
    MainWindow w;
    w.show();
    QVERIFY(w.openFile(file));
    QSignalSpy finished(&w, &MainWindow::runFinished);
    w.runFile();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().value<RunResult>().outcome, RunOutcome::PartialSuccess);
    // Told in words, with the first error; the bar shows the timed-out part in its own colour.
    QVERIFY2(w.statusText().startsWith(u"Partly succeeded: 1 completed, 1 timed out"),
             qPrintable(w.statusText()));
    QVERIFY2(w.statusText().contains(u"First error (flaky): attempt timed out"),
             qPrintable(w.statusText()));
    const auto *bar = w.findChild<SegmentedProgressBar *>();
    QTRY_COMPARE(bar->segments().at(0).first, 1); // completed (refreshed after the batch)
    QTRY_COMPARE(bar->segments().at(3).first, 1); // timed out
    const QString first = w.lastFilePath();
    w.rerunFailed();
    QVERIFY(finished.wait(10000));
    const RunResult second = finished.at(1).first().value<RunResult>();
    QVERIFY(w.lastFilePath() != first);
    QFile f(second.lastFilePath);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject last = QJsonDocument::fromJson(f.readAll()).object();
    QVERIFY(!last.value(u"metadata")[u"rerun_of"].toString().isEmpty());
    QCOMPARE(last.value(u"task_results")[u"flaky"][u"metadata"][u"attempts"].toInt(), 1);
    QVERIFY(last.value(u"task_results")[u"ok"][u"metadata"].toObject().contains(
            u"carried_over_from"));
}

void tst_MainWindow::budgetStopsAndContinues()
{
    // Three AI tasks in a chain, a token budget that covers the first one's worst case only.
    const QString file = write(
            QStringLiteral("budget.alt"),
            R"({"id": "b", "version": "1", "created_at": "2026-01-01T00:00:00Z", "title": "B",
      "tasks": [{"id": "a", "description": "first", "parameters": {"max_tokens": 20}},
                {"id": "b", "description": "second {{a}}", "dependencies": ["a"], "parameters": {"max_tokens": 20}},
                {"id": "c", "description": "third {{b}}", "dependencies": ["b"], "parameters": {"max_tokens": 20}}]})");
    MainWindow w;
    w.show();
    QVERIFY(w.openFile(file));
    auto *tokens = w.findChild<RunSettingsBar *>()->findChildren<QSpinBox *>().last();
    QVERIFY(tokens->specialValueText().contains(u"token"));
    tokens->setValue(40);
    QSignalSpy finished(&w, &MainWindow::runFinished);
    w.runFile();
    QVERIFY(finished.wait(10000));
    const RunResult first = finished.first().first().value<RunResult>();
    QVERIFY(first.snapshot.budget.exhausted);
    auto *notice = w.findChild<BudgetNotice *>();
    QVERIFY(notice && notice->isVisible());
    QVERIFY2(notice->text().contains(u"of 40 tokens"), qPrintable(notice->text()));
    // Why, in the notice itself: what the next request needs and what is left.
    QVERIFY2(notice->text().contains(u"the next request needs up to"), qPrintable(notice->text()));
    QVERIFY(first.snapshot.budget.refusedTokens.has_value());
    const QString budgetRow = w.metricsPanel()->valueText(QStringLiteral("budget"));
    QVERIFY2(budgetRow.contains(u"stopped: a request needs up to"), qPrintable(budgetRow));
    QVERIFY(!budgetRow.contains(u"exhausted"));
    QCOMPARE(w.metricsPanel()->valueText(QStringLiteral("cost")), QStringLiteral("0.00"));

    // Raise the budget and continue: the dialog offers twice the limit; what completed is kept.
    notice->findChild<QPushButton *>()->click();
    auto *dialog = notice->findChild<QDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QSpinBox *>()->value(), 1000); // at least 1,000 tokens offered
    dialog->accept();
    QVERIFY(finished.wait(10000));
    const RunResult second = finished.at(1).first().value<RunResult>();
    QCOMPARE(second.outcome, RunOutcome::Success);
    QVERIFY(!notice->isVisible());
    QCOMPARE(tokens->value(), 1000);
    QFile f(second.lastFilePath);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject last = QJsonDocument::fromJson(f.readAll()).object();
    QVERIFY(last.value(u"task_results")[u"a"][u"metadata"].toObject().contains(
            u"carried_over_from"));
    QCOMPARE(last.value(u"metadata")[u"budget"][u"tokens"][u"limit"].toInt(), 1000);
}

void tst_MainWindow::pricingEditorSavesOnlyAPricingFile()
{
    const QString path = m_dir.filePath(QStringLiteral("prices/pricing.json"));
    PricingEditor editor(path);
    auto *text = editor.findChild<QPlainTextEdit *>();
    QVERIFY(text->toPlainText().contains(u"input_per_million")); // the example to start from
    text->setPlainText(
            QStringLiteral(R"({"currency": "USD", "models": [{"provider": "openai"}]})"));
    editor.accept();
    QVERIFY(editor.problem().contains(u"models[0].model"));
    QVERIFY(!QFile::exists(path));
    text->setPlainText(QString::fromUtf8(PricingEditor::example()));
    editor.accept();
    QVERIFY(editor.problem().isEmpty());
    QString error;
    const auto saved = Pricing::load(path, &error);
    QVERIFY2(saved, qPrintable(error));
    QCOMPARE(saved->currency(), QStringLiteral("USD"));
}

void tst_MainWindow::showsThePlanAndWhatTheCacheAnswered()
{
    test::FakeAiServer server;
    QVERIFY(server.listen());
    qputenv("AI_PROVIDER", "openai");
    qputenv("AI_SERVICE_URL", server.url().toString().toUtf8());
    qputenv("ALTRUNNER_CACHE", "auto");
    qputenv("ALTRUNNER_CACHE_DIR", m_dir.filePath(QStringLiteral("cache")).toUtf8());
    const auto restore = qScopeGuard([] {
        for (const char *v :
             {"AI_PROVIDER", "AI_SERVICE_URL", "ALTRUNNER_CACHE", "ALTRUNNER_CACHE_DIR"})
            qunsetenv(v);
    });
    const QString file = write(
            QStringLiteral("cached.alt"),
            R"({"id": "cached", "version": "1", "created_at": "2026-01-01T00:00:00Z", "title": "C",
      "tasks": [{"id": "a", "description": "first question"},
                {"id": "b", "description": "about {{a}}", "dependencies": ["a"]}]})");
    MainWindow w;
    w.show();
    QVERIFY(w.openFile(file));
    QTableView *table = w.taskPanel()->view();
    auto plan = [table](int row) {
        return table->model()->index(row, TaskTableModel::PlanColumn).data().toString();
    };
    QTRY_COMPARE(plan(0), QStringLiteral("run (no earlier answer)"));
    QCOMPARE(plan(1), QStringLiteral("unknown until 'a' runs"));
    QSignalSpy finished(&w, &MainWindow::runFinished);
    w.runFile();
    QVERIFY(finished.wait(10000));
    QCOMPARE(server.inferenceRequests().size(), 2);
    QTRY_COMPARE(plan(0), QStringLiteral("cached")); // planned again after the run
    QTRY_COMPARE(plan(1), QStringLiteral("cached"));
    w.runFile();
    QVERIFY(finished.wait(10000));
    QCOMPARE(server.inferenceRequests().size(), 2); // nothing asked
    QCOMPARE(table->model()->index(0, TaskTableModel::StatusColumn).data().toString(),
             QStringLiteral("completed (cached)"));
    QVERIFY(w.document()->task(1).fromCache());
    QVERIFY2(w.metricsPanel()->valueText(QStringLiteral("cache")).startsWith(u"2 answer"),
             qPrintable(w.metricsPanel()->valueText(QStringLiteral("cache"))));
}

void tst_MainWindow::opensAPastLastFile()
{
    MainWindow w;
    w.show();
    QVERIFY(w.openFile(QStringLiteral(ALTRUNNER_EXAMPLES_DIR "/research_brief.alt")));
    QSignalSpy finished(&w, &MainWindow::runFinished);
    w.runFile();
    QVERIFY(finished.wait(20000));
    const QString last = w.lastFilePath();

    MainWindow other;
    other.show();
    QVERIFY(other.openLastFile(last));
    QCOMPARE(other.document()->taskCount(), 7);
    QTRY_VERIFY(other.document()->hasLayout());
    // The structure came from the LAST file alone: 'brief' depends on 'compare' and 'glossary'.
    const AltFile &alt = *other.document()->altFile();
    const int brief = alt.indexOf(QStringLiteral("brief"));
    QCOMPARE(alt.tasks.at(brief).dependencies.size(), 2);
    QCOMPARE(other.document()->task(brief).status, TaskStatus::Completed);
    QCOMPARE(other.document()->snapshot().count(TaskStatus::Completed), 7);
    QVERIFY(other.document()->layout().layers.at(brief) >= 2);
    QVERIFY(!other.openLastFile(m_dir.filePath(QStringLiteral("missing.json"))));
}

void tst_MainWindow::servesTheApi()
{
    // Two runs started through the REST API at once: each its own entry in the Runs panel,
    // the file the person looks at untouched; choosing one shows it, live.
    qputenv("MOCK_AI_LATENCY_MS", "150");
    auto restore = qScopeGuard([] { qunsetenv("MOCK_AI_LATENCY_MS"); });
    MainWindow w;
    w.show();
    QVERIFY(w.openFile(QStringLiteral(ALTRUNNER_EXAMPLES_DIR "/altlas_example_alt_file.json")));
    const int ownTasks = w.document()->taskCount();
    const auto ownFile = w.document()->altFile();
    QVERIFY(w.setServing(true, 0));
    QVERIFY(w.apiServer() && w.apiServer()->isListening());
    QNetworkAccessManager nam;
    QFile example(QStringLiteral(ALTRUNNER_EXAMPLES_DIR "/research_brief.alt"));
    QVERIFY(example.open(QIODevice::ReadOnly));
    const QByteArray body = QJsonDocument(QJsonObject {{QStringLiteral("alt_file"),
                                                        QString::fromUtf8(example.readAll())}})
                                    .toJson();
    QNetworkRequest request(
            QUrl(QStringLiteral("http://127.0.0.1:%1/run").arg(w.apiServer()->port())));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QStringList ids;
    for (int k = 0; k < 2; ++k) {
        QNetworkReply *reply = nam.post(request, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(5000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 202);
        ids.append(QJsonDocument::fromJson(reply->readAll())[u"id"].toString());
        reply->deleteLater();
    }
    RunsModel *runs = w.runsPanel()->model();
    QTRY_VERIFY(runs->rowOf(ids.at(0)) >= 0 && runs->rowOf(ids.at(1)) >= 0);
    QVERIFY(runs->rowOf(ids.at(0)) != runs->rowOf(ids.at(1)));
    QCOMPARE(w.document()->altFile(), ownFile); // the view is untouched
    QCOMPARE(w.document()->taskCount(), ownTasks);
    QVERIFY(runs->summary(runs->rowOf(ids.at(0))).trigger == u"api");
    QVERIFY(runs->data(runs->index(runs->rowOf(ids.at(0)), RunsModel::TitleColumn))
                    .toString()
                    .contains(u"(API)"));
    // Choosing the second shows it while it runs, then as it ended.
    const int second = runs->rowOf(ids.at(1));
    QVERIFY(runs->liveRun(second));
    emit w.runsPanel()->runChosen(second);
    QCOMPARE(w.document()->taskCount(), 7);
    QCOMPARE(w.shown()->executionId(), ids.at(1));
    QTRY_VERIFY_WITH_TIMEOUT(runs->summary(runs->rowOf(ids.at(1))).finished, 20000);
    QTRY_COMPARE(w.document()->snapshot().count(TaskStatus::Completed), 7);
    QTRY_VERIFY(!w.outcomeBanner()->isHidden());
    QCOMPARE(w.lastFilePath(), runs->summary(runs->rowOf(ids.at(1))).lastFilePath);
    QTRY_VERIFY_WITH_TIMEOUT(runs->summary(runs->rowOf(ids.at(0))).finished, 20000);
    QCOMPARE(w.shown()->executionId(), ids.at(1)); // the first ending changed nothing shown
    QVERIFY(w.setServing(false));
    QVERIFY(!w.apiServer());
}

void tst_MainWindow::exportsGraphAndTimeline()
{
    MainWindow w;
    w.show();
    QVERIFY(w.openFile(QStringLiteral(ALTRUNNER_EXAMPLES_DIR "/research_brief.alt")));
    QTRY_VERIFY(w.document()->hasLayout());
    for (const char *name : {"g.png", "g.svg"}) {
        const QString path = m_dir.filePath(QLatin1String(name));
        QVERIFY(w.exportView(MainWindow::GraphTab, path));
        QVERIFY(QFileInfo(path).size() > 500);
    }
    QVERIFY(w.exportView(MainWindow::TimelineTab, m_dir.filePath(QStringLiteral("t.png"))));
    QImage image(m_dir.filePath(QStringLiteral("g.png")));
    QVERIFY(!image.isNull() && image.width() > 100);
    QFile svg(m_dir.filePath(QStringLiteral("g.svg")));
    QVERIFY(svg.open(QIODevice::ReadOnly));
    QVERIFY(svg.readAll().contains("<svg"));
}

void tst_MainWindow::resumesAnInterruptedRun()
{
    // A run whose journal is left behind (as after kill -9): the window offers it and resumes it.
    const auto alt = test::load(
            test::altDocument({test::task(QStringLiteral("x")),
                               test::task(QStringLiteral("y"), {QStringLiteral("x")})}));
    const QString runs = m_dir.filePath(QStringLiteral("runs"));
    const QString id = QStringLiteral("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee");
    {
        Journal journal;
        Journal::Header header;
        header.executionId = id;
        header.startedAtMs = QDateTime::currentMSecsSinceEpoch();
        header.altJson = AltWriter::toJson(*alt);
        QString error;
        QDir().mkpath(runs);
        QVERIFY(journal.open(Journal::pathFor(runs, id), header, {}, &error));
    }
    MainWindow w;
    w.show();
    w.offerToResume();
    QSignalSpy finished(&w, &MainWindow::runFinished);
    QVERIFY(w.resumeJournal(Journal::pathFor(runs, id)));
    QVERIFY(finished.wait(10000));
    const RunResult result = finished.first().first().value<RunResult>();
    QCOMPARE(result.executionId, id);
    QCOMPARE(result.outcome, RunOutcome::Success);
    QVERIFY(!QFile::exists(Journal::pathFor(runs, id)));
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
    diagnostics.setDiagnostics({});

    RunDocument document;
    TaskTableModel tasks(&document);
    QAbstractItemModelTester t2(&tasks, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto alt = test::load(
            test::altDocument({test::noop(QStringLiteral("a")),
                               test::noop(QStringLiteral("b"), {QStringLiteral("a")})}));
    document.setAltFile(alt);
    QCOMPARE(tasks.rowCount(), 2);
    RunSnapshot s;
    s.total = 2;
    TaskUpdate u;
    u.index = 1;
    u.status = TaskStatus::Running;
    u.startMs = 1000;
    u.attempts = {{1000, 0, AttemptOutcome::Completed, QString()}};
    document.apply(s, {u});
    QCOMPARE(tasks.index(1, TaskTableModel::StatusColumn).data().toString(),
             QStringLiteral("running"));
    QCOMPARE(tasks.index(1, TaskTableModel::DependenciesColumn).data().toString(),
             QStringLiteral("a"));
    document.clear();
    QCOMPARE(tasks.rowCount(), 0);

    JsonTreeModel json;
    QAbstractItemModelTester t3(&json, QAbstractItemModelTester::FailureReportingMode::QtTest);
    json.setDocument(
            QJsonDocument::fromJson(R"({"a": [1, {"b": null}], "c": "text", "d": {}})").object());
    QCOMPARE(json.rowCount(), 3);
    const QModelIndex a = json.index(0, 0);
    QCOMPARE(a.data().toString(), QStringLiteral("a"));
    QVERIFY(json.hasChildren(a));
    QCOMPARE(json.rowCount(a), 2);
    QCOMPARE(json.index(1, JsonTreeModel::ValueColumn, a).data().toString(),
             QStringLiteral("1 member(s)"));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
