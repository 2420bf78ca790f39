// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "approvalbanner.h"
#include "model/approval.h"

#include <QApplication>
#include <QSystemTrayIcon>

#include "answerpane.h"
#include "appsettings.h"
#include "budgetnotice.h"
#include "comparedialog.h"
#include "dagview.h"
#include "diagnosticsmodel.h"
#include "fileloader.h"
#include "outcomebanner.h"
#include "pastrunsdialog.h"
#include "recentfilesmenu.h"
#include "report/htmlreport.h"
#include "run/run.h"
#include "runcommands.h"
#include "runcontroller.h"
#include "rundocument.h"
#include "runsettingsbar.h"
#include "runsmodel.h"
#include "runspanel.h"
#include "settingsdialog.h"
#include "shownrun.h"
#include "sourceview.h"
#include "statusbar.h"
#include "statusstyle.h"
#include "tasknavigator.h"
#include "taskpanel.h"
#include "tasktablemodel.h"
#include "timelineview.h"
#include "util/atomicfile.h"
#include "viewexporter.h"
#include "welcomepane.h"
#include "windowactions.h"
#include "windowlayout.h"
#include "workersmodel.h"
#include "workerspanel.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace altrunner {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new RunDocument(this))
    , m_loader(new FileLoader(this))
    , m_diagnostics(new DiagnosticsModel(this))
    , m_tasks(new TaskTableModel(m_document, this))
{
    setWindowTitle(tr("ALT Runner"));
    setAcceptDrops(true);
    const WindowLayout layout = WindowLayout::create(this, m_document, m_tasks, m_diagnostics);
    m_tabs = layout.tabs;
    m_dag = layout.dag;
    m_timeline = layout.timeline;
    m_source = layout.source;
    m_results = layout.results;
    m_taskView = layout.taskView;
    m_taskPanel = layout.taskPanel;
    m_outcome = layout.outcome;
    m_problemView = layout.problemView;
    m_details = layout.details;
    m_metrics = layout.metrics;
    m_status = new StatusBar(m_document);
    setStatusBar(m_status);
    m_settingsBar = new RunSettingsBar(this);
    m_navigator = new TaskNavigator(m_document, m_dag, m_timeline, m_taskPanel,
                                    {m_details, layout.answer}, this);
    m_runs = new RunController({}, m_settingsBar, this);
    connect(m_runs, &RunController::said, m_status, &StatusBar::setMessage);
    connect(m_runs, &RunController::archiveStateChanged, m_status, &StatusBar::setArchive);
    connect(m_runs, &RunController::serverChanged, m_status, &StatusBar::setServer);
    connect(m_runs, &RunController::simulatedChanged, m_status, &StatusBar::setSimulated);
    connect(m_runs, &RunController::failed, this, &MainWindow::showError);
    m_shown = new ShownRun({m_document, m_diagnostics, m_source, m_results, m_outcome, m_loader},
                           this);
    m_runsPanel = WindowLayout::addRunsDock(this, new RunsModel(m_runs->registry(), this));
    m_workersPanel = WindowLayout::addWorkersDock(this, new WorkersModel(this));
    createActions();
    if (auto *rerunFrom = findChild<QAction *>(QStringLiteral("rerunFromAction"))) {
        layout.answerPane->addActionButton(rerunFrom);
        layout.detailsPane->addActionButton(rerunFrom);
    }
    AppSettings::restoreWindow(this);
    m_status->setMessage(
            tr("Open an ALT file to begin: Ctrl+O, the recent files, or drop one here."));
    readSettings();

    connect(m_problemView, &QTableView::clicked, this, &MainWindow::showDiagnostic);
    connect(m_problemView, &QTableView::activated, this, &MainWindow::showDiagnostic);
    connect(m_loader, &FileLoader::loading, this, [this](const QString &path) {
        m_status->setMessage(tr("Opening %1...").arg(QFileInfo(path).fileName()));
    });
    connect(m_loader, &FileLoader::altLoaded, this, &MainWindow::applyAlt);
    connect(m_loader, &FileLoader::lastLoaded, this, &MainWindow::applyPastRun);
    connect(m_runs, &RunController::watching, this, &MainWindow::onWatching);
    connect(m_runs, &RunController::runFinished, this, &MainWindow::onFinished);
    connect(m_shown, &ShownRun::changed, this, &MainWindow::updateActions);
    connect(layout.welcome, &WelcomePane::fileChosen, this, &MainWindow::openAny);
    connect(layout.welcome, &WelcomePane::openRequested, this, &MainWindow::chooseFile);
    connect(m_shown, &ShownRun::changed, this, [this, layout] {
        // The welcome until something is shown: a file, a past run, a run of the REST API.
        const bool nothing = m_shown->path().isEmpty() && !m_shown->alt();
        layout.centre->setCurrentWidget(nothing ? static_cast<QWidget *>(layout.welcome) : m_tabs);
        if (nothing)
            layout.welcome->refresh();
        setWindowTitle(m_shown->windowTitle());
        m_runsPanel->setShown(m_shown->executionId());
    });
    connect(m_shown, &ShownRun::liveRunFinished, this, &MainWindow::onShownFinished);
    connect(m_runsPanel, &RunsPanel::runChosen, this, &MainWindow::showRun);
    connect(m_runs, &RunController::planned, m_document, &RunDocument::setPlan);
    connect(m_runs, &RunController::watching, layout.budgetNotice, &QWidget::hide);
    connect(m_runs, &RunController::watching, m_outcome, &QWidget::hide);
    connect(m_runs, &RunController::runFinished, layout.budgetNotice, &BudgetNotice::showFor);
    layout.budgetNotice->setRunSettings(m_settingsBar);
    // Approval gates (docs/approvals.md): decided in the task's details, for the run shown.
    for (AnswerPane *pane : {layout.answerPane, layout.detailsPane})
        connect(pane, &AnswerPane::approvalDecided, this,
                [this](const QString &taskId, const ApprovalDecision &decision) {
                    m_runs->decide(m_shown->executionId(), taskId, decision);
                });
    connect(layout.approvals, &ApprovalBanner::gateOpened, this, &MainWindow::notifyGate);
    connect(layout.budgetNotice, &BudgetNotice::continueRequested, this, &MainWindow::rerunFailed);
    updateActions();
}

