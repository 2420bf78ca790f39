// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "util/durationtext.h"

#include "alt/altloader.h"
#include "api/apiserver.h"
#include "run/runregistry.h"
#include "appsettings.h"
#include "config/configloader.h"
#include "dagview.h"
#include "diagnosticsmodel.h"
#include "jsontreemodel.h"
#include "last/lastreader.h"
#include "metricspanel.h"
#include "run/journal.h"
#include "run/run.h"
#include "rundocument.h"
#include "settingsdialog.h"
#include "statusstyle.h"
#include "taskdetails.h"
#include "tasktablemodel.h"
#include "timelineview.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QPlainTextEdit>
#include <QProcessEnvironment>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStatusBar>
#include <QSvgGenerator>
#include <QTableView>
#include <QTabWidget>
#include <QTextBlock>
#include <QThreadPool>
#include <QToolBar>
#include <QTreeView>
#include <QUrl>

#include <functional>

namespace altrunner {

namespace {

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new RunDocument(this))
    , m_diagnostics(new DiagnosticsModel(this))
    , m_tasks(new TaskTableModel(m_document, this))
    , m_lastTree(new JsonTreeModel(this))
{
    QStringList errors;
    m_runs = std::make_unique<RunRegistry>(AppSettings::engineConfig(&errors));
    connect(m_runs.get(), &RunRegistry::runStarted, this, &MainWindow::onApiRunStarted);
    setWindowTitle(tr("ALT Runner"));
    setAcceptDrops(true);
    createViews();
    createActions();
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("ui/geometry")).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(QStringLiteral("ui/state")).toByteArray());
    m_status->setText(tr("Open an ALT file to begin: Ctrl+O, the recent files, or drop one here."));
    if (!errors.isEmpty())
        m_status->setText(tr("Configuration problem: %1").arg(errors.join(QStringLiteral("; "))));
    updateActions();
}

MainWindow::~MainWindow()
{
    m_server.reset();
    m_runs.reset(); // cancels runs still going; their LAST files are written
}

