// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httprequest.h"
#include "httpresponse.h"
#include "requestguard.h"

#include <QBasicTimer>
#include <QObject>

#include <functional>
#include <memory>

class QFile;
class QTcpSocket;

namespace altrunner {

// One client connection of the REST API (docs/rest-api.md "Connections"): reads each request
// through the RequestGuard, hands complete ones to the handler one at a time and writes the
// answers in order (HTTP/1.1 keep-alive, pipelining), sends file bodies in pieces as the client
// reads them, and turns into an event stream when an answer is one.
//
// The HttpServer decides when it may start (admit) and when it must give way to another client
// (evict, closeAfterResponse); a connection tells it what it is doing through phase().
class HttpConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)

public:
    enum class Phase {
        Waiting, // over the connection cap: not read until admitted
        Idle, // between requests
        Reading, // part of a request has arrived
        Writing, // an answer is still going out
        Streaming, // an event stream: counted apart, never evicted
        Closing, // the last answer is out or going; no longer counts
    };
    struct Settings
    {
        RequestGuard::Limits limits;
        bool checkHost = true;
        quint16 port = 0;
    };
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    HttpConnection(QTcpSocket *socket, const Settings &settings, Handler handler,
                   QObject *parent = nullptr);
    ~HttpConnection() override;

    Phase phase() const { return m_phase; }
    // Milliseconds since the connection entered its phase (a request's first byte, an answer's
    // start, the end of the last answer).
    qint64 phaseAgeMs() const;
    // Milliseconds since a byte last went either way (or the phase began).
    qint64 stalledMs() const;
    // A waiting connection whose first request has arrived whole (or is already wrong): a
    // client worth making room for, unlike one that trickles its head in.
    bool hasRequestReady() const;

    void admit();
    void evict(); // closes at once, mid-request or mid-answer
    void refuse(int status, const QString &message); // answers with an error and closes
    // The answer being written, or the next one, says "Connection: close" and ends it.
    void closeAfterResponse() { m_closeAfter = true; }

signals:
    // Every signal carries the connection so the server needs no sender().
    void phaseChanged(altrunner::HttpConnection *connection);
    void requestReady(altrunner::HttpConnection *connection); // see hasRequestReady()
    void closed(altrunner::HttpConnection *connection); // the socket is gone; deleteLater() it

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    void setPhase(Phase phase);
    void onReadyRead();
    void onBytesWritten();
    void process();
    void respond(HttpResponse response, bool keepAlive);
    void pump();
    void finishResponse();
    void reject(int status, const QString &message);
    void retire(bool linger);

    QTcpSocket *m_socket;
    Settings m_settings;
    Handler m_handler;
    Phase m_phase = Phase::Waiting;
    qint64 m_phaseStartMs = 0;
    qint64 m_progressMs = 0;
    QByteArray m_buffer; // received, not yet handled
    bool m_continueSent = false;
    bool m_closeAfter = false;
    std::unique_ptr<QFile> m_file; // the body being sent in pieces
    std::shared_ptr<HttpStream> m_stream;
    QBasicTimer m_requestTimer; // a request must arrive whole within limits.requestTimeoutMs
    QBasicTimer m_idleTimer; // nothing either way for limits.idleTimeoutMs
    QBasicTimer m_lingerTimer;
};

} // namespace altrunner