void MainWindow::notifyGate(const QString &question)
{
    if (isActiveWindow())
        return; // the banner says it
    QApplication::alert(this);
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(windowIcon(), this);
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            showNormal();
            raise();
            activateWindow();
        });
    }
    m_tray->show();
    m_tray->showMessage(tr("A task waits for you"), question.left(300),
                        QSystemTrayIcon::Information, 10000);
}

MainWindow::~MainWindow()
{
    delete m_runs; // cancels runs still going, before the views they report to are gone
    m_runs = nullptr;
}

void MainWindow::createActions()
{
    const WindowActions a = WindowActions::create(this);
    m_recentMenu = a.recent;
    connect(m_recentMenu, &RecentFilesMenu::fileChosen, this, &MainWindow::openAny);
    m_search = m_navigator->createSearchBox(a.find, a.focus);
    m_navigator->setTaskMenu({a.rerunFrom, a.focus});
    connect(a.followNow, &QAction::toggled, m_timeline, &TimelineView::setFollowNow);
    m_serveAction = a.serve;
    m_exportGraphAction = a.exportGraph;
    m_exportTimelineAction = a.exportTimeline;
    m_exportReportAction = a.exportReport;
    m_compareAction = a.compareWith;
    connect(a.exportReport, &QAction::triggered, this, &MainWindow::chooseReportExport);
    connect(a.compareWith, &QAction::triggered, this, &MainWindow::chooseComparison);
    connect(a.open, &QAction::triggered, this, &MainWindow::chooseFile);
    connect(a.openLast, &QAction::triggered, this, &MainWindow::chooseLastFile);
    connect(a.exportGraph, &QAction::triggered, this, [this] { chooseExport(GraphTab); });
    connect(a.exportTimeline, &QAction::triggered, this, [this] { chooseExport(TimelineTab); });
    connect(a.openOutputFolder, &QAction::triggered, this, &MainWindow::openOutputFolder);
    connect(a.quit, &QAction::triggered, this, &QWidget::close);
    m_commands = new RunCommands(
            {a.run, a.cancel, a.rerun, a.reload, a.rerunFrom}, m_runs, m_shown, m_document,
            m_loader, this,
            [this](const QString &title, const QString &text) { showError(title, text); });
    connect(m_navigator, &TaskNavigator::selectionChanged, m_commands,
            &RunCommands::setSelectedTask);
    connect(a.fit, &QAction::triggered, m_dag, &DagView::fitToWindow);
    auto zoom = [this](double factor) {
        if (m_tabs->currentIndex() == TimelineTab)
            m_timeline->zoomBy(factor);
        else
            m_dag->zoomBy(factor);
    };
    connect(a.zoomIn, &QAction::triggered, this, [zoom] { zoom(1.25); });
    connect(a.zoomOut, &QAction::triggered, this, [zoom] { zoom(0.8); });
    connect(a.criticalPath, &QAction::toggled, m_dag, &DagView::setShowCriticalPath);
    connect(a.serve, &QAction::toggled, this, [this](bool on) {
        if (on != bool(apiServer()) && !setServing(on, AppSettings::serverPort()))
            m_serveAction->setChecked(false);
    });
    connect(a.preferences, &QAction::triggered, this, &MainWindow::openSettings);

    m_settingsBar->addSeparator();
    m_settingsBar->addActions({a.fit, a.criticalPath, a.serve});
    if (auto *main = findChild<QToolBar *>(QStringLiteral("mainToolBar")))
        main->addWidget(m_search); // in the first row, never in the overflow
    addToolBarBreak(); // the run settings get a row of their own: nothing falls into the overflow
    addToolBar(m_settingsBar);
    connect(m_settingsBar, &RunSettingsBar::providerChanged, this, &MainWindow::updateActions);
}

