// SPDX-License-Identifier: GPL-3.0-or-later
#include "workerpool.h"

#include "config/configloader.h"
#include "workerpoolprovider.h"

#include <nats/nats.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QHostInfo>
#include <QProcessEnvironment>

#include <chrono>

namespace altrunner {

namespace {

QMutex g_poolsMutex;
QHash<QString, std::shared_ptr<WorkerPool>> g_pools;

QByteArray bytesOf(natsMsg *msg)
{
    return QByteArray(natsMsg_GetData(msg), natsMsg_GetDataLength(msg));
}

// The run's id in a subject "altrunner.<kind>.<run>[.…]".
QString runOf(const char *subject)
{
    const QList<QByteArray> parts = QByteArray(subject).split('.');
    return parts.size() >= 3 ? QString::fromUtf8(parts.at(2)) : QString();
}

} // namespace

struct WorkerPool::Subscriptions
{
    natsSubscription *workers = nullptr;
    natsSubscription *taken = nullptr;
    natsSubscription *deltas = nullptr;
    ~Subscriptions()
    {
        for (natsSubscription *s : {workers, taken, deltas})
            NatsLink::unsubscribeAndWait(s);
    }
};

WorkerPool::Settings WorkerPool::Settings::fromEnvironment(const QString &url, QStringList *errors)
{
    Settings s;
    s.url = url;
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QString error;
    if (const QString v = env.value(QStringLiteral("ALTRUNNER_WORKERS_MAX_IN_FLIGHT"));
        !v.isEmpty()) {
        if (auto n = ConfigLoader::parseInt(
                    v, 1, 1 << 20, QStringLiteral("ALTRUNNER_WORKERS_MAX_IN_FLIGHT"), &error))
            s.maxInFlight = *n;
        else
            errors->append(error);
    }
    if (const QString v = env.value(QStringLiteral("ALTRUNNER_WORKERS_ACK_WAIT_SECONDS"));
        !v.isEmpty()) {
        if (auto secs = ConfigLoader::parseSeconds(
                    v, QStringLiteral("ALTRUNNER_WORKERS_ACK_WAIT_SECONDS"), &error))
            s.ackWaitMs = std::max<qint64>(1000, qint64(*secs * 1000));
        else
            errors->append(error);
    }
    return s;
}

WorkerPool::WorkerPool(Settings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
{
    qRegisterMetaType<WorkerInfo>();
    m_liveness.setInterval(1000);
    connect(&m_liveness, &QTimer::timeout, this, &WorkerPool::checkLiveness);
}

WorkerPool::~WorkerPool()
{
    {
        std::lock_guard lock(m_queueMutex);
        m_stopping = true;
    }
    m_queueWake.notify_all();
    m_stopWake.notify_all();
    for (std::thread &t : m_publishers)
        t.join();
    if (m_results.joinable())
        m_results.join();
    if (m_resultsSub) {
        // This coordinator's consumer goes with it: no other process reads through it (a
        // resumed run reads its results back from the stream itself).
        NatsLink::unsubscribeAndWait(m_resultsSub);
    }
    m_subs.reset();
}

bool WorkerPool::start(QString *error)
{
    NatsLink::Options o;
    o.url = m_settings.url;
    o.name = QStringLiteral("altrunner coordinator");
    o.onConnection = [this](bool connected) {
        QMetaObject::invokeMethod(
                this, [this, connected] { emit connectionChanged(connected); },
                Qt::QueuedConnection);
    };
    if (!m_link.connect(o, error))
        return false;
    if (!m_link.ensureStreams(m_settings.ackWaitMs, std::min(m_settings.maxInFlight, 64), error))
        return false;

    m_subs = std::make_unique<Subscriptions>();
    natsConnection *nc = m_link.connection();
    natsConnection_Subscribe(
            &m_subs->workers, nc, "altrunner.workers.*",
            [](natsConnection *, natsSubscription *, natsMsg *msg, void *closure) {
                auto *pool = static_cast<WorkerPool *>(closure);
                if (auto a = CallMessage::decodeAnnouncement(bytesOf(msg)))
                    QMetaObject::invokeMethod(
                            pool, [pool, a = *a] { pool->onAnnouncement(a); },
                            Qt::QueuedConnection);
                natsMsg_Destroy(msg);
            },
            this);
    natsConnection_Subscribe(
            &m_subs->taken, nc, "altrunner.taken.*",
            [](natsConnection *, natsSubscription *, natsMsg *msg, void *closure) {
                auto *pool = static_cast<WorkerPool *>(closure);
                if (auto t = CallMessage::decodeTaken(bytesOf(msg)))
                    pool->toRun(t->run, [t = *t](WorkerPoolProvider *p) { p->onTaken(t); });
                natsMsg_Destroy(msg);
            },
            this);
    natsConnection_Subscribe(
            &m_subs->deltas, nc, "altrunner.deltas.>",
            [](natsConnection *, natsSubscription *, natsMsg *msg, void *closure) {
                auto *pool = static_cast<WorkerPool *>(closure);
                if (auto d = CallMessage::decodeDelta(bytesOf(msg)))
                    pool->toRun(runOf(natsMsg_GetSubject(msg)),
                                [d = *d](WorkerPoolProvider *p) { p->onDelta(d); });
                natsMsg_Destroy(msg);
            },
            this);
    natsConnection_Flush(nc);
    if (!subscribeToResults(error))
        return false;

    for (int i = 0; i < 2; ++i)
        m_publishers.emplace_back([this] { publishLoop(); });
    m_results = std::thread([this] { resultLoop(); });
    m_liveness.start();
    return true;
}

std::shared_ptr<WorkerPool> WorkerPool::forUrl(const QString &url, QString *error)
{
    QMutexLocker lock(&g_poolsMutex);
    if (auto it = g_pools.constFind(url); it != g_pools.cend())
        return *it;
    QStringList errors;
    Settings settings = Settings::fromEnvironment(url, &errors);
    if (!errors.isEmpty()) {
        *error = errors.join(u'\n');
        return nullptr;
    }
    auto pool = std::make_shared<WorkerPool>(std::move(settings));
    if (!pool->start(error))
        return nullptr;
    if (g_pools.isEmpty()) {
        // Stopped while the application still exists: its threads must not outlive Qt.
        qAddPostRoutine([] {
            QHash<QString, std::shared_ptr<WorkerPool>> pools;
            {
                QMutexLocker poolsLock(&g_poolsMutex);
                pools.swap(g_pools);
            }
        });
    }
    g_pools.insert(url, pool);
    return pool;
}

QList<std::shared_ptr<WorkerPool>> WorkerPool::all()
{
    QMutexLocker lock(&g_poolsMutex);
    return g_pools.values();
}

std::unique_ptr<AiProvider> WorkerPool::provider(const EngineConfig &config,
                                                 std::shared_ptr<const ModelCatalog> models,
                                                 int width, bool resumed)
{
    return std::make_unique<WorkerPoolProvider>(shared_from_this(), config, std::move(models),
                                                width, resumed);
}

QList<WorkerInfo> WorkerPool::workers() const
{
    QMutexLocker lock(&m_mutex);
    QList<WorkerInfo> list = m_workers.values();
    std::sort(list.begin(), list.end(),
              [](const WorkerInfo &a, const WorkerInfo &b) { return a.name < b.name; });
    return list;
}

int WorkerPool::liveWorkers() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_workers.size());
}

