// SPDX-License-Identifier: GPL-3.0-or-later
// The window for daily use and large runs (docs/gui.md "Daily use and large runs"): the task
// table sorts and filters, "next failure" jumps, one selection across graph, timeline and
// table, the find box centres the graph, the outcome banner and its "show failures", Reload and
// re-running from a past LAST file, the Runs panel, a wide graph that wraps, and no enum word on
// screen in English or Turkish.

#include "answerpane.h"
#include "appsettings.h"
#include "budgetnotice.h"
#include "comparedialog.h"
#include "config/modelcatalog.h"
#include "dagview.h"
#include "jsonfileeditor.h"
#include "languages.h"
#include "mainwindow.h"
#include "minimap.h"
#include "outcomebanner.h"
#include "pastrunsdialog.h"
#include "rundiffmodel.h"
#include "rundocument.h"
#include "runsettingsbar.h"
#include "runsmodel.h"
#include "runspanel.h"
#include "shownrun.h"
#include "spend/budget.h"
#include "statusbar.h"
#include "statusstyle.h"
#include "taskdetails.h"
#include "taskfiltermodel.h"
#include "tasknavigator.h"
#include "taskpanel.h"
#include "tasktablemodel.h"
#include "timelineview.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>
#include <QTreeView>

using namespace altrunner;

namespace {

// Four tasks: 'ok' completes, 'slow' times out, 'after' is cancelled with it, 'alone' completes.
const QByteArray kPartial
        = R"({"id": "p", "version": "1", "created_at": "2026-01-01T00:00:00Z", "title": "Partial",
  "tasks": [{"id": "ok", "description": "fine", "parameters": {"task_type": "noop", "duration_ms": 30}},
            {"id": "slow", "description": "too slow {{ok}}", "dependencies": ["ok"],
             "parameters": {"mock_latency_ms": 400}, "timeout_seconds": 0.05},
            {"id": "after", "description": "needs {{slow}}", "dependencies": ["slow"]},
            {"id": "alone", "description": "independent", "parameters": {"task_type": "noop", "duration_ms": 10}}]})";

QStringList words(const char *spaceSeparated)
{
    return QString::fromUtf8(spaceSeparated).split(u' ', Qt::SkipEmptyParts);
}

QStringList visibleTexts(QWidget *root)
{
    // Every text a person can see: labels, buttons, tabs, tables' shown cells, rich text,
    // the title and the status bar.
    QStringList out {root->windowTitle()};
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisible())
            continue;
        if (auto *l = qobject_cast<QLabel *>(w))
            out.append(l->text());
        else if (auto *b = qobject_cast<QAbstractButton *>(w))
            out.append(b->text());
        else if (auto *t = qobject_cast<QTextBrowser *>(w))
            out.append(t->toPlainText());
        else if (auto *box = qobject_cast<QComboBox *>(w))
            out.append(box->currentText());
        else if (auto *tabs = qobject_cast<QTabWidget *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                out.append(tabs->tabText(i));
        } else if (auto *v = qobject_cast<QTableView *>(w)) {
            const QAbstractItemModel *m = v->model();
            for (int r = 0; r < std::min(m->rowCount(), 50); ++r) {
                for (int c = 0; c < m->columnCount(); ++c)
                    out.append(m->index(r, c).data().toString());
            }
            for (int c = 0; c < m->columnCount(); ++c)
                out.append(m->headerData(c, Qt::Horizontal).toString());
        }
    }
    return out;
}

} // namespace

class tst_DailyUse : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsSchemasRepairsAndFallbacks();
    void modelsEditorSavesOnlyAModelsFile();
    void showsChecksAndComparesRuns();
    void tableSortsAndFilters_data();
    void tableSortsAndFilters();
    void nextFailureAndShowFailures();
    void selectionFollowsEverywhere();
    void findCentresTheGraph();
    void reloadsAndRerunsFromAPastLastFile();
    void invalidFileClearsThePreviousRun();
    void runsPanelListsPastRuns();
    void wideGraphWrapsAndHasAMinimap();
    void noEnumWordOnScreen_data();
    void noEnumWordOnScreen();
    void firstWindowFitsTheScreen();
    void windowStaysWithinTheScreen();
    void rerunsFromTheSelectedTask();
    void planFollowsTheRunSettings();
    void raisingTheBudgetOffersEnough_data();
    void raisingTheBudgetOffersEnough();
    void everyViewTellsTheSameOutcome_data();
    void everyViewTellsTheSameOutcome();

private:
    QString write(const QString &name, const QByteArray &content);
    // Opens kPartial in `w` and runs it to its end.
    void runPartial(MainWindow &w);
    QTemporaryDir m_dir;
};

void tst_DailyUse::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("altrunner-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_dailyuse"));
    qputenv("OUTPUT_DIR", m_dir.filePath(QStringLiteral("runs")).toUtf8());
    qputenv("MOCK_AI_LATENCY_MS", "5");
    qunsetenv("AI_SERVICE_URL");
    qunsetenv("AI_PROVIDER");
    AppSettings::setLanguage(QString());
}

