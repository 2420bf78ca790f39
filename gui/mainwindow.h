// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alt/altfile.h"
#include "alt/altloader.h"
#include "config/engineconfig.h"
#include "last/lastreader.h"
#include "model/runsnapshot.h"
#include "runcontroller.h"
#include "statusbar.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QLineEdit;
class QTabWidget;
class QTableView;

class QSystemTrayIcon;

namespace altrunner {

class ApiServer;
class CompareDialog;
struct RunRequest;
class DagView;
class DiagnosticsModel;
class FileLoader;
class MetricsPanel;
class OutcomeBanner;
class TaskNavigator;
class TaskPanel;
class ResultsPane;
class RecentFilesMenu;
class Run;
class RunDocument;
class RunCommands;
class RunSettingsBar;
class RunsPanel;
class WorkersPanel;
class ShownRun;
class SourceView;
class TaskDetails;
class TaskTableModel;
class TimelineView;

// The application window (docs/gui.md): it arranges the views over a RunDocument and hands work
// to its parts: FileLoader opens files, RunController starts and follows runs and serves the REST
// API, StatusBar and RunSettingsBar are the bars, ResultsPane shows LAST files, ViewExporter
// writes pictures. It holds no run logic of its own.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum Tab { GraphTab, TimelineTab, SourceTab, ResultsTab, AnswerTab };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    bool openFile(const QString &path);
    bool openLastFile(const QString &path);
    // An ALT file or a LAST file, whichever `path` is.
    bool openAny(const QString &path);
    QString lastFilePath() const;
    // File ▸ Export Report… without the dialog: the shown run's LAST file as HTML at `path`.
    bool exportReport(const QString &path, QString *error);
    // Run ▸ Compare With… without the dialog: the shown run beside `otherLastPath` (null, said
    // in the status bar, when either cannot be read).
    CompareDialog *compareWith(const QString &otherLastPath);
    RunDocument *document() const { return m_document; }
    bool setServing(bool on, quint16 port = 8080);
    ApiServer *apiServer() const { return m_runs->server(); }
    QTabWidget *tabs() const { return m_tabs; }
    QString statusText() const { return m_status->message(); }
    DagView *dagView() const { return m_dag; }
    TimelineView *timelineView() const { return m_timeline; }
    MetricsPanel *metricsPanel() const { return m_metrics; }
    TaskDetails *taskDetails() const { return m_details; }
    TaskPanel *taskPanel() const { return m_taskPanel; }
    RunsPanel *runsPanel() const { return m_runsPanel; }
    WorkersPanel *workersPanel() const { return m_workersPanel; }
    ShownRun *shown() const { return m_shown; }
    TaskNavigator *navigator() const { return m_navigator; }
    OutcomeBanner *outcomeBanner() const { return m_outcome; }
    QLineEdit *searchBox() const { return m_search; }
    bool canRerunFailed() const;
    bool canRerunFrom(int task) const;

public slots:
    void runFile();
    void cancelRun();
    void rerunFailed();
    // Re-run from here (-1: the selected task).
    void rerunFrom(int task = -1);
    // Reads the open file again (asking first during a run).
    void reload();
    void selectTask(int index);
    bool exportView(Tab tab, const QString &path);
    // Continues a run that was killed, from its journal.
    bool resumeJournal(const QString &journalPath);
    // Looks for runs that never finished in the output folder and offers to resume them.
    void offerToResume();

signals:
    void runFinished(const altrunner::RunResult &result);
    // A file opened by openFile() or openLastFile() is loaded (large files load off the GUI
    // thread, so this may come after those return).
    void fileOpened(bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void readSettings();
    void chooseFile();
    void chooseLastFile();
    void chooseExport(Tab tab);
    void chooseReportExport();
    void chooseComparison();
    void openSettings();
    void openOutputFolder();
    void updateActions();
    void showDiagnostic(const QModelIndex &index);
    void onWatching(Run *run);
    void onFinished(const RunResult &result);
    void onShownFinished(const RunResult &result);
    // A gate opened: told on the desktop when the window is in the background.
    void notifyGate(const QString &question);
    // Shows the run in `row` of the Runs panel's model.
    void showRun(int row);
    [[noreturn]] void quitNow();
    void showError(const QString &title, const QString &text);
    void applyAlt(const QString &path, const AltLoader::Result &result, const QString &source);
    void applyPastRun(const QString &path, const std::optional<LastReader::PastRun> &past,
                      const QString &error);

    QSystemTrayIcon *m_tray = nullptr; // made for the first notification
    RunDocument *m_document;
    RunController *m_runs;
    FileLoader *m_loader;
    ShownRun *m_shown;
    RunsPanel *m_runsPanel;
    WorkersPanel *m_workersPanel;

    DiagnosticsModel *m_diagnostics;
    TaskTableModel *m_tasks;
    QTabWidget *m_tabs = nullptr;
    DagView *m_dag = nullptr;
    TimelineView *m_timeline = nullptr;
    SourceView *m_source = nullptr;
    ResultsPane *m_results = nullptr;
    QTableView *m_taskView = nullptr;
    TaskPanel *m_taskPanel = nullptr;
    TaskNavigator *m_navigator = nullptr;
    OutcomeBanner *m_outcome = nullptr;
    QLineEdit *m_search = nullptr;
    bool m_closeConfirmed = false;
    QTableView *m_problemView = nullptr;
    TaskDetails *m_details = nullptr;
    MetricsPanel *m_metrics = nullptr;
    StatusBar *m_status = nullptr;
    RunSettingsBar *m_settingsBar = nullptr;
    RecentFilesMenu *m_recentMenu = nullptr;

    RunCommands *m_commands = nullptr;
    QAction *m_serveAction = nullptr;
    QAction *m_exportGraphAction = nullptr;
    QAction *m_exportTimelineAction = nullptr;
    QAction *m_exportReportAction = nullptr;
    QAction *m_compareAction = nullptr;
};

} // namespace altrunner
