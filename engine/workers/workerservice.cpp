// SPDX-License-Identifier: GPL-3.0-or-later
#include "workerservice.h"

#include "ai/aicall.h"
#include "ai/providerfactory.h"
#include "altrunner_version.h"
#include "callmessage.h"

#include <nats/nats.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostInfo>
#include <QPointer>

#include <chrono>

namespace altrunner {

struct WorkerService::InFlight
{
    natsMsg *msg = nullptr;
    QString id;
    QString run;
    QString task;
    int attempt = 0;
    int delivered = 1;
    QPointer<AiCall> call;
    QTimer progress; // natsMsg_InProgress
    QTimer deadline; // the attempt's time-out, at the worker too
    QElapsedTimer sinceDelta;
    bool finished = false;
};

WorkerService::WorkerService(Settings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
{
    if (m_settings.name.isEmpty())
        m_settings.name = QHostInfo::localHostName() + u'-'
                + QString::number(QCoreApplication::applicationPid());
    m_settings.concurrency = std::max(1, m_settings.concurrency);
    m_announce.setInterval(5000);
    connect(&m_announce, &QTimer::timeout, this, [this] { announce(); });
    m_soon.setSingleShot(true);
    m_soon.setInterval(1000);
    connect(&m_soon, &QTimer::timeout, this, [this] { announce(); });
}

WorkerService::~WorkerService()
{
    stop();
}

bool WorkerService::start(QString *error)
{
    NatsLink::Options o;
    o.url = m_settings.url;
    o.name = QStringLiteral("altrunner worker ") + m_settings.name;
    o.onConnection = [this](bool connected) {
        QMetaObject::invokeMethod(
                this, [this, connected] { emit connectionChanged(connected); },
                Qt::QueuedConnection);
    };
    if (!m_link.connect(o, error) || !m_link.ensureStreams(0, 0, error))
        return false;
    // Told well within AckWait that a long call is still being made (every 10 s at most).
    const qint64 ackWait = m_link.consumerAckWaitMs();
    m_inProgressMs = std::clamp<qint64>(ackWait > 0 ? ackWait / 3 : 10000, 200, 10000);
    m_free = m_settings.concurrency;
    m_fetcher = std::thread([this] { fetchLoop(); });
    m_publisher = std::thread([this] { publishLoop(); });
    announce();
    m_announce.start();
    return true;
}

void WorkerService::stop()
{
    {
        // Under the lock the threads check it with: set without it, a thread about to wait
        // could miss the wake-up below and wait for ever (tst_workerspanel under ASan in CI).
        std::lock_guard lock(m_mutex);
        if (m_stopping.exchange(true))
            return;
    }
    m_announce.stop();
    m_soon.stop();
    m_wake.notify_all();
    if (m_fetcher.joinable())
        m_fetcher.join();
    // What is in flight goes back to JetStream at once, for another worker.
    for (const std::shared_ptr<InFlight> &c : std::as_const(m_calls)) {
        if (c->call)
            c->call->abort();
        if (!c->finished) {
            natsMsg_Nak(c->msg, nullptr);
            natsMsg_Destroy(c->msg);
            c->msg = nullptr;
        }
    }
    m_calls.clear();
    if (m_publisher.joinable())
        m_publisher.join();
    if (m_link.connection()) {
        announce(true);
        natsConnection_FlushTimeout(m_link.connection(), 1000);
    }
}

void WorkerService::announce(bool leaving)
{
    CallMessage::Announcement a;
    a.name = m_settings.name;
    a.version = QStringLiteral(ALTRUNNER_VERSION);
    a.concurrency = m_settings.concurrency;
    a.inFlight = int(m_calls.size());
    a.leaving = leaving;
    m_link.publishCore(CallMessage::workerSubject(m_settings.name),
                       CallMessage::encodeAnnouncement(a));
}

void WorkerService::announceSoon()
{
    // Its calls in flight changed: told within a second (the coordinator's Workers panel shows
    // them), not more often, whatever the rate of calls.
    if (!m_soon.isActive())
        m_soon.start();
}

void WorkerService::fetchLoop()
{
    natsSubscription *sub = nullptr;
    while (!m_stopping) {
        int free = 0;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || m_free > 0; });
            if (m_stopping)
                break;
            free = m_free;
        }
        if (!sub) {
            jsSubOptions so;
            jsSubOptions_Init(&so);
            so.Stream = NatsLink::kCallsStream;
            so.Consumer = NatsLink::kWorkersConsumer;
            jsErrCode code = jsErrCode(0);
            if (js_PullSubscribe(&sub, m_link.jetStream(), "altrunner.calls.>",
                                 NatsLink::kWorkersConsumer, nullptr, &so, &code)
                != NATS_OK) {
                sub = nullptr;
                // The consumer may be gone (a server that lost its store): make it again.
                QString ignored;
                m_link.ensureStreams(0, 0, &ignored);
                std::this_thread::sleep_for(std::chrono::milliseconds(250));
                continue;
            }
        }
        // Each call taken is ours: acked or handed back, then destroyed, on this object's thread.
        const natsStatus s = natsStatus(NatsLink::fetchSome(sub, free, 500, [this](natsMsg *msg) {
            {
                std::lock_guard lock(m_mutex);
                --m_free;
            }
            QMetaObject::invokeMethod(
                    this, [this, msg] { onCall(msg); }, Qt::QueuedConnection);
        }));
        if (s != NATS_OK && s != NATS_TIMEOUT)
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    if (sub)
        natsSubscription_Destroy(sub);
}