void tst_DailyUse::showsSchemasRepairsAndFallbacks()
{
    // The offline example with its models file: 'collect' is repaired once (its first answer
    // is not JSON), 'headline' falls back from 'writer' to 'backup'.
    qputenv("ALTRUNNER_MODELS", ALTRUNNER_EXAMPLES_DIR "/models.json");
    const auto restore = qScopeGuard([] { qunsetenv("ALTRUNNER_MODELS"); });
    MainWindow w;
    w.show();
    QVERIFY(w.openFile(QStringLiteral(ALTRUNNER_EXAMPLES_DIR "/release_review.alt")));
    QSignalSpy finished(&w, &MainWindow::runFinished);
    w.runFile();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().value<RunResult>().outcome, RunOutcome::Success);
    AnswerPane *pane = nullptr; // the Answer tab's (the Task dock's is compact, without a tree)
    for (AnswerPane *p : w.findChildren<AnswerPane *>())
        if (p->jsonTree()->parentWidget()->parentWidget() != p)
            pane = p;
    QVERIFY(pane);

    const int headline = w.document()->altFile()->indexOf(QStringLiteral("headline"));
    w.selectTask(headline);
    QTRY_COMPARE(pane->details()->task(), headline);
    const QString fellBack = pane->details()->toPlainText();
    QVERIFY2(fellBack.contains(u"Answered by a fallback model: writer \u21aa backup"),
             qPrintable(fellBack));
    QVERIFY(fellBack.contains(u"left 'writer': simulated failure"));
    QVERIFY(w.dagView()->toolTipFor(headline).contains(u"models: writer \u21aa backup"));
    QVERIFY(!pane->jsonTree()->isVisibleTo(pane)); // free text: no parsed answer

    const int collect = w.document()->altFile()->indexOf(QStringLiteral("collect"));
    w.selectTask(collect);
    QTRY_COMPARE(pane->details()->task(), collect);
    const QString repaired = pane->details()->toPlainText();
    QVERIFY2(repaired.contains(u"did not match the schema"), qPrintable(repaired));
    QVERIFY(repaired.contains(u"the answer is not JSON"));
    QVERIFY(repaired.contains(u"the answer matches it (checked here)"));
    QVERIFY(pane->jsonTree()->isVisibleTo(pane));
    QAbstractItemModelTester tester(pane->jsonTree()->model());
    QCOMPARE(pane->jsonTree()->model()->rowCount(), 1); // "items"
    QCOMPARE(pane->jsonTree()->model()->index(0, 0).data().toString(), QStringLiteral("items"));
}

void tst_DailyUse::showsChecksAndComparesRuns()
{
    // Checks in the table (a column and a filter), in the task's details and in the outcome;
    // File ▸ Export Report…; Run ▸ Compare With… (docs/outputs.md).
    const QString first = write(QStringLiteral("checked.alt"), R"x({"id": "checked",
        "version": "1.0", "created_at": "2026-12-06T00:00:00Z", "title": "Checked",
        "tasks": [
          {"id": "good", "description": "Hello", "assert": [{"type": "contains", "value": "Hello"}]},
          {"id": "bad", "description": "Hi", "assert": [
            {"type": "contains", "value": "Hi"}, {"type": "equals", "value": "exactly"}]},
          {"id": "later", "description": "Later", "dependencies": ["bad"]},
          {"id": "plain", "description": "Plain"}]})x");
    MainWindow w;
    w.show();
    QVERIFY(w.openFile(first));
    QSignalSpy finished(&w, &MainWindow::runFinished);
    w.runFile();
    QVERIFY(finished.wait(20000));
    const RunResult result = finished.first().first().value<RunResult>();
    QCOMPARE(result.snapshot.checksFailed, 1);
    QCOMPARE(result.snapshot.checksPassed, 2);
    QVERIFY2(w.statusBar()->findChild<QLabel *>() != nullptr, "status bar");
    const QString outcome = w.findChild<OutcomeBanner *>()->text();
    QVERIFY2(outcome.contains(u"Checks: 2 passed, 1 failed, 0 warned."), qPrintable(outcome));
    QVERIFY(outcome.contains(u"checks failed: equals:"));

    QAbstractItemModel *table = w.taskPanel()->filter()->sourceModel();
    const int good = w.document()->altFile()->indexOf(QStringLiteral("good"));
    const int bad = w.document()->altFile()->indexOf(QStringLiteral("bad"));
    const int plain = w.document()->altFile()->indexOf(QStringLiteral("plain"));
    QCOMPARE(table->headerData(TaskTableModel::ChecksColumn, Qt::Horizontal).toString(),
             QStringLiteral("Checks"));
    QCOMPARE(table->index(good, TaskTableModel::ChecksColumn).data().toString(),
             QStringLiteral("\u2713 1/1"));
    QCOMPARE(table->index(bad, TaskTableModel::ChecksColumn).data().toString(),
             QStringLiteral("\u2717 1/2"));
    QCOMPARE(table->index(plain, TaskTableModel::ChecksColumn).data().toString(), QString());
    QVERIFY(table->index(bad, TaskTableModel::ChecksColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"\u2717 equals: the answer"));
    w.taskPanel()->filter()->setShow(TaskFilterModel::ChecksFailed);
    QCOMPARE(w.taskPanel()->filter()->rowCount(), 1);
    w.taskPanel()->filter()->setShow(TaskFilterModel::WithChecks);
    QCOMPARE(w.taskPanel()->filter()->rowCount(), 2);
    w.taskPanel()->filter()->setShow(TaskFilterModel::All);

    AnswerPane *pane = w.findChildren<AnswerPane *>().constFirst();
    w.selectTask(bad);
    QTRY_COMPARE(pane->details()->task(), bad);
    const QString details = pane->details()->toPlainText();
    QVERIFY2(details.contains(u"Checks"), qPrintable(details));
    QVERIFY(details.contains(u"\u2713 contains: the answer contains 'Hi'"));
    QVERIFY(details.contains(u"\u2717 equals: the answer '[simulated] Hi' is not 'exactly'"));

    const QString html = m_dir.filePath(QStringLiteral("checked.html"));
    QString error;
    QVERIFY2(w.exportReport(html, &error), qPrintable(error));
    QFile page(html);
    QVERIFY(page.open(QIODevice::ReadOnly));
    const QByteArray bytes = page.readAll();
    QVERIFY(bytes.contains("<!DOCTYPE html>"));
    QVERIFY(bytes.contains("\u2717 equals: the answer &#39;[simulated] Hi&#39; is not"));
    const QString firstLast = w.lastFilePath();

    // The same file changed, run again, compared with the first run.
    const QString second = write(QStringLiteral("checked.alt"), R"x({"id": "checked",
        "version": "1.0", "created_at": "2026-12-06T00:00:00Z", "title": "Checked",
        "tasks": [
          {"id": "good", "description": "Hello there", "assert": [{"type": "contains", "value": "Hello"}]},
          {"id": "bad", "description": "Hi", "assert": [{"type": "contains", "value": "Hi"}]},
          {"id": "later", "description": "Later", "dependencies": ["bad"]},
          {"id": "plain", "description": "Plain"}]})x");
    QVERIFY(w.openFile(second));
    finished.clear();
    w.runFile();
    QVERIFY(finished.wait(20000));
    QVERIFY(w.lastFilePath() != firstLast);
    CompareDialog *compare = w.compareWith(firstLast);
    QVERIFY(compare);
    QAbstractItemModelTester tester(compare->table()->model()); // the filter over the diff
    const RunDiff::Result &diff = compare->diff();
    QCOMPARE(diff.differing(), 3); // good: answer; bad and later: status
    QVERIFY(compare->onlyDiffering()->isChecked());
    QCOMPARE(compare->table()->model()->rowCount(), 3);
    compare->onlyDiffering()->setChecked(false);
    QCOMPARE(compare->table()->model()->rowCount(), 4);
    compare->onlyDiffering()->setChecked(true);
    // The first row shown is selected, and its answer is shown as a diff.
    QTRY_VERIFY(!compare->answer()->toPlainText().isEmpty());
    for (int row = 0; row < compare->table()->model()->rowCount(); ++row) {
        if (compare->table()->model()->index(row, RunDiffModel::TaskColumn).data()
            != QStringLiteral("good"))
            continue;
        compare->table()->selectRow(row);
        QTRY_VERIFY(compare->answer()->toPlainText().contains(u"+[simulated] Hello there"));
        QVERIFY(compare->answer()->toPlainText().contains(u"-[simulated] Hello"));
    }
    const QString diffHtml = m_dir.filePath(QStringLiteral("compare.html"));
    QVERIFY2(compare->exportReport(diffHtml, &error), qPrintable(error));
    QFile diffPage(diffHtml);
    QVERIFY(diffPage.open(QIODevice::ReadOnly));
    QVERIFY(diffPage.readAll().contains("3 of 4 tasks differ"));
    compare->close();
}