void MainWindow::createViews()
{
    m_tabs = new QTabWidget;
    m_tabs->setDocumentMode(true);
    m_dag = new DagView(m_document);
    m_timeline = new TimelineView(m_document);
    m_source = new QPlainTextEdit;
    m_source->setReadOnly(true);
    m_source->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_source->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_lastView = new QTreeView;
    m_lastView->setModel(m_lastTree);
    m_lastView->setUniformRowHeights(true);
    m_lastView->header()->setStretchLastSection(false);
    m_lastView->header()->setSectionResizeMode(JsonTreeModel::ValueColumn, QHeaderView::Stretch);
    m_lastView->header()->resizeSection(JsonTreeModel::KeyColumn, 200);
    m_lastRaw = new QPlainTextEdit;
    m_lastRaw->setReadOnly(true);
    m_lastRaw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *results = new QTabWidget;
    results->setDocumentMode(true);
    results->addTab(m_lastView, tr("Tree"));
    results->addTab(m_lastRaw, tr("JSON"));
    m_tabs->addTab(m_dag, tr("Graph"));
    m_tabs->addTab(m_timeline, tr("Timeline"));
    m_tabs->addTab(m_source, tr("Source"));
    m_tabs->addTab(results, tr("Results"));
    setCentralWidget(m_tabs);

    auto table = [](QAbstractItemModel *model) {
        auto *view = new QTableView;
        view->setModel(model);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setSelectionMode(QAbstractItemView::SingleSelection);
        view->verticalHeader()->hide();
        view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
        view->horizontalHeader()->setStretchLastSection(true);
        view->setAlternatingRowColors(true);
        view->setWordWrap(false);
        return view;
    };
    m_taskView = table(m_tasks);
    m_taskView->horizontalHeader()->setSectionResizeMode(TaskTableModel::IdColumn,
                                                         QHeaderView::Interactive);
    m_taskView->setColumnWidth(TaskTableModel::IdColumn, 120);
    m_taskView->setColumnWidth(TaskTableModel::StatusColumn, 105);
    m_taskView->setColumnWidth(TaskTableModel::AttemptsColumn, 82);
    m_taskView->setColumnWidth(TaskTableModel::DurationColumn, 70);
    m_problemView = table(m_diagnostics);
    m_problemView->setColumnWidth(DiagnosticsModel::SeverityColumn, 90);
    m_problemView->setColumnWidth(DiagnosticsModel::LocationColumn, 70);
    m_problemView->setColumnWidth(DiagnosticsModel::MessageColumn, 420);
    connect(m_problemView, &QTableView::clicked, this, &MainWindow::showDiagnostic);
    connect(m_problemView, &QTableView::activated, this, &MainWindow::showDiagnostic);
    connect(m_taskView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { selectTask(current.row()); });

    m_details = new TaskDetails(m_document);
    m_metrics = new MetricsPanel(m_document);
    auto dock
            = [this](const QString &title, const char *name, QWidget *w, Qt::DockWidgetArea area) {
                  auto *d = new QDockWidget(title, this);
                  d->setObjectName(QLatin1String(name));
                  d->setWidget(w);
                  addDockWidget(area, d);
                  return d;
              };
    QDockWidget *tasks = dock(tr("Tasks"), "tasksDock", m_taskView, Qt::LeftDockWidgetArea);
    QDockWidget *problems
            = dock(tr("Problems"), "problemsDock", m_problemView, Qt::BottomDockWidgetArea);
    resizeDocks({problems}, {150}, Qt::Vertical);
    QDockWidget *details = dock(tr("Task"), "taskDock", m_details, Qt::RightDockWidgetArea);
    QDockWidget *metrics = dock(tr("Metrics"), "metricsDock", m_metrics, Qt::RightDockWidgetArea);
    splitDockWidget(metrics, details, Qt::Vertical);
    resizeDocks({tasks}, {360}, Qt::Horizontal);
    resizeDocks({metrics}, {330}, Qt::Horizontal);

    connect(m_dag, &DagView::taskSelected, this, &MainWindow::selectTask);
    connect(m_timeline, &TimelineView::taskSelected, this, &MainWindow::selectTask);
    connect(m_document, &RunDocument::snapshotChanged, this, [this] {
        const RunSnapshot &s = m_document->snapshot();
        m_progress->setRange(0, std::max(1, s.total));
        m_progress->setValue(s.finishedCount());
    });

    m_status = new QLabel;
    m_serverLabel = new QLabel;
    m_serverLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_simulatedLabel = new QLabel(tr(" Simulated AI "));
    m_simulatedLabel->setToolTip(tr("Runs use the built-in simulated provider: answers are made up "
                                    "offline and marked as simulated."));
    m_simulatedLabel->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; "
                                                   "border-radius: 3px; padding: 1px 4px; }")
                                            .arg(StatusStyle::fallbackMark().name()));
    m_progress = new QProgressBar;
    m_progress->setMinimumWidth(170);
    m_progress->setMaximumWidth(240);
    m_progress->setFormat(tr("%v of %m"));
    m_progress->setValue(0);
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_serverLabel);
    statusBar()->addPermanentWidget(m_simulatedLabel);
    statusBar()->addPermanentWidget(m_progress);
}

