// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <QTcpServer>

class QTcpSocket;
class QTimer;

namespace altrunner {

// The TCP server QHttpServer is bound to, and the REST API's first line of defence: it reads
// each request's head and body before QHttpServer sees a byte, and hands a connection over only
// once its request is complete and allowed. QHttpServer 6.4 buffers any body whole and answers
// any Host, so this is where the body limit (from Content-Length, before the body is read),
// DNS-rebinding and cross-site checks, `Expect: 100-continue`, time-outs and the connection
// limit are enforced.
//
// Each connection carries the requests that arrived together (pipelining included) and is
// closed once they are answered: no request ever reaches QHttpServer unchecked.
class GuardedTcpServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuardedTcpServer)

public:
    struct Limits
    {
        qint64 maxBodyBytes = 16LL * 1024 * 1024;
        int maxHeadBytes = 16 * 1024;
        int maxConnections = 64;
        int requestTimeoutMs = 10000; // to send one complete request
        int idleTimeoutMs = 30000; // with nothing going either way
    };

    // What the bytes received so far on a connection call for: pure, so it can be tested and
    // fuzzed without sockets.
    struct Verdict
    {
        int status = 0; // non-zero: refuse with this status and message
        QString message;
        int completeRequests = 0; // checked and complete, when status is 0
        bool incomplete = false; // more bytes are needed
        bool expectContinue = false; // the first request waits for "100 Continue"
    };
    static Verdict examine(QByteArrayView data, const Limits &limits, bool checkHost, quint16 port);

    explicit GuardedTcpServer(QObject *parent = nullptr);

    void setLimits(const Limits &limits) { m_limits = limits; }
    const Limits &limits() const { return m_limits; }
    // Host names accepted besides the loopback ones; empty: any Host (a non-loopback bind,
    // which requires a token instead).
    void setCheckHost(bool check) { m_checkHost = check; }
    int openConnections() const { return int(m_connections.size()); }

protected:
    void incomingConnection(qintptr handle) override;

private:
    enum class State { Guarding, HandedOver };
    struct Connection
    {
        State state = State::Guarding;
        QTimer *deadline = nullptr;
        QTimer *idle = nullptr;
        bool continueSent = false;
        bool replaying = false; // our own readyRead for QHttpServer's sake
    };

    void onReadyRead(QTcpSocket *socket);
    void reject(QTcpSocket *socket, int status, const QString &message);
    void handOver(QTcpSocket *socket);
    void closeWhenFlushed(QTcpSocket *socket);
    // Validates one request head; an error status and message, or 0.
    static std::pair<int, QString> checkHead(const QByteArray &head, const Limits &limits,
                                             bool checkHost, quint16 port, qint64 *contentLength,
                                             bool *expectContinue);
    static bool hostAllowed(const QByteArray &host, quint16 port);
    static bool originAllowed(const QByteArray &origin, bool checkHost, quint16 port);

    Limits m_limits;
    bool m_checkHost = true;
    QHash<QTcpSocket *, Connection> m_connections;
};

} // namespace altrunner
