// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpserver.h"

#include <QTcpSocket>
#include <QTimer>

#if defined(__GLIBC__)
#    include <malloc.h>
#endif

namespace altrunner {

namespace {

// How long a connection must have held its place without a byte going either way before a
// waiting client with a whole request may take it: long enough that a client whose request is on
// its way is not cut off, short enough that a waiting client barely notices.
constexpr qint64 kIdleGraceMs = 250;
constexpr qint64 kStalledGraceMs = 500;

} // namespace

HttpServer::HttpServer(HttpConnection::Handler handler, QObject *parent)
    : QTcpServer(parent)
    , m_handler(std::move(handler))
{
    setListenBacklogSize(1024);
}

HttpServer::~HttpServer()
{
    close();
    // The connections are children; they go with the server, and must not call back into it.
    for (HttpConnection *c : findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly))
        c->disconnect(this);
}

void HttpServer::incomingConnection(qintptr handle)
{
    auto *socket = new QTcpSocket;
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    HttpConnection::Settings settings {m_limits, m_checkHost, serverPort()};
    auto *connection = new HttpConnection(socket, settings, m_handler, this);
    connect(connection, &HttpConnection::phaseChanged, this, &HttpServer::onPhaseChanged);
    connect(connection, &HttpConnection::closed, this, &HttpServer::onClosed);
    connect(connection, &HttpConnection::requestReady, this, &HttpServer::makeRoomFor);
    if (m_live.size() < m_limits.maxConnections && m_waiting.isEmpty()) {
        m_live.insert(connection);
        connection->admit();
        return;
    }
    if (m_waiting.size() >= 4 * m_limits.maxConnections) {
        // Past any reasonable queue: answered at once, and it costs nothing afterwards.
        connection->refuse(503,
                           tr("too many connections (the limit is %1); try again")
                                   .arg(m_limits.maxConnections));
        return;
    }
    m_waiting.append(connection);
    if (connection->hasRequestReady())
        makeRoomFor(connection);
}

void HttpServer::onPhaseChanged(HttpConnection *connection)
{
    const HttpConnection::Phase phase = connection->phase();
    if (phase == HttpConnection::Phase::Streaming) {
        m_live.remove(connection);
        m_streams.insert(connection);
    } else if (phase == HttpConnection::Phase::Closing) {
        m_live.remove(connection);
        m_streams.remove(connection);
        m_waiting.removeOne(connection);
        m_draining.remove(connection);
    } else {
        return;
    }
    admitWaiting();
}

void HttpServer::onClosed(HttpConnection *connection)
{
    m_live.remove(connection);
    m_streams.remove(connection);
    m_waiting.removeOne(connection);
    m_draining.remove(connection);
    connection->disconnect(this);
    connection->deleteLater();
    admitWaiting();
    if (m_live.isEmpty() && m_waiting.isEmpty() && !m_trimPending) {
        // After a flood, glibc keeps the freed buffers of hundreds of connections mapped; hand
        // them back once things are quiet, so the process returns to its idle size.
        m_trimPending = true;
        QTimer::singleShot(1000, this, [this] {
            m_trimPending = false;
#if defined(__GLIBC__)
            if (m_live.isEmpty() && m_waiting.isEmpty())
                malloc_trim(0);
#endif
        });
    }
}

void HttpServer::admitWaiting()
{
    while (m_live.size() < m_limits.maxConnections && !m_waiting.isEmpty()) {
        // Whoever has a whole request first; the others in order of arrival.
        qsizetype pick = 0;
        for (qsizetype i = 0; i < m_waiting.size(); ++i) {
            if (m_waiting.at(i)->hasRequestReady()) {
                pick = i;
                break;
            }
        }
        HttpConnection *c = m_waiting.takeAt(pick);
        m_live.insert(c);
        c->admit();
    }
}

HttpConnection *HttpServer::victim() const
{
    using Phase = HttpConnection::Phase;
    HttpConnection *best = nullptr;
    int bestRank = 0;
    qint64 bestAge = 0;
    for (HttpConnection *c : m_live) {
        const qint64 age = c->stalledMs();
        int rank = 0;
        switch (c->phase()) {
        case Phase::Idle:
            rank = age >= kIdleGraceMs ? 3 : 0;
            break;
        case Phase::Reading: // slowloris, slow bodies
            rank = age >= kStalledGraceMs ? 2 : 0;
            break;
        case Phase::Writing: // slow readers
            rank = age >= kStalledGraceMs ? 1 : 0;
            break;
        default:
            break;
        }
        if (rank > bestRank || (rank == bestRank && rank > 0 && age > bestAge)) {
            best = c;
            bestRank = rank;
            bestAge = age;
        }
    }
    return best;
}

void HttpServer::makeRoomFor(HttpConnection *connection)
{
    if (!m_waiting.contains(connection))
        return;
    if (m_live.size() >= m_limits.maxConnections) {
        if (HttpConnection *v = victim()) {
            // The slot goes to this client, not to whoever waited longer with less to say.
            m_waiting.removeOne(connection);
            m_live.insert(connection);
            v->evict();
            connection->admit();
            return;
        }
        // Everyone is busy: the connection that has been at work longest closes after its
        // answer, one for each client waiting with a whole request.
        qsizetype ready = 0;
        for (HttpConnection *w : m_waiting)
            ready += w->hasRequestReady();
        if (m_draining.size() >= ready)
            return;
        HttpConnection *oldest = nullptr;
        for (HttpConnection *c : m_live) {
            if (!m_draining.contains(c) && (!oldest || c->phaseAgeMs() > oldest->phaseAgeMs()))
                oldest = c;
        }
        if (oldest) {
            m_draining.insert(oldest);
            oldest->closeAfterResponse();
        }
        return;
    }
    admitWaiting();
}

} // namespace altrunner
