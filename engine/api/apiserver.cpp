// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiserver.h"

#include "eventlog.h"
#include "eventscontroller.h"
#include "run/runregistry.h"
#include "runscontroller.h"
#include "systemcontroller.h"
#include "workers/workerpool.h"

namespace altrunner {

namespace {

// Compares without an early exit, so the time taken tells nothing about the token.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    unsigned char diff = a.size() == b.size() ? 0 : 1;
    const qsizetype n = std::max(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        const unsigned char x = i < a.size() ? uchar(a.at(i)) : 0;
        const unsigned char y = i < b.size() ? uchar(b.at(i)) : 0;
        diff |= x ^ y;
    }
    return diff == 0;
}

} // namespace

ApiServer::ApiServer(RunRegistry *runs, QObject *parent)
    : QObject(parent)
    , m_runs(runs)
    , m_events(new EventLog(runs, this))
{
    m_systemController = std::make_unique<SystemController>(
            runs,
            [this] {
                PrometheusText::Process p;
                p.openConnections = openConnections();
                p.waitingConnections = waitingConnections();
                p.eventStreams = eventStreams();
                return p;
            },
            [this] { return url(); });
    // The workers the server's pool hears of (docs/distributed.md): told as CloudEvents.
    if (!runs->config().workersUrl.isEmpty()) {
        QString ignored;
        if (const std::shared_ptr<WorkerPool> pool
            = WorkerPool::forUrl(runs->config().workersUrl, &ignored)) {
            connect(pool.get(), &WorkerPool::workerJoined, m_events,
                    [events = m_events](const WorkerInfo &w) {
                        events->workerEvent(QStringLiteral("io.altrunner.worker.joined"),
                                            w.toJson());
                    });
            connect(pool.get(), &WorkerPool::workerLeft, m_events,
                    [events = m_events](const QString &name) {
                        events->workerEvent(QStringLiteral("io.altrunner.worker.left"),
                                            {{QStringLiteral("name"), name}});
                    });
        }
    }
}

ApiServer::~ApiServer()
{
    close(); // no request reaches the controllers while they go
}

bool ApiServer::listen(const Options &options, QString *error)
{
    close();
    m_options = options;
    if (!options.host.isLoopback() && options.token.isEmpty()) {
        *error = tr("refusing to listen on %1 without a token: anyone who can reach it could start "
                    "work on this machine (give --token or ALTRUNNER_API_TOKEN)")
                         .arg(options.host.toString());
        return false;
    }
    m_runsController = std::make_unique<RunsController>(m_runs, options.limits.maxBodyBytes);
    m_eventsController = std::make_unique<EventsController>(m_events, m_runs, options.limits,
                                                            [this] { return eventStreams(); });
    m_routes = RouteTable();
    m_systemController->addRoutes(m_routes);
    m_runsController->addRoutes(m_routes);
    m_eventsController->addRoutes(m_routes);
    m_tcp = new HttpServer(
            [this](const HttpRequest &request) {
                return m_routes.dispatch(request,
                                         [this](const HttpRequest &r) { return authorized(r); });
            },
            this);
    m_tcp->setLimits(options.limits);
    m_tcp->setCheckHost(options.host.isLoopback());
    if (!m_tcp->listen(options.host, options.port)) {
        *error = tr("cannot listen on %1 port %2: %3")
                         .arg(options.host.toString())
                         .arg(options.port)
                         .arg(m_tcp->errorString());
        delete m_tcp;
        m_tcp = nullptr;
        return false;
    }
    return true;
}

void ApiServer::close()
{
    delete m_tcp;
    m_tcp = nullptr;
}

bool ApiServer::isListening() const
{
    return m_tcp && m_tcp->isListening();
}

quint16 ApiServer::port() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

QUrl ApiServer::url() const
{
    QUrl u;
    u.setScheme(QStringLiteral("http"));
    u.setHost(m_options.host.toString());
    u.setPort(port());
    return u;
}

bool ApiServer::authorized(const HttpRequest &request) const
{
    if (m_options.token.isEmpty())
        return true;
    const QByteArray auth = request.header("Authorization");
    if (!auth.startsWith("Bearer "))
        return false;
    return constantTimeEquals(auth.mid(7).trimmed(), m_options.token.toUtf8());
}

QByteArray ApiServer::openApiDocument(const QByteArray &serverUrl)
{
    return SystemController::openApiDocument(serverUrl);
}

} // namespace altrunner
