// SPDX-License-Identifier: GPL-3.0-or-later
#include "natslink.h"

#include <nats/nats.h>

#include <QElapsedTimer>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace altrunner {

// What libnats' callback thread calls when the connection drops and comes back. libnats calls
// it later than one might think: closing the connection queues a "disconnected" and a "closed"
// notice that its own thread delivers after natsConnection_Close() returned, when the link may
// be gone (a worker stopped by SIGTERM called a destroyed std::function at exit: ASan's report,
// then a hang in CI). So it has two owners, the link and the connection, and whichever lets go
// last frees it: the link in its destructor, the connection with its "closed" notice, the last
// one libnats delivers (a connection that never connected delivers none).
struct NatsLink::Handlers
{
    std::mutex mutex;
    std::function<void(bool)> onConnection; // cleared by the link before it goes
    std::atomic<int> owners {2};

    void notify(bool connected)
    {
        std::lock_guard lock(mutex);
        if (onConnection)
            onConnection(connected);
    }
    void release()
    {
        if (owners.fetch_sub(1) == 1)
            delete this;
    }
};

namespace {

constexpr int64_t kNsPerMs = 1000 * 1000;

// Worth trying again: the server is away or busy, not refusing this message.
bool transient(natsStatus s)
{
    switch (s) {
    case NATS_TIMEOUT:
    case NATS_NO_RESPONDERS:
    case NATS_CONNECTION_DISCONNECTED:
    case NATS_IO_ERROR:
    case NATS_STALE_CONNECTION:
    case NATS_NO_SERVER:
    case NATS_SLOW_CONSUMER:
        return true;
    default:
        return false;
    }
}

} // namespace

NatsLink::~NatsLink()
{
    if (m_handlers) {
        std::lock_guard lock(m_handlers->mutex);
        m_handlers->onConnection = nullptr;
    }
    if (m_js)
        jsCtx_Destroy(m_js);
    if (m_connection) {
        natsConnection_Close(m_connection);
        natsConnection_Destroy(m_connection);
    }
    if (m_handlers)
        m_handlers->release();
}

QString NatsLink::lastError(int status)
{
    const char *last = nats_GetLastError(nullptr);
    return QString::fromUtf8(last && *last ? last : natsStatus_GetText(natsStatus(status)));
}

bool NatsLink::connect(const Options &options, QString *error)
{
    Q_ASSERT(!m_connection && !m_handlers);
    m_url = options.url;
    m_handlers = new Handlers;
    m_handlers->onConnection = options.onConnection;
    const QByteArray url = options.url.toUtf8();
    const QByteArray name = options.name.toUtf8();
    natsOptions *o = nullptr;
    natsOptions_Create(&o);
    natsOptions_SetURL(o, url.constData());
    natsOptions_SetName(o, name.constData());
    natsOptions_SetTimeout(o, 2000);
    // Once connected, never give up on the server: a restart is a pause, not the end
    // (docs/distributed.md "Faults"). What is published meanwhile waits in an 8 MiB buffer.
    natsOptions_SetAllowReconnect(o, true);
    natsOptions_SetMaxReconnect(o, -1);
    natsOptions_SetReconnectWait(o, 250);
    natsOptions_SetReconnectBufSize(o, 8 * 1024 * 1024);
    natsOptions_SetDisconnectedCB(
            o,
            [](natsConnection *, void *closure) {
                static_cast<Handlers *>(closure)->notify(false);
            },
            m_handlers);
    natsOptions_SetReconnectedCB(
            o,
            [](natsConnection *, void *closure) { static_cast<Handlers *>(closure)->notify(true); },
            m_handlers);
    natsOptions_SetClosedCB(
            o, [](natsConnection *, void *closure) { static_cast<Handlers *>(closure)->release(); },
            m_handlers);
    QElapsedTimer clock;
    clock.start();
    natsStatus s = NATS_OK;
    do {
        s = natsConnection_Connect(&m_connection, o);
        if (s == NATS_OK)
            break;
        m_connection = nullptr;
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
    } while (clock.elapsed() < options.connectTimeoutMs);
    natsOptions_Destroy(o);
    if (s != NATS_OK) {
        m_handlers->release(); // no connection, so no "closed" notice will let go of it
        *error = tr("cannot reach the NATS server at %1: %2").arg(options.url, lastError(s));
        return false;
    }
    jsOptions jo;
    jsOptions_Init(&jo);
    jo.Wait = 5000;
    s = natsConnection_JetStream(&m_js, m_connection, &jo);
    if (s != NATS_OK) {
        *error = tr("the NATS server at %1 offers no JetStream: %2").arg(options.url, lastError(s));
        return false;
    }
    return true;
}

