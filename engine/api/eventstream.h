// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventlog.h"
#include "httpresponse.h"

#include <QBasicTimer>
#include <QPointer>

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
    // `executionId` empty: every run's events; the stream then never ends by itself.
    EventStream(EventLog *log, QString executionId, qint64 afterSeq, qint64 maxBacklogBytes,
                int heartbeatMs, QObject *parent = nullptr);

    QByteArray read(qint64 maxBytes, bool *ended) override;
    bool lagging() const override;
    QByteArray lagged() override;

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    const EventLog::Ring *ring() const;
    // Index of the first event after `seq` in the ring.
    static qsizetype after(const EventLog::Ring &ring, qint64 seq);

    QPointer<EventLog> m_log;
    QString m_executionId;
    qint64 m_cursor; // the last event sent
    qint64 m_liveFrom; // events up to here were held when the client came: not a backlog
    qint64 m_maxBacklog;
    QByteArray m_pending; // heartbeats
    QBasicTimer m_heartbeat;
};

} // namespace altrunner
