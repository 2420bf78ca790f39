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

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return "Bad Request";
    case 403:
        return "Forbidden";
    case 408:
        return "Request Timeout";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 431:
        return "Request Header Fields Too Large";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    default:
        return "Error";
    }
}

bool isTokenChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
            || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

} // namespace

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
    const Verdict v = examine(data, m_limits, m_checkHost, serverPort());
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

GuardedTcpServer::Verdict GuardedTcpServer::examine(QByteArrayView view, const Limits &limits,
                                                    bool checkHost, quint16 port)
{
    Verdict v;
    const QByteArray data = view.toByteArray();
    qsizetype pos = 0;
    while (pos < data.size()) {
        const qsizetype headEnd = data.indexOf("\r\n\r\n", pos);
        if (headEnd < 0) {
            if (data.size() - pos > limits.maxHeadBytes) {
                v.status = 431;
                v.message = tr("request head larger than %1 bytes").arg(limits.maxHeadBytes);
            } else if (!isTokenChar(data.at(pos))) {
                v.status = 400;
                v.message = tr("this is not an HTTP request");
            } else {
                v.incomplete = true;
            }
            return v;
        }
        if (headEnd - pos > limits.maxHeadBytes) {
            v.status = 431;
            v.message = tr("request head larger than %1 bytes").arg(limits.maxHeadBytes);
            return v;
        }
        qint64 length = 0;
        bool expectContinue = false;
        const auto [status, message] = checkHead(data.mid(pos, headEnd - pos), limits, checkHost,
                                                 port, &length, &expectContinue);
        if (status) {
            v.status = status;
            v.message = message;
            return v;
        }
        const qsizetype bodyStart = headEnd + 4;
        if (data.size() - bodyStart < length) {
            v.incomplete = true;
            v.expectContinue = expectContinue && v.completeRequests == 0;
            return v;
        }
        pos = bodyStart + qsizetype(length);
        ++v.completeRequests;
    }
    return v;
}

std::pair<int, QString> GuardedTcpServer::checkHead(const QByteArray &head, const Limits &limits,
                                                    bool checkHost, quint16 port,
                                                    qint64 *contentLength, bool *expectContinue)
{
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || requestLine.at(0).isEmpty()
        || !std::all_of(requestLine.at(0).cbegin(), requestLine.at(0).cend(), isTokenChar)
        || !requestLine.at(1).startsWith('/') || !requestLine.at(2).startsWith("HTTP/1."))
        return {400, tr("malformed request line")};
    QByteArray host, origin, transferEncoding;
    bool hasHost = false, hasLength = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return {400, tr("malformed header line")};
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "host") {
            if (hasHost)
                return {400, tr("more than one Host header")};
            hasHost = true;
            host = value;
        } else if (name == "origin") {
            origin = value;
        } else if (name == "content-length") {
            bool ok = false;
            const qint64 n = value.toLongLong(&ok);
            if (!ok || n < 0 || (hasLength && n != *contentLength))
                return {400, tr("invalid Content-Length")};
            hasLength = true;
            *contentLength = n;
        } else if (name == "transfer-encoding") {
            transferEncoding = value.toLower();
        } else if (name == "expect") {
            if (value.toLower() != "100-continue")
                return {417, tr("unsupported Expect header")};
            *expectContinue = true;
        }
    }
    if (!transferEncoding.isEmpty() && transferEncoding != "identity")
        return {411,
                tr("send the body with a Content-Length, not Transfer-Encoding: %1")
                        .arg(QString::fromLatin1(transferEncoding))};
    if (*contentLength > limits.maxBodyBytes)
        return {413,
                tr("request body of %1 bytes is larger than the limit of %2 bytes")
                        .arg(*contentLength)
                        .arg(limits.maxBodyBytes)};
    if (!hasHost && requestLine.at(2) != "HTTP/1.0")
        return {400, tr("missing Host header")};
    if (checkHost && hasHost && !hostAllowed(host, port))
        return {403,
                tr("Host '%1' is not allowed: this server answers only to localhost")
                        .arg(QString::fromLatin1(host.left(100)))};
    if (!origin.isEmpty() && !originAllowed(origin, checkHost, port))
        return {403,
                tr("cross-site requests are not allowed (Origin '%1')")
                        .arg(QString::fromLatin1(origin.left(100)))};
    return {0, {}};
}

bool GuardedTcpServer::hostAllowed(const QByteArray &hostHeader, quint16 serverPort)
{
    QByteArray host = hostHeader.toLower();
    QByteArray port;
    if (host.startsWith('[')) {
        const qsizetype close = host.indexOf(']');
        if (close < 0)
            return false;
        port = host.mid(close + 1);
        host = host.left(close + 1);
    } else if (const qsizetype colon = host.indexOf(':'); colon >= 0) {
        port = host.mid(colon);
        host = host.left(colon);
    }
    if (host != "localhost" && host != "127.0.0.1" && host != "[::1]")
        return false;
    return port.isEmpty() || port == ':' + QByteArray::number(serverPort);
}

bool GuardedTcpServer::originAllowed(const QByteArray &origin, bool checkHost, quint16 port)
{
    const QByteArray o = origin.toLower();
    for (const char *scheme : {"http://", "https://"}) {
        if (o.startsWith(scheme))
            return checkHost ? hostAllowed(o.mid(qsizetype(strlen(scheme))), port)
                             : false; // no cross-site callers when exposed beyond loopback
    }
    return false; // "null" and anything else
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
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
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
