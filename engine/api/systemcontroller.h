// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httprequest.h"
#include "httpresponse.h"
#include "metrics/prometheustext.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QUrl>

#include <functional>

namespace altrunner {

class RouteTable;
class RunRegistry;

// The REST API's view of the server itself (docs/rest-api.md): the root, /health (with the
// archive's state), /metrics in Prometheus' text format, /workers and /openapi.json.
class SystemController final
{
    Q_DECLARE_TR_FUNCTIONS(altrunner::SystemController)
    Q_DISABLE_COPY_MOVE(SystemController)

public:
    // What the connection layer counts now (open, waiting, streams), and the server's address.
    using Connections = std::function<PrometheusText::Process()>;
    SystemController(RunRegistry *runs, Connections connections, std::function<QUrl()> url);

    void addRoutes(RouteTable &table);

    HttpResponse root() const;
    HttpResponse health() const;
    HttpResponse metrics() const;
    HttpResponse workers() const;
    HttpResponse openApi(const HttpRequest &request) const;

    // The OpenAPI document, its server being `serverUrl` (empty: "/", this server, relative).
    static QByteArray openApiDocument(const QByteArray &serverUrl = {});

private:
    RunRegistry *m_runs;
    Connections m_connections;
    std::function<QUrl()> m_url;
    QElapsedTimer m_uptime;
};

} // namespace altrunner
