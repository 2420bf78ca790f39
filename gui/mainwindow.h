// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alt/altfile.h"
#include "run/runsnapshot.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QTableView;

namespace altrunner {

class DiagnosticsModel;
class Run;
class TaskTableModel;

// The application window: open an ALT file, see its diagnostics next to its source, run it with
// the configured provider and watch the tasks' status. (The DAG, timeline and metrics views come
// with the full desktop application.)
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    bool openFile(const QString &path);
    QString lastFilePath() const { return m_lastFilePath; }

public slots:
    void runFile();
    void cancelRun();

signals:
    void runFinished(const altrunner::RunResult &result);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void chooseFile();
    void showDiagnostic(const QModelIndex &index);
    void onProgress(const RunSnapshot &snapshot, const QList<int> &changed);
    void onFinished(const RunResult &result);
    void updateActions();

    DiagnosticsModel *m_diagnostics;
    TaskTableModel *m_tasks;
    QTableView *m_diagnosticsView;
    QTableView *m_taskView;
    QPlainTextEdit *m_source;
    QProgressBar *m_progress;
    QLabel *m_statusLabel;
    QAction *m_runAction;
    QAction *m_cancelAction;

    QString m_path;
    std::shared_ptr<const AltFile> m_alt;
    std::unique_ptr<Run> m_run;
    QString m_lastFilePath;
};

} // namespace altrunner
