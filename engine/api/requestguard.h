// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httprequest.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <utility>

namespace altrunner {

// The REST API's first decision about the bytes a client sent (docs/rest-api.md "Security"):
// refuse them (with a status and a reason), wait for more, or hand over complete requests. Pure
// functions of the bytes and the limits, so they are tested row by row and fuzzed without sockets.
class RequestGuard final
{
    Q_DECLARE_TR_FUNCTIONS(altrunner::RequestGuard)

public:
    struct Limits
    {
        qint64 maxBodyBytes = 16LL * 1024 * 1024;
        int maxHeadBytes = 16 * 1024;
        int maxConnections = 64; // connections sending requests
        int maxEventStreams = 256; // long-lived event streams, counted on their own
        int requestTimeoutMs = 10000; // to send one complete request
        int idleTimeoutMs = 30000; // with nothing going either way
        int heartbeatMs = 15000; // a comment line on an event stream
        qint64 eventBacklogBytes = 1024 * 1024; // live events a listener may leave unread
    };

    // What the bytes received so far on a connection call for.
    struct Verdict
    {
        int status = 0; // non-zero: refuse with this status and message
        QString message;
        int completeRequests = 0; // checked and complete, when status is 0
        bool incomplete = false; // more bytes are needed
        bool expectContinue = false; // the first request waits for "100 Continue"
        // Where the first complete request's head ends (its "\r\n\r\n") and the request ends.
        qsizetype firstHeadEnd = -1;
        qsizetype firstEnd = -1;
        // The first complete request, its head parsed once and judged (its body not yet read).
        std::optional<HttpRequest> first;
    };
    // `maxRequests` > 0 stops after that many complete requests (the connection layer reads
    // one at a time); 0 walks every request of `data`.
    static Verdict examine(QByteArrayView data, const Limits &limits, bool checkHost, quint16 port,
                           int maxRequests = 0);

    // Judges one parsed request head (HttpRequest::parseHead): an error status and message, or
    // 0. Sets its body's length and whether it waits for "100 Continue".
    static std::pair<int, QString> judge(const HttpRequest &head, const Limits &limits,
                                         bool checkHost, quint16 port, qint64 *contentLength,
                                         bool *expectContinue);
    static bool hostAllowed(const QByteArray &host, quint16 port);
    static bool originAllowed(const QByteArray &origin, bool checkHost, quint16 port);
    // The reason phrase of a status line ("417 Expectation Failed").
    static QByteArray reasonPhrase(int status);
};

} // namespace altrunner
