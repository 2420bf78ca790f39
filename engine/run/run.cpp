// SPDX-License-Identifier: GPL-3.0-or-later
#include "run.h"

#include "scheduler.h"

#include <QThread>

namespace altrunner {

Run::Run(std::shared_ptr<const AltFile> alt, EngineConfig config, RunOptions options,
         QObject *parent)
    : QObject(parent)
    , m_alt(std::move(alt))
    , m_config(config)
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
    connect(m_scheduler, &Scheduler::aiServiceRefused, this, &Run::aiServiceRefused);
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
    QMetaObject::invokeMethod(m_scheduler, &Scheduler::start, Qt::QueuedConnection);
}

void Run::cancel()
{
    if (!m_started)
        start();
    QMetaObject::invokeMethod(m_scheduler, &Scheduler::cancel, Qt::QueuedConnection);
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
