// SPDX-License-Identifier: GPL-3.0-or-later
#include "workerpoolprovider.h"

#include "ai/delayedcall.h"
#include "workerpool.h"

#include <QCoreApplication>

namespace altrunner {

// One attempt sent to the workers: ends with the result a worker publishes.
class WorkerCall final : public AiCall
{
public:
    WorkerCall(WorkerPoolProvider *provider, QString taskId, int attemptNumber, AiCallback callback,
               QObject *parent)
        : AiCall(parent)
        , m_provider(provider)
        , task(std::move(taskId))
        , attempt(attemptNumber)
        , done(std::move(callback))
    {
    }
    ~WorkerCall() override { abort(); }

    void abort() override
    {
        if (m_provider)
            m_provider->forget(task, this);
        m_provider = nullptr;
        done = nullptr;
    }
    bool isQueued() const override { return true; }
    void markSent() { emit sent(); }
    void grew(const QString &text)
    {
        if (!started) {
            started = true;
            emit answerStarted();
        }
        emit answerGrew(text);
    }

    QPointer<WorkerPoolProvider> m_provider;
    const QString task;
    const int attempt;
    AiCallback done;
    bool taken = false;
    bool started = false;
    int deliveries = 0;
    quint64 streamSeq = 0;
    QString worker;
};

WorkerPoolProvider::WorkerPoolProvider(std::shared_ptr<WorkerPool> pool, const EngineConfig &config,
                                       std::shared_ptr<const ModelCatalog> models, int width,
                                       bool resumed)
    : m_pool(std::move(pool))
    , m_config(config)
    , m_models(std::move(models))
    , m_width(std::max(1, width))
    , m_resumed(resumed)
{
}

WorkerPoolProvider::~WorkerPoolProvider()
{
    if (!m_run.isEmpty())
        m_pool->unregisterRun(m_run);
    for (WorkerCall *call : std::as_const(m_calls))
        call->m_provider = nullptr;
}

QString WorkerPoolProvider::name() const
{
    return providerName(m_config.provider);
}

bool WorkerPoolProvider::isSimulated() const
{
    return false; // the coordinator cannot know what the workers' providers are
}

QString WorkerPoolProvider::waitingFor() const
{
    return m_waiting ? tr("waiting for workers at %1").arg(m_pool->settings().url) : QString();
}

void WorkerPoolProvider::onWorkersChanged()
{
    const bool waiting = m_pool->liveWorkers() == 0 && !m_calls.isEmpty();
    if (waiting != m_waiting) {
        m_waiting = waiting;
        stateChanged();
    }
}

AiCall *WorkerPoolProvider::start(const AiRequest &request, AiCallback done, QObject *parent)
{
    if (m_run.isEmpty()) {
        m_run = request.executionId;
        m_pool->registerRun(m_run, this, m_width);
        if (m_resumed) {
            // A killed run resumed: what its workers answered meanwhile is in the results
            // stream. Those answers are used, not asked for again (docs/distributed.md).
            for (CallMessage::Result &r : m_pool->pastResults(m_run))
                m_early.insert(CallMessage::messageId(r.run, r.task, r.attempt), std::move(r));
        }
    }
    CallSettings settings;
    settings.stream = m_config.aiStream;
    settings.streamIdleSeconds = m_config.aiStreamIdleSeconds;
    settings.wholeMs = int(std::min(m_config.taskTimeoutSeconds * 1000.0, double(INT_MAX)));
    settings.mockLatencyMs = m_config.mockLatencyMs;
    if (!request.alias.isEmpty() && m_models && m_models->contains(request.alias))
        settings.apiKeyEnv = m_models->route(request.alias).apiKeyEnv;
    const QByteArray payload = CallMessage::encodeCall(request, settings);
    if (payload.size() > CallMessage::kMaxBytes) {
        AiReply reply;
        reply.error = tr("the call is %1 bytes: a call to the workers may be at most %2 bytes "
                         "(1 MiB)")
                              .arg(payload.size())
                              .arg(CallMessage::kMaxBytes);
        return new DelayedCall(0, std::move(reply), std::move(done), parent);
    }
    auto *call = new WorkerCall(this, request.taskId, request.attempt, std::move(done), parent);
    m_calls.insert(request.taskId, call);
    m_lastAttempt[request.taskId] = request.attempt;
    const QByteArray id = CallMessage::messageId(m_run, request.taskId, request.attempt);
    if (auto early = m_early.find(id); early != m_early.end()) {
        CallMessage::Result result = std::move(*early);
        m_early.erase(early);
        QMetaObject::invokeMethod(
                this, [this, result] { onResult(result); }, Qt::QueuedConnection);
    } else {
        m_pool->publishCall({m_run, request.taskId, request.attempt, payload});
    }
    onWorkersChanged();
    return call;
}

void WorkerPoolProvider::forget(const QString &task, WorkerCall *call)
{
    if (m_calls.value(task) == call)
        m_calls.remove(task);
    onWorkersChanged();
}

void WorkerPoolProvider::finish(WorkerCall *call, const AiReply &reply)
{
    AiCallback done = std::move(call->done);
    call->abort(); // settled: a later result for this attempt is dropped
    if (done)
        done(reply);
}

void WorkerPoolProvider::onResult(const CallMessage::Result &result)
{
    WorkerCall *call = m_calls.value(result.task);
    if (!call || call->attempt != result.attempt) {
        // A resumed run's answer that came before its call was made again: kept for it.
        // Anything else is settled (a redelivered call answered twice) and dropped.
        if (m_resumed && result.attempt > m_lastAttempt.value(result.task, 0))
            m_early.insert(CallMessage::messageId(result.run, result.task, result.attempt), result);
        return;
    }
    if (!call->taken) {
        call->taken = true;
        call->markSent();
    }
    AiReply reply = result.reply;
    reply.worker = result.worker;
    reply.deliveries = std::max(result.delivered, call->deliveries);
    finish(call, reply);
}

void WorkerPoolProvider::onTaken(const CallMessage::Taken &taken)
{
    WorkerCall *call = m_calls.value(taken.task);
    if (!call || call->attempt != taken.attempt)
        return;
    call->deliveries = std::max(call->deliveries, taken.delivered);
    call->streamSeq = taken.streamSeq;
    call->worker = taken.worker;
    if (!call->taken) {
        call->taken = true;
        call->markSent();
    }
    if (call->deliveries > m_pool->settings().maxDeliveries) {
        // A poison call: every worker that took it died or went silent. JetStream would go on
        // handing it out; the coordinator counts and stops (docs/distributed.md "Faults").
        m_pool->deleteCall(taken.streamSeq);
        AiReply reply;
        reply.error = tr("the call was delivered to workers %1 times without a result (the "
                         "last: %2)")
                              .arg(call->deliveries)
                              .arg(taken.worker);
        reply.retryable = true;
        reply.worker = taken.worker;
        reply.deliveries = call->deliveries;
        finish(call, reply);
    }
}

void WorkerPoolProvider::onDelta(const CallMessage::Delta &delta)
{
    WorkerCall *call = m_calls.value(delta.task);
    if (call && call->attempt == delta.attempt)
        call->grew(delta.text);
}

void WorkerPoolProvider::onPublishFailed(const QString &task, int attempt, const QString &error)
{
    WorkerCall *call = m_calls.value(task);
    if (!call || call->attempt != attempt)
        return;
    AiReply reply;
    reply.error = error;
    finish(call, reply);
}

} // namespace altrunner
