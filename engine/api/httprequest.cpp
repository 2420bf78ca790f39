// SPDX-License-Identifier: GPL-3.0-or-later
#include "httprequest.h"

#include "util/httpheaders.h"

#include <QUrl>

#include <algorithm>

namespace altrunner {

QByteArray HttpRequest::header(QByteArrayView name) const
{
    return httpHeader(headers, name);
}

bool HttpRequest::hasHeader(QByteArrayView name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool HttpRequest::keepAlive() const
{
    return httpKeepsConnection(headers, http10);
}

namespace {

bool isTokenChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
            || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView text)
{
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), isTokenChar);
}

QByteArrayView withoutCr(QByteArrayView line)
{
    return line.endsWith('\r') ? line.chopped(1) : line;
}

} // namespace

std::optional<HttpRequest> HttpRequest::parseHead(QByteArrayView head, QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<HttpRequest> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    HttpRequest r;
    qsizetype lineEnd = head.indexOf('\n');
    const QByteArrayView requestLine = withoutCr(lineEnd < 0 ? head : head.first(lineEnd));
    const qsizetype sp1 = requestLine.indexOf(' ');
    const qsizetype sp2 = sp1 < 0 ? -1 : requestLine.indexOf(' ', sp1 + 1);
    if (sp1 <= 0 || sp2 <= sp1 + 1 || requestLine.indexOf(' ', sp2 + 1) >= 0)
        return fail(tr("malformed request line"));
    const QByteArrayView method = requestLine.first(sp1);
    const QByteArrayView target = requestLine.sliced(sp1 + 1, sp2 - sp1 - 1);
    const QByteArrayView version = requestLine.sliced(sp2 + 1);
    if (!isToken(method) || !target.startsWith('/')
        || (version != "HTTP/1.1" && version != "HTTP/1.0"))
        return fail(tr("malformed request line"));
    r.method = method.toByteArray();
    r.target = target.toByteArray();
    r.http10 = version == "HTTP/1.0";
    const qsizetype q = r.target.indexOf('?');
    const QByteArray rawPath = q < 0 ? r.target : r.target.left(q);
    if (q >= 0)
        r.query = r.target.mid(q + 1);
    r.path = QUrl::fromPercentEncoding(rawPath);
    while (lineEnd >= 0 && lineEnd < head.size()) {
        const qsizetype start = lineEnd + 1;
        lineEnd = head.indexOf('\n', start);
        const QByteArrayView line
                = withoutCr(lineEnd < 0 ? head.sliced(start) : head.sliced(start, lineEnd - start));
        if (line.isEmpty())
            continue;
        if (line.front() == ' ' || line.front() == '\t')
            return fail(tr("folded header lines are not accepted"));
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return fail(tr("malformed header line"));
        const QByteArrayView name = line.first(colon);
        if (name.back() == ' ' || name.back() == '\t')
            return fail(tr("whitespace before a header's colon"));
        if (!isToken(name))
            return fail(tr("malformed header name"));
        r.headers.append({name.toByteArray(), line.sliced(colon + 1).trimmed().toByteArray()});
    }
    return r;
}

} // namespace altrunner
