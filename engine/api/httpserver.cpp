// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpserver.h"

#include "util/freedmemory.h"

#include <QTcpSocket>
#include <QTimer>
#include <QTimerEvent>

namespace altrunner {

namespace {

constexpr int kFloodConnections = 256; // closed since the last trim: worth handing memory back

// How long a connection must have held its place doing little before a waiting client with a
// whole request may take it: long enough that a client whose request is on its way is not cut
// off, short enough that a waiting client barely notices. Doing little: idle, no byte either way
// for a while, or a request (an answer) that takes far longer to arrive (to be read) than a
// well-behaved client's, however steadily it trickles.
constexpr qint64 kIdleGraceMs = 250;
constexpr qint64 kStalledGraceMs = 500;
constexpr qint64 kSlowRequestMs = 1000;
constexpr qint64 kSlowAnswerMs = 2000;

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
    if (!m_recheck.isActive())
        m_recheck.start(100, this);
    if (connection->hasRequestReady())
        makeRoomFor(connection);
}

void HttpServer::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_recheck.timerId()) {
        QTcpServer::timerEvent(event);
        return;
    }
    if (m_waiting.isEmpty()) {
        m_recheck.stop();
        return;
    }
    // A connection that was busy a moment ago may be idling or stalling by now.
    const QList<HttpConnection *> waiting = m_waiting;
    for (HttpConnection *c : waiting) {
        if (m_waiting.contains(c) && c->hasRequestReady())
            makeRoomFor(c);
    }
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
    ++m_closedSinceTrim;
    if (m_live.isEmpty() && m_waiting.isEmpty() && !m_trimPending
        && m_closedSinceTrim >= kFloodConnections) {
        // After a flood, glibc keeps the freed buffers of hundreds of connections mapped; hand
        // them back once things are quiet, so the process returns to its idle size. Only after
        // a flood: trimming walks the whole heap (tens of ms in a window holding a large run),
        // which a client that polls now and then must not cost.
        m_trimPending = true;
        QTimer::singleShot(1000, this, [this] {
            m_trimPending = false;
            if (m_live.isEmpty() && m_waiting.isEmpty()) {
                m_closedSinceTrim = 0;
                FreedMemory::giveBack();
            }
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
        const qint64 stalled = c->stalledMs();
        const qint64 age = c->phaseAgeMs();
        int rank = 0;
        switch (c->phase()) {
        case Phase::Idle:
            rank = stalled >= kIdleGraceMs ? 3 : 0;
            break;
        case Phase::Reading: // slowloris, slow bodies
            rank = stalled >= kStalledGraceMs || age >= kSlowRequestMs ? 2 : 0;
            break;
        case Phase::Writing: // slow readers
            rank = stalled >= kStalledGraceMs || age >= kSlowAnswerMs ? 1 : 0;
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
