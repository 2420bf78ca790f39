// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ai/aiprovider.h"
#include "callmessage.h"
#include "config/modelcatalog.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>

namespace altrunner {

class WorkerPool;
class WorkerCall;

// One run's provider when its calls go to workers (docs/distributed.md): start() publishes the
// admitted attempt through the pool and the call ends when a worker's result comes back. The
// scheduler above it is the same as for a local provider; this class only matches results to
// the calls waiting for them, counts deliveries (a call delivered too often fails its attempt)
// and drops a result whose attempt is already settled. Lives in the run's thread.
class WorkerPoolProvider final
    : public QObject
    , public AiProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkerPoolProvider)

public:
    WorkerPoolProvider(std::shared_ptr<WorkerPool> pool, const EngineConfig &config,
                       std::shared_ptr<const ModelCatalog> models, int width, bool resumed);
    ~WorkerPoolProvider() override;

    QString name() const override;
    bool isSimulated() const override;
    AiCall *start(const AiRequest &request, AiCallback done, QObject *parent) override;
    QString waitingFor() const override;

    // From the pool, on this thread.
    void onResult(const CallMessage::Result &result);
    void onTaken(const CallMessage::Taken &taken);
    void onDelta(const CallMessage::Delta &delta);
    void onPublishFailed(const QString &task, int attempt, const QString &error);
    void onWorkersChanged();

private:
    friend class WorkerCall;
    void forget(const QString &task, WorkerCall *call);
    void finish(WorkerCall *call, const AiReply &reply);

    std::shared_ptr<WorkerPool> m_pool;
    EngineConfig m_config;
    std::shared_ptr<const ModelCatalog> m_models;
    int m_width = 1;
    bool m_resumed = false;
    QString m_run; // known at the first call
    QHash<QString, WorkerCall *> m_calls; // task -> its call in flight
    QHash<QString, int> m_lastAttempt; // task -> the highest attempt started
    // Results that came before their call was made: a resumed run's, read back from the stream.
    QHash<QByteArray, CallMessage::Result> m_early;
    bool m_waiting = false;
};

} // namespace altrunner
