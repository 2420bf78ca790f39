// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventlog.h"
#include "httpresponse.h"

#include <QBasicTimer>
#include <QPointer>
#include <QSet>

#include <optional>

namespace altrunner {

// One listener of GET /events or GET /task/{id}/events: reads the EventLog from where it is up
// to (Last-Event-ID, or the start of what is held), sends a comment every heartbeat so idle
// proxies keep the stream, ends after the run's run.finished, and gives up on a client that
// has let too much pile up (docs/rest-api.md "Live events").
class EventStream final : public HttpStream
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventStream)

public:
    // `executionId` empty: every run's events; the stream then never ends by itself. Without
    // `resumeAfter` (Last-Event-ID) it starts at the beginning of what is held: of the one run,
    // or of every run still going.
    EventStream(EventLog *log, QString executionId, std::optional<qint64> resumeAfter,
                qint64 maxBacklogBytes, int heartbeatMs, QObject *parent = nullptr);

    QByteArray read(qint64 maxBytes, bool *ended) override;
    bool lagging() const override;
    QByteArray lagged() override;

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    const EventLog::Ring *ring() const;
    // Index of the first event after `seq` in the ring.
    static qsizetype after(const EventLog::Ring &ring, qint64 seq);
    // Bytes of the events after `seq` that the ring holds.
    static qint64 bytesAfter(const EventLog::Ring &ring, qint64 seq);

    QPointer<EventLog> m_log;
    QString m_executionId;
    qint64 m_cursor = 0; // the last event sent
    // The newest event when the client came: until it has read up to here it is catching up,
    // and only falling out of the ring cuts it off; after, so does a backlog over the limit.
    qint64 m_replayEnd = 0;
    qint64 m_maxBacklog;
    QSet<QString> m_skip; // runs that had finished when an all-runs client came without an id
    QByteArray m_pending; // heartbeats
    QBasicTimer m_heartbeat;
};

} // namespace altrunner
