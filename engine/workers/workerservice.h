// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/engineconfig.h"
#include "natslink.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>

struct __natsMsg;

namespace altrunner {

class AiProvider;

// `altrunner-cli worker` (docs/distributed.md "Roles"): takes calls from the workers' consumer,
// as many at a time as it has free slots, makes each with the same providers a local run uses
// (its own credentials, proxies and CA from its own environment), tells JetStream it is still
// working on a long one, publishes the outcome to the results stream and only then acks the
// call. It holds no run state: killed at any moment, it loses nothing that JetStream will not
// hand to another worker. Lives in the thread that made it; NATS is read and written by threads
// of its own.
class WorkerService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkerService)

public:
    struct Settings
    {
        QString url;
        int concurrency = 16;
        QString name; // empty: <host>-<pid>
        EngineConfig base; // the worker's own environment: keys, proxies, CA
    };

    explicit WorkerService(Settings settings, QObject *parent = nullptr);
    ~WorkerService() override;

    bool start(QString *error);
    // Stops taking calls; those in flight are handed back to JetStream for another worker.
    void stop();

    const QString &name() const { return m_settings.name; }
    int inFlight() const { return int(m_calls.size()); }
    qint64 callsDone() const { return m_done; }

signals:
    void callTaken(const QString &run, const QString &task, int attempt, int delivered);
    void callDone(const QString &run, const QString &task, int attempt, bool ok);
    void connectionChanged(bool connected);

private:
    struct InFlight;
    void fetchLoop();
    void publishLoop();
    void onCall(__natsMsg *msg);
    void finish(const std::shared_ptr<InFlight> &call, const struct AiReply &reply);
    void announce(bool leaving = false);
    void announceSoon();
    AiProvider *providerFor(const EngineConfig &config);

    Settings m_settings;
    NatsLink m_link;
    qint64 m_inProgressMs = 10000;
    QTimer m_announce;
    QTimer m_soon;
    QHash<QString, std::shared_ptr<InFlight>> m_calls; // message id -> call
    QHash<QString, std::shared_ptr<AiProvider>> m_providers;
    qint64 m_done = 0;

    std::atomic<bool> m_stopping {false};
    std::mutex m_mutex;
    std::condition_variable m_wake;
    int m_free = 0; // slots the fetch thread may fill
    struct Outgoing
    {
        __natsMsg *call = nullptr;
        QByteArray subject;
        QByteArray id;
        QByteArray payload;
    };
    std::deque<Outgoing> m_outgoing;
    std::thread m_fetcher;
    std::thread m_publisher;
};

} // namespace altrunner
