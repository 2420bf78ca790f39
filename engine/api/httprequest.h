// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace altrunner {

// One HTTP/1.x request as the REST API's connection layer read it. Its head is parsed once, by
// parseHead(), into this value: RequestGuard judges it, the router uses it (issue 26: the head
// was read twice, by two parsers that disagreed).
struct HttpRequest
{
    Q_DECLARE_TR_FUNCTIONS(altrunner::HttpRequest)

public:
    QByteArray method;
    QByteArray target; // as sent: path and query, percent-encoded
    QString path; // decoded, without the query
    QByteArray query;
    bool http10 = false;
    QList<std::pair<QByteArray, QByteArray>> headers; // names as sent, values trimmed
    QByteArray body;

    // The first header of that name (case-insensitive); empty when absent.
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
    // HTTP/1.1 keeps the connection unless "Connection: close"; 1.0 only with "keep-alive".
    bool keepAlive() const;

    // A request head (without its closing empty line) as RFC 9112 has it: "METHOD SP target SP
    // HTTP/1.x", then "name: value" lines; a name is a token with no whitespace before its colon
    // (section 5.1), and folded lines (obs-fold, a line starting with a space or tab) are
    // refused. Lines end in CRLF or a bare LF. Nullopt, with `error` saying what is wrong, when
    // it is not such a head. The body is left empty.
    static std::optional<HttpRequest> parseHead(QByteArrayView head, QString *error = nullptr);
};

} // namespace altrunner
