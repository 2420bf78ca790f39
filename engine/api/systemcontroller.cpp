// SPDX-License-Identifier: GPL-3.0-or-later
#include "systemcontroller.h"

#include "altrunner_version.h"
#include "apireply.h"
#include "archive/archivepublisher.h"
#include "metrics/memoryusage.h"
#include "routetable.h"
#include "run/runregistry.h"
#include "workers/workerpool.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>

namespace altrunner {

using namespace Qt::StringLiterals;
using ApiReply::json;

namespace {

// The pools' workers in Prometheus' text format (docs/distributed.md "Seen everywhere").
QByteArray workerMetrics()
{
    const QList<std::shared_ptr<WorkerPool>> pools = WorkerPool::all();
    if (pools.isEmpty())
        return {};
    QByteArray out = "# HELP altrunner_workers Workers heard from in the last 15 s.\n"
                     "# TYPE altrunner_workers gauge\n";
    QByteArray inFlight = "# HELP altrunner_worker_calls_in_flight Calls a worker holds, as it "
                          "last said.\n"
                          "# TYPE altrunner_worker_calls_in_flight gauge\n";
    for (const auto &pool : pools) {
        const QList<WorkerInfo> workers = pool->workers();
        out += "altrunner_workers{nats=\"" + PrometheusText::label(pool->settings().url) + "\"} "
                + QByteArray::number(workers.size()) + '\n';
        for (const WorkerInfo &w : workers)
            inFlight += "altrunner_worker_calls_in_flight{worker=\"" + PrometheusText::label(w.name)
                    + "\"} " + QByteArray::number(w.inFlight) + '\n';
    }
    return out + inFlight;
}

} // namespace

SystemController::SystemController(RunRegistry *runs, Connections connections,
                                   std::function<QUrl()> url)
    : m_runs(runs)
    , m_connections(std::move(connections))
    , m_url(std::move(url))
{
    m_uptime.start();
}

void SystemController::addRoutes(RouteTable &t)
{
    using R = HttpRequest;
    using Ids = QStringList;
    t.add(
            "GET", u"/"_s, [this](const R &, const Ids &) { return root(); }, true);
    t.add(
            "GET", u"/health"_s, [this](const R &, const Ids &) { return health(); }, true);
    t.add("GET", u"/workers"_s, [this](const R &, const Ids &) { return workers(); });
    t.add("GET", u"/metrics"_s, [this](const R &, const Ids &) { return metrics(); });
    t.add("GET", u"/openapi.json"_s, [this](const R &r, const Ids &) { return openApi(r); });
}

HttpResponse SystemController::root() const
{
    return json({{QStringLiteral("service"), QStringLiteral("altrunner")},
                 {QStringLiteral("version"), QStringLiteral(ALTRUNNER_VERSION)},
                 {QStringLiteral("message"),
                  QStringLiteral("ALT Runner: POST an ALT file to /run; see /openapi.json")}});
}

HttpResponse SystemController::health() const
{
    QJsonObject health {{QStringLiteral("status"), QStringLiteral("ok")},
                        {QStringLiteral("version"), QStringLiteral(ALTRUNNER_VERSION)},
                        {QStringLiteral("uptime_seconds"), m_uptime.elapsed() / 1000},
                        {QStringLiteral("active_runs"), m_runs->activeCount()},
                        {QStringLiteral("ai_provider"), providerName(m_runs->config().provider)}};
    // Whether the archive service hears of the LAST files (docs/rest-api.md "Health").
    QJsonObject archive {{QStringLiteral("enabled"), m_runs->archive() != nullptr}};
    if (const ArchivePublisher *a = m_runs->archive()) {
        const ArchivePublisher::State s = a->state();
        const bool failing = !s.lastError.isEmpty();
        archive.insert(
                QStringLiteral("state"),
                failing ? QStringLiteral("failing")
                        : (s.connected ? QStringLiteral("connected") : QStringLiteral("idle")));
        archive.insert(QStringLiteral("subject"), a->settings().subject);
        archive.insert(QStringLiteral("queued"), s.queued);
        archive.insert(QStringLiteral("published"), s.published);
        archive.insert(QStringLiteral("dropped"), s.dropped);
        if (failing)
            archive.insert(QStringLiteral("error"), s.lastError);
    }
    health.insert(QStringLiteral("archive"), archive);
    return json(health);
}

HttpResponse SystemController::metrics() const
{
    QList<RunSnapshot> runs;
    int active = 0;
    for (const RunRegistry::Entry *e : m_runs->entries()) {
        runs.append(m_runs->snapshotOf(*e));
        active += !e->result;
    }
    PrometheusText::Process process = m_connections();
    process.residentBytes = MemoryUsage::currentResidentBytes();
    process.uptimeSeconds = m_uptime.elapsed() / 1000;
    HttpResponse r;
    r.body = PrometheusText::render(runs, active, process) + workerMetrics();
    r.contentType = "text/plain; version=0.0.4; charset=utf-8";
    return r;
}

HttpResponse SystemController::workers() const
{
    const QString url = m_runs->config().workersUrl;
    QJsonObject body {{QStringLiteral("enabled"), !url.isEmpty()}};
    QJsonArray list;
    if (!url.isEmpty()) {
        QString error;
        if (const std::shared_ptr<WorkerPool> pool = WorkerPool::forUrl(url, &error)) {
            body.insert(QStringLiteral("nats"), url);
            body.insert(QStringLiteral("connected"), pool->isConnected());
            body.insert(QStringLiteral("calls_published"), pool->callsPublished());
            for (const WorkerInfo &w : pool->workers())
                list.append(w.toJson());
        } else {
            body.insert(QStringLiteral("connected"), false);
            body.insert(QStringLiteral("error"), error);
        }
    }
    body.insert(QStringLiteral("workers"), list);
    return json(body);
}

HttpResponse SystemController::openApi(const HttpRequest &request) const
{
    // The address the client used, so tools that read the document call this server, whatever
    // port it was given.
    static const QRegularExpression hostForm(QStringLiteral(
            "^[A-Za-z0-9.\\-]+(:[0-9]{1,5})?$|^\\[[0-9A-Fa-f:.]+\\](:[0-9]{1,5})?$"));
    const QByteArray host = request.header("Host");
    HttpResponse reply;
    reply.body = openApiDocument(hostForm.match(QString::fromLatin1(host)).hasMatch()
                                         ? "http://" + host
                                         : m_url().toString(QUrl::RemovePath).toLatin1());
    return reply;
}

QByteArray SystemController::openApiDocument(const QByteArray &serverUrl)
{
    QFile file(QStringLiteral(":/altrunner/api/openapi.json"));
    if (!file.open(QIODevice::ReadOnly))
        return "{}";
    QByteArray doc = file.readAll();
    doc.replace("@VERSION@", ALTRUNNER_VERSION);
    doc.replace("@SERVER@", serverUrl.isEmpty() ? QByteArray("/") : serverUrl);
    return doc;
}

} // namespace altrunner