bool NatsLink::ensureStreams(qint64 ackWaitMs, qint64 maxAckPending, QString *error)
{
    jsErrCode code = jsErrCode(0);
    auto addStream = [&](const char *name, const char *subjects, bool workQueue) {
        jsStreamInfo *info = nullptr;
        natsStatus s = js_GetStreamInfo(&info, m_js, name, nullptr, &code);
        if (s == NATS_OK) {
            jsStreamInfo_Destroy(info);
            return true;
        }
        if (s != NATS_NOT_FOUND) {
            *error = tr("JetStream at %1 does not answer: %2").arg(m_url, lastError(s));
            return false;
        }
        jsStreamConfig c;
        jsStreamConfig_Init(&c);
        c.Name = name;
        const char *list[] = {subjects};
        c.Subjects = list;
        c.SubjectsLen = 1;
        c.Storage = js_FileStorage;
        if (workQueue) {
            c.Retention = js_WorkQueuePolicy;
        } else {
            // Results stay a day: long enough for a killed coordinator to come back and resume.
            c.Retention = js_LimitsPolicy;
            c.MaxAge = int64_t(24) * 3600 * 1000 * kNsPerMs;
            c.AllowDirect = true; // a resumed run reads its results by subject
        }
        c.Duplicates = int64_t(10) * 60 * 1000 * kNsPerMs; // a resumed run's republish is dropped
        s = js_AddStream(&info, m_js, &c, nullptr, &code);
        if (s == NATS_OK) {
            jsStreamInfo_Destroy(info);
            return true;
        }
        // Another process made it at the same moment.
        if (js_GetStreamInfo(&info, m_js, name, nullptr, &code) == NATS_OK) {
            jsStreamInfo_Destroy(info);
            return true;
        }
        *error = tr("cannot create the JetStream stream %1 at %2: %3")
                         .arg(QString::fromLatin1(name), m_url, lastError(s));
        return false;
    };
    if (!addStream(kCallsStream, "altrunner.calls.>", true)
        || !addStream(kResultsStream, "altrunner.results.>", false))
        return false;

    jsConsumerInfo *info = nullptr;
    natsStatus s = js_GetConsumerInfo(&info, m_js, kCallsStream, kWorkersConsumer, nullptr, &code);
    if (s == NATS_OK) {
        const bool same = (ackWaitMs <= 0 || info->Config->AckWait == ackWaitMs * kNsPerMs)
                && (maxAckPending <= 0 || info->Config->MaxAckPending == maxAckPending);
        jsConsumerInfo_Destroy(info);
        info = nullptr;
        if (same)
            return true;
    } else if (s != NATS_NOT_FOUND) {
        *error = tr("JetStream at %1 does not answer: %2").arg(m_url, lastError(s));
        return false;
    }
    jsConsumerConfig c;
    jsConsumerConfig_Init(&c);
    c.Durable = kWorkersConsumer;
    c.AckPolicy = js_AckExplicit;
    c.AckWait = (ackWaitMs > 0 ? ackWaitMs : 30000) * kNsPerMs;
    // No BackOff list: it would replace AckWait. Deliveries are counted by the coordinator.
    c.MaxDeliver = -1;
    c.MaxAckPending = maxAckPending > 0 ? maxAckPending : 1024;
    c.MaxWaiting = 512;
    s = s == NATS_NOT_FOUND ? js_AddConsumer(&info, m_js, kCallsStream, &c, nullptr, &code)
                            : js_UpdateConsumer(&info, m_js, kCallsStream, &c, nullptr, &code);
    if (s != NATS_OK && ackWaitMs <= 0) {
        // A worker may only make it; the coordinator updates it.
        if (js_GetConsumerInfo(&info, m_js, kCallsStream, kWorkersConsumer, nullptr, &code)
            == NATS_OK) {
            jsConsumerInfo_Destroy(info);
            return true;
        }
    }
    if (s != NATS_OK) {
        *error = tr("cannot set up the JetStream consumer %1 at %2: %3")
                         .arg(QString::fromLatin1(kWorkersConsumer), m_url, lastError(s));
        return false;
    }
    jsConsumerInfo_Destroy(info);
    return true;
}

qint64 NatsLink::consumerAckWaitMs()
{
    jsConsumerInfo *info = nullptr;
    jsErrCode code = jsErrCode(0);
    if (js_GetConsumerInfo(&info, m_js, kCallsStream, kWorkersConsumer, nullptr, &code) != NATS_OK)
        return 0;
    const qint64 ms = info->Config->AckWait / kNsPerMs;
    jsConsumerInfo_Destroy(info);
    return ms;
}

