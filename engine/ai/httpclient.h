// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <utility>

class QAbstractSocket;
class QUrl;

namespace altrunner {

class HttpExchange;

// The connections of one AI provider: opened when a request needs one, kept open between
// requests (HTTP/1.1 keep-alive) and reused, as many at once as there are requests in flight.
// It lives on the thread that makes the requests (the run's), so a request goes on the wire and
// its answer is read there, with no hop through another thread: Qt's network manager has a thread
// of its own per manager, at most 6 requests per host each, and those hops cost about 0.8 ms a
// request more on two cores (docs/engine.md "AI providers").
class HttpClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpClient)

public:
    using Headers = QList<std::pair<QByteArray, QByteArray>>;

    explicit HttpClient(QObject *parent = nullptr);
    ~HttpClient() override;

    // POSTs `body` to `url` (http or https) with `headers`; Host and Content-Length are added.
    // The exchange belongs to `parent`.
    HttpExchange *post(const QUrl &url, const Headers &headers, QByteArray body, QObject *parent);

    // An answer's body may be at most this long (by default 64 MiB, as an ALT file): a server
    // that sends more is cut off rather than allowed to fill memory.
    qint64 maxAnswerBytes() const { return m_maxAnswerBytes; }
    void setMaxAnswerBytes(qint64 bytes) { m_maxAnswerBytes = bytes; }

    // The URL's port, or its scheme's.
    static int portOf(const QUrl &url);

    // For tests: connections opened so far, and those open and idle now.
    int connectionsOpened() const { return m_opened; }
    int idleConnections() const;

private:
    friend class HttpExchange;
    // An open idle connection to the URL's origin, else a new one, connecting.
    QAbstractSocket *connection(const QUrl &url);
    // Takes back a connection whose answer was read whole and which the server keeps open.
    void keep(QAbstractSocket *socket, const QUrl &url);
    void drop(QAbstractSocket *socket);

    QHash<QString, QList<QAbstractSocket *>> m_idle; // by origin
    int m_opened = 0;
    qint64 m_maxAnswerBytes = 64 * 1024 * 1024;
};

} // namespace altrunner
