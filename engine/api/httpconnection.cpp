// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpconnection.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTimerEvent>

#include <algorithm>

#if defined(Q_OS_WIN)
#    include <winsock2.h>
#else
#    include <sys/socket.h>
#endif

namespace altrunner {

namespace {

// A connection keeps at most this much of an answer in its own write buffer; the rest waits in
// the file or the event log until the client has read what went before.
constexpr qint64 kHighWater = 64 * 1024;
constexpr qint64 kPiece = 16 * 1024;
constexpr int kLingerMs = 2000;
// What a connection reads ahead of the request it is working on: more waits in the kernel, and
// TCP tells the client to slow down.
constexpr qint64 kReadAhead = 64 * 1024;

qint64 nowMs()
{
    return QDeadlineTimer::current().deadline();
}

QByteArray errorBody(const QString &message)
{
    return QJsonDocument(QJsonObject {{QStringLiteral("error"), message}})
            .toJson(QJsonDocument::Compact);
}

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, const Settings &settings, Handler handler,
                               QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_settings(settings)
    , m_handler(std::move(handler))
    , m_phaseStartMs(nowMs())
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(kReadAhead);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpConnection::onBytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        m_phase = Phase::Closing;
        m_requestTimer.stop();
        m_idleTimer.stop();
        m_lingerTimer.stop();
        emit closed(this);
    });
    // The first request (or, over the cap, the wait for a slot) has the request time-out.
    m_requestTimer.start(m_settings.limits.requestTimeoutMs, this);
}

HttpConnection::~HttpConnection() = default;

qint64 HttpConnection::phaseAgeMs() const
{
    return nowMs() - m_phaseStartMs;
}

qint64 HttpConnection::stalledMs() const
{
    return nowMs() - std::max(m_progressMs, m_phaseStartMs);
}

void HttpConnection::setPhase(Phase phase)
{
    if (m_phase == phase)
        return;
    // Closing is the last phase; a stream is never read from again.
    Q_ASSERT(m_phase != Phase::Closing);
    Q_ASSERT(m_phase != Phase::Streaming || phase == Phase::Closing);
    m_phase = phase;
    m_phaseStartMs = nowMs();
    emit phaseChanged(this);
}

bool HttpConnection::hasRequestReady() const
{
    if (m_phase != Phase::Waiting)
        return false;
    const QByteArray bytes = m_socket->peek(m_socket->bytesAvailable());
    const RequestGuard::Verdict v = RequestGuard::examine(bytes, m_settings.limits,
                                                          m_settings.checkHost, m_settings.port, 1);
    return v.status != 0 || v.completeRequests > 0;
}

void HttpConnection::admit()
{
    if (m_phase != Phase::Waiting)
        return;
    m_requestTimer.start(m_settings.limits.requestTimeoutMs, this);
    m_idleTimer.start(m_settings.limits.idleTimeoutMs, this);
    setPhase(Phase::Idle);
    process();
}

void HttpConnection::evict()
{
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        return;
    setPhase(Phase::Closing);
    m_socket->abort();
}

void HttpConnection::refuse(int status, const QString &message)
{
    reject(status, message);
}

void HttpConnection::onReadyRead()
{
    switch (m_phase) {
    case Phase::Waiting:
        if (hasRequestReady())
            emit requestReady(this);
        return;
    case Phase::Closing:
        m_socket->skip(m_socket->bytesAvailable()); // a lingering close drops what still comes
        return;
    case Phase::Writing:
    case Phase::Streaming:
        return; // read once the answer is out: the client must wait for it anyway
    case Phase::Idle:
    case Phase::Reading:
        m_progressMs = nowMs();
        m_idleTimer.start(m_settings.limits.idleTimeoutMs, this);
        process();
        return;
    }
}

void HttpConnection::onBytesWritten()
{
    if (m_phase == Phase::Closing)
        return;
    m_progressMs = nowMs();
    if (m_phase != Phase::Streaming)
        m_idleTimer.start(m_settings.limits.idleTimeoutMs, this);
    if (m_phase == Phase::Writing || m_phase == Phase::Streaming)
        pump();
}