void MainWindow::readSettings()
{
    m_runs->loadSettings();
    m_runsPanel->model()->scanFolder(m_runs->config().outputDir);
    m_workersPanel->model()->setUrl(m_runs->config().workersUrl);
    // The Workers panel is there when the calls go to workers (Settings ▸ Run on workers), in a
    // tab beside the Runs panel; View ▸ Workers shows it at any time.
    if (auto *dock = findChild<QDockWidget *>(QStringLiteral("workersDock"))) {
        const bool wanted = !m_runs->config().workersUrl.isEmpty();
        if (dock->isFloating())
            dock->setFloating(false);
        if (wanted != dock->isVisible()) {
            dock->setVisible(wanted);
            if (wanted)
                dock->raise();
        }
    }
}

bool MainWindow::openAny(const QString &path)
{
    return LastReader::looksLikeLastFile(path) ? openLastFile(path) : openFile(path);
}

QString MainWindow::lastFilePath() const
{
    return m_shown->lastPath();
}

bool MainWindow::openFile(const QString &path)
{
    return m_loader->loadAlt(path);
}

bool MainWindow::openLastFile(const QString &path)
{
    return m_loader->loadLast(path);
}

void MainWindow::applyAlt(const QString &path, const AltLoader::Result &result,
                          const QString &source)
{
    const bool running = m_runs->isRunning() && !m_shown->isLive();
    m_shown->showAlt(path, result, source);
    m_recentMenu->add(path);
    if (result.ok()) {
        m_runs->plan(m_shown->alt());
        m_status->setMessage(
                tr("%1: %n task(s), ready to run (Ctrl+R).", "", int(m_shown->alt()->tasks.size()))
                        .arg(m_shown->alt()->title)
                + (running ? u' ' + tr("The run going on is in the Runs list.") : QString()));
        m_tabs->setCurrentIndex(GraphTab);
    } else {
        m_status->setMessage(tr("%n error(s): the file cannot run until they are fixed. Click "
                                "one to see it in the source.",
                                "", int(errorCount(result.diagnostics))));
        m_tabs->setCurrentIndex(SourceTab);
        if (!result.diagnostics.isEmpty())
            showDiagnostic(m_diagnostics->index(0, 0));
    }
    emit fileOpened(result.ok());
}

void MainWindow::applyPastRun(const QString &path, const std::optional<LastReader::PastRun> &past,
                              const QString &error)
{
    if (!past) {
        showError(tr("Cannot open the LAST file"), error);
        emit fileOpened(false);
        return;
    }
    m_shown->showPastRun(path, *past);
    m_recentMenu->add(path);
    const std::optional<RunSummary> summary = RunSummary::fromLast(past->document, path);
    const QString started = summary && summary->startedAtMs > 0
            ? StatusStyle::localTime(summary->startedAtMs)
            : past->snapshot.executionId.left(8);
    m_status->setMessage(
            tr("Past run of “%1”, %2: %3.")
                    .arg(past->alt->title, started,
                         summary ? StatusStyle::runHeadline(*summary) : tr("unknown outcome")));
    m_tabs->setCurrentIndex(GraphTab);
    emit fileOpened(true);
}

