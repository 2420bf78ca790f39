// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "alt/altloader.h"
#include "config/configloader.h"
#include "diagnosticsmodel.h"
#include "run/run.h"
#include "tasktablemodel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProcessEnvironment>
#include <QProgressBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTextBlock>
#include <QToolBar>

namespace altrunner {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_diagnostics(new DiagnosticsModel(this))
    , m_tasks(new TaskTableModel(this))
    , m_diagnosticsView(new QTableView)
    , m_taskView(new QTableView)
    , m_source(new QPlainTextEdit)
    , m_progress(new QProgressBar)
    , m_statusLabel(new QLabel)
{
    setWindowTitle(tr("ALT Runner"));
    setAcceptDrops(true);
    resize(1100, 720);

    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *openAction = fileMenu->addAction(tr("&Open..."), this, &MainWindow::chooseFile);
    openAction->setShortcut(QKeySequence::Open);
    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);

    auto *runMenu = menuBar()->addMenu(tr("&Run"));
    m_runAction = runMenu->addAction(tr("&Run"), this, &MainWindow::runFile);
    m_runAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_R), QKeySequence(Qt::Key_F5)});
    m_cancelAction = runMenu->addAction(tr("&Cancel"), this, &MainWindow::cancelRun);
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->addAction(openAction);
    toolBar->addAction(m_runAction);
    toolBar->addAction(m_cancelAction);

    for (QTableView *view : {m_diagnosticsView, m_taskView}) {
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setSelectionMode(QAbstractItemView::SingleSelection);
        view->verticalHeader()->hide();
        view->horizontalHeader()->setStretchLastSection(true);
        view->setAlternatingRowColors(true);
    }
    m_diagnosticsView->setModel(m_diagnostics);
    m_taskView->setModel(m_tasks);
    m_source->setReadOnly(true);
    m_source->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_source->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    connect(m_diagnosticsView, &QTableView::activated, this, &MainWindow::showDiagnostic);
    connect(m_diagnosticsView, &QTableView::clicked, this, &MainWindow::showDiagnostic);

    auto *left = new QSplitter(Qt::Vertical);
    left->addWidget(m_taskView);
    left->addWidget(m_diagnosticsView);
    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(left);
    split->addWidget(m_source);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    setCentralWidget(split);

    m_progress->setMaximumWidth(240);
    m_progress->setTextVisible(true);
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_progress);
    m_statusLabel->setText(tr("Open an ALT file to begin (Ctrl+O, or drop it here)."));
    updateActions();
}

MainWindow::~MainWindow() = default;

bool MainWindow::openFile(const QString &path)
{
    if (m_run && !m_run->isFinished()) {
        QMessageBox::information(this, tr("Run in progress"),
                                 tr("Cancel the current run before opening another file."));
        return false;
    }
    m_run.reset();
    const AltLoader::Result result = AltLoader::loadFile(path);
    m_path = path;
    m_diagnostics->setDiagnostics(result.diagnostics);
    m_diagnosticsView->resizeColumnsToContents();
    QFile file(path);
    m_source->setPlainText(file.open(QIODevice::ReadOnly) && file.size() < 8 * 1024 * 1024
                                   ? QString::fromUtf8(file.readAll())
                                   : QString());
    m_alt = result.ok() ? std::make_shared<const AltFile>(*result.file) : nullptr;
    m_tasks->setAltFile(m_alt);
    m_taskView->resizeColumnsToContents();
    setWindowTitle(tr("%1 - ALT Runner").arg(QFileInfo(path).fileName()));
    const qsizetype errors = errorCount(result.diagnostics);
    if (m_alt)
        m_statusLabel->setText(tr("%1: %2 tasks, ready to run (Ctrl+R).")
                                       .arg(m_alt->title)
                                       .arg(m_alt->tasks.size()));
    else
        m_statusLabel->setText(
                tr("%n error(s): the file cannot be run until they are fixed.", "", int(errors)));
    m_progress->setValue(0);
    updateActions();
    return result.ok();
}

void MainWindow::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
            this, tr("Open ALT File"), QString(), tr("ALT files (*.alt *.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::showDiagnostic(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const Diagnostic &d = m_diagnostics->diagnostic(index.row());
    const QTextBlock block = m_source->document()->findBlockByNumber(d.line - 1);
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, std::max(0, d.column - 1));
    cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    m_source->setTextCursor(cursor);
    m_source->centerCursor();
}

void MainWindow::runFile()
{
    if (!m_alt || (m_run && !m_run->isFinished()))
        return;
    QStringList errors;
    EngineConfig config
            = ConfigLoader::fromEnvironment(QProcessEnvironment::systemEnvironment(), &errors);
    errors += ConfigLoader::check(config);
    if (!errors.isEmpty()) {
        QMessageBox::warning(this, tr("Cannot run"), errors.join(u'\n'));
        return;
    }
    RunOptions options;
    options.trigger = QStringLiteral("gui");
    m_run = std::make_unique<Run>(m_alt, config, options);
    connect(m_run.get(), &Run::progressed, this, &MainWindow::onProgress);
    connect(m_run.get(), &Run::finished, this, &MainWindow::onFinished);
    m_progress->setRange(0, int(m_alt->tasks.size()));
    m_progress->setValue(0);
    m_run->start();
    m_statusLabel->setText(
            tr("Running with the %1 provider...").arg(providerName(config.provider)));
    updateActions();
}

void MainWindow::cancelRun()
{
    if (m_run && !m_run->isFinished())
        m_run->cancel();
}

void MainWindow::onProgress(const RunSnapshot &snapshot, const QList<int> &changed)
{
    m_tasks->applySnapshot(snapshot, changed);
    m_progress->setValue(snapshot.finishedCount());
}

void MainWindow::onFinished(const RunResult &result)
{
    m_lastFilePath = result.lastFilePath;
    if (result.lastFilePath.isEmpty())
        m_statusLabel->setText(tr("Run %1: the LAST file could not be written: %2")
                                       .arg(result.status, result.error));
    else
        m_statusLabel->setText(tr("Run %1. LAST file: %2").arg(result.status, result.lastFilePath));
    updateActions();
    emit runFinished(result);
}

void MainWindow::updateActions()
{
    const bool running = m_run && !m_run->isFinished();
    m_runAction->setEnabled(m_alt && !running);
    m_cancelAction->setEnabled(running);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_run.reset(); // cancels a run still going; its LAST file is still written
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
        openFile(urls.first().toLocalFile());
}

} // namespace altrunner
