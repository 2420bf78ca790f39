// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "callmessage.h"
#include "config/modelcatalog.h"
#include "natslink.h"
#include "workerinfo.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>

namespace altrunner {

class AiProvider;
class WorkerPoolProvider;

// The coordinator's side of a worker pool (docs/distributed.md "Roles"): one NATS connection per
// process and NATS address, shared by every run the process serves. It publishes admitted calls
// (threads of its own, each publish retried until the stream acknowledged it), reads results
// through the coordinator's durable consumer, hears which worker took which call and which
// workers are there, and hands each run its part on the run's own thread. Runs get it through
// provider(): a worker pool is one more provider behind admission, not a second scheduler.
//
// Lives in the thread that made it (its signals are sent there); everything else is safe from
// any thread.
class WorkerPool final
    : public QObject
    , public std::enable_shared_from_this<WorkerPool>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkerPool)

public:
    struct Settings
    {
        QString url;
        // ALTRUNNER_WORKERS_ACK_WAIT_SECONDS (30): how long a taken call may go unheard of
        // before JetStream hands it to another worker.
        qint64 ackWaitMs = 30000;
        // ALTRUNNER_WORKERS_MAX_IN_FLIGHT (1024): the cap on MaxAckPending.
        int maxInFlight = 1024;
        int maxDeliveries = 5; // a poison call fails its attempt after this many deliveries
        qint64 workerGoneMs = 15000; // three missed announcements
        // The coordinator's own durable consumer on the results stream; empty:
        // coordinator-<host>-<pid>, so that coordinators sharing a NATS server never take each
        // other's place (each reads every result and keeps its own runs').
        QString durable;

        // From the environment, for `url`; bad values are named in `errors`.
        static Settings fromEnvironment(const QString &url, QStringList *errors);
    };

    explicit WorkerPool(Settings settings, QObject *parent = nullptr);
    ~WorkerPool() override;

    // Made with std::make_shared (provider() shares it with the runs).
    // Connects and sets the streams up; false with `error` set when NATS is not there.
    bool start(QString *error);

    // The process's pool for `url`, made and started on first use; null with `error` set when it
    // cannot start. Kept until the process ends.
    static std::shared_ptr<WorkerPool> forUrl(const QString &url, QString *error);
    // Every pool this process has made (the window, GET /workers and /metrics list their workers).
    static QList<std::shared_ptr<WorkerPool>> all();

    // A provider for one run of width `width` (its concurrency); `resumed`: it continues a
    // killed run, whose results already in the stream are used, not asked for again.
    std::unique_ptr<AiProvider> provider(const EngineConfig &config,
                                         std::shared_ptr<const ModelCatalog> models, int width,
                                         bool resumed);

    const Settings &settings() const { return m_settings; }
    QList<WorkerInfo> workers() const;
    int liveWorkers() const;
    bool isConnected() const { return m_link.isConnected(); }
    qint64 callsPublished() const { return m_published.load(); }

    // For WorkerPoolProvider (any thread).
    void registerRun(const QString &run, WorkerPoolProvider *receiver, int width);
    void unregisterRun(const QString &run);
    struct Outgoing
    {
        QString run;
        QString task;
        int attempt = 0;
        QByteArray payload;
    };
    void publishCall(Outgoing call);
    void deleteCall(quint64 sequence);
    // Every result of `run` already in the results stream (a resumed run), read by subject.
    QList<CallMessage::Result> pastResults(const QString &run);

signals:
    void workerJoined(const altrunner::WorkerInfo &worker);
    void workerLeft(const QString &name);
    void workersChanged();
    void connectionChanged(bool connected);

private:
    void publishLoop();
    void resultLoop();
    bool subscribeToResults(QString *error);
    void updateMaxAckPending(); // m_mutex held
    void onAnnouncement(const CallMessage::Announcement &a);
    void checkLiveness();
    template <typename F> void toRun(const QString &run, F &&f);

    Settings m_settings;
    NatsLink m_link;

    std::mutex m_queueMutex;
    std::condition_variable m_queueWake; // the publishers'
    std::condition_variable m_stopWake; // the results thread's
    std::deque<Outgoing> m_queue;
    std::vector<std::thread> m_publishers;
    std::thread m_results;
    struct __natsSubscription *m_resultsSub = nullptr; // the coordinator's results, pushed
    std::atomic<bool> m_stopping {false};
    std::atomic<qint64> m_published {0};
    std::atomic<qint64> m_wantedMaxAckPending {0};

    mutable QMutex m_mutex; // m_runs, m_widths, m_workers
    QHash<QString, WorkerPoolProvider *> m_runs;
    QHash<QString, int> m_widths;
    QHash<QString, WorkerInfo> m_workers;
    QTimer m_liveness;
    struct Subscriptions;
    std::unique_ptr<Subscriptions> m_subs;
};

} // namespace altrunner
