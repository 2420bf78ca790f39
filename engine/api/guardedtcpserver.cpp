// SPDX-License-Identifier: GPL-3.0-or-later
#include "guardedtcpserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTimer>

#if defined(Q_OS_WIN)
#    include <winsock2.h>
#else
#    include <sys/socket.h>
#endif

namespace altrunner {

GuardedTcpServer::GuardedTcpServer(QObject *parent)
    : QTcpServer(parent)
{
    setListenBacklogSize(256);
}

void GuardedTcpServer::incomingConnection(qintptr handle)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    Connection c;
    c.deadline = new QTimer(socket);
    c.deadline->setSingleShot(true);
    c.idle = new QTimer(socket);
    c.idle->setSingleShot(true);
    connect(c.deadline, &QTimer::timeout, socket, [this, socket] {
        reject(socket, 408,
               tr("no complete request within %1 s").arg(m_limits.requestTimeoutMs / 1000));
    });
    connect(c.idle, &QTimer::timeout, socket, [socket] { socket->abort(); });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
        m_connections.remove(socket);
        socket->deleteLater();
    });
    m_connections.insert(socket, c);
    c.idle->start(m_limits.idleTimeoutMs);

    if (m_connections.size() > m_limits.maxConnections) {
        reject(socket, 503,
               tr("too many connections (the limit is %1)").arg(m_limits.maxConnections));
        return;
    }
    c.deadline->start(m_limits.requestTimeoutMs);
    // Connected before QHttpServer's own slot, so this one always runs first.
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] {
        const auto it = m_connections.find(socket);
        if (it == m_connections.end())
            return;
        it->idle->start(m_limits.idleTimeoutMs);
        if (it->state == State::HandedOver && socket->bytesToWrite() == 0)
            closeWhenFlushed(socket);
    });
    if (socket->bytesAvailable() > 0)
        onReadyRead(socket);
}

void GuardedTcpServer::onReadyRead(QTcpSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    it->idle->start(m_limits.idleTimeoutMs);
    if (it->state == State::HandedOver) {
        if (it->replaying)
            return;
        // More bytes after the requests that were checked: a client that ignores
        // "Connection: close". They are not for QHttpServer.
        socket->abort();
        return;
    }

    // Walk every request in what has arrived (pipelining), without consuming anything: what is
    // accepted stays in the socket for QHttpServer to read.
    const QByteArray data = socket->peek(socket->bytesAvailable());
    const RequestGuard::Verdict v
            = RequestGuard::examine(data, m_limits, m_checkHost, serverPort());
    if (v.status) {
        reject(socket, v.status, v.message);
        return;
    }
    if (v.incomplete) {
        if (v.expectContinue && !it->continueSent) {
            // QHttpServer 6.4 never says this, and curl then waits a second per POST.
            it->continueSent = true;
            socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        }
        return; // wait for the rest
    }
    if (v.completeRequests > 1) {
        // QHttpServer 6.4 reads a connection's bytes in one go and answers only one request of
        // them; rather than leave the rest unanswered, say so.
        reject(socket, 400,
               tr("pipelined requests are not supported: send one request at a "
                  "time (the server closes the connection after each answer)"));
        return;
    }
    if (v.completeRequests == 1)
        handOver(socket);
}

void GuardedTcpServer::reject(QTcpSocket *socket, int status, const QString &message)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end() || it->state == State::HandedOver) {
        socket->abort();
        return;
    }
    it->deadline->stop();
    socket->disconnect(this, nullptr); // no more reading: the answer is final
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
        m_connections.remove(socket);
        socket->deleteLater();
    });
    const QByteArray body = QJsonDocument(QJsonObject {{QStringLiteral("error"), message}})
                                    .toJson(QJsonDocument::Compact);
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' '
            + RequestGuard::reasonPhrase(status) + "\r\n";
    out += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
            + "\r\nConnection: close\r\n\r\n" + body;
    socket->write(out);
    // A lingering close: stop sending once the answer is out, but keep reading (and dropping)
    // what the client still sends for a while. Closing at once with unread data would make the
    // kernel reset the connection, and the client could lose the answer it has not read yet.
    socket->setReadBufferSize(64 * 1024);
    connect(socket, &QTcpSocket::readyRead, this,
            [socket] { socket->skip(socket->bytesAvailable()); });
    auto halfClose = [socket] {
        if (socket->bytesToWrite() == 0 && socket->state() == QAbstractSocket::ConnectedState) {
#if defined(Q_OS_WIN)
            ::shutdown(SOCKET(socket->socketDescriptor()), SD_SEND);
#else
            ::shutdown(int(socket->socketDescriptor()), SHUT_WR);
#endif
        }
    };
    connect(socket, &QTcpSocket::bytesWritten, this, halfClose);
    socket->flush();
    halfClose();
    QTimer::singleShot(2000, socket, [socket] { socket->abort(); });
}

void GuardedTcpServer::handOver(QTcpSocket *socket)
{
    Connection &c = m_connections[socket];
    c.state = State::HandedOver;
    c.deadline->stop();
    addPendingConnection(socket);
    emit newConnection();
    // QHttpServer reads on readyRead; the bytes are already here, so tell it.
    QMetaObject::invokeMethod(
            socket,
            [this, socket] {
                const auto it = m_connections.find(socket);
                if (it == m_connections.end() || socket->bytesAvailable() == 0)
                    return;
                it->replaying = true;
                emit socket->readyRead();
                // The slot may have closed the socket and dropped its entry.
                if (const auto again = m_connections.find(socket); again != m_connections.end())
                    again->replaying = false;
            },
            Qt::QueuedConnection);
}

void GuardedTcpServer::closeWhenFlushed(QTcpSocket *socket)
{
    // Every response of the requests handed over is written in the same pass of the event loop,
    // so once the write buffer is empty the connection has nothing left to say.
    QTimer::singleShot(0, socket, [socket] {
        if (socket->bytesToWrite() == 0 && socket->state() == QAbstractSocket::ConnectedState)
            socket->disconnectFromHost();
    });
}

} // namespace altrunner