void MainWindow::createActions()
{
    auto *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(QIcon::fromTheme(QStringLiteral("document-open")),
                                    tr("&Open ALT File..."), this, &MainWindow::chooseFile);
    open->setShortcut(QKeySequence::Open);
    QAction *openLast
            = file->addAction(tr("Open &LAST File..."), this, &MainWindow::chooseLastFile);
    openLast->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    updateRecentMenu();
    file->addSeparator();
    m_exportGraphAction
            = file->addAction(tr("Export &Graph..."), this, [this] { chooseExport(GraphTab); });
    m_exportTimelineAction = file->addAction(tr("Export &Timeline..."), this,
                                             [this] { chooseExport(TimelineTab); });
    file->addAction(tr("Open Output &Folder"), this, &MainWindow::openOutputFolder);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    auto *run = menuBar()->addMenu(tr("&Run"));
    m_runAction = run->addAction(QIcon::fromTheme(QStringLiteral("media-playback-start")),
                                 tr("&Run"), this, &MainWindow::runFile);
    m_runAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_R), QKeySequence(Qt::Key_F5)});
    m_runAction->setToolTip(tr("Run the open file (Ctrl+R, F5)"));
    m_cancelAction = run->addAction(QIcon::fromTheme(QStringLiteral("process-stop")), tr("&Cancel"),
                                    this, &MainWindow::cancelRun);
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelAction->setToolTip(tr("Cancel the run (Esc); its LAST file is still written"));
    m_rerunAction = run->addAction(QIcon::fromTheme(QStringLiteral("view-refresh")),
                                   tr("Re-run &Failed"), this, &MainWindow::rerunFailed);
    m_rerunAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_rerunAction->setToolTip(tr("Run again only what did not complete (Ctrl+Shift+R)"));

    auto *view = menuBar()->addMenu(tr("&View"));
    QAction *fit = view->addAction(tr("&Fit Graph to Window"), m_dag, &DagView::fitToWindow);
    fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    QAction *zoomIn = view->addAction(tr("Zoom &In"), this, [this] {
        if (m_tabs->currentIndex() == TimelineTab)
            m_timeline->zoomBy(1.25);
        else
            m_dag->zoomBy(1.25);
    });
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    QAction *zoomOut = view->addAction(tr("Zoom &Out"), this, [this] {
        if (m_tabs->currentIndex() == TimelineTab)
            m_timeline->zoomBy(0.8);
        else
            m_dag->zoomBy(0.8);
    });
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    m_criticalAction = view->addAction(tr("Highlight &Critical Path"));
    m_criticalAction->setCheckable(true);
    m_criticalAction->setChecked(true);
    connect(m_criticalAction, &QAction::toggled, m_dag, &DagView::setShowCriticalPath);

    auto *server = menuBar()->addMenu(tr("&Server"));
    m_serveAction = server->addAction(tr("Serve REST &API"));
    m_serveAction->setCheckable(true);
    m_serveAction->setToolTip(tr("Serve the local REST API; runs started through it appear here"));
    connect(m_serveAction, &QAction::toggled, this, [this](bool on) {
        if (on != bool(m_server) && !setServing(on))
            m_serveAction->setChecked(false);
    });

    auto *settingsMenu = menuBar()->addMenu(tr("S&ettings"));
    QAction *prefs
            = settingsMenu->addAction(tr("&Preferences..."), this, &MainWindow::openSettings);
    prefs->setShortcut(QKeySequence::Preferences);
    prefs->setMenuRole(QAction::PreferencesRole);

    auto *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About ALT Runner"), this, [this] {
        QMessageBox::about(
                this, tr("About ALT Runner"),
                tr("<h3>ALT Runner %1</h3><p>Runs ALT task files in parallel against an AI "
                   "service and writes LAST files.</p><p>Licensed under the GNU GPL, version 3 "
                   "or later.</p>")
                        .arg(QApplication::applicationVersion()));
    });

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(open);
    bar->addSeparator();
    bar->addAction(m_runAction);
    bar->addAction(m_cancelAction);
    bar->addAction(m_rerunAction);
    bar->addSeparator();

    QToolBar *settingsBar = addToolBar(tr("Run Settings"));
    settingsBar->setObjectName(QStringLiteral("runSettingsToolBar"));
    QStringList errors;
    const EngineConfig config = AppSettings::engineConfig(&errors);
    m_mode = new QComboBox;
    m_mode->addItem(tr("File's mode"), QString());
    for (const char *m : {"normal", "explore", "dream", "chaos"})
        m_mode->addItem(QLatin1String(m), QLatin1String(m));
    m_mode->setToolTip(tr("Mode: sets the AI's sampling; the file's unless chosen here"));
    m_persona = new QLineEdit;
    m_persona->setPlaceholderText(tr("File's persona"));
    m_persona->setToolTip(tr("Persona sent to the AI service"));
    m_persona->setMaximumWidth(160);
    m_concurrency = new QSpinBox;
    m_concurrency->setRange(1, 1024);
    m_concurrency->setValue(config.maxConcurrentTasks);
    m_concurrency->setPrefix(tr("at once: "));
    m_concurrency->setToolTip(tr("Attempts in flight at most"));
    m_provider = new QComboBox;
    m_provider->addItem(tr("Simulated AI"), int(ProviderKind::Mock));
    m_provider->addItem(tr("ALT_LAS Orchestrator"), int(ProviderKind::Orchestrator));
    m_provider->addItem(tr("OpenAI-compatible"), int(ProviderKind::OpenAi));
    m_provider->setCurrentIndex(m_provider->findData(int(config.provider)));
    m_provider->setToolTip(tr("Where AI tasks are sent (the address is in Settings)"));
    settingsBar->addWidget(m_mode);
    settingsBar->addWidget(m_persona);
    settingsBar->addWidget(m_concurrency);
    settingsBar->addWidget(m_provider);
    settingsBar->addSeparator();
    settingsBar->addAction(fit);
    settingsBar->addAction(m_criticalAction);
    settingsBar->addAction(m_serveAction);
    connect(m_provider, &QComboBox::currentIndexChanged, this, &MainWindow::updateActions);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = AppSettings::recentFiles();
    for (const QString &f : files)
        m_recentMenu->addAction(QFileInfo(f).fileName(), this, [this, f] { openAny(f); })
                ->setToolTip(f);
    m_recentMenu->setEnabled(!files.isEmpty());
}