void tst_DailyUse::modelsEditorSavesOnlyAModelsFile()
{
    const QString path = m_dir.filePath(QStringLiteral("config/models.json"));
    ModelsEditor editor(path);
    auto *text = editor.findChild<QPlainTextEdit *>();
    QVERIFY(text->toPlainText().contains(u"fallbacks")); // the example to start from
    text->setPlainText(QStringLiteral(
            R"({"models": {"a": {"provider": "openai", "url": "http://h/v1", "model": "m"}},
                "fallbacks": {"a": ["nowhere"]}})"));
    editor.accept();
    QVERIFY2(editor.problem().contains(u"/fallbacks/a/0: 'nowhere' is not an alias"),
             qPrintable(editor.problem()));
    QVERIFY(!QFile::exists(path));
    text->setPlainText(QString::fromUtf8(ModelsEditor::example()));
    editor.accept();
    QVERIFY(editor.problem().isEmpty());
    QString error;
    const auto saved = ModelCatalog::load(path, &error);
    QVERIFY2(saved, qPrintable(error));
    QCOMPARE(saved->chain(QStringLiteral("fast")),
             (QStringList {QStringLiteral("fast"), QStringLiteral("local"),
                           QStringLiteral("altlas")}));
}

QString tst_DailyUse::write(const QString &name, const QByteArray &content)
{
    QFile f(m_dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    f.write(content);
    return f.fileName();
}

void tst_DailyUse::runPartial(MainWindow &w)
{
    QSignalSpy finished(&w, &MainWindow::runFinished);
    QVERIFY(w.openFile(write(QStringLiteral("partial.alt"), kPartial)));
    w.runFile();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().value<RunResult>().outcome, RunOutcome::PartialSuccess);
}

void tst_DailyUse::tableSortsAndFilters_data()
{
    QTest::addColumn<int>("show");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("rows");
    QTest::newRow("all") << int(TaskFilterModel::All) << QString() << words("ok slow after alone");
    QTest::newRow("failures") << int(TaskFilterModel::Failures) << QString() << words("slow after");
    QTest::newRow("completed") << int(TaskFilterModel::Completed) << QString() << words("ok alone");
    QTest::newRow("running") << int(TaskFilterModel::Running) << QString() << QStringList {};
    QTest::newRow("text in the id")
            << int(TaskFilterModel::All) << QStringLiteral("AL") << words("alone");
    QTest::newRow("text in the description")
            << int(TaskFilterModel::All) << QStringLiteral("needs") << words("after");
    QTest::newRow("failures with text")
            << int(TaskFilterModel::Failures) << QStringLiteral("slow") << words("slow after");
}