void WorkerPool::registerRun(const QString &run, WorkerPoolProvider *receiver, int width)
{
    QMutexLocker lock(&m_mutex);
    m_runs.insert(run, receiver);
    m_widths.insert(run, width);
    updateMaxAckPending();
}

void WorkerPool::unregisterRun(const QString &run)
{
    QMutexLocker lock(&m_mutex);
    m_runs.remove(run);
    m_widths.remove(run);
    updateMaxAckPending();
}

void WorkerPool::updateMaxAckPending()
{
    // The cap on calls in flight across all workers: what the runs served may have out together
    // (the results thread applies it to the consumer). With no run, it stays as it was.
    qint64 sum = 0;
    for (int w : std::as_const(m_widths))
        sum += w;
    if (sum > 0)
        m_wantedMaxAckPending = std::clamp<qint64>(sum, 1, m_settings.maxInFlight);
}

template <typename F> void WorkerPool::toRun(const QString &run, F &&f)
{
    QMutexLocker lock(&m_mutex);
    // Queued to the run's thread while the receiver is registered: it unregisters (under this
    // lock) before it is deleted, and Qt drops events posted to an object that is gone.
    if (WorkerPoolProvider *receiver = m_runs.value(run))
        QMetaObject::invokeMethod(
                receiver, [receiver, f = std::forward<F>(f)] { f(receiver); },
                Qt::QueuedConnection);
}