bool MainWindow::openAny(const QString &path)
{
    return LastReader::looksLikeLastFile(path) ? openLastFile(path) : openFile(path);
}

namespace {

constexpr qint64 kLoadInBackgroundBytes = 512 * 1024; // above this, files load off the GUI thread
constexpr qint64 kShownSourceBytes = 256 * 1024; // and text views show at most this

// Runs `work` on a pool thread and hands its result to `done` on `context`'s thread.
template <typename T>
void inBackground(QObject *context, std::function<T()> work, std::function<void(const T &)> done)
{
    QPointer<QObject> guard(context);
    QThreadPool::globalInstance()->start([guard, work = std::move(work), done = std::move(done)] {
        T result = work();
        QMetaObject::invokeMethod(
                qApp,
                [guard, done, result = std::move(result)] {
                    if (guard)
                        done(result);
                },
                Qt::QueuedConnection);
    });
}

QString sourceText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    if (file.size() > kShownSourceBytes)
        return QCoreApplication::translate(
                       "altrunner::MainWindow",
                       "(%1 MB: too large to show here; the problems list gives "
                       "lines and columns in the file itself)")
                .arg(double(file.size()) / 1e6, 0, 'f', 1);
    return QString::fromUtf8(file.readAll());
}

} // namespace

bool MainWindow::refuseWhileRunning()
{
    if (!m_run || m_run->isFinished())
        return false;
    showError(tr("A run is in progress"),
              tr("Cancel the current run before opening another file."));
    return true;
}

bool MainWindow::openFile(const QString &path)
{
    if (refuseWhileRunning())
        return false;
    const int generation = ++m_openGeneration;
    if (QFileInfo(path).size() <= kLoadInBackgroundBytes) {
        const AltLoader::Result result = AltLoader::loadFile(path);
        applyAlt(path, result, sourceText(path));
        return result.ok();
    }
    m_status->setText(tr("Opening %1...").arg(QFileInfo(path).fileName()));
    struct Loaded
    {
        AltLoader::Result result;
        QString source;
    };
    inBackground<std::shared_ptr<Loaded>>(
            this,
            [path] {
                return std::make_shared<Loaded>(
                        Loaded {AltLoader::loadFile(path), sourceText(path)});
            },
            [this, path, generation](const std::shared_ptr<Loaded> &loaded) {
                if (generation == m_openGeneration)
                    applyAlt(path, loaded->result, loaded->source);
            });
    return true;
}

void MainWindow::applyAlt(const QString &path, const AltLoader::Result &result,
                          const QString &source)
{
    m_path = path;
    m_lastPath.clear();
    m_diagnostics->setDiagnostics(result.diagnostics);
    m_source->setPlainText(source);
    m_lastTree->setDocument(QJsonValue());
    m_lastRaw->clear();
    AppSettings::addRecentFile(path);
    updateRecentMenu();
    setWindowTitle(tr("%1 – ALT Runner").arg(QFileInfo(path).fileName()));
    const qsizetype errors = errorCount(result.diagnostics);
    if (result.ok()) {
        m_alt = std::make_shared<const AltFile>(*result.file);
        m_altRunnable = true;
        m_document->setAltFile(m_alt);
        m_status->setText(tr("%1: %n task(s), ready to run (Ctrl+R).", "", int(m_alt->tasks.size()))
                                  .arg(m_alt->title));
        m_tabs->setCurrentIndex(GraphTab);
    } else {
        m_alt.reset();
        m_document->clear();
        m_status->setText(tr("%n error(s): the file cannot run until they are fixed. Click one to "
                             "see it in the source.",
                             "", int(errors)));
        m_tabs->setCurrentIndex(SourceTab);
        if (!result.diagnostics.isEmpty())
            showDiagnostic(m_diagnostics->index(0, 0));
    }
    updateActions();
    emit fileOpened(result.ok());
}

