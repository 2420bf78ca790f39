// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventstream.h"

#include <QTimerEvent>

#include <algorithm>

namespace altrunner {

EventStream::EventStream(EventLog *log, QString executionId, qint64 afterSeq,
                         qint64 maxBacklogBytes, int heartbeatMs, QObject *parent)
    : HttpStream(parent)
    , m_log(log)
    , m_executionId(std::move(executionId))
    , m_cursor(afterSeq)
    , m_liveFrom(log->lastSeq())
    , m_maxBacklog(maxBacklogBytes)
{
    connect(log, &EventLog::appended, this, &HttpStream::readyRead);
    m_heartbeat.start(heartbeatMs, this);
    // Said at once, so a client knows the stream is open before the first event.
    m_pending = ": altrunner events\n\n";
}

const EventLog::Ring *EventStream::ring() const
{
    return m_log ? m_log->ring(m_executionId) : nullptr;
}

qsizetype EventStream::after(const EventLog::Ring &ring, qint64 seq)
{
    const auto it = std::upper_bound(ring.begin(), ring.end(), seq,
                                     [](qint64 s, const EventLog::Event &e) { return s < e.seq; });
    return qsizetype(it - ring.begin());
}

QByteArray EventStream::read(qint64 maxBytes, bool *ended)
{
    QByteArray out = std::exchange(m_pending, {});
    const EventLog::Ring *r = ring();
    if (!r) {
        *ended = true; // the run was forgotten, or the server is going away
        return out;
    }
    for (qsizetype i = after(*r, m_cursor); i < qsizetype(r->size()) && out.size() < maxBytes;
         ++i) {
        out += (*r)[size_t(i)].frame;
        m_cursor = (*r)[size_t(i)].seq;
    }
    *ended = !m_executionId.isEmpty() && m_log->isFinished(m_executionId)
            && (r->empty() || m_cursor >= r->back().seq);
    return out;
}

bool EventStream::lagging() const
{
    const EventLog::Ring *r = ring();
    if (!r || r->empty())
        return false;
    // Fell out of what is held: events were lost to it.
    if (m_cursor < r->front().seq - 1 && m_cursor >= m_liveFrom)
        return true;
    // Live events piling up beyond the limit (what was held when it came does not count).
    const qint64 from = std::max(m_cursor, m_liveFrom);
    const qsizetype i = after(*r, from);
    if (i >= qsizetype(r->size()))
        return false;
    const qint64 before
            = i == 0 ? (*r)[0].endBytes - (*r)[0].frame.size() : (*r)[size_t(i - 1)].endBytes;
    return r->back().endBytes - before > m_maxBacklog;
}

QByteArray EventStream::lagged()
{
    return EventLog::frame(m_cursor, m_executionId, QStringLiteral("io.altrunner.stream.lagged"),
                           {{QStringLiteral("last_event_id"), QString::number(m_cursor)},
                            {QStringLiteral("reason"),
                             tr("the client did not read the events as fast as they came; "
                                "reconnect with Last-Event-ID to resume")}},
                           false);
}

void EventStream::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_heartbeat.timerId()) {
        HttpStream::timerEvent(event);
        return;
    }
    m_pending += ": keep-alive\n\n";
    emit readyRead();
}

} // namespace altrunner