void tst_DailyUse::tableSortsAndFilters()
{
    QFETCH(int, show);
    QFETCH(QString, text);
    QFETCH(QStringList, rows);
    MainWindow w;
    w.show();
    runPartial(w);
    TaskFilterModel *filter = w.taskPanel()->filter();
    QAbstractItemModelTester tester(filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter->setShow(TaskFilterModel::Show(show));
    filter->setText(text);
    QStringList shown;
    for (int r = 0; r < filter->rowCount(); ++r)
        shown.append(filter->index(r, TaskTableModel::IdColumn).data().toString());
    QCOMPARE(shown, rows);
    // Sorting by time sorts numbers as numbers; by status, in the status's order.
    filter->setShow(TaskFilterModel::All);
    filter->setText(QString());
    w.taskPanel()->view()->sortByColumn(TaskTableModel::StatusColumn, Qt::DescendingOrder);
    const auto status = [filter](int r) {
        return TaskStatus(filter->index(r, 0).data(TaskTableModel::StatusRole).toInt());
    };
    for (int r = 1; r < filter->rowCount(); ++r)
        QVERIFY(int(status(r - 1)) >= int(status(r)));
    w.taskPanel()->view()->sortByColumn(TaskTableModel::DurationColumn, Qt::AscendingOrder);
    for (int r = 1; r < filter->rowCount(); ++r)
        QVERIFY(filter->index(r - 1, TaskTableModel::DurationColumn)
                        .data(TaskTableModel::SortRole)
                        .toLongLong()
                <= filter->index(r, TaskTableModel::DurationColumn)
                           .data(TaskTableModel::SortRole)
                           .toLongLong());
}

void tst_DailyUse::nextFailureAndShowFailures()
{
    MainWindow w;
    w.show();
    runPartial(w);
    const AltFile &alt = *w.document()->altFile();
    // The banner tells the outcome and offers the failures.
    OutcomeBanner *banner = w.outcomeBanner();
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().startsWith(u"Partly succeeded: 2 completed, 1 timed out, 1 cancelled"),
             qPrintable(banner->text()));
    QVERIFY(banner->offersFailures());
    emit banner->showFailuresRequested();
    QCOMPARE(w.taskPanel()->filter()->show(), TaskFilterModel::Failures);
    QCOMPARE(w.taskPanel()->filter()->rowCount(), 2);
    QTRY_VERIFY2(w.taskPanel()->shownText().contains(u"Showing 2 of 4 tasks"),
                 qPrintable(w.taskPanel()->shownText())); // a filter never hides silently
    QCOMPARE(w.navigator()->selected(), alt.indexOf(QStringLiteral("slow")));
    // Next failure walks the failures, wrapping, and shows everything when one is filtered out.
    w.taskPanel()->selectNextFailure();
    QCOMPARE(w.navigator()->selected(), alt.indexOf(QStringLiteral("after")));
    w.taskPanel()->selectNextFailure();
    QCOMPARE(w.navigator()->selected(), alt.indexOf(QStringLiteral("slow")));
    w.taskPanel()->filter()->setShow(TaskFilterModel::Completed);
    w.taskPanel()->selectNextFailure();
    QCOMPARE(w.navigator()->selected(), alt.indexOf(QStringLiteral("after")));
    QCOMPARE(w.taskPanel()->filter()->show(), TaskFilterModel::All);
    // A new run hides the banner.
    QSignalSpy finished(&w, &MainWindow::runFinished);
    w.rerunFailed();
    QVERIFY(!banner->isVisible());
    QVERIFY(finished.wait(10000));
}

void tst_DailyUse::selectionFollowsEverywhere()
{
    MainWindow w;
    w.show();
    runPartial(w);
    const int slow = w.document()->altFile()->indexOf(QStringLiteral("slow"));
    const int alone = w.document()->altFile()->indexOf(QStringLiteral("alone"));
    // From the graph...
    emit w.dagView()->taskSelected(slow);
    QCOMPARE(w.taskPanel()->currentTask(), slow);
    QCOMPARE(w.dagView()->selectedTask(), slow);
    QVERIFY(w.taskDetails()->toPlainText().startsWith(u"slow"));
    // ...from the timeline...
    emit w.timelineView()->taskSelected(alone);
    QCOMPARE(w.taskPanel()->currentTask(), alone);
    QCOMPARE(w.dagView()->selectedTask(), alone);
    // ...and from the table, sorted differently from the file.
    QTableView *table = w.taskPanel()->view();
    table->sortByColumn(TaskTableModel::IdColumn, Qt::DescendingOrder);
    const QModelIndex first
            = table->model()->index(0, 0); // 'slow' sorts... by file order: 'alone' last
    table->setCurrentIndex(first);
    const int chosen = w.taskPanel()->currentTask();
    QCOMPARE(chosen, alone); // descending file order: the last task first
    QCOMPARE(w.navigator()->selected(), alone);
    table->setCurrentIndex(table->model()->index(1, 0));
    QCOMPARE(w.dagView()->selectedTask(), w.taskPanel()->currentTask());
    QVERIFY(w.taskDetails()->task() == w.dagView()->selectedTask());
}

