// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventstream.h"

#include <QTimerEvent>

#include <algorithm>

namespace altrunner {

EventStream::EventStream(EventLog *log, QString executionId, std::optional<qint64> resumeAfter,
                         qint64 maxBacklogBytes, int heartbeatMs, QObject *parent)
    : HttpStream(parent)
    , m_log(log)
    , m_executionId(std::move(executionId))
    , m_replayEnd(log->lastSeq())
    , m_maxBacklog(maxBacklogBytes)
{
    if (!resumeAfter && m_executionId.isEmpty())
        m_skip = log->finishedRuns(); // the runs going on, from their start; then all new ones
    if (const EventLog::Ring *r = ring(); r && !r->empty()) {
        // Events older than the ring holds are gone: start from the oldest held.
        m_cursor = std::max(resumeAfter.value_or(0), r->front().seq - 1);
    }
    connect(log, &EventLog::appended, this, &HttpStream::readyRead);
    m_heartbeat.start(heartbeatMs, this);
    // Said at once, so a client knows the stream is open before the first event.
    m_pending = ": altrunner events\n\n";
}

const EventLog::Ring *EventStream::ring() const
{
    return m_log ? m_log->ring(m_executionId) : nullptr;
}

qint64 EventStream::bytesAfter(const EventLog::Ring &ring, qint64 seq)
{
    const qsizetype i = after(ring, seq);
    if (i >= qsizetype(ring.size()))
        return 0;
    const EventLog::Event &first = ring[size_t(i)];
    return ring.back().endBytes - (first.endBytes - first.frame.size());
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
        const EventLog::Event &e = (*r)[size_t(i)];
        if (m_skip.isEmpty() || !m_skip.contains(e.run))
            out += e.frame;
        m_cursor = e.seq;
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
    // The ring moved on past it: events were lost to it. Or, caught up once, it let more live
    // events pile up than the limit. (Catching up costs nothing: the events are held anyway.)
    return m_cursor < r->front().seq - 1
            || (m_cursor >= m_replayEnd && bytesAfter(*r, m_cursor) > m_maxBacklog);
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
