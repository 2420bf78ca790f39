// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>
#include <utility>

namespace altrunner {

// A response body that goes on for as long as it has something to say (an event stream): the
// connection writes what read() gives whenever it says readyRead, while the client keeps up.
class HttpStream : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Up to about `maxBytes` of what there is to send now (may be empty); `ended` is set once
    // nothing more will come.
    virtual QByteArray read(qint64 maxBytes, bool *ended) = 0;
    // Whether the client has fallen so far behind that it must be cut off rather than held for.
    virtual bool lagging() const = 0;
    // The last bytes for a client that is lagging; the connection closes after them.
    virtual QByteArray lagged() = 0;

signals:
    void readyRead();
};

// One answer of the REST API: its status, headers and a body that is either in memory, a file
// sent in pieces as the client reads it (so a slow reader of a large LAST file holds no copy of
// it), or a stream.
struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QString bodyFile; // when set: the body is this file's content
    std::shared_ptr<HttpStream> stream; // when set: an unbounded body; the connection ends with it
    QList<std::pair<QByteArray, QByteArray>> headers;
};

} // namespace altrunner