void tst_DailyUse::findCentresTheGraph()
{
    MainWindow w;
    w.resize(900, 600);
    w.show();
    QVERIFY(w.openFile(QStringLiteral(ALTRUNNER_EXAMPLES_DIR "/research_brief.alt")));
    QTRY_VERIFY(w.document()->hasLayout());
    TaskNavigator *nav = w.navigator();
    QCOMPARE(nav->find(QStringLiteral("GLOSSARY")),
             w.document()->altFile()->indexOf(QStringLiteral("glossary")));
    QCOMPARE(nav->find(QStringLiteral("no such task anywhere")), -1);
    QLineEdit *box = w.searchBox();
    box->setText(QStringLiteral("brief"));
    emit box->returnPressed();
    const int brief = w.document()->altFile()->indexOf(QStringLiteral("brief"));
    QCOMPARE(nav->selected(), brief);
    QCOMPARE(w.dagView()->selectedTask(), brief);
    const QRectF shown = w.dagView()->mapToScene(w.dagView()->viewport()->rect()).boundingRect();
    QVERIFY(shown.contains(w.document()->layout().positions.at(brief)));
    // Focus shows the task with its upstream and downstream only.
    nav->toggleFocus();
    QCOMPARE(w.dagView()->focusTask(), brief);
    nav->toggleFocus();
    QCOMPARE(w.dagView()->focusTask(), -1);
}

void tst_DailyUse::reloadsAndRerunsFromAPastLastFile()
{
    MainWindow w;
    w.show();
    runPartial(w);
    const QString last = w.lastFilePath();
    QVERIFY(!last.isEmpty());
    // Fix the file on disk (no more time-out) and reload: Re-run Failed continues from that run.
    QByteArray fixed = kPartial;
    fixed.replace("\"timeout_seconds\": 0.05", "\"timeout_seconds\": 5");
    fixed.replace("\"mock_latency_ms\": 400", "\"mock_latency_ms\": 20");
    write(QStringLiteral("partial.alt"), fixed);
    QSignalSpy opened(&w, &MainWindow::fileOpened);
    w.reload();
    QTRY_VERIFY(!opened.isEmpty());
    QVERIFY(opened.first().first().toBool());
    QCOMPARE(w.lastFilePath(), last);
    QVERIFY(w.canRerunFailed());
    // Opened as a past run instead: it re-runs against the ALT file as it is now.
    QSignalSpy finished(&w, &MainWindow::runFinished);
    QVERIFY(w.openLastFile(last));
    QTRY_VERIFY(w.shown()->showsPastRun());
    QVERIFY(w.canRerunFailed());
    w.rerunFailed();
    QVERIFY(finished.wait(10000));
    const RunResult result = finished.first().first().value<RunResult>();
    QCOMPARE(result.outcome, RunOutcome::Success);
    QCOMPARE(result.snapshot.count(TaskStatus::Completed), 4);
    QVERIFY(!w.canRerunFailed()); // everything completed
    // The carried-over tasks are marked, and the timeline starts at this run's start.
    const int ok = w.document()->altFile()->indexOf(QStringLiteral("ok"));
    QVERIFY(w.document()->task(ok).isCarried());
    QVERIFY(w.document()->timeOrigin() >= result.snapshot.startedAtMs - 1);
}

void tst_DailyUse::invalidFileClearsThePreviousRun()
{
    MainWindow w;
    w.show();
    runPartial(w);
    QVERIFY(w.document()->snapshot().finishedCount() > 0);
    const QString broken = write(QStringLiteral("broken.alt"), "{\"id\": \"x\", \"tasks\": [");
    QVERIFY(!w.openFile(broken));
    QCOMPARE(w.document()->snapshot().total, 0);
    QCOMPARE(w.document()->snapshot().finishedCount(), 0);
    QVERIFY(!w.document()->note().isEmpty()); // the graph says why it is empty
    QVERIFY(w.outcomeBanner()->isHidden());
    QVERIFY(!w.shown()->runnable());
}

