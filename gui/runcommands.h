// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

class QAction;
class QWidget;

namespace altrunner {

class FileLoader;
class RunController;
class RunDocument;
class ShownRun;

// What the Run menu does to what the window shows (docs/gui.md "Fix and run again"): run the
// file, cancel the run shown, re-run what failed (after a run, after the file was opened again,
// or from a past LAST file against its ALT file as it is now), and reload the file (also when it
// changes on disk; asking first during a run). It keeps those actions enabled as they apply.
class RunCommands final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunCommands)

public:
    struct Actions
    {
        QAction *run;
        QAction *cancel;
        QAction *rerun;
        QAction *reload;
        QAction *rerunFrom;
    };
    using ErrorHandler = std::function<void(const QString &title, const QString &text)>;

    RunCommands(const Actions &actions, RunController *runs, ShownRun *shown, RunDocument *document,
                FileLoader *loader, QWidget *window, ErrorHandler showError);

    bool canRerunFailed() const;
    // Re-run from here: a finished run (or a past LAST file) is shown and `task` is one of it.
    bool canRerunFrom(int task) const;
    // The task the Run menu's Re-run From Here uses (the selection).
    void setSelectedTask(int task);

public slots:
    void run();
    void cancel();
    void rerunFailed();
    // Asks `task` (-1: the selected one) and everything downstream of it again, past the cache,
    // carrying every other completed answer of the shown run over.
    void rerunFrom(int task = -1);
    void reload();
    void updateActions();

private:
    void onFileChangedOnDisk(const QString &path);
    // Before re-running from a past LAST file: its ALT file as it is now becomes the one shown
    // (false, said, when it cannot be found or read). True at once for a runnable file.
    bool showSourceOfPastRun();

    Actions m_actions;
    RunController *m_runs;
    ShownRun *m_shown;
    RunDocument *m_document;
    FileLoader *m_loader;
    QWidget *m_window;
    ErrorHandler m_showError;
    int m_selected = -1;
};

} // namespace altrunner
