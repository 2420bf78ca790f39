// SPDX-License-Identifier: GPL-3.0-or-later
#include "runcommands.h"

#include "fileloader.h"
#include "run/run.h"
#include "runcontroller.h"
#include "rundocument.h"
#include "shownrun.h"

#include <QAction>
#include <QFileInfo>
#include <QMessageBox>

namespace altrunner {

RunCommands::RunCommands(const Actions &actions, RunController *runs, ShownRun *shown,
                         RunDocument *document, FileLoader *loader, QWidget *window,
                         ErrorHandler showError)
    : QObject(window)
    , m_actions(actions)
    , m_runs(runs)
    , m_shown(shown)
    , m_document(document)
    , m_loader(loader)
    , m_window(window)
    , m_showError(std::move(showError))
{
    connect(actions.run, &QAction::triggered, this, &RunCommands::run);
    connect(actions.cancel, &QAction::triggered, this, &RunCommands::cancel);
    connect(actions.rerun, &QAction::triggered, this, &RunCommands::rerunFailed);
    connect(actions.reload, &QAction::triggered, this, &RunCommands::reload);
    connect(actions.rerunFrom, &QAction::triggered, this, [this] { rerunFrom(); });
    connect(loader, &FileLoader::changedOnDisk, this, &RunCommands::onFileChangedOnDisk);
    connect(shown, &ShownRun::changed, this, &RunCommands::updateActions);
    connect(runs, &RunController::watching, this, &RunCommands::updateActions);
    connect(runs, &RunController::runFinished, this, &RunCommands::updateActions);
}

void RunCommands::run()
{
    if (m_actions.run->isEnabled())
        m_runs->run(m_shown->alt());
}

void RunCommands::cancel()
{
    if (m_shown->liveRun() == m_runs->current())
        m_runs->cancel();
    else if (m_shown->isLive())
        m_shown->liveRun()->cancel();
}

bool RunCommands::canRerunFailed() const
{
    if (!m_shown->alt() || m_shown->lastPath().isEmpty() || m_runs->isRunning())
        return false;
    const RunSnapshot &s = m_document->snapshot();
    // After a run or a past run's LAST file: while something did not complete. After the file
    // was opened again (fixed), the run before it decides.
    return !m_shown->runnable() || s.finished ? s.count(TaskStatus::Completed) < s.total : true;
}

void RunCommands::rerunFailed()
{
    if (!canRerunFailed())
        return;
    if (showSourceOfPastRun())
        m_runs->rerunFailed(m_shown->alt(), m_shown->lastPath());
}

bool RunCommands::showSourceOfPastRun()
{
    if (m_shown->runnable())
        return true;
    // A past run's LAST file: re-run against its ALT file as it is now on disk.
    QString error;
    const auto alt = m_runs->sourceOf(m_shown->lastPath(), &error);
    if (!alt) {
        m_showError(tr("Cannot re-run"), error);
        return false;
    }
    m_shown->setAlt(alt, alt->sourcePath);
    return true;
}

bool RunCommands::canRerunFrom(int task) const
{
    if (!m_shown->alt() || m_shown->lastPath().isEmpty() || m_runs->isRunning())
        return false;
    return task >= 0 && task < m_document->taskCount()
            && (!m_shown->runnable() || m_document->snapshot().finished);
}

void RunCommands::setSelectedTask(int task)
{
    m_selected = task;
    m_actions.rerunFrom->setEnabled(canRerunFrom(task));
}

void RunCommands::rerunFrom(int task)
{
    if (task < 0)
        task = m_selected;
    if (!canRerunFrom(task))
        return;
    const QString id = m_document->altFile()->tasks.at(task).id;
    if (showSourceOfPastRun())
        m_runs->rerunFrom(m_shown->alt(), m_shown->lastPath(), {id});
}

void RunCommands::reload()
{
    if (m_shown->path().isEmpty())
        return;
    if (Run *run = m_shown->isLive() ? m_shown->liveRun() : nullptr) {
        auto *box = new QMessageBox(
                QMessageBox::Question, tr("Reload"),
                tr("Cancel the run and read %1 again?").arg(QFileInfo(m_shown->path()).fileName()),
                QMessageBox::Yes | QMessageBox::No, m_window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setObjectName(QStringLiteral("askToReload"));
        connect(box, &QMessageBox::accepted, this, [this, run = QPointer<Run>(run)] {
            connect(m_shown, &ShownRun::liveRunFinished, this, &RunCommands::reload,
                    Qt::SingleShotConnection);
            if (run)
                run->cancel();
        });
        box->open();
        return;
    }
    if (m_shown->showsPastRun())
        m_loader->loadLast(m_shown->path());
    else
        m_loader->loadAlt(m_shown->path());
}

void RunCommands::onFileChangedOnDisk(const QString &path)
{
    if (path == m_shown->path() && !m_shown->showsPastRun())
        reload();
}

void RunCommands::updateActions()
{
    m_actions.run->setEnabled(m_shown->runnable() && !m_runs->isRunning());
    m_actions.cancel->setEnabled(m_shown->isLive());
    m_actions.rerun->setEnabled(canRerunFailed());
    m_actions.rerunFrom->setEnabled(canRerunFrom(m_selected));
    m_actions.reload->setEnabled(!m_shown->path().isEmpty());
}

} // namespace altrunner
