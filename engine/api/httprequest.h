// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace altrunner {

// One HTTP/1.x request as the REST API's connection layer read it: the head already checked by
// RequestGuard, the body complete.
struct HttpRequest
{
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

    // The request of a checked head and its body; nullopt when the head cannot be read.
    static std::optional<HttpRequest> parse(QByteArrayView head, QByteArray body);
};

} // namespace altrunner