bool MainWindow::openLastFile(const QString &path)
{
    if (refuseWhileRunning())
        return false;
    const int generation = ++m_openGeneration;
    if (QFileInfo(path).size() <= kLoadInBackgroundBytes) {
        QString error;
        const auto past = LastReader::readPastRun(path, &error);
        applyPastRun(path, past, error);
        return past.has_value();
    }
    m_status->setText(tr("Opening %1...").arg(QFileInfo(path).fileName()));
    using Loaded = std::pair<std::optional<LastReader::PastRun>, QString>;
    inBackground<std::shared_ptr<Loaded>>(
            this,
            [path] {
                auto loaded = std::make_shared<Loaded>();
                loaded->first = LastReader::readPastRun(path, &loaded->second);
                return loaded;
            },
            [this, path, generation](const std::shared_ptr<Loaded> &loaded) {
                if (generation == m_openGeneration)
                    applyPastRun(path, loaded->first, loaded->second);
            });
    return true;
}

void MainWindow::applyPastRun(const QString &path, const std::optional<LastReader::PastRun> &past,
                              const QString &error)
{
    if (!past) {
        showError(tr("Cannot open the LAST file"), error);
        emit fileOpened(false);
        return;
    }
    m_path = path;
    m_alt = past->alt;
    m_altRunnable = false;
    m_diagnostics->setDiagnostics({});
    m_source->clear();
    m_document->setPastRun(past->alt, past->tasks, past->snapshot);
    showResults(path);
    AppSettings::addRecentFile(path);
    updateRecentMenu();
    setWindowTitle(tr("%1 (past run) – ALT Runner").arg(QFileInfo(path).fileName()));
    m_status->setText(tr("Past run %1 of “%2”: %3.")
                              .arg(past->snapshot.executionId.left(8), past->alt->title,
                                   past->document.value(QStringLiteral("status")).toString()));
    m_tabs->setCurrentIndex(GraphTab);
    updateActions();
    emit fileOpened(true);
}

void MainWindow::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
            this, tr("Open ALT File"), QFileInfo(m_path).absolutePath(),
            tr("ALT files (*.alt *.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::chooseLastFile()
{
    QStringList errors;
    const QString dir = AppSettings::engineConfig(&errors).outputDir;
    const QString path = QFileDialog::getOpenFileName(
            this, tr("Open LAST File"), dir,
            tr("LAST files (last_*.json);;JSON files (*.json);;All files (*)"));
    if (!path.isEmpty())
        openLastFile(path);
}

void MainWindow::showDiagnostic(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const Diagnostic &d = m_diagnostics->diagnostic(index.row());
    m_tabs->setCurrentIndex(SourceTab);
    const QTextBlock block = m_source->document()->findBlockByNumber(d.line - 1);
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, std::max(0, d.column - 1));
    cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    m_source->setTextCursor(cursor);
    m_source->centerCursor();
    m_status->setText(d.toText());
}

void MainWindow::selectTask(int index)
{
    m_details->showTask(index);
    m_dag->setSelectedTask(index);
    m_timeline->setSelectedTask(index);
    if (index >= 0 && m_taskView->currentIndex().row() != index) {
        QSignalBlocker block(m_taskView->selectionModel());
        m_taskView->selectRow(index);
    }
}

void MainWindow::runFile()
{
    if (!m_runAction->isEnabled())
        return;
    startRun({});
}

void MainWindow::rerunFailed()
{
    if (!m_alt || m_lastPath.isEmpty() || (m_run && !m_run->isFinished()))
        return;
    QString error;
    const auto carry = LastReader::completedResults(m_lastPath, *m_alt, &error);
    if (!carry) {
        showError(tr("Cannot re-run"), error);
        return;
    }
    if (carry->notCompleted == 0) {
        m_status->setText(tr("Every task completed in that run: nothing to re-run."));
        return;
    }
    RunOptions options;
    options.carriedResults = carry->completed;
    options.carriedFromExecutionId = carry->executionId;
    startRun(options);
}