void tst_DailyUse::runsPanelListsPastRuns()
{
    // The LAST files in the output folder are listed (read off the GUI thread), newest first,
    // with the session's runs; choosing a past one opens it.
    {
        MainWindow w;
        w.show();
        runPartial(w);
    }
    MainWindow w;
    w.show();
    RunsModel *runs = w.runsPanel()->model();
    QAbstractItemModelTester tester(runs, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY(runs->rowCount() >= 1);
    QVERIFY(runs->index(0, RunsModel::StatusColumn).data().toString() != u"partial_success");
    QCOMPARE(runs->index(0, RunsModel::StatusColumn).data().toString(),
             QStringLiteral("Partly succeeded"));
    QVERIFY(!runs->summary(0).lastFilePath.isEmpty());
    runPartial(w);
    QTRY_COMPARE(runs->summary(0).executionId, w.shown()->executionId());
    QVERIFY(runs->rowCount() >= 2);
    for (int r = 1; r < runs->rowCount(); ++r)
        QVERIFY(runs->summary(r - 1).startedAtMs >= runs->summary(r).startedAtMs);
    QSignalSpy opened(&w, &MainWindow::fileOpened);
    emit w.runsPanel()->runChosen(1);
    QTRY_VERIFY(!opened.isEmpty());
    QVERIFY(w.shown()->showsPastRun());
    QCOMPARE(w.shown()->executionId(), runs->summary(1).executionId);
    // The filter narrows the list.
    w.runsPanel()->filter()->setText(QStringLiteral("no run is called this"));
    QCOMPARE(w.runsPanel()->view()->model()->rowCount(), 0);
    // File > Open LAST File lists the same runs by title and outcome, not by execution id.
    PastRunsDialog dialog(m_dir.filePath(QStringLiteral("runs")));
    QSignalSpy listed(&dialog, &PastRunsDialog::listed);
    QVERIFY(listed.wait(10000));
    QVERIFY(dialog.runCount() >= 2);
    const QAbstractItemModel *m = dialog.findChild<QTableView *>()->model();
    QCOMPARE(m->index(0, 1).data().toString(), QStringLiteral("Partial"));
    QCOMPARE(m->index(0, 2).data().toString(), QStringLiteral("Partly succeeded"));
}

void tst_DailyUse::wideGraphWrapsAndHasAMinimap()
{
    // 3,000 independent tasks: at fit the drawing is a picture (not a hairline), with a
    // minimap once zoomed in.
    QByteArray json = R"({"id": "wide", "version": "1", "created_at": "2026-01-01T00:00:00Z",
      "title": "Wide", "tasks": [)";
    for (int i = 0; i < 3000; ++i)
        json += (i ? "," : "")
                + QStringLiteral(
                          R"({"id": "t%1", "description": "d", "parameters": {"task_type": "noop"}})")
                          .arg(i)
                          .toUtf8();
    json += "]}";
    MainWindow w;
    w.resize(1200, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QSignalSpy opened(&w, &MainWindow::fileOpened);
    w.openFile(write(QStringLiteral("wide.alt"), json));
    QTRY_VERIFY(!opened.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(w.document()->hasLayout(), 20000);
    const DagLayout::Result &l = w.document()->layout();
    QVERIFY(l.rowLength > 0);
    const double aspect = l.bounds.width() / l.bounds.height();
    QVERIFY2(aspect > 0.5 && aspect < 5, qPrintable(QString::number(aspect)));
    w.dagView()->fitToWindow();
    QVERIFY(w.dagView()->minimap()->isHidden());
    w.dagView()->revealTask(1500);
    QTRY_VERIFY(w.dagView()->minimap()->isVisible());
    QCOMPARE(w.dagView()->selectedTask(), 1500);
    // Focus gathers the task with its neighbours (here none): a drawing of its own, not one
    // lit box in a wall of faded ones; Ctrl+E again shows everything.
    const QRectF whole = w.dagView()->graphRect();
    w.dagView()->setFocusTask(1500);
    QVERIFY2(w.dagView()->graphRect().width() < whole.width() / 10,
             qPrintable(QString::number(w.dagView()->graphRect().width())));
    QVERIFY(w.dagView()->graphRect().contains(w.dagView()->taskRect(1500)));
    w.dagView()->setFocusTask(-1);
    QCOMPARE(w.dagView()->graphRect(), whole);
}

void tst_DailyUse::noEnumWordOnScreen_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("forbidden");
    const QStringList enumWords = words("partial_success PartialSuccess Timeout");
    QTest::newRow("English") << QString() << enumWords;
    // In Turkish, no English status word either.
    QTest::newRow("Turkish") << QStringLiteral("tr")
                             << enumWords + words("completed failed cancelled succeeded error:")
                    + QStringList {QStringLiteral("timed out")};
}

void tst_DailyUse::noEnumWordOnScreen()
{
    QFETCH(QString, language);
    QFETCH(QStringList, forbidden);
    AppSettings::setLanguage(language);
    Languages::install();
    auto restore = qScopeGuard([] {
        AppSettings::setLanguage(QString());
        Languages::install();
    });
    MainWindow w;
    w.show();
    runPartial(w);
    emit w.dagView()->taskSelected(w.document()->altFile()->indexOf(QStringLiteral("slow")));
    for (int tab = 0; tab < w.tabs()->count(); ++tab) {
        w.tabs()->setCurrentIndex(tab);
        QApplication::processEvents();
        for (const QString &text : visibleTexts(&w)) {
            for (const QString &word : forbidden)
                QVERIFY2(!text.contains(word, Qt::CaseSensitive),
                         qPrintable(QStringLiteral("'%1' in: %2").arg(word, text.left(300))));
        }
    }
}

void tst_DailyUse::firstWindowFitsTheScreen()
{
    // No saved geometry: the first window fits the screen it opens on (1280x800 at most).
    QSettings().remove(QStringLiteral("ui/geometry"));
    QSettings().remove(QStringLiteral("ui/state"));
    MainWindow w;
    const QRect screen = w.screen()->availableGeometry();
    QVERIFY2(w.width() <= std::min(1280, screen.width())
                     && w.height() <= std::min(800, screen.height()),
             qPrintable(QStringLiteral("%1x%2 on %3x%4")
                                .arg(w.width())
                                .arg(w.height())
                                .arg(screen.width())
                                .arg(screen.height())));
}

void tst_DailyUse::windowStaysWithinTheScreen()
{
    // A run whose first error names a long task id and whose LAST path is long: the window on a
    // 1366-pixel screen stays within it, the banner wraps, every dock is on screen.
    const QString longId = QStringLiteral("a_task_whose_identifier_is_far_longer_than_any_screen_"
                                          "could_show_in_one_line_of_the_status_bar_at_all");
    const QByteArray alt = R"({"id": "w", "version": "1", "created_at": "2026-01-01T00:00:00Z",
      "title": "Wide", "tasks": [{"id": ")"
            + longId.toUtf8() + R"(", "description": "slow",
      "parameters": {"mock_latency_ms": 400}, "timeout_seconds": 0.05}]})";
    MainWindow w;
    w.resize(1366, 730);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QSignalSpy finished(&w, &MainWindow::runFinished);
    QVERIFY(w.openFile(write(QStringLiteral("wide.alt"), alt)));
    w.runFile();
    QVERIFY(finished.wait(10000));
    QVERIFY(w.statusText().contains(longId));
    QVERIFY(w.outcomeBanner()->isVisible());
    QTRY_VERIFY(w.outcomeBanner()->text().contains(longId));
    QApplication::processEvents();
    QVERIFY2(w.minimumSizeHint().width() <= 1366,
             qPrintable(QString::number(w.minimumSizeHint().width())));
    QVERIFY2(w.minimumSize().width() <= 1366, qPrintable(QString::number(w.minimumSize().width())));
    QVERIFY2(w.width() <= 1366, qPrintable(QString::number(w.width())));
    // And within a 768-pixel-high screen: the metrics scroll rather than stretch the window
    // (they made it 782 high under Xvfb once they had a row more).
    QVERIFY2(w.minimumSizeHint().height() <= 768,
             qPrintable(QString::number(w.minimumSizeHint().height())));
    QVERIFY2(w.height() <= 768, qPrintable(QString::number(w.height())));
    // Every panel is within the window.
    for (QDockWidget *dock : w.findChildren<QDockWidget *>()) {
        if (!dock->isVisible())
            continue;
        const QRect r(dock->mapTo(&w, QPoint(0, 0)), dock->size());
        QVERIFY2(QRect(QPoint(0, 0), w.size()).contains(r), qPrintable(dock->windowTitle()));
    }
    // Hiding the banner keeps it so; a narrower window is still allowed.
    w.outcomeBanner()->hide();
    w.resize(1200, 700);
    QTRY_VERIFY2(w.width() <= 1200, qPrintable(QString::number(w.minimumSizeHint().width())));
}

