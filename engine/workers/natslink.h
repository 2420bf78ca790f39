// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>
#include <vector>

struct __natsConnection;
struct __jsCtx;
struct __natsSubscription;
struct __natsMsg;

namespace altrunner {

// One connection to a NATS server with JetStream, as both sides of a worker pool use it
// (docs/distributed.md): libnats reconnects on its own, forever, buffering what is published
// meanwhile; the streams and the workers' consumer are created when missing. Thread-safe as
// libnats is: publish and request from any thread.
class NatsLink final
{
    Q_DECLARE_TR_FUNCTIONS(altrunner::NatsLink)
    Q_DISABLE_COPY_MOVE(NatsLink)

public:
    static constexpr const char *kCallsStream = "ALTRUNNER_CALLS";
    static constexpr const char *kResultsStream = "ALTRUNNER_RESULTS";
    static constexpr const char *kWorkersConsumer = "workers";

    struct Options
    {
        QString url;
        QString name; // shown by the server (`nats server report connections`)
        int connectTimeoutMs = 5000;
        // Called from a libnats thread when the connection drops and comes back.
        std::function<void(bool connected)> onConnection;
    };

    NatsLink() = default;
    ~NatsLink();

    // Connects (retrying for `connectTimeoutMs`); false with `error` set if no server answered.
    bool connect(const Options &options, QString *error);
    // Creates the calls and results streams and the workers' consumer when missing; updates the
    // consumer's AckWait and MaxAckPending when they differ. `ackWaitMs` <= 0 leaves AckWait as
    // it is (a worker's call: the coordinator decides).
    bool ensureStreams(qint64 ackWaitMs, qint64 maxAckPending, QString *error);
    // The workers' consumer's AckWait, in ms (0 when it cannot be read).
    qint64 consumerAckWaitMs();

    // Publishes to a stream and waits for its acknowledgement, retrying while the server is
    // away until `giveUpMs` passed (<0: forever) or `stop()` returns true. `duplicate` says the
    // stream had the message id already.
    bool publish(const QByteArray &subject, const QByteArray &messageId, const QByteArray &payload,
                 QString *error, bool *duplicate = nullptr, int giveUpMs = -1,
                 const std::function<bool()> &stop = {});
    // Core NATS, best effort.
    void publishCore(const QByteArray &subject, const QByteArray &payload);
    // Up to `max` messages of a pull subscription, each handed to `each` (which owns it) as soon
    // as it is there; waits up to `waitMs` for the first. NATS_OK with some, NATS_TIMEOUT with
    // none.
    static int fetchSome(__natsSubscription *sub, int max, int waitMs,
                         const std::function<void(__natsMsg *)> &each);
    // Unsubscribes an asynchronous subscription and waits (up to `waitMs`) until libnats'
    // delivery thread left its message handler for the last time, then destroys it: Unsubscribe
    // returns while a handler may still be running, and the handler's closure is about to go.
    static void unsubscribeAndWait(__natsSubscription *sub, int waitMs = 5000);
    // Removes a message from the calls stream (a poison call).
    bool deleteCall(quint64 sequence);

    bool isConnected() const;
    __natsConnection *connection() const { return m_connection; }
    __jsCtx *jetStream() const { return m_js; }
    const QString &url() const { return m_url; }

    // libnats' own text for its last error on this thread, or the status's.
    static QString lastError(int status);

private:
    struct Handlers;

    __natsConnection *m_connection = nullptr;
    __jsCtx *m_js = nullptr;
    QString m_url;
    Handlers *m_handlers = nullptr; // shared with libnats' callback thread; see natslink.cpp
};

} // namespace altrunner