void WorkerService::publishLoop()
{
    while (true) {
        Outgoing out;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_outgoing.empty(); });
            if (m_outgoing.empty())
                return; // stopping, and everything went out
            out = std::move(m_outgoing.front());
            m_outgoing.pop_front();
        }
        // The result first, acknowledged by its stream; only then the call's ack. Killed in
        // between, the call comes back and the coordinator drops the second result.
        QString error;
        if (m_link.publish(out.subject, out.id, out.payload, &error, nullptr,
                           m_stopping ? 5000 : -1, [this] { return m_stopping.load(); }))
            natsMsg_Ack(out.call, nullptr);
        else
            natsMsg_Nak(out.call, nullptr);
        natsMsg_Destroy(out.call);
        {
            std::lock_guard lock(m_mutex);
            ++m_free;
        }
        m_wake.notify_all();
    }
}

AiProvider *WorkerService::providerFor(const EngineConfig &config)
{
    const QString key = providerName(config.provider) + u'\x1f' + config.aiServiceUrl.toString()
            + u'\x1f' + config.aiModel + u'\x1f' + (config.aiStream ? u'1' : u'0') + u'\x1f'
            + QString::number(config.aiStreamIdleSeconds) + u'\x1f'
            + QString::number(config.mockLatencyMs) + u'\x1f'
            + QString::number(qHash(config.aiApiKey));
    if (auto it = m_providers.constFind(key); it != m_providers.cend())
        return it->get();
    QString error;
    std::shared_ptr<AiProvider> provider = createProvider(config, &error);
    if (!provider)
        return nullptr;
    m_providers.insert(key, provider);
    return provider.get();
}

