// SPDX-License-Identifier: GPL-3.0-or-later
#include "httprequest.h"

#include "util/httpheaders.h"

#include <QUrl>

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

std::optional<HttpRequest> HttpRequest::parse(QByteArrayView head, QByteArray body)
{
    HttpRequest r;
    qsizetype lineEnd = head.indexOf('\n');
    const QByteArrayView requestLine = (lineEnd < 0 ? head : head.first(lineEnd)).trimmed();
    const qsizetype sp1 = requestLine.indexOf(' ');
    const qsizetype sp2 = sp1 < 0 ? -1 : requestLine.indexOf(' ', sp1 + 1);
    if (sp1 <= 0 || sp2 <= sp1 + 1)
        return std::nullopt;
    r.method = requestLine.first(sp1).toByteArray();
    r.target = requestLine.sliced(sp1 + 1, sp2 - sp1 - 1).toByteArray();
    r.http10 = requestLine.sliced(sp2 + 1) == "HTTP/1.0";
    const qsizetype q = r.target.indexOf('?');
    const QByteArray rawPath = q < 0 ? r.target : r.target.left(q);
    if (q >= 0)
        r.query = r.target.mid(q + 1);
    r.path = QUrl::fromPercentEncoding(rawPath);
    while (lineEnd >= 0 && lineEnd < head.size()) {
        const qsizetype start = lineEnd + 1;
        lineEnd = head.indexOf('\n', start);
        const QByteArrayView line
                = (lineEnd < 0 ? head.sliced(start) : head.sliced(start, lineEnd - start))
                          .trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return std::nullopt;
        r.headers.append({line.first(colon).trimmed().toByteArray(),
                          line.sliced(colon + 1).trimmed().toByteArray()});
    }
    r.body = std::move(body);
    return r;
}

} // namespace altrunner
