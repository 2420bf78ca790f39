// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpexchange.h"

#include "httpclient.h"

#include <QPointer>
#include <QTcpSocket>
#if QT_CONFIG(ssl)
#    include <QSslSocket>
#endif

namespace altrunner {

namespace {

constexpr int kMaxRedirects = 5;

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host() == b.host()
            && HttpClient::portOf(a) == HttpClient::portOf(b);
}

} // namespace

HttpExchange::HttpExchange(HttpClient *client, const QUrl &url, QByteArray headerLines,
                           QByteArray body, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_url(url)
    , m_headerLines(std::move(headerLines))
    , m_body(std::move(body))
{
    send();
}

HttpExchange::~HttpExchange()
{
    abort();
}

void HttpExchange::abort()
{
    m_finished = true;
    if (m_socket)
        release(false);
}

void HttpExchange::send()
{
    QString unsupported;
    if (m_url.scheme() != u"http" && m_url.scheme() != u"https")
        unsupported = tr("the scheme '%1' is not HTTP").arg(m_url.scheme());
#if QT_CONFIG(ssl)
    else if (m_url.scheme() == u"https" && !QSslSocket::supportsSsl())
#else
    else if (m_url.scheme() == u"https")
#endif
        unsupported = tr("this build cannot make TLS connections");
    if (!unsupported.isEmpty()) {
        // Reported once the caller can hear it.
        QMetaObject::invokeMethod(
                this, [this, unsupported] { finish(Failure::Unsupported, unsupported); },
                Qt::QueuedConnection);
        return;
    }
    m_socket = m_client->connection(m_url);
    connect(m_socket, &QAbstractSocket::readyRead, this, &HttpExchange::onReadyRead);
    connect(m_socket, &QAbstractSocket::disconnected, this, &HttpExchange::onClosed);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, &HttpExchange::onClosed);

    QString host = m_url.host(QUrl::FullyEncoded);
    if (host.contains(u':'))
        host = u'[' + host + u']'; // an IPv6 address
    if (m_url.port() != -1)
        host += u':' + QString::number(m_url.port());
    QByteArray target = m_url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (m_url.hasQuery())
        target += '?' + m_url.query(QUrl::FullyEncoded).toLatin1();
    QByteArray request;
    request.reserve(m_headerLines.size() + m_body.size() + target.size() + host.size() + 64);
    request += "POST " + target + " HTTP/1.1\r\nHost: " + host.toLatin1() + "\r\n" + m_headerLines
            + "Content-Length: " + QByteArray::number(m_body.size()) + "\r\n\r\n" + m_body;
    // A socket still connecting keeps what is written until it is connected (and, for TLS,
    // encrypted); on an open one, flush() puts it on the wire now rather than at the loop's next
    // turn.
    m_socket->write(request);
    if (m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->flush();
}

void HttpExchange::onReadyRead()
{
    if (!m_socket || m_finished)
        return;
    const QByteArray bytes = m_socket->readAll();
    m_anyBytes = m_anyBytes || !bytes.isEmpty();
    const bool hadHead = m_parser.headReceived();
    if (!m_parser.feed(bytes)) {
        finish(Failure::Malformed, m_parser.error());
        return;
    }
    if (!hadHead && m_parser.headReceived() && followRedirect())
        return;
    const QPointer<HttpExchange> alive(this);
    if (!hadHead && m_parser.headReceived()) {
        emit headReceived();
        if (!alive || m_finished)
            return;
    }
    const QByteArray body = m_parser.takeBody();
    m_bodyBytes += body.size();
    if (m_bodyBytes > m_client->maxAnswerBytes()) {
        finish(Failure::Unsupported,
               tr("the answer is larger than %1 MiB")
                       .arg(double(m_client->maxAnswerBytes()) / 1048576.0));
        return;
    }
    if (!body.isEmpty()) {
        m_received += body;
        emit readyRead();
        if (!alive || m_finished)
            return;
    }
    if (m_parser.isComplete())
        finish(Failure::None, {});
}

bool HttpExchange::followRedirect()
{
    const int status = m_parser.status();
    if (status != 307 && status != 308)
        return false;
    const QUrl next = m_url.resolved(QUrl::fromEncoded(m_parser.header("location")));
    if (!next.isValid() || !sameOrigin(next, m_url) || m_redirects >= kMaxRedirects)
        return false; // the answer as it is: the caller reports the redirect not followed
    ++m_redirects;
    release(false);
    m_url = next;
    m_parser = HttpResponseParser();
    m_received.clear();
    m_bodyBytes = 0;
    m_anyBytes = false;
    send();
    return true;
}

void HttpExchange::onClosed()
{
    if (!m_socket || m_finished)
        return;
    const QAbstractSocket::SocketError error = m_socket->error();
    const QString text = m_socket->errorString();
    if (m_parser.headReceived() || error == QAbstractSocket::RemoteHostClosedError) {
        // Whatever came before the close, then the close itself: it may end a body read until
        // close.
        if (m_socket->bytesAvailable() > 0) {
            onReadyRead();
            if (!m_socket || m_finished)
                return;
        }
        m_parser.closed();
        if (m_parser.isComplete()) {
            const QByteArray body = m_parser.takeBody();
            if (!body.isEmpty()) {
                m_received += body;
                const QPointer<HttpExchange> alive(this);
                emit readyRead();
                if (!alive || m_finished)
                    return;
            }
            finish(Failure::None, {});
            return;
        }
    }
    if (m_anyBytes) {
        finish(m_parser.headReceived() ? Failure::Truncated : Failure::Closed,
               m_parser.failed() ? m_parser.error() : text);
        return;
    }
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        finish(Failure::Refused, text);
        break;
    case QAbstractSocket::HostNotFoundError:
        finish(Failure::HostNotFound, text);
        break;
    case QAbstractSocket::RemoteHostClosedError:
        finish(Failure::Closed, text);
        break;
    case QAbstractSocket::SocketTimeoutError:
        finish(Failure::TimedOut, text);
        break;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        finish(Failure::Unsupported, text);
        break;
    default:
        finish(Failure::Network, text);
        break;
    }
}

void HttpExchange::finish(Failure failure, const QString &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_failure = failure;
    m_error = error;
    if (m_socket)
        release(failure == Failure::None && m_parser.keepAlive());
    emit finished();
}

void HttpExchange::release(bool reusable)
{
    QAbstractSocket *socket = std::exchange(m_socket, nullptr);
    socket->disconnect(this);
    if (reusable && socket->state() == QAbstractSocket::ConnectedState
        && socket->bytesAvailable() == 0)
        m_client->keep(socket, m_url);
    else
        m_client->drop(socket);
}

} // namespace altrunner