void tst_DailyUse::rerunsFromTheSelectedTask()
{
    // Select a task of a finished run, Run ▸ Re-run From Here: it and what depends on it run
    // again; every other answer is carried over.
    MainWindow w;
    w.show();
    QVERIFY(w.openFile(QStringLiteral(ALTRUNNER_EXAMPLES_DIR "/research_brief.alt")));
    auto *action = w.findChild<QAction *>(QStringLiteral("rerunFromAction"));
    QVERIFY(action);
    QVERIFY(!action->isEnabled()); // nothing has run yet
    QSignalSpy finished(&w, &MainWindow::runFinished);
    w.runFile();
    QVERIFY(finished.wait(20000));
    const int compare = w.document()->altFile()->indexOf(QStringLiteral("compare"));
    w.selectTask(compare);
    QVERIFY(action->isEnabled());
    QVERIFY(w.canRerunFrom(compare));
    action->trigger();
    QVERIFY(finished.wait(20000));
    const RunResult second = finished.at(1).first().value<RunResult>();
    QCOMPARE(second.outcome, RunOutcome::Success);
    QFile f(second.lastFilePath);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject last = QJsonDocument::fromJson(f.readAll()).object();
    const QJsonObject tasks = last.value(u"task_results").toObject();
    QStringList asked;
    for (auto it = tasks.begin(); it != tasks.end(); ++it) {
        if (!it->toObject().value(u"metadata").toObject().contains(u"carried_over_from"))
            asked.append(it.key());
    }
    asked.sort();
    QCOMPARE(asked, (QStringList {QStringLiteral("brief"), QStringLiteral("compare")}));
    QVERIFY2(w.statusText().contains(u"Succeeded") || w.statusText().contains(u"Completed"),
             qPrintable(w.statusText()));
    // The graph offers it on a right click too (the same action).
    QVERIFY(w.dagView()->viewport()->contextMenuPolicy() == Qt::CustomContextMenu);
}

void tst_DailyUse::raisingTheBudgetOffersEnough_data()
{
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<qint64>("used");
    QTest::addColumn<qint64>("refused");
    QTest::addColumn<int>("notDone");
    QTest::addColumn<qint64>("offered");
    // A budget smaller than one request: enough for every task left at its worst case.
    QTest::newRow("smaller than one request")
            << qint64(600) << qint64(36) << qint64(1117) << 6 << qint64(7000);
    // Nearly enough: twice the limit.
    QTest::newRow("nearly enough")
            << qint64(50000) << qint64(49000) << qint64(1200) << 1 << qint64(100000);
    QTest::newRow("tiny") << qint64(40) << qint64(20) << qint64(30) << 2 << qint64(1000);
}

void tst_DailyUse::raisingTheBudgetOffersEnough()
{
    QFETCH(qint64, limit);
    QFETCH(qint64, used);
    QFETCH(qint64, refused);
    QFETCH(int, notDone);
    QFETCH(qint64, offered);
    BudgetState b;
    b.tokensLimit = limit;
    b.tokensUsed = used;
    b.exhausted = true;
    b.refusedTokens = refused;
    const BudgetLimits offer = Budget::raisedToContinue(b, notDone);
    QCOMPARE(offer.tokens.value_or(-1), offered);
    QVERIFY(*offer.tokens >= used + refused * notDone); // never an offer that fails again
    QVERIFY(!offer.cost);
}

