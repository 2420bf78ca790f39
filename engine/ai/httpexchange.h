// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpresponseparser.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QObject>
#include <QUrl>

class QAbstractSocket;

namespace altrunner {

class HttpClient;

// One POST and its answer, on a connection of an HttpClient: the status and headers as soon as
// they arrive (headReceived), the body as it comes (readyRead), then finished() once. Same-origin
// 307 and 308 redirects are followed (the server did not act on the request); others are the
// answer. It never sends a request twice on its own: a connection that closes before answering
// fails the exchange, and the engine's retry policy decides (docs/engine.md "Retries").
class HttpExchange final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpExchange)

public:
    // Why an exchange ended without a whole answer.
    enum class Failure {
        None,
        Refused, // nothing listens there
        HostNotFound,
        Closed, // closed before any answer
        Truncated, // closed in the middle of the answer
        Malformed, // not an HTTP/1.x answer we can read
        TimedOut,
        Unsupported, // not HTTP, or TLS failed
        Network, // anything else below HTTP
    };

    HttpExchange(HttpClient *client, const QUrl &url, QByteArray headerLines, QByteArray body,
                 QObject *parent);
    ~HttpExchange() override;

    // Closes the connection at once (the server sees the request go away); no signal follows.
    void abort();

    const QUrl &url() const { return m_url; } // after redirects
    int status() const { return m_parser.status(); } // 0 until the head arrived
    QByteArray header(QByteArrayView name) const { return m_parser.header(name); }
    const HttpResponseParser::Headers &headers() const { return m_parser.headers(); }
    QByteArray readAll() { return std::exchange(m_received, {}); }
    bool isFinished() const { return m_finished; }
    Failure failure() const { return m_failure; }
    const QString &errorString() const { return m_error; }

signals:
    void headReceived();
    void readyRead();
    void finished();

private:
    void send();
    void onReadyRead();
    void onClosed();
    bool followRedirect();
    void finish(Failure failure, const QString &error);
    void release(bool reusable);

    HttpClient *m_client;
    QUrl m_url;
    QByteArray m_headerLines; // "Name: value\r\n" each, Host and Content-Length aside
    QByteArray m_body;
    QAbstractSocket *m_socket = nullptr;
    bool m_anyBytes = false;
    HttpResponseParser m_parser;
    QByteArray m_received;
    qint64 m_bodyBytes = 0; // all of the body so far, read or not
    int m_redirects = 0;
    bool m_finished = false;
    Failure m_failure = Failure::None;
    QString m_error;
};

} // namespace altrunner
