// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

namespace altrunner {

// Server-sent events (the WHATWG "event stream" format) read as the bytes come: a chunk may end
// anywhere, inside a line, a "data:" field name or a UTF-8 character, and lines may end in
// CRLF, LF or CR. Data stays bytes until an event is complete, so nothing is decoded in halves.
class SseParser final
{
public:
    struct Event
    {
        QByteArray type; // "event:" field; empty means "message"
        QByteArray data; // "data:" lines joined with '\n'
        QByteArray id;
    };

    // The events that the new bytes complete, in order.
    QList<Event> feed(QByteArrayView bytes);
    // Bytes received that do not yet make a whole line.
    qsizetype pendingBytes() const { return m_line.size(); }

private:
    void line(QByteArrayView text, QList<Event> &out);

    QByteArray m_line;
    bool m_skipLf = false; // the last chunk ended with CR: a following LF belongs to it
    Event m_event;
    bool m_hasData = false;
};

} // namespace altrunner
