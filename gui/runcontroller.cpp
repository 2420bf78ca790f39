// SPDX-License-Identifier: GPL-3.0-or-later
#include "runcontroller.h"

#include "background.h"
#include "run/runplan.h"

#include "alt/altloader.h"
#include "last/lastreader.h"

#include "api/apiserver.h"
#include "appsettings.h"
#include "archive/archivepublisher.h"
#include "run/journal.h"
#include "run/run.h"
#include "run/runregistry.h"
#include "runsettingsbar.h"
#include "statusstyle.h"
#include "util/durationtext.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QThread>
#include <QTimer>

namespace altrunner {

RunController::RunController(EngineConfig config, RunSettingsBar *settings, QWidget *window)
    : QObject(window)
    , m_config(std::move(config))
    , m_settings(settings)
    , m_window(window)
    , m_registry(std::make_unique<RunRegistry>(m_config))
{
    connect(m_registry.get(), &RunRegistry::runStarted, this, &RunController::onRegistryStarted);
    // What the next run would do follows every choice in the run settings bar, not only the
    // provider (the plan column said "run" where the console said "cached": issue 25).
    m_replanTimer.setSingleShot(true);
    m_replanTimer.setInterval(150);
    connect(&m_replanTimer, &QTimer::timeout, this, &RunController::replan);
    connect(m_settings, &RunSettingsBar::changed, &m_replanTimer, qOverload<>(&QTimer::start));
    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, &RunController::showArchiveState);
    timer->start(1000);
}

RunController::~RunController()
{
    m_server.reset();
    m_registry.reset();
}

void RunController::setConfig(const EngineConfig &config)
{
    m_config = config;
    m_registry->setConfig(config); // and with it where LAST files are announced
    showArchiveState();
    replan();
}

void RunController::loadSettings()
{
    QStringList errors;
    setConfig(AppSettings::engineConfig(&errors));
    m_settings->setConfig(m_config);
    if (!errors.isEmpty())
        emit said(tr("Configuration problem: %1").arg(errors.join(QStringLiteral("; "))));
}

void RunController::replan()
{
    if (m_planned)
        plan(m_planned);
}

void RunController::showArchiveState()
{
    const ArchivePublisher *archive = m_registry->archive();
    if (!archive)
        return emit archiveStateChanged(QString(), false);
    const ArchivePublisher::State s = archive->state();
    if (!s.lastError.isEmpty())
        emit archiveStateChanged(tr("Archive: failing, %n waiting", "", s.queued), true,
                                 s.lastError);
    else
        emit archiveStateChanged(
                s.connected ? tr("Archive: connected") : tr("Archive: on"), false,
                tr("LAST files are announced on %1 at %2")
                        .arg(archive->settings().subject, archive->settings().url));
}

bool RunController::isRunning() const
{
    return m_current && !m_current->isFinished();
}

void RunController::run(std::shared_ptr<const AltFile> alt)
{
    RunRequest request {std::move(alt), {}, m_config};
    if (!start(request))
        return;
    if (m_current->config().workersUrl.isEmpty())
        emit said(tr("Running with %1, %2 at once...")
                          .arg(m_settings->providerText())
                          .arg(m_current->config().maxConcurrentTasks));
    else
        emit said(tr("Running with %1 on the workers at %2, %3 at once...")
                          .arg(m_settings->providerText(), m_current->config().workersUrl)
                          .arg(m_current->config().maxConcurrentTasks));
}

void RunController::plan(std::shared_ptr<const AltFile> alt)
{
    // Kept current from here on: after each run, a change of settings or of provider.
    m_planned = alt;
    // The cache is a file: read it off the GUI thread, then hand the texts back.
    RunRequest request {std::move(alt), {}, m_config};
    m_settings->applyTo(request);
    inBackground<QStringList>(
            this,
            [request] {
                const QList<RunPlan::Item> items
                        = RunPlan::of(*request.alt, request.config, request.options);
                QStringList texts;
                texts.reserve(items.size());
                for (const RunPlan::Item &item : items)
                    texts.append(RunPlan::text(item));
                return texts;
            },
            [this, alt = request.alt](const QStringList &texts) { emit planned(alt, texts); },
            BackgroundLane::Disk);
}

void RunController::rerunFailed(std::shared_ptr<const AltFile> alt, const QString &lastPath)
{
    RunRequest request {std::move(alt), {}, m_config};
    QString error;
    const auto rerun = RunLauncher::rerunFailed(request, lastPath, &error);
    if (!rerun)
        return emit failed(tr("Cannot re-run"), error);
    if (rerun->toRun == 0)
        return emit said(tr("Every task completed in that run: nothing to re-run."));
    if (start(request))
        emit said(tr("Re-running %1 of %2 tasks...")
                          .arg(rerun->toRun)
                          .arg(rerun->toRun + rerun->carried));
}