void HttpConnection::process()
{
    while (m_phase == Phase::Idle || m_phase == Phase::Reading) {
        if (m_socket->bytesAvailable() > 0)
            m_buffer += m_socket->readAll();
        if (m_buffer.isEmpty())
            return;
        const RequestGuard::Verdict v = RequestGuard::examine(
                m_buffer, m_settings.limits, m_settings.checkHost, m_settings.port, 1);
        if (v.status) {
            reject(v.status, v.message);
            return;
        }
        if (v.completeRequests == 0) {
            if (m_phase == Phase::Idle) {
                setPhase(Phase::Reading);
                m_requestTimer.start(m_settings.limits.requestTimeoutMs, this);
            }
            if (v.expectContinue && !m_continueSent) {
                // Without it, curl waits a second before sending a POST's body.
                m_continueSent = true;
                m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            }
            return;
        }
        m_requestTimer.stop();
        m_continueSent = false;
        // The head as the guard parsed and judged it: read once, by one parser.
        Q_ASSERT(v.first.has_value());
        HttpRequest request = *v.first;
        const qsizetype bodyStart = v.firstHeadEnd + 4;
        request.body = m_buffer.mid(bodyStart, v.firstEnd - bodyStart);
        m_buffer.remove(0, v.firstEnd);
        const bool keepAlive = request.keepAlive() && !m_closeAfter;
        respond(m_handler(request), keepAlive);
        if (m_phase == Phase::Reading)
            setPhase(Phase::Idle);
    }
}

void HttpConnection::respond(HttpResponse response, bool keepAlive)
{
    qint64 length = response.body.size();
    if (!response.bodyFile.isEmpty()) {
        m_file = std::make_unique<QFile>(response.bodyFile);
        if (!m_file->open(QIODevice::ReadOnly)) {
            m_file.reset();
            response.status = 500;
            response.contentType = "application/json";
            response.body = errorBody(tr("cannot read %1").arg(response.bodyFile));
            length = response.body.size();
        } else {
            length = m_file->size();
        }
    }
    const bool streaming = response.stream != nullptr;
    keepAlive = keepAlive && !streaming;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
            + RequestGuard::reasonPhrase(response.status)
            + "\r\nContent-Type: " + response.contentType + "\r\n";
    if (!streaming)
        head += "Content-Length: " + QByteArray::number(length) + "\r\n";
    head += "Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\n";
    head += keepAlive ? QByteArrayView("Connection: keep-alive\r\n")
                      : QByteArrayView("Connection: close\r\n");
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    head += "\r\n";
    m_closeAfter = m_closeAfter || !keepAlive;

    if (streaming) {
        m_socket->write(head);
        m_stream = std::move(response.stream);
        connect(m_stream.get(), &HttpStream::readyRead, this, &HttpConnection::pump);
        m_idleTimer.stop(); // the stream's own heartbeats keep it going
        // Little kept in the kernel for a listener either: one that stops reading shows up as
        // lagging soon, and costs little until it is cut off.
        m_socket->setSocketOption(QAbstractSocket::SendBufferSizeSocketOption, 64 * 1024);
        setPhase(Phase::Streaming);
        pump();
        return;
    }
    if (m_file) {
        m_socket->write(head);
        setPhase(Phase::Writing);
        pump();
        return;
    }
    if (response.body.size() < 16 * 1024)
        m_socket->write(head + response.body); // one write, one segment for a small answer
    else {
        m_socket->write(head);
        m_socket->write(response.body);
    }
    if (m_closeAfter) {
        retire(false);
    } else if (m_socket->bytesToWrite() > kHighWater) {
        setPhase(Phase::Writing); // read no further until the client has taken its answers
    }
}