void MainWindow::startRun(RunOptions options)
{
    QStringList errors;
    EngineConfig config = AppSettings::engineConfig(&errors);
    config.provider = ProviderKind(m_provider->currentData().toInt());
    config.maxConcurrentTasks = m_concurrency->value();
    errors += ConfigLoader::check(config);
    if (!errors.isEmpty()) {
        showError(tr("Cannot run"),
                  errors.join(u'\n') + u'\n' + tr("Set the service URL in Settings."));
        return;
    }
    if (const QString mode = m_mode->currentData().toString(); !mode.isEmpty())
        options.mode = parseMode(mode);
    if (!m_persona->text().trimmed().isEmpty())
        options.persona = m_persona->text().trimmed();
    options.trigger = QStringLiteral("gui");
    options.checkAiService = true;
    m_startingOwnRun = true;
    Run *run = m_runs->start(m_alt, options, config);
    m_startingOwnRun = false;
    if (!run) {
        showError(tr("Cannot run"),
                  tr("Too many runs are going on at once; wait for one to finish."));
        return;
    }
    m_document->resetStates();
    m_lastTree->setDocument(QJsonValue());
    m_lastRaw->clear();
    m_simulatedLabel->setVisible(config.provider == ProviderKind::Mock);
    watch(run);
    m_status->setText(tr("Running with %1, %2 at once...")
                              .arg(m_provider->currentText())
                              .arg(config.maxConcurrentTasks));
}

QString MainWindow::statusText() const
{
    return m_status->text();
}

void MainWindow::watch(Run *run)
{
    m_run = run;
    connect(run, &Run::progressed, m_document, &RunDocument::apply);
    connect(run, &Run::finished, this, &MainWindow::onFinished);
    // Said while the run goes on, and again in the summary when it ends.
    m_runNotice.clear();
    connect(run, &Run::aiServiceRefused, this, [this, run](const QString &message) {
        m_runNotice = message + u' '
                + (run->config().fallbackToMock
                           ? tr("Its AI tasks get simulated answers, marked as such.")
                           : tr("Its AI tasks fail without being tried; check the service URL in "
                                "Settings."));
        m_status->setText(m_runNotice);
    });
    if (m_tabs->currentIndex() != TimelineTab)
        m_tabs->setCurrentIndex(GraphTab);
    updateActions();
}

void MainWindow::onApiRunStarted(Run *run)
{
    if (m_startingOwnRun)
        return;
    if (m_run && !m_run->isFinished()) {
        m_status->setText(tr("A run started through the API: %1 (shown when the current one ends).")
                                  .arg(run->executionId()));
        return;
    }
    // A run from the REST API, shown as it runs.
    m_alt = run->altFile();
    m_altRunnable = false;
    m_path = m_alt->sourcePath;
    m_diagnostics->setDiagnostics({});
    m_source->setPlainText(tr("(this run came through the REST API)"));
    m_document->setAltFile(m_alt);
    setWindowTitle(tr("%1 (API run) – ALT Runner").arg(m_alt->title));
    m_simulatedLabel->setVisible(run->config().provider == ProviderKind::Mock);
    watch(run);
    m_status->setText(tr("Running %1, started through the REST API...").arg(run->executionId()));
}

void MainWindow::offerToResume()
{
    QStringList errors;
    const QStringList journals
            = Journal::findInterrupted(AppSettings::engineConfig(&errors).outputDir);
    if (journals.isEmpty() || (m_run && !m_run->isFinished()))
        return;
    QString error;
    const auto plan = Journal::resumePlan(journals.first(), &error);
    if (!plan)
        return;
    const QString question
            = tr("A run of “%1” was interrupted before it finished (%2 of %3 tasks had finished). "
                 "Resume it? Finished tasks keep their results and are not run again.")
                      .arg(plan->alt->title)
                      .arg(plan->options.resume->finished.size())
                      .arg(plan->alt->tasks.size());
    if (QApplication::platformName() == u"offscreen") {
        m_status->setText(question);
        return;
    }
    QMessageBox box(QMessageBox::Question, tr("Resume Interrupted Run"), question,
                    QMessageBox::Yes | QMessageBox::No | QMessageBox::Discard, this);
    box.button(QMessageBox::Discard)->setText(tr("Discard"));
    const int answer = box.exec();
    if (answer == QMessageBox::Yes)
        resumeJournal(journals.first());
    else if (answer == QMessageBox::Discard)
        QFile::remove(journals.first());
}