void MainWindow::showRun(int row)
{
    switch (m_shown->showEntry(*m_runsPanel->model(), row)) {
    case ShownRun::Entry::ShownLive:
        m_status->setMessage(tr("Showing run %1 of “%2”, going on.")
                                     .arg(m_shown->executionId().left(8), m_shown->alt()->title));
        m_tabs->setCurrentIndex(GraphTab);
        break;
    case ShownRun::Entry::HasLastFile: {
        const RunSummary summary = m_runsPanel->model()->summary(row);
        // A run that stopped with approval gates waiting opens with its gates: it goes on from
        // its journal, and the gates wait here for a decision (docs/approvals.md).
        const QString journal = summary.lastFilePath.endsWith(u".json"_s)
                ? summary.lastFilePath.chopped(5) + u".journal"_s
                : QString();
        if (summary.outcome == RunOutcome::Waiting && !journal.isEmpty()
            && QFileInfo::exists(journal) && !m_runs->isRunning()) {
            if (m_runs->resume(journal))
                m_status->setMessage(tr("Run %1 goes on: its gates wait for your decision.")
                                             .arg(summary.executionId.left(8)));
            break;
        }
        openLastFile(summary.lastFilePath);
        break;
    }
    case ShownRun::Entry::Nothing:
        break;
    }
}

void MainWindow::chooseFile()
{
    if (const QString path = FileLoader::chooseAlt(this, QFileInfo(m_shown->path()).absolutePath());
        !path.isEmpty())
        openFile(path);
}

void MainWindow::chooseLastFile()
{
    // Runs by title, start and outcome; Browse... for a file elsewhere.
    auto *dialog = new PastRunsDialog(m_runs->config().outputDir, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { openLastFile(dialog->chosen()); });
    dialog->open();
}

void MainWindow::showDiagnostic(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const Diagnostic &d = m_diagnostics->diagnostic(index.row());
    m_tabs->setCurrentIndex(SourceTab);
    m_source->showPosition(d.line, d.column);
    m_status->setMessage(d.toText());
}

void MainWindow::selectTask(int index)
{
    m_navigator->select(index);
}

void MainWindow::runFile()
{
    m_commands->run();
}

void MainWindow::rerunFailed()
{
    m_commands->rerunFailed();
}

void MainWindow::rerunFrom(int task)
{
    m_commands->rerunFrom(task);
}

bool MainWindow::canRerunFrom(int task) const
{
    return m_commands->canRerunFrom(task);
}

void MainWindow::reload()
{
    m_commands->reload();
}

bool MainWindow::canRerunFailed() const
{
    return m_commands->canRerunFailed();
}

void MainWindow::onWatching(Run *run)
{
    // The window's own run (or a resumed one): the person started it, so the views follow it.
    const bool resumed = m_shown->alt() != run->altFile();
    m_shown->showLive(run, {}, tr("(resumed from its journal)"));
    if (resumed)
        m_status->setMessage(tr("Resuming run %1...").arg(run->executionId()));
    if (m_tabs->currentIndex() != TimelineTab)
        m_tabs->setCurrentIndex(GraphTab);
}

void MainWindow::offerToResume()
{
    m_runs->offerToResume();
}

bool MainWindow::resumeJournal(const QString &journalPath)
{
    return m_runs->resume(journalPath);
}

void MainWindow::cancelRun()
{
    m_commands->cancel();
}

void MainWindow::onFinished(const RunResult &result)
{
    // The window's own run; when another is shown, the status bar says how it ended.
    if (result.executionId != m_shown->executionId() && !result.lastFilePath.isEmpty())
        m_status->showOutcomeOfUnshown(result);
    updateActions();
    emit runFinished(result);
}

void MainWindow::onShownFinished(const RunResult &result)
{
    if (!result.lastFilePath.isEmpty())
        m_status->showOutcome(
                result, m_runs->current() == m_shown->liveRun() ? m_runs->notice() : QString());
    m_outcome->showOutcome(result, m_status->message());
    updateActions();
}

void MainWindow::updateActions()
{
    const bool running = m_runs->isRunning();
    m_commands->updateActions();
    m_exportGraphAction->setEnabled(m_document->altFile() != nullptr);
    m_exportTimelineAction->setEnabled(m_document->altFile() != nullptr);
    m_exportReportAction->setEnabled(!m_shown->lastPath().isEmpty());
    m_compareAction->setEnabled(!m_shown->lastPath().isEmpty());
    m_settingsBar->setRunning(running);
    if (!running)
        m_status->setSimulated(m_settingsBar->provider() == ProviderKind::Mock);
}