bool NatsLink::publish(const QByteArray &subject, const QByteArray &messageId,
                       const QByteArray &payload, QString *error, bool *duplicate, int giveUpMs,
                       const std::function<bool()> &stop)
{
    QElapsedTimer clock;
    clock.start();
    int pauseMs = 50;
    while (true) {
        jsPubOptions po;
        jsPubOptions_Init(&po);
        po.MsgId = messageId.constData();
        po.MaxWait = 2000;
        jsPubAck *ack = nullptr;
        jsErrCode code = jsErrCode(0);
        const natsStatus s = js_Publish(&ack, m_js, subject.constData(), payload.constData(),
                                        int(payload.size()), &po, &code);
        if (s == NATS_OK) {
            if (duplicate)
                *duplicate = ack && ack->Duplicate;
            jsPubAck_Destroy(ack);
            return true;
        }
        if (!transient(s) || (giveUpMs >= 0 && clock.elapsed() > giveUpMs) || (stop && stop())) {
            *error = tr("publishing to JetStream at %1 failed: %2").arg(m_url, lastError(s));
            return false;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(pauseMs));
        pauseMs = std::min(pauseMs * 2, 1000);
    }
}

int NatsLink::fetchSome(natsSubscription *sub, int max, int waitMs,
                        const std::function<void(natsMsg *)> &each)
{
    // libnats' Fetch of a batch waits until the batch is full or the time is up; a batch of one
    // returns with the first message, which is handed on at once. Then whatever else is there,
    // one at a time with requests that do not wait. Only batches of one: libnats 3.4.1's fetch
    // of a larger batch writes past its array when messages were already waiting in the
    // subscription (its loop compares the count with the batch it has already reduced; fixed in
    // later releases), which ASan caught in tst_workers.
    natsMsgList list {};
    jsErrCode code = jsErrCode(0);
    natsStatus s = natsSubscription_Fetch(&list, sub, 1, waitMs, &code);
    for (int got = 0; s == NATS_OK && list.Count == 1;) {
        natsMsg *msg = list.Msgs[0];
        list.Msgs[0] = nullptr;
        natsMsgList_Destroy(&list);
        each(msg);
        if (++got >= max)
            return NATS_OK;
        jsFetchRequest next;
        jsFetchRequest_Init(&next);
        next.Batch = 1;
        next.NoWait = true;
        next.Expires = kNsPerMs;
        list = {};
        s = natsSubscription_FetchRequest(&list, sub, &next);
        if (s != NATS_OK)
            return NATS_OK; // nothing more there now
    }
    if (s == NATS_OK)
        natsMsgList_Destroy(&list);
    return s;
}

void NatsLink::publishCore(const QByteArray &subject, const QByteArray &payload)
{
    natsConnection_Publish(m_connection, subject.constData(), payload.constData(),
                           int(payload.size()));
}

void NatsLink::unsubscribeAndWait(natsSubscription *sub, int waitMs)
{
    if (!sub)
        return;
    // Told by the delivery thread as it ends; shared with it like Handlers above, since a
    // thread that does not end in time still tells it later.
    struct Finished
    {
        std::mutex mutex;
        std::condition_variable wake;
        bool done = false;
        std::atomic<int> owners {2};
        void release()
        {
            if (owners.fetch_sub(1) == 1)
                delete this;
        }
    };
    auto *finished = new Finished;
    const natsStatus set = natsSubscription_SetOnCompleteCB(
            sub,
            [](void *closure) {
                auto *f = static_cast<Finished *>(closure);
                {
                    std::lock_guard lock(f->mutex);
                    f->done = true;
                }
                f->wake.notify_all();
                f->release();
            },
            finished);
    if (set != NATS_OK) {
        // Already closed (its connection was): its thread has ended, or never ran.
        delete finished;
        natsSubscription_Destroy(sub);
        return;
    }
    natsSubscription_Unsubscribe(sub);
    {
        std::unique_lock lock(finished->mutex);
        finished->wake.wait_for(lock, std::chrono::milliseconds(waitMs),
                                [finished] { return finished->done; });
    }
    finished->release();
    natsSubscription_Destroy(sub);
}

bool NatsLink::deleteCall(quint64 sequence)
{
    jsErrCode code = jsErrCode(0);
    return js_DeleteMsg(m_js, kCallsStream, sequence, nullptr, &code) == NATS_OK;
}

bool NatsLink::isConnected() const
{
    return m_connection && natsConnection_Status(m_connection) == NATS_CONN_STATUS_CONNECTED;
}

} // namespace altrunner
