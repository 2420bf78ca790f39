// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/engineconfig.h"
#include "httprequest.h"
#include "httpresponse.h"
#include "httpserver.h"
#include "routetable.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <memory>

namespace altrunner {

class EventLog;
class EventsController;
class RunRegistry;
class RunsController;
class SystemController;

// The local REST API (docs/rest-api.md) as a whole: listens on our own HttpServer (QHttpServer
// 6.4 can neither keep a connection alive safely nor stream an answer), checks the token, and
// hands each request to the controller of its resource (runs, events, the server itself)
// through one route table. Serves `altrunner-cli serve` and the window's toggle; runs go
// through the RunRegistry, so they are the same engine runs the console and the window start.
class ApiServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiServer)

public:
    struct Options
    {
        QHostAddress host = QHostAddress(QHostAddress::LocalHost);
        quint16 port = 8080;
        QString token; // empty: no token required (loopback only)
        HttpServer::Limits limits;
    };

    explicit ApiServer(RunRegistry *runs, QObject *parent = nullptr);
    ~ApiServer() override;

    // False, with `error` set, if the address is refused (non-loopback without a token) or taken.
    bool listen(const Options &options, QString *error);
    void close();
    bool isListening() const;
    quint16 port() const;
    QUrl url() const;
    const Options &options() const { return m_options; }

    // The OpenAPI document, its server being `serverUrl` (empty: "/", this server, relative).
    static QByteArray openApiDocument(const QByteArray &serverUrl = {});
    // The connection layer's counts (docs/rest-api.md "Connections"), for tests and /metrics.
    int openConnections() const { return m_tcp ? m_tcp->openConnections() : 0; }
    int waitingConnections() const { return m_tcp ? m_tcp->waitingConnections() : 0; }
    bool isMemoryTrimPending() const { return m_tcp && m_tcp->isTrimPending(); }
    int eventStreams() const { return m_tcp ? m_tcp->eventStreams() : 0; }

private:
    bool authorized(const HttpRequest &request) const;

    RunRegistry *m_runs;
    HttpServer *m_tcp = nullptr;
    EventLog *m_events;
    Options m_options;
    // One controller per resource, and the table of their routes (rebuilt by listen(): the
    // limits are the listening options').
    std::unique_ptr<RunsController> m_runsController;
    std::unique_ptr<EventsController> m_eventsController;
    std::unique_ptr<SystemController> m_systemController;
    RouteTable m_routes;
};

} // namespace altrunner
