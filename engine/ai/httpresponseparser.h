// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/httpheaders.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>

namespace altrunner {

// Reads one HTTP/1.x response from bytes as they arrive, in pieces of any size: the status line
// and headers, then the body by its framing (chunked, Content-Length, or until the connection
// closes), decoded. Informational (1xx) answers before it are skipped. It does no I/O:
// HttpExchange feeds it from a socket and tests feed it a byte at a time. Bounds keep a broken
// server from growing memory without end: a head of at most 64 KiB and chunk-size lines of at
// most 1 KiB (docs/engine.md "AI providers").
class HttpResponseParser final
{
    Q_DECLARE_TR_FUNCTIONS(altrunner::HttpResponseParser)

public:
    using Headers = HttpHeaderList;
    static constexpr qsizetype kMaxHead = 64 * 1024;

    // Reads what it can; false once the response is malformed (error() says how).
    bool feed(QByteArrayView bytes);
    // The connection closed: that ends a body read until close; any other unfinished response
    // fails.
    void closed();

    bool headReceived() const { return m_status != 0; }
    bool isComplete() const { return m_state == State::Done; }
    bool failed() const { return m_state == State::Failed; }
    const QString &error() const { return m_error; }

    int status() const { return m_status; }
    const Headers &headers() const { return m_headers; }
    // The first header of that name (case-insensitive); empty when absent.
    QByteArray header(QByteArrayView name) const;
    // The body's bytes decoded since the last call.
    QByteArray takeBody() { return std::exchange(m_body, {}); }
    // Whether the connection can carry another request now that the response is complete.
    bool keepAlive() const;

private:
    enum class State {
        Head,
        Length,
        ChunkSize,
        ChunkData,
        ChunkEnd,
        Trailers,
        UntilClose,
        Done,
        Failed
    };

    bool fail(const QString &error);
    bool readHead(QByteArrayView head);
    bool startBody();
    // The next line of m_buffer from `from` (without its CR LF or LF), or -1 if none is complete.
    qsizetype lineEnd(qsizetype from) const;

    State m_state = State::Head;
    QByteArray m_buffer; // input not yet consumed
    qsizetype m_scanned = 0; // of m_buffer, the part known to hold no complete head
    int m_status = 0;
    bool m_http10 = false;
    Headers m_headers;
    QByteArray m_body;
    qint64 m_remaining = 0; // of the body or the current chunk
    bool m_untilClose = false; // the body ends where the connection does
    bool m_excess = false; // bytes came after the response
    QString m_error;
};

} // namespace altrunner