void RunController::rerunFrom(std::shared_ptr<const AltFile> alt, const QString &lastPath,
                              const QStringList &fromTasks)
{
    RunRequest request {std::move(alt), {}, m_config};
    QString error;
    const auto rerun = RunLauncher::rerunFrom(request, lastPath, fromTasks, &error);
    if (!rerun)
        return emit failed(tr("Cannot re-run"), error);
    if (start(request))
        emit said(tr("Re-running from %1: asking %2 of %3 tasks again, %4 kept...")
                          .arg(fromTasks.join(QStringLiteral(", ")))
                          .arg(rerun->toRun)
                          .arg(rerun->toRun + rerun->carried)
                          .arg(rerun->carried));
}

std::shared_ptr<const AltFile> RunController::sourceOf(const QString &lastPath, QString *error)
{
    const auto document = LastReader::readDocument(lastPath, error);
    if (!document)
        return nullptr;
    QString path = document->value(QStringLiteral("metadata"))[u"alt_file_path"].toString();
    if (path.isEmpty() || !QFileInfo::exists(path)) {
        path = QFileDialog::getOpenFileName(
                m_window, tr("Where is the ALT file of this run?"),
                QFileInfo(path.isEmpty() ? lastPath : path).absolutePath(),
                tr("ALT files (*.alt *.json *.alt.yaml *.alt.yml);;All files (*)"));
        if (path.isEmpty()) {
            *error = tr("The run's ALT file was not found; open it, then re-run from the LAST "
                        "file.");
            return nullptr;
        }
    }
    const AltLoader::Result loaded = AltLoader::loadFile(path);
    if (!loaded.ok()) {
        *error = tr("%1 has %n error(s); open it to see them.", "",
                    int(errorCount(loaded.diagnostics)))
                         .arg(QDir::toNativeSeparators(path));
        return nullptr;
    }
    return std::make_shared<const AltFile>(*loaded.file);
}

bool RunController::resume(const QString &journalPath)
{
    if (isRunning())
        return false;
    QString error;
    auto request = RunLauncher::resume(journalPath, m_config, false, &error);
    if (!request) {
        emit failed(tr("Cannot resume"), error);
        return false;
    }
    return start(std::move(*request));
}

bool RunController::start(RunRequest request)
{
    m_settings->applyTo(request);
    request.options.trigger = QStringLiteral("gui");
    m_startingOwn = true;
    const RunLauncher::Started started = RunLauncher::start(*m_registry, std::move(request));
    m_startingOwn = false;
    if (!started.run) {
        emit failed(tr("Cannot run"),
                    started.errors.join(u'\n')
                            + (started.busy ? QString()
                                            : u'\n' + tr("Set the service URL in Settings.")));
        return false;
    }
    watch(started.run);
    return true;
}

