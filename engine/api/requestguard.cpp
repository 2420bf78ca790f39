// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestguard.h"

#include <algorithm>
#include <cstring>

namespace altrunner {

namespace {

bool isTokenChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
            || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

} // namespace

QByteArray RequestGuard::reasonPhrase(int status)
{
    // RFC 9110's phrases for every status this server sends.
    switch (status) {
    case 200:
        return "OK";
    case 202:
        return "Accepted";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 415:
        return "Unsupported Media Type";
    case 417:
        return "Expectation Failed";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    default:
        return status >= 500 ? "Server Error" : "Client Error";
    }
}

RequestGuard::Verdict RequestGuard::examine(QByteArrayView view, const Limits &limits,
                                            bool checkHost, quint16 port, int maxRequests)
{
    Verdict v;
    const QByteArrayView data = view; // never copied: a body may be megabytes
    qsizetype pos = 0;
    while (pos < data.size()) {
        const qsizetype headEnd = data.indexOf("\r\n\r\n", pos);
        if (headEnd < 0) {
            if (data.size() - pos > limits.maxHeadBytes) {
                v.status = 431;
                v.message = tr("request head larger than %1 bytes").arg(limits.maxHeadBytes);
            } else if (!isTokenChar(data.at(pos))) {
                v.status = 400;
                v.message = tr("this is not an HTTP request");
            } else {
                v.incomplete = true;
            }
            return v;
        }
        if (headEnd - pos > limits.maxHeadBytes) {
            v.status = 431;
            v.message = tr("request head larger than %1 bytes").arg(limits.maxHeadBytes);
            return v;
        }
        qint64 length = 0;
        bool expectContinue = false;
        QString malformed;
        std::optional<HttpRequest> head
                = HttpRequest::parseHead(data.sliced(pos, headEnd - pos), &malformed);
        if (!head) {
            v.status = 400;
            v.message = malformed;
            return v;
        }
        const auto [status, message]
                = judge(*head, limits, checkHost, port, &length, &expectContinue);
        if (status) {
            v.status = status;
            v.message = message;
            return v;
        }
        const qsizetype bodyStart = headEnd + 4;
        if (data.size() - bodyStart < length) {
            v.incomplete = true;
            v.expectContinue = expectContinue && v.completeRequests == 0;
            return v;
        }
        pos = bodyStart + qsizetype(length);
        if (++v.completeRequests == 1) {
            v.firstHeadEnd = headEnd;
            v.firstEnd = pos;
            v.first = std::move(head);
        }
        if (maxRequests > 0 && v.completeRequests >= maxRequests)
            break;
    }
    return v;
}

std::pair<int, QString> RequestGuard::judge(const HttpRequest &head, const Limits &limits,
                                            bool checkHost, quint16 port, qint64 *contentLength,
                                            bool *expectContinue)
{
    QByteArray host, origin, transferEncoding;
    bool hasHost = false, hasLength = false;
    for (const auto &[rawName, value] : head.headers) {
        const QByteArray name = rawName.toLower();
        if (name == "host") {
            if (hasHost)
                return {400, tr("more than one Host header")};
            hasHost = true;
            host = value;
        } else if (name == "origin") {
            origin = value;
        } else if (name == "content-length") {
            // Digits only (RFC 9110 section 8.6): no sign, no spaces inside, no other base.
            const bool digits = !value.isEmpty() && value.size() <= 18
                    && std::all_of(value.cbegin(), value.cend(),
                                   [](char c) { return c >= '0' && c <= '9'; });
            const qint64 n = digits ? value.toLongLong() : -1;
            if (!digits || (hasLength && n != *contentLength))
                return {400, tr("invalid Content-Length")};
            hasLength = true;
            *contentLength = n;
        } else if (name == "transfer-encoding") {
            transferEncoding = value.toLower();
        } else if (name == "expect") {
            if (value.toLower() != "100-continue")
                return {417, tr("unsupported Expect header")};
            *expectContinue = true;
        }
    }
    if (!transferEncoding.isEmpty() && transferEncoding != "identity")
        return {411,
                tr("send the body with a Content-Length, not Transfer-Encoding: %1")
                        .arg(QString::fromLatin1(transferEncoding))};
    if (*contentLength > limits.maxBodyBytes)
        return {413,
                tr("request body of %1 bytes is larger than the limit of %2 bytes")
                        .arg(*contentLength)
                        .arg(limits.maxBodyBytes)};
    if (!hasHost && !head.http10)
        return {400, tr("missing Host header")};
    if (checkHost && hasHost && !hostAllowed(host, port))
        return {403,
                tr("Host '%1' is not allowed: this server answers only to localhost")
                        .arg(QString::fromLatin1(host.left(100)))};
    if (!origin.isEmpty() && !originAllowed(origin, checkHost, port))
        return {403,
                tr("cross-site requests are not allowed (Origin '%1')")
                        .arg(QString::fromLatin1(origin.left(100)))};
    return {0, {}};
}

bool RequestGuard::hostAllowed(const QByteArray &hostHeader, quint16 serverPort)
{
    QByteArray host = hostHeader.toLower();
    QByteArray port;
    if (host.startsWith('[')) {
        const qsizetype close = host.indexOf(']');
        if (close < 0)
            return false;
        port = host.mid(close + 1);
        host = host.left(close + 1);
    } else if (const qsizetype colon = host.indexOf(':'); colon >= 0) {
        port = host.mid(colon);
        host = host.left(colon);
    }
    if (host != "localhost" && host != "127.0.0.1" && host != "[::1]")
        return false;
    return port.isEmpty() || port == ':' + QByteArray::number(serverPort);
}

bool RequestGuard::originAllowed(const QByteArray &origin, bool checkHost, quint16 port)
{
    const QByteArray o = origin.toLower();
    for (const char *scheme : {"http://", "https://"}) {
        if (o.startsWith(scheme))
            return checkHost ? hostAllowed(o.mid(qsizetype(strlen(scheme))), port)
                             : false; // no cross-site callers when exposed beyond loopback
    }
    return false; // "null" and anything else
}

} // namespace altrunner