void HttpConnection::pump()
{
    if (m_phase == Phase::Streaming && m_stream) {
        if (m_stream->lagging()) {
            m_socket->write(m_stream->lagged());
            m_stream.reset();
            retire(false);
            return;
        }
        bool ended = false;
        while (m_socket->bytesToWrite() < kHighWater) {
            const QByteArray bytes = m_stream->read(kPiece, &ended);
            if (bytes.isEmpty())
                break;
            m_socket->write(bytes);
        }
        if (ended) {
            m_stream.reset();
            retire(false);
        }
        return;
    }
    if (m_phase != Phase::Writing)
        return;
    while (m_file && m_socket->bytesToWrite() < kHighWater) {
        const QByteArray piece = m_file->read(kPiece);
        if (piece.isEmpty()) {
            m_file.reset();
            break;
        }
        m_socket->write(piece);
    }
    if (!m_file && m_socket->bytesToWrite() <= kHighWater)
        finishResponse();
}

void HttpConnection::finishResponse()
{
    if (m_closeAfter) {
        retire(false);
        return;
    }
    m_idleTimer.start(m_settings.limits.idleTimeoutMs, this);
    setPhase(Phase::Idle);
    // Requests that came while the answer went out.
    QMetaObject::invokeMethod(this, &HttpConnection::process, Qt::QueuedConnection);
}

void HttpConnection::reject(int status, const QString &message)
{
    if (m_phase == Phase::Closing)
        return;
    const QByteArray body = errorBody(message);
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' '
            + RequestGuard::reasonPhrase(status) + "\r\n";
    out += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
            + "\r\nConnection: close\r\n";
    if (status == 503)
        out += "Retry-After: 1\r\n";
    out += "\r\n" + body;
    m_socket->write(out);
    retire(true);
}

void HttpConnection::retire(bool linger)
{
    m_requestTimer.stop();
    m_idleTimer.stop();
    m_file.reset();
    m_stream.reset();
    m_buffer.clear();
    setPhase(Phase::Closing);
    if (m_socket->state() != QAbstractSocket::ConnectedState) {
        m_socket->abort();
        return;
    }
    m_lingerTimer.start(kLingerMs, this);
    if (!linger) {
        m_socket->disconnectFromHost(); // once what is written has gone out
        return;
    }
    // A lingering close: stop sending once the answer is out, but keep reading (and dropping)
    // what the client still sends for a while. Closing at once with unread data would make the
    // kernel reset the connection, and the client could lose the answer it has not read yet.
    auto halfClose = [socket = m_socket] {
        if (socket->bytesToWrite() == 0 && socket->state() == QAbstractSocket::ConnectedState) {
#if defined(Q_OS_WIN)
            ::shutdown(SOCKET(socket->socketDescriptor()), SD_SEND);
#else
            ::shutdown(int(socket->socketDescriptor()), SHUT_WR);
#endif
        }
    };
    connect(m_socket, &QTcpSocket::bytesWritten, this, halfClose);
    m_socket->flush();
    halfClose();
    m_socket->skip(m_socket->bytesAvailable());
}

void HttpConnection::timerEvent(QTimerEvent *event)
{
    if (event->timerId() == m_lingerTimer.timerId()) {
        m_lingerTimer.stop();
        m_socket->abort();
    } else if (event->timerId() == m_requestTimer.timerId()) {
        m_requestTimer.stop();
        if (m_phase == Phase::Waiting)
            reject(503,
                   tr("too many connections (the limit is %1); try again")
                           .arg(m_settings.limits.maxConnections));
        else if (m_phase == Phase::Reading)
            reject(408,
                   tr("no complete request within %1 s")
                           .arg(m_settings.limits.requestTimeoutMs / 1000.0));
        else if (m_phase == Phase::Idle && m_buffer.isEmpty())
            evict(); // connected and said nothing
    } else if (event->timerId() == m_idleTimer.timerId()) {
        m_idleTimer.stop();
        if (m_phase == Phase::Idle) {
            retire(false); // a kept-alive connection nobody uses
        } else if (m_phase == Phase::Reading || m_phase == Phase::Writing) {
            evict(); // a client that stopped sending its request or reading its answer
        }
    } else {
        QObject::timerEvent(event);
    }
}

} // namespace altrunner
