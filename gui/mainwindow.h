// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alt/altfile.h"
#include "alt/altloader.h"
#include "last/lastreader.h"
#include "run/runoptions.h"
#include "model/runsnapshot.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPlainTextEdit;
class QProgressBar;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTreeView;

namespace altrunner {

class ApiServer;
class DagView;
class DiagnosticsModel;
class JsonTreeModel;
class MetricsPanel;
class Run;
class RunDocument;
class RunRegistry;
class TaskDetails;
class TaskTableModel;
class TimelineView;

// The application window (gui.md): open ALT files and past LAST files, see problems beside the
// source, run, cancel and re-run what failed, watch the graph, the timeline and the metrics,
// read the results, serve the REST API, and change settings. It arranges views over a
// RunDocument and starts runs through the same RunRegistry the REST API uses.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum Tab { GraphTab, TimelineTab, SourceTab, ResultsTab };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    bool openFile(const QString &path);
    bool openLastFile(const QString &path);
    // An ALT file or a LAST file, whichever `path` is.
    bool openAny(const QString &path);
    QString lastFilePath() const { return m_lastPath; }
    RunDocument *document() const { return m_document; }
    bool setServing(bool on, quint16 port = 8080);
    ApiServer *apiServer() const { return m_server.get(); }
    QTabWidget *tabs() const { return m_tabs; }
    QString statusText() const;
    DagView *dagView() const { return m_dag; }
    TimelineView *timelineView() const { return m_timeline; }
    MetricsPanel *metricsPanel() const { return m_metrics; }

public slots:
    void runFile();
    void cancelRun();
    void rerunFailed();
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
    void createViews();
    void chooseFile();
    void chooseLastFile();
    void chooseExport(Tab tab);
    void openSettings();
    void openOutputFolder();
    void updateRecentMenu();
    void updateActions();
    void showDiagnostic(const QModelIndex &index);
    void startRun(RunOptions options);
    void watch(Run *run);
    void onFinished(const RunResult &result);
    void showResults(const QString &lastPath);
    void showError(const QString &title, const QString &text);
    void onApiRunStarted(Run *run);
    bool refuseWhileRunning();
    void applyAlt(const QString &path, const AltLoader::Result &result, const QString &source);
    void applyPastRun(const QString &path, const std::optional<LastReader::PastRun> &past,
                      const QString &error);

    RunDocument *m_document;
    std::unique_ptr<RunRegistry> m_runs;
    std::unique_ptr<ApiServer> m_server;
    QPointer<Run> m_run;
    bool m_startingOwnRun = false;
    int m_openGeneration = 0;
    QString m_path;
    QString m_lastPath;
    std::shared_ptr<const AltFile> m_alt;
    bool m_altRunnable = false; // m_alt came from an ALT file opened here

    DiagnosticsModel *m_diagnostics;
    TaskTableModel *m_tasks;
    JsonTreeModel *m_lastTree;
    QTabWidget *m_tabs = nullptr;
    DagView *m_dag = nullptr;
    TimelineView *m_timeline = nullptr;
    QPlainTextEdit *m_source = nullptr;
    QTreeView *m_lastView = nullptr;
    QPlainTextEdit *m_lastRaw = nullptr;
    QTableView *m_taskView = nullptr;
    QTableView *m_problemView = nullptr;
    TaskDetails *m_details = nullptr;
    MetricsPanel *m_metrics = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QString m_runNotice; // what the watched run said about the AI service, if anything
    QLabel *m_serverLabel = nullptr;
    QLabel *m_simulatedLabel = nullptr;
    QComboBox *m_mode = nullptr;
    QLineEdit *m_persona = nullptr;
    QSpinBox *m_concurrency = nullptr;
    QComboBox *m_provider = nullptr;
    QMenu *m_recentMenu = nullptr;

    QAction *m_runAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_rerunAction = nullptr;
    QAction *m_serveAction = nullptr;
    QAction *m_criticalAction = nullptr;
    QAction *m_exportGraphAction = nullptr;
    QAction *m_exportTimelineAction = nullptr;
};

} // namespace altrunner
