// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "requestguard.h"

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
    using Limits = RequestGuard::Limits;

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

    Limits m_limits;
    bool m_checkHost = true;
    QHash<QTcpSocket *, Connection> m_connections;
};

} // namespace altrunner
