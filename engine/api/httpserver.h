// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpconnection.h"

#include <QBasicTimer>
#include <QList>
#include <QSet>
#include <QTcpServer>

namespace altrunner {

// The REST API's HTTP/1.1 server (docs/rest-api.md "Connections"): accepts connections, keeps at
// most limits.maxConnections of them at work, and decides who gives way when more want in.
//
// A connection over the cap waits unread. When one of them has a whole request ready (a
// well-behaved client), room is made at once by closing the connection that does least with its
// place: idle longest, then trickling a request in longest (slowloris, slow bodies), then
// reading its answer slowest; failing those, a kept-alive connection is closed after its next
// answer. Connections whose last answer is out and event streams do not count, so a flood costs
// nothing that lasts beyond it.
class HttpServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpServer)

public:
    using Limits = RequestGuard::Limits;

    explicit HttpServer(HttpConnection::Handler handler, QObject *parent = nullptr);
    ~HttpServer() override;

    void setLimits(const Limits &limits) { m_limits = limits; }
    const Limits &limits() const { return m_limits; }
    // Whether Host and Origin must name this machine (a loopback bind).
    void setCheckHost(bool check) { m_checkHost = check; }
    int openConnections() const { return int(m_live.size()); } // at work, not waiting
    int waitingConnections() const { return int(m_waiting.size()); }
    // Freed memory is due to be handed back (a second after a flood ends).
    bool isTrimPending() const { return m_trimPending; }
    int eventStreams() const { return int(m_streams.size()); }

protected:
    void incomingConnection(qintptr handle) override;
    void timerEvent(QTimerEvent *event) override;

private:
    void onPhaseChanged(HttpConnection *connection);
    void onClosed(HttpConnection *connection);
    void makeRoomFor(HttpConnection *connection);
    HttpConnection *victim() const;
    void admitWaiting();

    HttpConnection::Handler m_handler;
    Limits m_limits;
    bool m_checkHost = true;
    QSet<HttpConnection *> m_live;
    QList<HttpConnection *> m_waiting; // in order of arrival
    QSet<HttpConnection *> m_streams;
    QSet<HttpConnection *> m_draining; // asked to close after their answer
    bool m_trimPending = false;
    int m_closedSinceTrim = 0; // connections closed since memory was last handed back
    QBasicTimer m_recheck; // while clients wait: places may have become worth taking
};

} // namespace altrunner