void RunController::offerToResume()
{
    const QStringList journals = Journal::findInterrupted(m_config.outputDir);
    if (journals.isEmpty() || isRunning())
        return;
    QString error;
    const auto request = RunLauncher::resume(journals.first(), m_config, false, &error);
    if (!request)
        return;
    const QString question
            = tr("A run of “%1” was interrupted before it finished (%2 of %3 tasks had finished). "
                 "Resume it? Finished tasks keep their results and are not run again.")
                      .arg(request->alt->title)
                      .arg(request->options.resume->finished.size())
                      .arg(request->alt->tasks.size());
    emit said(question);
    // Asked without blocking the event loop: the window stays live meanwhile.
    auto *box
            = new QMessageBox(QMessageBox::Question, tr("Resume Interrupted Run"), question,
                              QMessageBox::Yes | QMessageBox::No | QMessageBox::Discard, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->button(QMessageBox::Discard)->setText(tr("Discard"));
    const QString journal = journals.first();
    connect(box, &QMessageBox::finished, this, [this, box, journal] {
        const QMessageBox::StandardButton answer = box->standardButton(box->clickedButton());
        if (answer == QMessageBox::Yes)
            resume(journal);
        else if (answer == QMessageBox::Discard)
            QFile::remove(journal);
    });
    box->open();
    box->raise();
    box->activateWindow();
}

void RunController::askToQuit(std::function<void(bool cancelled)> quit)
{
    auto *box = new QMessageBox(
            QMessageBox::Question, tr("A run is in progress"),
            tr("Quitting now stops the run. Cancel it (its LAST file is written with what "
               "finished), or stop at once and resume it at the next start?"),
            QMessageBox::NoButton, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("askToQuit"));
    QPushButton *cancelRun = box->addButton(tr("Cancel Run and Quit"), QMessageBox::AcceptRole);
    QPushButton *later = box->addButton(tr("Quit, Resume Later"), QMessageBox::DestructiveRole);
    box->setDefaultButton(box->addButton(tr("Keep Running"), QMessageBox::RejectRole));
    connect(box, &QMessageBox::finished, this, [this, box, cancelRun, later, quit] {
        if (box->clickedButton() == cancelRun && isRunning()) {
            connect(
                    this, &RunController::runFinished, this, [quit] { quit(true); },
                    Qt::SingleShotConnection);
            cancel();
        } else if (box->clickedButton() == cancelRun) {
            quit(true);
        } else if (box->clickedButton() == later) {
            quit(false);
        }
    });
    box->open();
}

void RunController::cancel()
{
    if (!isRunning())
        return;
    m_current->cancel();
    emit said(tr("Cancelling..."));
}

void RunController::decide(const QString &executionId, const QString &taskId,
                           const ApprovalDecision &decision)
{
    const RunRegistry::Entry *e = m_registry->find(executionId);
    Run *run = e && e->run && !e->result ? e->run.get() : nullptr;
    const DecisionResult r = run
            ? run->decide(taskId, decision)
            : DecisionResult {DecisionResult::Kind::NotWaiting, tr("the run has finished"), {}};
    if (!r.ok()) {
        emit failed(tr("Not Decided"), tr("'%1' was not decided: %2").arg(taskId, r.message));
        return;
    }
    emit said(decision.approve ? tr("Approved '%1'.").arg(taskId)
                               : tr("Rejected '%1'.").arg(taskId));
}

void RunController::openOutputFolder(const QString &lastPath)
{
    const QString dir
            = lastPath.isEmpty() ? m_config.outputDir : QFileInfo(lastPath).absolutePath();
    QDir().mkpath(dir);
    // Said either way: where a desktop has no file manager, the path is still at hand.
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(dir)))
        emit failed(tr("Cannot open the output folder"),
                    tr("No program here opens folders; the folder is %1.")
                            .arg(QDir::toNativeSeparators(dir)));
    else
        emit said(tr("Output folder: %1").arg(QDir::toNativeSeparators(dir)));
}

bool RunController::serve(bool on, quint16 port)
{
    if (!on) {
        m_server.reset();
        emit serverChanged(QString());
        return true;
    }
    m_server = std::make_unique<ApiServer>(m_registry.get());
    ApiServer::Options options;
    options.port = port;
    options.token = m_config.apiToken;
    QString error;
    if (!m_server->listen(options, &error)) {
        m_server.reset();
        emit failed(tr("Cannot serve the REST API"), error);
        return false;
    }
    const bool open = options.token.isEmpty();
    emit serverChanged(
            tr("API: %1%2")
                    .arg(m_server->url().toString(),
                         open ? tr(" (no token, this computer only)") : tr(" (token required)")),
            open ? tr("Only programs on this computer can reach it.")
                 : tr("Token: %1").arg(options.token));
    return true;
}

void RunController::onRegistryStarted(Run *run)
{
    if (m_startingOwn)
        return;
    emit said(tr("A run of “%1” started through the REST API; choose it in the Runs "
                 "list to watch it.")
                      .arg(run->altFile()->title));
}

void RunController::watch(Run *run)
{
    m_current = run;
    m_notice.clear();
    connect(run, &Run::finished, this,
            [this, run](const RunResult &result) { onFinished(run, result); });
    connect(run, &Run::aiServiceRefused, this, [this, run](const QString &message) {
        if (run != m_current)
            return;
        // Said while the run goes on, and again in the summary when it ends.
        m_notice = message + u' '
                + (run->config().fallbackToMock
                           ? tr("Its AI tasks get simulated answers, marked as such.")
                           : tr("Its AI tasks fail without being tried; check the service URL in "
                                "Settings."));
        emit said(m_notice);
    });
    emit simulatedChanged(run->config().provider == ProviderKind::Mock);
    emit watching(run);
}

void RunController::onFinished(Run *run, const RunResult &result)
{
    if (run != m_current)
        return;
    if (result.lastFilePath.isEmpty())
        emit failed(tr("The LAST file could not be written"), result.error);
    replan(); // what the next run would do now
    emit runFinished(result);
}

} // namespace altrunner