bool MainWindow::resumeJournal(const QString &journalPath)
{
    if (m_run && !m_run->isFinished())
        return false;
    QString error;
    const auto plan = Journal::resumePlan(journalPath, &error);
    if (!plan) {
        showError(tr("Cannot resume"), error);
        return false;
    }
    QStringList errors;
    EngineConfig config = AppSettings::engineConfig(&errors);
    config.outputDir = QFileInfo(journalPath).absolutePath();
    errors += ConfigLoader::check(config);
    if (!errors.isEmpty()) {
        showError(tr("Cannot resume"), errors.join(u'\n'));
        return false;
    }
    m_alt = plan->alt;
    m_altRunnable = false;
    m_path.clear();
    m_lastPath.clear();
    m_diagnostics->setDiagnostics({});
    m_source->setPlainText(tr("(resumed from %1)").arg(QDir::toNativeSeparators(journalPath)));
    m_document->setAltFile(m_alt);
    m_startingOwnRun = true;
    Run *run = m_runs->start(m_alt, plan->options, config);
    m_startingOwnRun = false;
    if (!run)
        return false;
    setWindowTitle(tr("%1 (resumed) – ALT Runner").arg(m_alt->title));
    watch(run);
    m_status->setText(tr("Resuming run %1...").arg(run->executionId()));
    return true;
}

void MainWindow::cancelRun()
{
    if (m_run && !m_run->isFinished()) {
        m_run->cancel();
        m_status->setText(tr("Cancelling..."));
    }
}

void MainWindow::onFinished(const RunResult &result)
{
    m_run = nullptr;
    if (result.lastFilePath.isEmpty()) {
        showError(tr("The LAST file could not be written"), result.error);
    } else {
        m_lastPath = result.lastFilePath;
        showResults(result.lastFilePath);
        const RunSnapshot &s = result.snapshot;
        m_status->setText(tr("Run %1: %2 of %3 completed in %4. LAST file: %5")
                                  .arg(result.cancelled ? tr("cancelled")
                                                        : StatusStyle::label(result.outcome))
                                  .arg(s.count(TaskStatus::Completed))
                                  .arg(s.total)
                                  .arg(DurationText::format(s.elapsedMs))
                                  .arg(QDir::toNativeSeparators(result.lastFilePath))
                          + (m_runNotice.isEmpty() ? QString() : u' ' + m_runNotice));
    }
    updateActions();
    emit runFinished(result);
}

void MainWindow::showResults(const QString &lastPath)
{
    // A LAST file of 100,000 tasks is 60 MB: parsed off the GUI thread, shown in part.
    struct Loaded
    {
        std::optional<QJsonObject> document;
        QString error;
        QString raw;
    };
    inBackground<std::shared_ptr<Loaded>>(
            this,
            [lastPath] {
                auto loaded = std::make_shared<Loaded>();
                loaded->document = LastReader::readDocument(lastPath, &loaded->error);
                QFile f(lastPath);
                if (f.open(QIODevice::ReadOnly)) {
                    loaded->raw = QString::fromUtf8(f.read(kShownSourceBytes));
                    if (f.size() > kShownSourceBytes)
                        loaded->raw += QCoreApplication::translate("altrunner::MainWindow",
                                                                   "\n… (%1 more bytes in %2)")
                                               .arg(f.size() - kShownSourceBytes)
                                               .arg(lastPath);
                }
                return loaded;
            },
            [this, lastPath](const std::shared_ptr<Loaded> &loaded) {
                if (lastPath != m_lastPath && lastPath != m_path)
                    return; // something else is shown by now
                if (!loaded->document) {
                    m_lastRaw->setPlainText(loaded->error);
                    return;
                }
                m_lastTree->setDocument(*loaded->document);
                m_lastRaw->setPlainText(loaded->raw);
            });
}

void MainWindow::updateActions()
{
    const bool running = m_run && !m_run->isFinished();
    const bool canRun = m_alt && m_altRunnable; // an ALT file opened here, not a past run
    m_runAction->setEnabled(canRun && !running);
    m_cancelAction->setEnabled(running);
    m_rerunAction->setEnabled(canRun && !running && !m_lastPath.isEmpty()
                              && m_document->snapshot().count(TaskStatus::Completed)
                                      < m_document->snapshot().total);
    m_exportGraphAction->setEnabled(m_document->altFile() != nullptr);
    m_exportTimelineAction->setEnabled(m_document->altFile() != nullptr);
    m_mode->setEnabled(!running);
    m_persona->setEnabled(!running);
    m_concurrency->setEnabled(!running);
    m_provider->setEnabled(!running);
    if (!running)
        m_simulatedLabel->setVisible(m_provider->currentData().toInt() == int(ProviderKind::Mock));
}

