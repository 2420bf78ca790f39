// SPDX-License-Identifier: GPL-3.0-or-later
#include "run.h"

#include "ai/aiprovider.h"
#include "ai/connectioncheck.h"
#include "ai/providerfactory.h"
#include "scheduler.h"

#include <QThread>

#include <chrono>
#include <future>

namespace altrunner {

Run::Run(std::shared_ptr<const AltFile> alt, EngineConfig config, RunOptions options,
         QObject *parent)
    : QObject(parent)
    , m_alt(std::move(alt))
    , m_config(config)
    , m_options(options)
{
    qRegisterMetaType<RunSnapshot>();
    qRegisterMetaType<RunResult>();
    qRegisterMetaType<QList<int>>();
    qRegisterMetaType<TaskUpdate>();
    qRegisterMetaType<QList<TaskUpdate>>();

    m_scheduler = new Scheduler(m_alt, std::move(config), std::move(options));
    m_executionId = m_scheduler->executionId();
    m_snapshot = m_scheduler->snapshot();
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("run ") + m_executionId.left(8));
    m_scheduler->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_scheduler, &QObject::deleteLater);
    connect(m_scheduler, &Scheduler::progressed, this, &Run::onProgressed);
    connect(m_scheduler, &Scheduler::finished, this, &Run::onFinished);
    m_thread->start();
}

Run::~Run()
{
    if (m_started && !isFinished()) {
        // Blocking: the LAST file of a run that is torn down still gets written.
        QMetaObject::invokeMethod(m_scheduler, &Scheduler::cancel, Qt::BlockingQueuedConnection);
    }
    m_thread->quit();
    m_thread->wait();
}

void Run::start()
{
    if (m_started)
        return;
    m_started = true;
    if (!needsServiceCheck()) {
        startScheduler(m_options.aiUnavailableReason);
        return;
    }
    // Only whether anything answers at the address: one request, and a slow service does not
    // hold the run up for longer than an AI attempt may take (5 s at most). Nothing starts
    // meanwhile; a cancel meanwhile ends the run at once.
    auto *check = new ConnectionCheck(m_config, this);
    connect(check, &ConnectionCheck::finished, this,
            [this, check](const ConnectionCheck::Result &result) {
                check->deleteLater();
                QString reason;
                if (!result.reachable && result.refused) {
                    reason = result.message;
                    emit aiServiceRefused(result.message);
                }
                startScheduler(reason);
            });
    check->start(int(std::min(5000.0, m_config.aiTimeoutSeconds * 1000.0)),
                 ConnectionCheck::Scope::Reachability);
}

bool Run::needsServiceCheck() const
{
    if (!m_options.checkAiService || !m_options.aiUnavailableReason.isEmpty() || m_options.provider)
        return false;
    // With a models file tasks go to their aliases' services, each with its fallbacks: one
    // absent service must not fail tasks another model would answer (docs/outputs.md).
    if (m_options.models)
        return false;
    // A recorded suite replayed (`test --cache always`) sends nothing: no service need be there.
    if (m_config.cacheReplayOnly && m_config.cacheMode == CacheMode::Always)
        return false;
    QString error;
    const auto provider = createProvider(m_config, &error);
    if (!provider || provider->isSimulated())
        return false; // the run says why it cannot call the service, without asking it
    for (const AltTask &t : m_alt->tasks) {
        if (t.kind == TaskKind::Ai && !m_options.carriedResults.contains(t.id)
            && !(m_options.resume && m_options.resume->finished.contains(t.id)))
            return true;
    }
    return false;
}

void Run::startScheduler(const QString &aiUnavailable)
{
    Scheduler *scheduler = m_scheduler;
    QMetaObject::invokeMethod(
            scheduler, [scheduler, aiUnavailable] { scheduler->start(aiUnavailable); },
            Qt::QueuedConnection);
}

void Run::cancel()
{
    // Before start, or while the service check waits: the scheduler records every task as
    // cancelled without running any, and a later start() finds it ended.
    m_started = true;
    QMetaObject::invokeMethod(m_scheduler, &Scheduler::cancel, Qt::QueuedConnection);
}

DecisionResult Run::decide(const QString &taskId, const ApprovalDecision &decision)
{
    if (!m_started || isFinished())
        return {DecisionResult::Kind::NotWaiting,
                m_started ? tr("the run has finished") : tr("the run has not started"),
                {}};
    auto promise = std::make_shared<std::promise<DecisionResult>>();
    std::future<DecisionResult> future = promise->get_future();
    QMetaObject::invokeMethod(
            m_scheduler,
            [scheduler = m_scheduler, taskId, decision, promise] {
                promise->set_value(scheduler->decide(taskId, decision));
            },
            Qt::QueuedConnection);
    try {
        if (future.wait_for(std::chrono::seconds(10)) == std::future_status::ready)
            return future.get();
    } catch (const std::future_error &) {
        // The run's thread ended before it got there: the run finished meanwhile.
    }
    return {DecisionResult::Kind::NotWaiting, tr("the run finished before the decision came"), {}};
}

void Run::skip(const QString &taskId)
{
    QMetaObject::invokeMethod(
            m_scheduler, [scheduler = m_scheduler, taskId] { scheduler->skip(taskId); },
            Qt::QueuedConnection);
}

bool Run::isFinished() const
{
    QMutexLocker lock(&m_mutex);
    return m_finished;
}

RunSnapshot Run::snapshot() const
{
    QMutexLocker lock(&m_mutex);
    return m_snapshot;
}

RunResult Run::result() const
{
    QMutexLocker lock(&m_mutex);
    return m_result;
}

void Run::onProgressed(const RunSnapshot &snapshot, const QList<TaskUpdate> &changed)
{
    {
        QMutexLocker lock(&m_mutex);
        m_snapshot = snapshot;
    }
    emit progressed(snapshot, changed);
}

void Run::onFinished(const RunResult &result)
{
    {
        QMutexLocker lock(&m_mutex);
        m_result = result;
        m_snapshot = result.snapshot;
        m_finished = true;
    }
    emit finished(result);
}

} // namespace altrunner
