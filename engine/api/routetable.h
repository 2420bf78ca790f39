// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httprequest.h"
#include "httpresponse.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <functional>

namespace altrunner {

// Which handler answers a request (docs/rest-api.md): the table of method, path and handler,
// matched segment by segment; "{id}" in a path matches any one non-empty segment, and the
// handler gets what the "{id}" segments matched, in order. A path that matches with another
// method is 405 with Allow; no match is 404; a route not marked open needs the token (401).
// Knows nothing of runs: the controllers fill it.
class RouteTable final
{
    Q_DECLARE_TR_FUNCTIONS(altrunner::RouteTable)

public:
    using Handler = std::function<HttpResponse(const HttpRequest &, const QStringList &ids)>;
    using Authorizer = std::function<bool(const HttpRequest &)>;

    // `path` like "/task/{id}/events" ("/" for the root); `open`: answered without the token.
    void add(const QByteArray &method, const QString &path, Handler handler, bool open = false);
    HttpResponse dispatch(const HttpRequest &request, const Authorizer &authorized) const;

    // A request path's segments: "/task/x/" is {"task", "x"}, "/" is none.
    static QStringList segments(const QString &path);

private:
    struct Route
    {
        QByteArray method;
        QStringList path;
        bool open = false;
        Handler handler;
    };
    QList<Route> m_routes;
};

} // namespace altrunner