void tst_DailyUse::planFollowsTheRunSettings()
{
    // The "Next run" column follows the run settings bar, not only the saved settings.
    const QByteArray alt = R"({"id": "pl", "version": "1", "created_at": "2026-01-01T00:00:00Z",
      "title": "Plan", "tasks": [{"id": "ask", "description": "a question",
      "parameters": {"temperature": 0.1}}]})";
    MainWindow w;
    w.show();
    QVERIFY(w.openFile(write(QStringLiteral("plan.alt"), alt)));
    auto *bar = w.findChild<RunSettingsBar *>();
    QComboBox *provider = nullptr, *cache = nullptr;
    for (QComboBox *box : bar->findChildren<QComboBox *>()) {
        if (box->findText(u"Simulated AI"_qs) >= 0)
            provider = box;
        if (box->itemText(0).contains(u"Cache"))
            cache = box;
    }
    QVERIFY(provider && cache);
    provider->setCurrentIndex(provider->findData(int(ProviderKind::Mock)));
    QTRY_VERIFY2(w.document()->planText(0).contains(u"simulated"),
                 qPrintable(w.document()->planText(0)));
    provider->setCurrentIndex(provider->findData(int(ProviderKind::OpenAi)));
    cache->setCurrentIndex(cache->findData(int(CacheMode::Off)));
    QTRY_VERIFY2(w.document()->planText(0).contains(u"the cache is off"),
                 qPrintable(w.document()->planText(0)));
    cache->setCurrentIndex(cache->findData(int(CacheMode::Refresh)));
    QTRY_VERIFY2(w.document()->planText(0).contains(u"refresh"),
                 qPrintable(w.document()->planText(0)));
    // The choices are kept for the next start.
    MainWindow again;
    auto *againBar = again.findChild<RunSettingsBar *>();
    bool refreshKept = false;
    for (QComboBox *box : againBar->findChildren<QComboBox *>())
        refreshKept |= box->currentData().toInt() == int(CacheMode::Refresh)
                && box->itemText(0).contains(u"Cache");
    QVERIFY(refreshKept);
    provider->setCurrentIndex(provider->findData(int(ProviderKind::Mock)));
    cache->setCurrentIndex(cache->findData(int(CacheMode::Auto)));
}

void tst_DailyUse::everyViewTellsTheSameOutcome_data()
{
    QTest::addColumn<bool>("cancelled");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<int>("simulated");
    QTest::addColumn<bool>("budget");
    QTest::addColumn<QString>("words");
    QTest::newRow("succeeded") << false << int(RunOutcome::Success) << 0 << false
                               << u"Succeeded"_qs;
    QTest::newRow("simulated") << false << int(RunOutcome::Success) << 3 << false
                               << u"Completed with simulated answers"_qs;
    QTest::newRow("partly") << false << int(RunOutcome::PartialSuccess) << 0 << false
                            << u"Partly succeeded"_qs;
    QTest::newRow("budget") << false << int(RunOutcome::PartialSuccess) << 0 << true
                            << u"Stopped by the budget"_qs;
    QTest::newRow("cancelled") << true << int(RunOutcome::PartialSuccess) << 0 << false
                               << u"Cancelled"_qs;
    QTest::newRow("failed") << false << int(RunOutcome::Failure) << 0 << false << u"Failed"_qs;
}

void tst_DailyUse::everyViewTellsTheSameOutcome()
{
    QFETCH(bool, cancelled);
    QFETCH(int, outcome);
    QFETCH(int, simulated);
    QFETCH(bool, budget);
    QFETCH(QString, words);
    RunResult r;
    r.cancelled = cancelled;
    r.outcome = RunOutcome(outcome);
    r.snapshot.total = 4;
    r.snapshot.finished = true;
    r.snapshot.cancelled = cancelled;
    r.snapshot.counts[size_t(TaskStatus::Completed)] = 4;
    r.snapshot.simulatedAnswers = simulated;
    r.snapshot.budget.exhausted = budget;
    // The status bar and banner's sentence ...
    QVERIFY2(StatusBar::outcomeSentence(r, simulated, 4).startsWith(words + u':'),
             qPrintable(StatusBar::outcomeSentence(r, simulated, 4)));
    // ... and the Runs panel's word for the same run, live and from its LAST file.
    RunSummary live = RunSummary::fromSnapshot(u"t"_qs, r.snapshot);
    live.finished = true;
    live.cancelled = cancelled;
    live.outcome = r.outcome;
    QCOMPARE(StatusStyle::runHeadline(live), words);
    QJsonObject meta {{u"cancelled"_qs, cancelled},
                      {u"simulated_answers"_qs, simulated},
                      {u"task_counts"_qs, QJsonObject {{u"completed"_qs, 4}}}};
    if (budget)
        meta.insert(u"budget"_qs, QJsonObject {{u"exhausted"_qs, true}});
    const auto past
            = RunSummary::fromLast(QJsonObject {{u"execution_id"_qs, u"e"_qs},
                                                {u"status"_qs, outcomeName(RunOutcome(outcome))},
                                                {u"metadata"_qs, meta}},
                                   u"last_e.json"_qs);
    QVERIFY(past);
    QCOMPARE(StatusStyle::runHeadline(*past), words);
}

QTEST_MAIN(tst_DailyUse)
#include "tst_dailyuse.moc"