void WorkerPool::publishCall(Outgoing call)
{
    {
        std::lock_guard lock(m_queueMutex);
        m_queue.push_back(std::move(call));
    }
    m_queueWake.notify_one();
}

void WorkerPool::deleteCall(quint64 sequence)
{
    if (sequence > 0)
        m_link.deleteCall(sequence);
}

void WorkerPool::publishLoop()
{
    while (true) {
        Outgoing call;
        {
            std::unique_lock lock(m_queueMutex);
            m_queueWake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_stopping)
                return;
            call = std::move(m_queue.front());
            m_queue.pop_front();
        }
        QString error;
        // Retried until the stream acknowledges it (a NATS restart is a pause): a call that
        // is not in the stream would wait forever.
        if (m_link.publish(CallMessage::callSubject(call.run),
                           CallMessage::messageId(call.run, call.task, call.attempt), call.payload,
                           &error, nullptr, -1, [this] { return m_stopping.load(); })) {
            ++m_published;
            continue;
        }
        if (m_stopping)
            return;
        toRun(call.run, [task = call.task, attempt = call.attempt, error](WorkerPoolProvider *p) {
            p->onPublishFailed(task, attempt, error);
        });
    }
}

bool WorkerPool::subscribeToResults(QString *error)
{
    // The coordinator's durable consumer, pushing each result as it is stored: no request per
    // result, none waiting. Made before the first call goes out: it delivers only new results,
    // so it must exist before any is published. Results that came while no coordinator was
    // there wait in it; a resumed run reads its own back from the stream (pastResults).
    if (m_settings.durable.isEmpty()) {
        QString host = QHostInfo::localHostName();
        for (QChar &c : host)
            if (!c.isLetterOrNumber() && c != u'-' && c != u'_')
                c = u'_';
        m_settings.durable = QStringLiteral("coordinator-%1-%2")
                                     .arg(host)
                                     .arg(QCoreApplication::applicationPid());
    }
    const QByteArray durable = m_settings.durable.toUtf8();
    jsSubOptions so;
    jsSubOptions_Init(&so);
    so.Stream = NatsLink::kResultsStream;
    so.ManualAck = true;
    // Kept through NATS restarts and reconnects; removed by the server an hour after its
    // coordinator is gone (a killed one never says goodbye).
    so.Config.InactiveThreshold = qint64(3600) * 1000 * 1000 * 1000;
    so.Config.Durable = durable.constData();
    so.Config.DeliverPolicy = js_DeliverNew;
    so.Config.AckPolicy = js_AckExplicit;
    so.Config.AckWait = qint64(30) * 1000 * 1000 * 1000;
    so.Config.MaxAckPending = 100000;
    so.Config.FlowControl = true;
    so.Config.Heartbeat = qint64(5) * 1000 * 1000 * 1000;
    jsErrCode code = jsErrCode(0);
    const natsStatus s = js_Subscribe(
            &m_resultsSub, m_link.jetStream(), "altrunner.results.>",
            [](natsConnection *, natsSubscription *, natsMsg *msg, void *closure) {
                auto *pool = static_cast<WorkerPool *>(closure);
                if (auto r = CallMessage::decodeResult(bytesOf(msg), nullptr)) {
                    const QString run = r->run; // the lambda below takes r
                    pool->toRun(run,
                                [r = std::move(*r)](WorkerPoolProvider *p) { p->onResult(r); });
                }
                natsMsg_Ack(msg, nullptr);
                natsMsg_Destroy(msg);
            },
            this, nullptr, &so, &code);
    if (s == NATS_OK) {
        // Room for a burst of results: the callback only decodes and hands on.
        natsSubscription_SetPendingLimits(m_resultsSub, 1000000, 1024 * 1024 * 1024);
        return true;
    }
    m_resultsSub = nullptr;
    if (error)
        *error = tr("cannot read the results stream at %1: %2")
                         .arg(m_settings.url, NatsLink::lastError(s));
    return false;
}

