// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpresponseparser.h"

#include "util/httpheaders.h"

#include <algorithm>

namespace altrunner {

namespace {

constexpr qsizetype kMaxChunkLine = 1024;

QByteArrayView withoutCr(QByteArrayView line)
{
    return line.endsWith('\r') ? line.chopped(1) : line;
}

bool isDigits(QByteArrayView s)
{
    return !s.isEmpty()
            && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

} // namespace

QByteArray HttpResponseParser::header(QByteArrayView name) const
{
    return httpHeader(m_headers, name);
}

bool HttpResponseParser::keepAlive() const
{
    return m_state == State::Done && !m_excess && !m_untilClose
            && httpKeepsConnection(m_headers, m_http10);
}

bool HttpResponseParser::fail(const QString &error)
{
    m_state = State::Failed;
    m_error = error;
    m_buffer.clear();
    return false;
}

qsizetype HttpResponseParser::lineEnd(qsizetype from) const
{
    return m_buffer.indexOf('\n', from);
}

void HttpResponseParser::closed()
{
    if (m_state == State::UntilClose)
        m_state = State::Done;
    else if (m_state != State::Done && m_state != State::Failed)
        fail(headReceived() ? tr("the connection closed in the middle of the answer")
                            : tr("the connection closed before an answer"));
}

bool HttpResponseParser::feed(QByteArrayView bytes)
{
    if (m_state == State::Failed)
        return false;
    if (m_state == State::Done) {
        m_excess = m_excess || !bytes.isEmpty();
        return true;
    }
    m_buffer.append(bytes);
    const char *d = m_buffer.constData();
    const qsizetype size = m_buffer.size();
    qsizetype pos = 0;
    bool more = true;
    // Each step consumes something and moves on, or waits for more input.
    while (more) {
        switch (m_state) {
        case State::Head: {
            // The head ends at its first empty line (CR LF or a bare LF, as lenient clients read).
            qsizetype end = -1;
            for (qsizetype i = std::max(pos, m_scanned); i < size && end < 0; ++i) {
                if (d[i] == '\n'
                    && ((i > pos && d[i - 1] == '\n')
                        || (i > pos + 1 && d[i - 1] == '\r' && d[i - 2] == '\n')))
                    end = i + 1;
            }
            if (end < 0 ? size - pos > kMaxHead : end - pos > kMaxHead)
                return fail(tr("the answer's head is larger than %1 KiB").arg(kMaxHead / 1024));
            if (end < 0) {
                m_scanned = size;
                more = false;
                break;
            }
            if (!readHead(QByteArrayView(d + pos, end - pos)))
                return false;
            pos = m_scanned = end;
            break;
        }
        case State::Length:
        case State::ChunkData: {
            const qsizetype n = qsizetype(std::min<qint64>(m_remaining, size - pos));
            m_body.append(d + pos, n);
            pos += n;
            m_remaining -= n;
            if (m_remaining > 0)
                more = false;
            else
                m_state = m_state == State::Length ? State::Done : State::ChunkEnd;
            break;
        }
        case State::UntilClose:
            m_body.append(d + pos, size - pos);
            pos = size;
            more = false;
            break;
        case State::ChunkSize: {
            const qsizetype eol = lineEnd(pos);
            if (eol < 0) {
                if (size - pos > kMaxChunkLine)
                    return fail(tr("a chunk-size line is longer than %1 bytes").arg(kMaxChunkLine));
                more = false;
                break;
            }
            QByteArrayView line = withoutCr(QByteArrayView(d + pos, eol - pos));
            if (const qsizetype semicolon = line.indexOf(';'); semicolon >= 0)
                line = line.first(semicolon); // chunk extensions mean nothing to us
            line = line.trimmed();
            bool ok = !line.isEmpty() && line.size() <= 15;
            const qint64 chunk = ok ? QByteArray(line.data(), line.size()).toLongLong(&ok, 16) : 0;
            if (!ok || chunk < 0)
                return fail(tr("invalid chunk size '%1'")
                                    .arg(QString::fromLatin1(
                                            line.first(std::min<qsizetype>(40, line.size()))
                                                    .toByteArray())));
            pos = eol + 1;
            m_remaining = chunk;
            m_state = chunk == 0 ? State::Trailers : State::ChunkData;
            break;
        }
        case State::ChunkEnd: {
            const qsizetype eol = lineEnd(pos);
            if (eol < 0 && size - pos < 2) {
                more = false;
                break;
            }
            if (eol < 0 || !withoutCr(QByteArrayView(d + pos, eol - pos)).isEmpty())
                return fail(tr("a chunk is longer than its size says"));
            pos = eol + 1;
            m_state = State::ChunkSize;
            break;
        }
        case State::Trailers: {
            // Trailer fields are read past (none of them matters here), within the head's bound.
            const qsizetype eol = lineEnd(pos);
            const qsizetype length = eol < 0 ? size - pos : eol + 1 - pos;
            m_remaining += length;
            if (m_remaining > kMaxHead)
                return fail(tr("the answer's trailer is larger than %1 KiB").arg(kMaxHead / 1024));
            if (eol < 0) {
                m_remaining -= length; // counted again once its line is complete
                more = false;
                break;
            }
            if (withoutCr(QByteArrayView(d + pos, eol - pos)).isEmpty())
                m_state = State::Done;
            pos = eol + 1;
            break;
        }
        case State::Done:
            m_excess = m_excess || pos < size;
            pos = size;
            more = false;
            break;
        case State::Failed:
            return false;
        }
    }
    m_buffer.remove(0, pos);
    m_scanned = std::max<qsizetype>(0, m_scanned - pos);
    return true;
}

bool HttpResponseParser::readHead(QByteArrayView head)
{
    QList<QByteArrayView> lines;
    for (qsizetype from = 0; from < head.size();) {
        qsizetype eol = head.indexOf('\n', from);
        if (eol < 0)
            eol = head.size();
        lines.append(withoutCr(head.sliced(from, eol - from)));
        from = eol + 1;
    }
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    const QByteArrayView statusLine = lines.isEmpty() ? QByteArrayView() : lines.constFirst();
    // "HTTP/1.1 200 OK": the version, one space, three digits, then a reason or nothing.
    const bool wellFormed = statusLine.size() >= 12 && statusLine.startsWith("HTTP/1.")
            && (statusLine[7] == '0' || statusLine[7] == '1') && statusLine[8] == ' '
            && isDigits(statusLine.sliced(9, 3))
            && (statusLine.size() == 12 || statusLine[12] == ' ');
    const int status = wellFormed ? QByteArray(statusLine.sliced(9, 3).toByteArray()).toInt() : 0;
    if (status < 100 || status > 599)
        return fail(tr("the answer does not start with an HTTP/1.x status line: '%1'")
                            .arg(QString::fromLatin1(
                                    statusLine.first(std::min<qsizetype>(60, statusLine.size()))
                                            .toByteArray())));
    Headers headers;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArrayView line = lines.at(i);
        if ((line.startsWith(' ') || line.startsWith('\t')) && !headers.isEmpty()) {
            // An obsolete folded line continues the header before it.
            headers.last().second += ' ' + line.trimmed().toByteArray();
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        const QByteArrayView name = colon > 0 ? line.first(colon) : QByteArrayView();
        if (name.isEmpty() || name.contains(' ') || name.contains('\t'))
            return fail(tr("the answer has a malformed header line: '%1'")
                                .arg(QString::fromLatin1(
                                        line.first(std::min<qsizetype>(60, line.size()))
                                                .toByteArray())));
        headers.append({name.toByteArray(), line.sliced(colon + 1).trimmed().toByteArray()});
    }
    if (status == 101)
        return fail(tr("the server switched protocols (101) in answer to an inference request"));
    if (status < 200)
        return true; // informational: the real answer follows
    m_status = status;
    m_http10 = statusLine[7] == '0';
    m_headers = std::move(headers);
    return startBody();
}

bool HttpResponseParser::startBody()
{
    if (m_status == 204 || m_status == 304) {
        m_state = State::Done;
        return true;
    }
    QByteArray transferEncoding;
    QList<QByteArray> lengths;
    for (const auto &[n, v] : m_headers) {
        if (n.compare("transfer-encoding", Qt::CaseInsensitive) == 0)
            transferEncoding += (transferEncoding.isEmpty() ? "" : ",") + v;
        else if (n.compare("content-length", Qt::CaseInsensitive) == 0)
            lengths += v.split(',');
    }
    if (!transferEncoding.isEmpty()) {
        // Chunked when it is the last coding; any other coding runs until the connection closes.
        const bool chunked
                = transferEncoding.split(',').constLast().trimmed().toLower() == "chunked";
        m_state = chunked ? State::ChunkSize : State::UntilClose;
        m_untilClose = !chunked;
        return true;
    }
    if (lengths.isEmpty()) {
        m_state = State::UntilClose;
        m_untilClose = true;
        return true;
    }
    qint64 length = -1;
    for (const QByteArray &l : std::as_const(lengths)) {
        const QByteArray t = l.trimmed();
        const qint64 value = isDigits(t) && t.size() <= 18 ? t.toLongLong() : -1;
        if (value < 0 || (length >= 0 && value != length))
            return fail(tr("the answer has an invalid Content-Length: '%1'")
                                .arg(QString::fromLatin1(header("content-length").left(40))));
        length = value;
    }
    m_remaining = length;
    m_state = length == 0 ? State::Done : State::Length;
    return true;
}

} // namespace altrunner
