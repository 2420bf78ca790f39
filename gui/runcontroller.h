// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/runsnapshot.h"
#include "run/run.h"
#include "run/runlauncher.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

class QThread;
class QWidget;

namespace altrunner {

class ApiServer;
class ArchivePublisher;
class RunRegistry;
class RunSettingsBar;

// The window's runs (docs/gui.md "Running"): starts them through the engine's RunLauncher, in
// the same registry the REST API uses, re-runs what failed, resumes interrupted runs, serves the
// API, and says what happens through its signals (the window puts them in its status bar and
// dialogs). Like qBittorrent's GUIAddTorrentManager, it keeps
// run handling out of the main window, which only shows what this follows.
class RunController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunController)

public:
    RunController(EngineConfig config, RunSettingsBar *settings, QWidget *window);
    ~RunController() override; // cancels runs still going; their LAST files are written

    const EngineConfig &config() const { return m_config; }
    void setConfig(const EngineConfig &config);
    // The saved settings with the environment on top, for this and the run settings toolbar;
    // a configuration problem is said in the status bar.
    void loadSettings();
    RunRegistry *registry() const { return m_registry.get(); }
    ApiServer *server() const { return m_server.get(); }
    Run *current() const { return m_current.data(); }
    // What the current run said about the AI service, if anything (for its summary).
    QString notice() const { return m_notice; }
    bool isRunning() const;

    // With the run settings toolbar's choices on top of the saved settings.
    void run(std::shared_ptr<const AltFile> alt);
    void rerunFailed(std::shared_ptr<const AltFile> alt, const QString &lastPath);
    // Re-run from here: `fromTasks` and everything downstream of them asked again, past the
    // cache; every other completed answer of `lastPath` carried over.
    void rerunFrom(std::shared_ptr<const AltFile> alt, const QString &lastPath,
                   const QStringList &fromTasks);
    // The ALT file a LAST file's run came from, as it is on disk now (asks where it is when it
    // moved); null with `error` when it cannot be read or does not validate.
    std::shared_ptr<const AltFile> sourceOf(const QString &lastPath, QString *error);
    // What a run of `alt` with the current settings would do, per task (planned() says); and
    // again after each run and each change of settings, while `alt` is the file shown.
    void plan(std::shared_ptr<const AltFile> alt);
    bool resume(const QString &journalPath);
    // Offers to resume a run of the output folder that never finished, without blocking.
    void offerToResume();
    void cancel();
    // A person's decision on an approval gate of run `executionId` (docs/approvals.md); what
    // stops it is said as an error.
    void decide(const QString &executionId, const QString &taskId,
                const ApprovalDecision &decision);
    // Closing the window during a run asks (without blocking): keep running, cancel the run
    // and quit once its LAST file is written (`quit(true)`), or quit at once and resume at the
    // next start (`quit(false)`).
    void askToQuit(std::function<void(bool cancelled)> quit);
    // The folder of `lastPath` (else the output folder) in the system's file manager.
    void openOutputFolder(const QString &lastPath);
    // Serves the REST API on `port` (on = false: stops serving).
    bool serve(bool on, quint16 port);

signals:
    // The window's own run, or a resumed one, has started. (Runs the REST API starts are in the
    // registry and the Runs panel; they never take the window's view.)
    void watching(altrunner::Run *run);
    void runFinished(const altrunner::RunResult &result);
    void planned(const std::shared_ptr<const altrunner::AltFile> &alt, const QStringList &texts);
    // What the window shows of it: a line for the status bar, the archive's state, where the
    // REST API listens (empty: it does not), whether runs are simulated, and an error to show.
    void said(const QString &message);
    void archiveStateChanged(const QString &text, bool failing, const QString &detail = {});
    void serverChanged(const QString &address, const QString &detail = {});
    void simulatedChanged(bool simulated);
    void failed(const QString &title, const QString &text);

private:
    bool start(RunRequest request);
    void onRegistryStarted(Run *run);
    void watch(Run *run);
    void onFinished(Run *run, const RunResult &result);
    void showArchiveState();
    void replan();

    EngineConfig m_config;
    RunSettingsBar *m_settings;
    QWidget *m_window;
    std::unique_ptr<RunRegistry> m_registry;
    std::unique_ptr<ApiServer> m_server;
    QPointer<Run> m_current;
    QString m_notice; // what the followed run said about the AI service, if anything
    bool m_startingOwn = false;
    std::shared_ptr<const AltFile> m_planned; // the file whose plan is kept current
    QTimer m_replanTimer; // a burst of setting changes makes one plan
};

} // namespace altrunner