bool MainWindow::setServing(bool on, quint16 port)
{
    if (!on) {
        m_server.reset();
        m_serverLabel->clear();
        m_serveAction->setChecked(false);
        return true;
    }
    QStringList errors;
    const EngineConfig config = AppSettings::engineConfig(&errors);
    m_runs->setConfig(config);
    m_server = std::make_unique<ApiServer>(m_runs.get());
    ApiServer::Options options;
    options.port = port;
    options.token = config.apiToken;
    QString error;
    if (!m_server->listen(options, &error)) {
        m_server.reset();
        showError(tr("Cannot serve the REST API"), error);
        return false;
    }
    m_serverLabel->setText(tr("API: %1%2")
                                   .arg(m_server->url().toString(),
                                        options.token.isEmpty()
                                                ? tr(" (no token, this computer only)")
                                                : tr(" (token required)")));
    m_serverLabel->setToolTip(options.token.isEmpty()
                                      ? tr("Only programs on this computer can reach it.")
                                      : tr("Token: %1").arg(options.token));
    QSignalBlocker block(m_serveAction);
    m_serveAction->setChecked(true);
    return true;
}

void MainWindow::openSettings()
{
    QStringList errors;
    SettingsDialog dialog(AppSettings::engineConfig(&errors), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const EngineConfig config = dialog.config();
    AppSettings::save(config);
    AppSettings::setSessionApiKey(dialog.apiKey());
    AppSettings::setLanguage(dialog.language());
    m_provider->setCurrentIndex(m_provider->findData(int(config.provider)));
    m_concurrency->setValue(config.maxConcurrentTasks);
    m_runs->setConfig(AppSettings::engineConfig(&errors));
}

void MainWindow::openOutputFolder()
{
    QStringList errors;
    const QString dir = m_lastPath.isEmpty() ? AppSettings::engineConfig(&errors).outputDir
                                             : QFileInfo(m_lastPath).absolutePath();
    QDir().mkpath(dir);
    QDesktopServices::openUrl(QUrl::fromLocalFile(dir));
}

void MainWindow::chooseExport(Tab tab)
{
    const QString base = (m_alt ? m_alt->id : QStringLiteral("altrunner"))
            + (tab == GraphTab ? QStringLiteral("-graph") : QStringLiteral("-timeline"));
    QString selected;
    const QString path = QFileDialog::getSaveFileName(
            this, tab == GraphTab ? tr("Export Graph") : tr("Export Timeline"),
            base + QStringLiteral(".png"), tr("PNG image (*.png);;SVG drawing (*.svg)"), &selected);
    if (path.isEmpty())
        return;
    if (!exportView(tab, path))
        showError(tr("Export failed"), tr("Could not write %1.").arg(path));
    else
        m_status->setText(tr("Exported to %1").arg(QDir::toNativeSeparators(path)));
}

bool MainWindow::exportView(Tab tab, const QString &path)
{
    QSize size;
    if (tab == GraphTab) {
        const QRectF r = m_dag->graphRect();
        if (r.isEmpty())
            return false;
        const double scale = std::min(1.0, 8000.0 / std::max(r.width(), r.height()));
        size = QSize(int(r.width() * scale), int(r.height() * scale));
    } else {
        size = m_timeline->fullSize().boundedTo(QSize(12000, 30000));
    }
    auto paint = [&](QPainter *painter) {
        if (tab == GraphTab)
            m_dag->renderAll(painter, QRectF(QPointF(0, 0), size));
        else
            m_timeline->renderAll(painter, size);
    };
    if (path.endsWith(QStringLiteral(".svg"), Qt::CaseInsensitive)) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(m_alt ? m_alt->title : QString());
        QPainter painter;
        if (!painter.begin(&svg))
            return false;
        paint(&painter);
        return painter.end();
    }
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(palette().color(QPalette::Base));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    paint(&painter);
    painter.end();
    return image.save(path);
}

void MainWindow::showError(const QString &title, const QString &text)
{
    m_status->setText(title + QStringLiteral(": ") + text);
    if (QApplication::platformName() != u"offscreen")
        QMessageBox::warning(this, title, text);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("ui/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("ui/state"), saveState());
    m_server.reset();
    if (m_run && !m_run->isFinished())
        m_run->cancel();
    event->accept();
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