void WorkerPool::resultLoop()
{
    // Keeps the workers' consumer's MaxAckPending at what the runs served may have out.
    qint64 appliedMaxAckPending = std::min(m_settings.maxInFlight, 64);
    while (!m_stopping) {
        if (const qint64 wanted = m_wantedMaxAckPending.load();
            wanted > 0 && wanted != appliedMaxAckPending) {
            QString ignored;
            if (m_link.ensureStreams(m_settings.ackWaitMs, wanted, &ignored))
                appliedMaxAckPending = wanted;
        }
        std::unique_lock lock(m_queueMutex);
        m_stopWake.wait_for(lock, std::chrono::milliseconds(250),
                            [this] { return m_stopping.load(); });
    }
}

QList<CallMessage::Result> WorkerPool::pastResults(const QString &run)
{
    QList<CallMessage::Result> results;
    const QByteArray subject = CallMessage::resultSubject(run);
    uint64_t seq = 1;
    while (true) {
        jsDirectGetMsgOptions o;
        jsDirectGetMsgOptions_Init(&o);
        o.Sequence = seq;
        o.NextBySubject = subject.constData();
        natsMsg *msg = nullptr;
        if (js_DirectGetMsg(&msg, m_link.jetStream(), NatsLink::kResultsStream, nullptr, &o)
            != NATS_OK)
            break; // not found: the end
        const char *value = nullptr;
        uint64_t at = 0;
        if (natsMsgHeader_Get(msg, "Nats-Sequence", &value) == NATS_OK && value)
            at = QByteArray(value).toULongLong();
        if (auto r = CallMessage::decodeResult(bytesOf(msg), nullptr))
            results.append(std::move(*r));
        natsMsg_Destroy(msg);
        if (at < seq)
            break;
        seq = at + 1;
    }
    return results;
}

void WorkerPool::onAnnouncement(const CallMessage::Announcement &a)
{
    bool joined = false;
    bool left = false;
    WorkerInfo info;
    {
        QMutexLocker lock(&m_mutex);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (a.leaving) {
            left = m_workers.remove(a.name) > 0;
        } else {
            auto it = m_workers.find(a.name);
            joined = it == m_workers.end();
            if (joined)
                it = m_workers.insert(a.name, WorkerInfo {a.name, {}, 0, 0, now, now});
            it->version = a.version;
            it->concurrency = a.concurrency;
            it->inFlight = a.inFlight;
            it->lastHeardMs = now;
            info = *it;
        }
    }
    if (joined)
        emit workerJoined(info);
    if (left)
        emit workerLeft(a.name);
    if (joined || left) {
        QMutexLocker lock(&m_mutex);
        for (WorkerPoolProvider *p : std::as_const(m_runs))
            QMetaObject::invokeMethod(
                    p, [p] { p->onWorkersChanged(); }, Qt::QueuedConnection);
    }
    emit workersChanged();
}

void WorkerPool::checkLiveness()
{
    QStringList gone;
    {
        QMutexLocker lock(&m_mutex);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (auto it = m_workers.begin(); it != m_workers.end();) {
            if (now - it->lastHeardMs > m_settings.workerGoneMs) {
                gone.append(it.key());
                it = m_workers.erase(it);
            } else {
                ++it;
            }
        }
        if (!gone.isEmpty())
            for (WorkerPoolProvider *p : std::as_const(m_runs))
                QMetaObject::invokeMethod(
                        p, [p] { p->onWorkersChanged(); }, Qt::QueuedConnection);
    }
    for (const QString &name : std::as_const(gone))
        emit workerLeft(name);
    if (!gone.isEmpty())
        emit workersChanged();
}

} // namespace altrunner
