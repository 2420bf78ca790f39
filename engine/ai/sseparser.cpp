// SPDX-License-Identifier: GPL-3.0-or-later
#include "sseparser.h"

namespace altrunner {

QList<SseParser::Event> SseParser::feed(QByteArrayView bytes)
{
    QList<Event> out;
    qsizetype start = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (m_skipLf) {
            m_skipLf = false;
            if (c == '\n') {
                start = i + 1;
                continue;
            }
        }
        if (c != '\n' && c != '\r')
            continue;
        m_line += bytes.sliced(start, i - start);
        line(m_line, out);
        m_line.clear();
        m_skipLf = c == '\r';
        start = i + 1;
    }
    m_line += bytes.sliced(start);
    return out;
}

void SseParser::line(QByteArrayView text, QList<Event> &out)
{
    if (text.isEmpty()) { // a blank line ends the event
        if (m_hasData)
            out.append(std::move(m_event));
        m_event = Event();
        m_hasData = false;
        return;
    }
    if (text.startsWith(':'))
        return; // a comment (keep-alive)
    const qsizetype colon = text.indexOf(':');
    const QByteArrayView field = colon < 0 ? text : text.first(colon);
    QByteArrayView value = colon < 0 ? QByteArrayView() : text.sliced(colon + 1);
    if (value.startsWith(' '))
        value = value.sliced(1);
    if (field == "data") {
        if (m_hasData)
            m_event.data += '\n';
        m_event.data += value;
        m_hasData = true;
    } else if (field == "event") {
        m_event.type = value.toByteArray();
    } else if (field == "id") {
        m_event.id = value.toByteArray();
    } // "retry" and unknown fields: nothing to do for a one-shot request
}

} // namespace altrunner
