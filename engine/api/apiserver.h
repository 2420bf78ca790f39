// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/engineconfig.h"
#include "httprequest.h"
#include "httpresponse.h"
#include "httpserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <functional>

namespace altrunner {

class EventLog;
class RunRegistry;
struct RunSnapshot;

// The local REST API (docs/rest-api.md): the seed's endpoints and ours, on our own HttpServer
// (QHttpServer 6.4 can neither keep a connection alive safely nor stream an answer). One class
// serves `altrunner-cli serve` and the GUI's toggle; runs go through the RunRegistry, so they are
// the same engine runs the CLI and the window start.
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
    using Reply = HttpResponse;

    struct Route
    {
        QByteArray method;
        // Segments; "{id}" matches any one. The handler gets what they matched, joined by '/'
        // when there are several (a segment holds none).
        QStringList path;
        bool open = false; // needs no token
        std::function<Reply(ApiServer *, const HttpRequest &, const QString &id)> handler;
    };
    static const QList<Route> &routes();

    Reply dispatch(const HttpRequest &request);
    Reply root();
    Reply runPost(const HttpRequest &request);
    Reply taskStatus(const QString &id);
    Reply events(const HttpRequest &request, const QString &id);
    Reply taskCancel(const QString &id);
    Reply taskLast(const QString &id);
    Reply taskReport(const QString &id);
    Reply lastFile(const QString &name);
    Reply tasks();
    Reply health();
    Reply metrics();
    Reply workers();
    // Approval gates (docs/approvals.md): every waiting gate, and a decision on one.
    Reply approvals();
    Reply approvalPost(const HttpRequest &request, const QString &runId, const QString &taskId);
    bool authorized(const HttpRequest &request) const;

    static Reply json(const QJsonObject &object, int status = 200);
    static Reply error(int status, const QString &message);
    // POST /run's "budget": {"tokens": N, "cost": X}, each optional; false with `problem` set.
    static bool parseBudget(const QJsonValue &value, BudgetLimits &limits, QString *problem);

    RunRegistry *m_runs;
    HttpServer *m_tcp = nullptr;
    EventLog *m_events;
    Options m_options;
    QElapsedTimer m_uptime;
};

} // namespace altrunner
