// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpclient.h"

#include "httpexchange.h"

#include <QTcpSocket>
#include <QUrl>
#if QT_CONFIG(ssl)
#    include <QSslSocket>
#endif

namespace altrunner {

namespace {

// Idle connections kept per origin; more than any run has requests in flight at once (the
// concurrency limit is 64), so every connection of a wide run is reused.
constexpr int kMaxIdle = 256;

QString originOf(const QUrl &url)
{
    return url.scheme() + QStringLiteral("://") + url.host() + u':'
            + QString::number(HttpClient::portOf(url));
}

} // namespace

HttpClient::HttpClient(QObject *parent)
    : QObject(parent)
{
}

HttpClient::~HttpClient() = default; // the sockets are children

int HttpClient::portOf(const QUrl &url)
{
    return url.port(url.scheme() == u"https" ? 443 : 80);
}

HttpExchange *HttpClient::post(const QUrl &url, const Headers &headers, QByteArray body,
                               QObject *parent)
{
    QByteArray lines;
    for (const auto &[name, value] : headers)
        lines += name + ": " + value + "\r\n";
    return new HttpExchange(this, url, std::move(lines), std::move(body), parent);
}

int HttpClient::idleConnections() const
{
    int n = 0;
    for (const auto &list : m_idle)
        n += int(list.size());
    return n;
}

QAbstractSocket *HttpClient::connection(const QUrl &url)
{
    QList<QAbstractSocket *> &idle = m_idle[originOf(url)];
    while (!idle.isEmpty()) {
        QAbstractSocket *socket = idle.takeLast(); // the most recently used: least likely closed
        socket->disconnect(this);
        // A close the server sent that the event loop has not read yet is read now: sent on such
        // a connection, the request would fail as "closed before answering", and be retried.
        socket->waitForReadyRead(0);
        if (socket->state() == QAbstractSocket::ConnectedState && socket->bytesAvailable() == 0)
            return socket;
        drop(socket);
    }
    ++m_opened;
    auto lowDelay = [](QAbstractSocket *socket) {
        // A request is written whole; waiting to gather more (Nagle) only delays it.
        connect(socket, &QAbstractSocket::connected, socket,
                [socket] { socket->setSocketOption(QAbstractSocket::LowDelayOption, 1); });
        return socket;
    };
    const auto port = quint16(portOf(url));
#if QT_CONFIG(ssl)
    if (url.scheme() == u"https") {
        auto *socket = new QSslSocket(this);
        lowDelay(socket);
        socket->connectToHostEncrypted(url.host(), port);
        return socket;
    }
#endif
    auto *socket = new QTcpSocket(this); // http: HttpExchange turns away what it cannot send
    lowDelay(socket);
    socket->connectToHost(url.host(), port);
    return socket;
}

void HttpClient::keep(QAbstractSocket *socket, const QUrl &url)
{
    QList<QAbstractSocket *> &idle = m_idle[originOf(url)];
    if (idle.size() >= kMaxIdle) {
        drop(socket);
        return;
    }
    idle.append(socket);
    // An idle connection the server closes, or sends anything on, is of no more use.
    auto forget = [this, socket, key = originOf(url)] {
        m_idle[key].removeOne(socket);
        drop(socket);
    };
    connect(socket, &QAbstractSocket::readyRead, this, forget);
    connect(socket, &QAbstractSocket::disconnected, this, forget);
    connect(socket, &QAbstractSocket::errorOccurred, this, forget);
}

void HttpClient::drop(QAbstractSocket *socket)
{
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

} // namespace altrunner