void WorkerService::onCall(natsMsg *msg)
{
    if (m_stopping) {
        natsMsg_Nak(msg, nullptr);
        natsMsg_Destroy(msg);
        return;
    }
    auto c = std::make_shared<InFlight>();
    c->msg = msg;
    jsMsgMetaData *meta = nullptr;
    quint64 seq = 0;
    if (natsMsg_GetMetaData(&meta, msg) == NATS_OK) {
        c->delivered = int(meta->NumDelivered);
        seq = meta->Sequence.Stream;
        jsMsgMetaData_Destroy(meta);
    }
    QString error;
    const QByteArray bytes(natsMsg_GetData(msg), natsMsg_GetDataLength(msg));
    std::optional<CallMessage::Call> decoded = CallMessage::decodeCall(bytes, &error);
    if (!decoded) {
        // Nothing to answer and nobody to answer to: never hand it out again.
        qWarning("altrunner worker: dropped a call it cannot read: %s", qPrintable(error));
        natsMsg_Term(msg, nullptr);
        natsMsg_Destroy(msg);
        {
            std::lock_guard lock(m_mutex);
            ++m_free;
        }
        m_wake.notify_all();
        return;
    }
    const AiRequest &request = decoded->request;
    c->run = request.executionId;
    c->task = request.taskId;
    c->attempt = request.attempt;
    c->id = QString::fromUtf8(CallMessage::messageId(c->run, c->task, c->attempt));
    m_calls.insert(c->id, c);
    m_link.publishCore(CallMessage::takenSubject(c->run),
                       CallMessage::encodeTaken(
                               {c->run, c->task, c->attempt, m_settings.name, c->delivered, seq}));
    emit callTaken(c->run, c->task, c->attempt, c->delivered);
    announceSoon();

    // What the coordinator decided (provider, URL, model, streaming), with this machine's own
    // key, proxies and CA.
    EngineConfig config = m_settings.base;
    const CallSettings &s = decoded->settings;
    config.provider = request.provider;
    config.aiServiceUrl = request.serviceUrl;
    config.aiModel = request.model;
    config.aiStream = s.stream;
    config.aiStreamIdleSeconds = s.streamIdleSeconds;
    config.mockLatencyMs = s.mockLatencyMs;
    const QString keyVariable = s.apiKeyEnv.isEmpty() ? QStringLiteral("AI_API_KEY") : s.apiKeyEnv;
    config.aiApiKey
            = qEnvironmentVariable(keyVariable.toLocal8Bit().constData(),
                                   s.apiKeyEnv.isEmpty() ? m_settings.base.aiApiKey : QString());
    AiProvider *provider = providerFor(config);
    if (!provider) {
        QString why;
        createProvider(config, &why);
        AiReply reply;
        reply.error = tr("worker %1 cannot make the call: %2").arg(m_settings.name, why);
        finish(c, reply);
        return;
    }
    c->progress.setInterval(int(m_inProgressMs));
    connect(&c->progress, &QTimer::timeout, this, [c] {
        if (!c->finished)
            natsMsg_InProgress(c->msg, nullptr);
    });
    c->progress.start();
    c->deadline.setSingleShot(true);
    const int wholeMs = s.wholeMs;
    connect(&c->deadline, &QTimer::timeout, this, [this, c, timeoutMs = request.timeoutMs] {
        if (c->call)
            c->call->abort();
        AiReply reply;
        reply.error = tr("no answer within %1 s").arg(timeoutMs / 1000.0);
        reply.timedOut = true;
        reply.retryable = true;
        finish(c, reply);
    });
    c->deadline.start(request.timeoutMs);
    std::weak_ptr<InFlight> weak = c;
    c->call = provider->start(
            request,
            [this, weak](const AiReply &reply) {
                if (auto call = weak.lock())
                    finish(call, reply);
            },
            this);
    connect(c->call, &AiCall::answerStarted, this, [c, wholeMs] { c->deadline.start(wholeMs); });
    connect(c->call, &AiCall::answerGrew, this, [this, c](const QString &text) {
        // The live views' copy, at most ten a second: the result carries the whole answer.
        if (c->sinceDelta.isValid() && c->sinceDelta.elapsed() < 100)
            return;
        c->sinceDelta.start();
        m_link.publishCore(CallMessage::deltaSubject(c->run, c->task),
                           CallMessage::encodeDelta({c->task, c->attempt, text}));
    });
}

void WorkerService::finish(const std::shared_ptr<InFlight> &c, const AiReply &reply)
{
    if (c->finished)
        return;
    c->finished = true;
    c->progress.stop();
    c->deadline.stop();
    if (c->call)
        c->call->deleteLater();
    m_calls.remove(c->id);
    ++m_done;
    emit callDone(c->run, c->task, c->attempt, reply.ok);
    announceSoon();
    CallMessage::Result result {c->run, c->task, c->attempt, reply, m_settings.name, c->delivered};
    Outgoing out;
    out.call = c->msg;
    c->msg = nullptr;
    out.subject = CallMessage::resultSubject(c->run);
    out.id = CallMessage::messageId(c->run, c->task, c->attempt);
    out.payload = CallMessage::encodeResult(result, CallMessage::kMaxBytes - 4096);
    {
        std::lock_guard lock(m_mutex);
        m_outgoing.push_back(std::move(out));
    }
    m_wake.notify_all();
}

} // namespace altrunner