bool MainWindow::setServing(bool on, quint16 port)
{
    const bool ok = m_runs->serve(on, port);
    QSignalBlocker block(m_serveAction);
    m_serveAction->setChecked(ok && on);
    return ok;
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_runs->config(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    dialog.save();
    readSettings();
}

void MainWindow::openOutputFolder()
{
    m_runs->openOutputFolder(m_shown->lastPath());
}

void MainWindow::chooseReportExport()
{
    const QFileInfo last(m_shown->lastPath());
    const QString path = QFileDialog::getSaveFileName(
            this, tr("Export Report"), last.dir().filePath(last.completeBaseName() + u".html"_s),
            tr("HTML files (*.html)"));
    if (path.isEmpty())
        return;
    QString error;
    if (exportReport(path, &error))
        m_status->setMessage(tr("Report written to %1").arg(QDir::toNativeSeparators(path)));
    else
        showError(tr("Export failed"), error);
}

bool MainWindow::exportReport(const QString &path, QString *error)
{
    const std::optional<LastReader::PastRun> run
            = LastReader::readPastRun(m_shown->lastPath(), error);
    return run && writeFileAtomically(path, HtmlReport::ofRun(*run), error);
}

void MainWindow::chooseComparison()
{
    auto *dialog = new PastRunsDialog(m_runs->config().outputDir, this);
    dialog->setWindowTitle(tr("Compare With"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { compareWith(dialog->chosen()); });
    dialog->open();
}

CompareDialog *MainWindow::compareWith(const QString &otherLastPath)
{
    QString error;
    std::optional<LastReader::PastRun> other = LastReader::readPastRun(otherLastPath, &error);
    std::optional<LastReader::PastRun> shown;
    if (other)
        shown = LastReader::readPastRun(m_shown->lastPath(), &error);
    if (!other || !shown) {
        showError(tr("Cannot compare"), error);
        return nullptr;
    }
    auto *dialog = new CompareDialog(std::move(*other), std::move(*shown), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void MainWindow::chooseExport(Tab tab)
{
    const auto &alt = m_document->altFile();
    QString message;
    if (ViewExporter::chooseAndExport(this, *m_dag, *m_timeline, tab == GraphTab,
                                      alt ? alt->id : QString(), alt ? alt->title : QString(),
                                      &message))
        m_status->setMessage(message);
    else if (!message.isEmpty())
        showError(tr("Export failed"), message);
}

bool MainWindow::exportView(Tab tab, const QString &path)
{
    const QString title = m_document->altFile() ? m_document->altFile()->title : QString();
    const QColor background = palette().color(QPalette::Base);
    return tab == GraphTab ? ViewExporter::exportGraph(*m_dag, path, title, background)
                           : ViewExporter::exportTimeline(*m_timeline, path, title, background);
}

void MainWindow::showError(const QString &title, const QString &text)
{
    m_status->setMessage(title + QStringLiteral(": ") + text);
    // Shown without blocking the event loop, so a run and the window go on behind it.
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    // In front of the window it belongs to, also where the window manager would stack it
    // behind (a message that nobody sees is no message).
    box->raise();
    box->activateWindow();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_runs->isRunning() && !m_closeConfirmed) {
        // Asked without blocking; the answer closes the window again, or does not.
        m_runs->askToQuit([this](bool cancelled) {
            m_closeConfirmed = true;
            if (cancelled)
                close();
            else
                quitNow();
        });
        return event->ignore();
    }
    AppSettings::saveWindow(this);
    setServing(false);
    m_runs->cancel();
    event->accept();
}

void MainWindow::quitNow()
{
    // Stopped as a crash would stop it: the journal holds every finished task, and the next
    // start offers to resume (docs/gui.md "Fix and run again").
    AppSettings::saveWindow(this);
    std::_Exit(0);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile())
        openAny(urls.first().toLocalFile());
}

void MainWindow::changeEvent(QEvent *event)
{
    // The system switched between light and dark: views repaint from the new palette.
    if (event->type() == QEvent::PaletteChange
        || event->type() == QEvent::ApplicationPaletteChange) {
        m_dag->viewport()->update();
        m_timeline->viewport()->update();
    }
    QMainWindow::changeEvent(event);
}

} // namespace altrunner
