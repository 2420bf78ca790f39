// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiserver.h"

#include "ai/requestbuilder.h"

#include "ai/tokenusage.h"
#include "alt/altloader.h"
#include "altfilestore.h"
#include "altrunner_version.h"
#include "archive/archivepublisher.h"
#include "eventlog.h"
#include "eventstream.h"
#include "last/lastreader.h"
#include "last/lastwriter.h"
#include "metrics/memoryusage.h"
#include "metrics/prometheustext.h"
#include "report/htmlreport.h"
#include "run/run.h"
#include "run/runlauncher.h"
#include "run/runregistry.h"
#include "runstatus.h"
#include "spend/pricing.h"
#include "util/isotime.h"
#include "workers/workerpool.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

namespace altrunner {

using namespace Qt::StringLiterals;

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

bool isExecutionId(const QString &id)
{
    static const QRegularExpression uuid(
            QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                           "[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return uuid.match(id).hasMatch();
}

QJsonObject workerJson(const WorkerInfo &w)
{
    return {{QStringLiteral("name"), w.name},
            {QStringLiteral("version"), w.version},
            {QStringLiteral("concurrency"), w.concurrency},
            {QStringLiteral("in_flight"), w.inFlight},
            {QStringLiteral("last_heard"), isoUtcMs(w.lastHeardMs)},
            {QStringLiteral("joined"), isoUtcMs(w.joinedMs)}};
}

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

ApiServer::ApiServer(RunRegistry *runs, QObject *parent)
    : QObject(parent)
    , m_runs(runs)
    , m_events(new EventLog(runs, this))
{
    m_uptime.start();
    // The workers the server's pool hears of (docs/distributed.md): told as CloudEvents.
    if (!runs->config().workersUrl.isEmpty()) {
        QString ignored;
        if (const std::shared_ptr<WorkerPool> pool
            = WorkerPool::forUrl(runs->config().workersUrl, &ignored)) {
            connect(pool.get(), &WorkerPool::workerJoined, m_events,
                    [events = m_events](const WorkerInfo &w) {
                        events->workerEvent(QStringLiteral("io.altrunner.worker.joined"),
                                            workerJson(w));
                    });
            connect(pool.get(), &WorkerPool::workerLeft, m_events,
                    [events = m_events](const QString &name) {
                        events->workerEvent(QStringLiteral("io.altrunner.worker.left"),
                                            {{QStringLiteral("name"), name}});
                    });
        }
    }
}

ApiServer::~ApiServer() = default;

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
    m_tcp = new HttpServer([this](const HttpRequest &request) { return dispatch(request); }, this);
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

ApiServer::Reply ApiServer::json(const QJsonObject &object, int status)
{
    Reply r;
    r.status = status;
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return r;
}

ApiServer::Reply ApiServer::error(int status, const QString &message)
{
    return json({{QStringLiteral("error"), message}}, status);
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

const QList<ApiServer::Route> &ApiServer::routes()
{
    // Every endpoint of docs/rest-api.md: method, path ({id}: any one segment), whether it needs
    // the token, and its handler. One line each; dispatch() does the rest.
    using R = HttpRequest;
    static const QList<Route> table {
            {"GET",
             {},
             true,
             [](ApiServer *s, const R &, const QString &) {
                 return s->root();
             }},
            {"GET",
             {u"health"_s},
             true,
             [](ApiServer *s, const R &, const QString &) {
                 return s->health();
             }},
            {"POST",
             {u"run"_s},
             false,
             [](ApiServer *s, const R &r, const QString &) {
                 return s->runPost(r);
             }},
            {"GET",
             {u"tasks"_s},
             false,
             [](ApiServer *s, const R &, const QString &) {
                 return s->tasks();
             }},
            {"GET",
             {u"workers"_s},
             false,
             [](ApiServer *s, const R &, const QString &) {
                 return s->workers();
             }},
            {"GET",
             {u"metrics"_s},
             false,
             [](ApiServer *s, const R &, const QString &) {
                 return s->metrics();
             }},
            {"GET",
             {u"openapi.json"_s},
             false,
             [](ApiServer *s, const R &r, const QString &) {
                 // The address the client used, so tools that read the document call this
                 // server, whatever port it was given.
                 static const QRegularExpression hostForm(QStringLiteral(
                         "^[A-Za-z0-9.\\-]+(:[0-9]{1,5})?$|^\\[[0-9A-Fa-f:.]+\\](:[0-9]{1,5})?$"));
                 const QByteArray host = r.header("Host");
                 Reply reply;
                 reply.body = openApiDocument(
                         hostForm.match(QString::fromLatin1(host)).hasMatch()
                                 ? "http://" + host
                                 : s->url().toString(QUrl::RemovePath).toLatin1());
                 return reply;
             }},
            {"GET",
             {u"task"_s, u"{id}"_s},
             false,
             [](ApiServer *s, const R &, const QString &id) {
                 return s->taskStatus(id);
             }},
            {"GET",
             {u"events"_s},
             false,
             [](ApiServer *s, const R &r, const QString &) {
                 return s->events(r, {});
             }},
            {"GET",
             {u"task"_s, u"{id}"_s, u"events"_s},
             false,
             [](ApiServer *s, const R &r, const QString &id) {
                 return s->events(r, id);
             }},
            {"POST",
             {u"task"_s, u"{id}"_s, u"cancel"_s},
             false,
             [](ApiServer *s, const R &, const QString &id) {
                 return s->taskCancel(id);
             }},
            {"GET",
             {u"task"_s, u"{id}"_s, u"last"_s},
             false,
             [](ApiServer *s, const R &, const QString &id) {
                 return s->taskLast(id);
             }},
            {"GET",
             {u"approvals"_s},
             false,
             [](ApiServer *s, const R &, const QString &) {
                 return s->approvals();
             }},
            {"POST",
             {u"task"_s, u"{id}"_s, u"approvals"_s, u"{id}"_s},
             false,
             [](ApiServer *s, const R &r, const QString &ids) {
                 const qsizetype slash = ids.indexOf(u'/');
                 return s->approvalPost(r, ids.left(slash), ids.mid(slash + 1));
             }},
            {"GET",
             {u"task"_s, u"{id}"_s, u"report"_s},
             false,
             [](ApiServer *s, const R &, const QString &id) {
                 return s->taskReport(id);
             }},
            // The ALT_LAS API gateway's paths (docs/rest-api.md "The ALT_LAS gateway").
            {"GET",
             {u"tasks"_s, u"{id}"_s},
             false,
             [](ApiServer *s, const R &, const QString &id) {
                 return s->taskStatus(id);
             }},
            {"POST",
             {u"tasks"_s, u"{id}"_s, u"cancel"_s},
             false,
             [](ApiServer *s, const R &, const QString &id) {
                 return s->taskCancel(id);
             }},
            {"GET",
             {u"files"_s, u"last"_s, u"{id}"_s},
             false,
             [](ApiServer *s, const R &, const QString &name) {
                 return s->lastFile(name);
             }},
    };
    return table;
}

ApiServer::Reply ApiServer::dispatch(const HttpRequest &request)
{
    const QString &path = request.path;
    QStringList parts = path.split(u'/');
    parts.removeFirst(); // before the leading '/'
    if (!parts.isEmpty() && parts.last().isEmpty())
        parts.removeLast(); // a trailing slash, or the root itself

    const QByteArray &method = request.method;
    QByteArrayList allowed;
    for (const Route &route : routes()) {
        if (route.path.size() != parts.size())
            continue;
        QString id;
        bool matches = true;
        for (qsizetype i = 0; i < parts.size() && matches; ++i) {
            if (route.path.at(i) == u"{id}")
                id += (id.isEmpty() ? QString() : QStringLiteral("/")) + parts.at(i);
            matches = route.path.at(i) == u"{id}" ? !parts.at(i).isEmpty()
                                                  : route.path.at(i) == parts.at(i);
        }
        if (!matches)
            continue;
        if (method != route.method) {
            allowed.append(route.method);
            continue;
        }
        if (!route.open && !authorized(request)) {
            Reply r = error(401, tr("missing or wrong token: send Authorization: Bearer <token>"));
            r.headers.append(std::pair<QByteArray, QByteArray>("WWW-Authenticate", "Bearer"));
            return r;
        }
        return route.handler(this, request, id);
    }
    if (allowed.isEmpty())
        return error(404, tr("no such endpoint: %1").arg(path.left(200)));
    const QString allow = QString::fromLatin1(allowed.join(", "));
    Reply r = error(405,
                    tr("%1 is not allowed on %2; use %3")
                            .arg(QString::fromLatin1(method), path.left(200), allow));
    r.headers.append(std::pair<QByteArray, QByteArray>("Allow", allowed.join(", ")));
    return r;
}

ApiServer::Reply ApiServer::root()
{
    return json({{QStringLiteral("service"), QStringLiteral("altrunner")},
                 {QStringLiteral("version"), QStringLiteral(ALTRUNNER_VERSION)},
                 {QStringLiteral("message"),
                  QStringLiteral("ALT Runner: POST an ALT file to /run; see /openapi.json")}});
}

ApiServer::Reply ApiServer::health()
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

ApiServer::Reply ApiServer::runPost(const HttpRequest &request)
{
    const QByteArray type = request.header("Content-Type").split(';').first().trimmed().toLower();
    if (type != "application/json")
        return error(415, tr("send the request as Content-Type: application/json"));
    auto bad = [](const QString &message, const QJsonArray &diagnostics = {}) {
        return json(
                {{QStringLiteral("error"), message}, {QStringLiteral("diagnostics"), diagnostics}},
                400);
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return bad(tr("the body is not valid JSON: %1 at byte %2")
                           .arg(parseError.errorString())
                           .arg(parseError.offset));
    if (!doc.isObject())
        return bad(tr("the body must be a JSON object with an alt_file member"));
    QJsonObject body = doc.object();
    // The ALT_LAS gateway's form: {"altFileId", "options": {"mode", "persona", "metadata"}}.
    const QJsonValue gatewayOptions = body.value(QStringLiteral("options"));
    if (!gatewayOptions.isUndefined() && !gatewayOptions.isNull() && !gatewayOptions.isObject())
        return bad(tr("options must be an object"));
    const QJsonObject extra = gatewayOptions.toObject();
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        if (!body.contains(it.key()))
            body.insert(it.key(), it.value());
    }
    const QJsonValue altValue = body.value(QStringLiteral("alt_file"));
    const QJsonValue altFileId = body.value(QStringLiteral("altFileId"));
    QByteArray altBytes;
    QString altName = QStringLiteral("alt_file");
    if (altValue.isString()) {
        altBytes = altValue.toString().toUtf8();
    } else if (altValue.isObject()) {
        altBytes = QJsonDocument(altValue.toObject()).toJson(QJsonDocument::Indented);
    } else if (altValue.isUndefined() && altFileId.isString()) {
        QString message;
        bool notFound = false;
        const auto path = AltFileStore::resolve(m_runs->config().altFilesDir, altFileId.toString(),
                                                &message, &notFound);
        if (!path)
            return notFound ? error(404, message) : bad(message);
        QFile file(*path);
        if (file.size() > m_options.limits.maxBodyBytes || !file.open(QIODevice::ReadOnly))
            return bad(tr("cannot read the ALT file '%1'").arg(altFileId.toString()));
        altBytes = file.readAll();
        altName = QFileInfo(*path).fileName();
    } else {
        return bad(tr("alt_file must be the ALT file as a JSON string or object (or give "
                      "altFileId, a file of ALT_FILES_DIR)"));
    }

    RunOptions options;
    options.trigger = QStringLiteral("api");
    const QJsonValue mode = body.value(QStringLiteral("mode"));
    if (!mode.isUndefined() && !mode.isNull()) {
        const auto m = mode.isString() ? parseMode(mode.toString()) : std::nullopt;
        if (!m)
            return bad(tr("mode must be normal, dream, explore or chaos"));
        options.mode = m;
    }
    const QJsonValue persona = body.value(QStringLiteral("persona"));
    if (!persona.isUndefined() && !persona.isNull()) {
        if (!persona.isString())
            return bad(tr("persona must be a string"));
        options.persona = persona.toString();
    }
    const QJsonValue metadata = body.value(QStringLiteral("metadata"));
    if (!metadata.isUndefined() && !metadata.isNull()) {
        if (!metadata.isObject())
            return bad(tr("metadata must be an object"));
        options.requestMetadata = metadata.toObject();
    }

    EngineConfig config = m_runs->config();
    const QJsonValue budget = body.value(QStringLiteral("budget"));
    if (!budget.isUndefined() && !budget.isNull()) {
        QString problem;
        if (!parseBudget(budget, config.budget, &problem))
            return bad(problem);
    }

    // A models file (docs/outputs.md "Models, aliases and fallbacks"): inline, or by name from
    // the server's folder of them; "model" is --model.
    const QJsonValue models = body.value(QStringLiteral("models"));
    if (models.isObject()) {
        QString problem;
        options.models = ModelCatalog::fromObject(models.toObject(), &problem);
        if (!options.models)
            return bad(tr("models: %1").arg(problem));
    } else if (models.isString()) {
        QString message;
        bool notFound = false;
        const QString folder = ModelCatalog::modelsFolder(config.modelsDir);
        const auto path
                = ModelCatalog::resolveNamed(folder, models.toString(), &message, &notFound);
        if (!path)
            return notFound ? error(404, message) : bad(message);
        QString problem;
        options.models = ModelCatalog::load(*path, &problem);
        if (!options.models)
            return bad(problem);
    } else if (!models.isUndefined() && !models.isNull()) {
        return bad(tr("models must be a models document (an object) or the name of one"));
    }
    const QJsonValue model = body.value(QStringLiteral("model"));
    if (!model.isUndefined() && !model.isNull()) {
        if (!model.isString() || model.toString().trimmed().isEmpty())
            return bad(tr("model must be a model name, or an alias of the models file"));
        config.aiModel = model.toString().trimmed();
        config.modelChosen = true;
    }

    LoadLimits limits;
    limits.maxFileBytes = m_options.limits.maxBodyBytes;
    const AltLoader::Result loaded = AltLoader::loadBytes(altBytes, altName, limits);
    if (!loaded.ok()) {
        QJsonArray diagnostics;
        for (const Diagnostic &d : loaded.diagnostics) {
            diagnostics.append(QJsonObject {{QStringLiteral("severity"), d.severityText()},
                                            {QStringLiteral("line"), d.line},
                                            {QStringLiteral("column"), d.column},
                                            {QStringLiteral("pointer"), d.pointer},
                                            {QStringLiteral("message"), d.message}});
        }
        return bad(tr("the ALT file is not valid: %n error(s)", "",
                      int(errorCount(loaded.diagnostics))),
                   diagnostics);
    }
    // The request's own budget it cannot keep is the client's mistake (400), not the server's.
    if (const QString problem = RunLauncher::costBudgetProblem(
                config, *loaded.file, !Pricing::effectivePath(config.pricingPath).isEmpty());
        !problem.isEmpty())
        return bad(problem);
    RunRequest runRequest {std::make_shared<const AltFile>(*loaded.file), options, config};
    // A name the models file does not define, a key that is not set: the client's mistake.
    if (!runRequest.options.models) {
        const QString modelsPath = ModelCatalog::effectivePath(config.modelsPath);
        QString problem;
        if (!modelsPath.isEmpty()
            && !(runRequest.options.models = ModelCatalog::load(modelsPath, &problem)))
            return error(503, problem);
    }
    if (runRequest.options.models) {
        const QStringList problems
                = RequestBuilder(*runRequest.alt, config, QString(), options.mode, options.persona,
                                 runRequest.options.models)
                          .routeProblems();
        if (!problems.isEmpty())
            return bad(problems.join(u"; "));
    }
    // Re-run: "rerun_of" names an earlier run of this file (its LAST file in the output folder)
    // whose completed answers are carried over; "rerun_from" lists tasks asked again, past the
    // cache, with everything downstream of them (docs/rest-api.md "POST /run").
    const QJsonValue rerunOf = body.value(QStringLiteral("rerun_of"));
    const QJsonValue rerunFrom = body.value(QStringLiteral("rerun_from"));
    const bool hasRerunFrom = !rerunFrom.isUndefined() && !rerunFrom.isNull();
    if (!rerunOf.isUndefined() && !rerunOf.isNull()) {
        static const QRegularExpression idForm(QStringLiteral("^[A-Za-z0-9-]{1,64}$"));
        if (!rerunOf.isString() || !idForm.match(rerunOf.toString()).hasMatch())
            return bad(tr("rerun_of must be the execution id of an earlier run"));
        const QString lastPath
                = QDir(config.outputDir)
                          .filePath(QStringLiteral("last_%1.json").arg(rerunOf.toString()));
        if (!QFileInfo::exists(lastPath))
            return error(404,
                         tr("no LAST file of run %1 in the output folder").arg(rerunOf.toString()));
        QStringList from;
        if (hasRerunFrom) {
            const QJsonArray ids = rerunFrom.toArray();
            for (const QJsonValue &id : ids) {
                if (!id.isString())
                    break;
                from.append(id.toString());
            }
            if (!rerunFrom.isArray() || from.isEmpty() || from.size() != ids.size())
                return bad(tr("rerun_from must be a list of task ids"));
        }
        QString problem;
        const auto rerun = hasRerunFrom
                ? RunLauncher::rerunFrom(runRequest, lastPath, from, &problem)
                : RunLauncher::rerunFailed(runRequest, lastPath, &problem);
        if (!rerun)
            return bad(problem);
    } else if (hasRerunFrom) {
        return bad(tr("rerun_from needs rerun_of: the run whose other answers are kept"));
    }
    const RunLauncher::Started started = RunLauncher::start(*m_runs, std::move(runRequest));
    if (started.busy) {
        Reply r = error(429, started.errors.join(u' '));
        r.headers.append(std::pair<QByteArray, QByteArray>("Retry-After", "5"));
        return r;
    }
    if (!started.run) // the server's own configuration does not let it run anything
        return error(503, started.errors.join(u' '));
    Run *run = started.run;
    const RunRegistry::Entry *entry = m_runs->find(run->executionId());
    return json(RunStatus::of(*entry, m_runs->snapshotOf(*entry)), 202);
}

bool ApiServer::parseBudget(const QJsonValue &value, BudgetLimits &limits, QString *problem)
{
    if (!value.isObject()) {
        *problem = tr("budget must be an object such as {\"tokens\": 50000, \"cost\": 2.5}");
        return false;
    }
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() != u"tokens" && it.key() != u"cost") {
            *problem = tr("budget: unknown member '%1' (it takes tokens and cost)")
                               .arg(it.key().left(100));
            return false;
        }
    }
    const QJsonValue tokens = o.value(QStringLiteral("tokens"));
    if (!tokens.isUndefined() && !tokens.isNull()) {
        const auto n = TokenUsage::figure(tokens);
        if (!n) {
            *problem = tr("budget.tokens must be a whole number of 0 or more");
            return false;
        }
        limits.tokens = *n;
    }
    const QJsonValue cost = o.value(QStringLiteral("cost"));
    if (!cost.isUndefined() && !cost.isNull()) {
        if (!cost.isDouble() || !std::isfinite(cost.toDouble()) || cost.toDouble() < 0) {
            *problem = tr("budget.cost must be an amount of 0 or more");
            return false;
        }
        limits.cost = cost.toDouble();
    }
    return true;
}

ApiServer::Reply ApiServer::taskStatus(const QString &id)
{
    if (const RunRegistry::Entry *e = m_runs->find(id))
        return json(RunStatus::of(*e, m_runs->snapshotOf(*e)));
    // A run of an earlier server: its LAST file is all there is.
    if (isExecutionId(id)) {
        const QString path = QDir(m_runs->config().outputDir).filePath(LastWriter::fileName(id));
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            return json(
                    RunStatus::fromLastFile(id, QJsonDocument::fromJson(file.readAll()).object()));
    }
    return error(404, tr("no run with id '%1'").arg(id.left(100)));
}

ApiServer::Reply ApiServer::events(const HttpRequest &request, const QString &id)
{
    if (!id.isEmpty() && !m_events->knows(id)) {
        if (m_runs->find(id) || isExecutionId(id))
            return error(404,
                         tr("no events are held for run '%1' (only for runs this server "
                            "started, the last %2 of them)")
                                 .arg(id.left(100))
                                 .arg(EventLog::kRunsKept));
        return error(404, tr("no run with id '%1'").arg(id.left(100)));
    }
    std::optional<qint64> after;
    const QByteArray last = request.header("Last-Event-ID").trimmed();
    if (!last.isEmpty()) {
        bool ok = false;
        after = last.toLongLong(&ok);
        if (!ok || *after < 0)
            return error(400,
                         tr("Last-Event-ID must be the id of an event this server sent, "
                            "a whole number"));
    }
    if (m_tcp->eventStreams() >= m_options.limits.maxEventStreams) {
        Reply r = error(503,
                        tr("too many event streams at once (the limit is %1)")
                                .arg(m_options.limits.maxEventStreams));
        r.headers.append(std::pair<QByteArray, QByteArray>("Retry-After", "5"));
        return r;
    }
    Reply r;
    r.contentType = "text/event-stream; charset=utf-8";
    r.stream = std::make_shared<EventStream>(
            m_events, id, after, m_options.limits.eventBacklogBytes, m_options.limits.heartbeatMs);
    r.headers.append(std::pair<QByteArray, QByteArray>("X-Accel-Buffering", "no"));
    return r;
}

ApiServer::Reply ApiServer::taskCancel(const QString &id)
{
    const RunRegistry::Entry *e = m_runs->find(id);
    if (!e)
        return error(404, tr("no run with id '%1'").arg(id.left(100)));
    if (e->result)
        return error(409, tr("run '%1' has already finished").arg(id));
    m_runs->cancel(id);
    QJsonObject status = RunStatus::of(*e, m_runs->snapshotOf(*e));
    status.insert(QStringLiteral("status"), QStringLiteral("cancelling"));
    return json(status, 202);
}

ApiServer::Reply ApiServer::approvals()
{
    QJsonArray list;
    const QList<const RunRegistry::Entry *> entries = m_runs->entries();
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) { // oldest run first
        const RunRegistry::Entry *e = *it;
        if (e->result)
            continue; // finished: decided only once it is resumed
        for (const PendingApproval &p : m_runs->snapshotOf(*e).approvals) {
            QJsonObject item {{QStringLiteral("run_id"), e->executionId},
                              {QStringLiteral("task_id"), p.taskId},
                              {QStringLiteral("question"), p.question},
                              {QStringLiteral("answer"),
                               p.answer.isNull() ? QJsonValue() : QJsonValue(p.answer)},
                              {QStringLiteral("editable"),
                               p.editable.isEmpty() ? QJsonValue() : QJsonValue(p.editable)},
                              {QStringLiteral("waiting_since"), isoUtcMs(p.waitingSinceMs)}};
            if (p.deadlineMs >= 0) {
                item.insert(QStringLiteral("deadline"), isoUtcMs(p.deadlineMs));
                item.insert(QStringLiteral("on_timeout"),
                            p.approveOnTimeout ? QStringLiteral("approve")
                                               : QStringLiteral("reject"));
            }
            list.append(item);
        }
    }
    return json({{QStringLiteral("approvals"), list}});
}

ApiServer::Reply ApiServer::approvalPost(const HttpRequest &request, const QString &runId,
                                         const QString &taskId)
{
    const RunRegistry::Entry *e = m_runs->find(runId);
    if (!e)
        return error(404, tr("no run with id '%1'").arg(runId.left(100)));
    const QByteArray type = request.header("Content-Type").split(';').first().trimmed().toLower();
    if (type != "application/json")
        return error(415, tr("send the decision as Content-Type: application/json"));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return error(400, tr("the body must be a JSON object such as {\"decision\": \"approve\"}"));
    const QJsonObject body = doc.object();
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() != u"decision" && it.key() != u"note" && it.key() != u"output")
            return error(400,
                         tr("unknown member '%1' (a decision has decision, note and output)")
                                 .arg(it.key().left(100)));
    }
    const QJsonValue decision = body.value(QStringLiteral("decision"));
    if (decision != QJsonValue(u"approve"_s) && decision != QJsonValue(u"reject"_s))
        return error(400, tr("decision must be \"approve\" or \"reject\""));
    const QJsonValue note = body.value(QStringLiteral("note"));
    if (!note.isUndefined() && !note.isNull() && !note.isString())
        return error(400, tr("note must be a string"));
    ApprovalDecision d;
    d.approve = decision == QJsonValue(u"approve"_s);
    d.by = QStringLiteral("local"); // tokens are not named
    d.note = note.toString();
    if (const QJsonValue out = body.value(QStringLiteral("output"));
        !out.isUndefined() && !out.isNull())
        d.output = out;
    if (e->result || !e->run)
        return error(
                409,
                tr("run '%1' has finished; its gates are decided when it is resumed").arg(runId));
    const DecisionResult r = e->run->decide(taskId, d);
    switch (r.kind) {
    case DecisionResult::Kind::Taken:
        return json(r.result);
    case DecisionResult::Kind::UnknownTask:
        return error(404, r.message);
    case DecisionResult::Kind::BadDecision:
        return error(400, r.message);
    case DecisionResult::Kind::NotWaiting:
    case DecisionResult::Kind::RunGone:
        break;
    }
    return error(409, r.message);
}

ApiServer::Reply ApiServer::taskReport(const QString &id)
{
    // The LAST file, found as GET /task/{id}/last finds it, as one HTML page (docs/outputs.md
    // "Comparing runs and sharing them").
    Reply last = taskLast(id);
    if (last.bodyFile.isEmpty())
        return last;
    QString problem;
    const std::optional<LastReader::PastRun> run = LastReader::readPastRun(last.bodyFile, &problem);
    if (!run)
        return error(500, tr("the LAST file of run '%1' cannot be read: %2").arg(id, problem));
    Reply r;
    r.body = HtmlReport::ofRun(*run);
    r.contentType = "text/html; charset=utf-8";
    // The page's own policy, also as a header: nothing remote, only its own style and script.
    static const QRegularExpression policy(
            QStringLiteral("http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\""));
    const QRegularExpressionMatch m = policy.match(QString::fromUtf8(r.body.left(2048)));
    if (m.hasMatch())
        r.headers.append({QByteArrayLiteral("Content-Security-Policy"), m.captured(1).toUtf8()});
    return r;
}

ApiServer::Reply ApiServer::taskLast(const QString &id)
{
    const RunRegistry::Entry *e = m_runs->find(id);
    QString path;
    if (e) {
        if (!e->result)
            return error(
                    409,
                    tr("run '%1' is still going; its LAST file is written when it ends").arg(id));
        if (e->result->lastFilePath.isEmpty())
            return error(
                    404,
                    tr("run '%1' could not write its LAST file: %2").arg(id, e->result->error));
        path = e->result->lastFilePath;
    } else if (isExecutionId(id)) {
        path = QDir(m_runs->config().outputDir).filePath(LastWriter::fileName(id));
    }
    if (path.isEmpty() || !QFileInfo(path).isFile())
        return error(404, tr("no run with id '%1'").arg(id.left(100)));
    Reply r;
    r.bodyFile = path; // sent in pieces as the client reads (docs/rest-api.md "Connections")
    return r;
}

ApiServer::Reply ApiServer::lastFile(const QString &name)
{
    // last_<execution id>.json, or the execution id alone; from OUTPUT_DIR only.
    static const QRegularExpression form(QStringLiteral(
            "^(?:last_)?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
            "[0-9a-fA-F]{12})(?:\\.json)?$"));
    const auto m = form.match(name);
    if (!m.hasMatch())
        return error(
                400,
                tr("a LAST file is named last_<execution id>.json, not '%1'").arg(name.left(100)));
    const QString id = m.captured(1);
    if (const RunRegistry::Entry *e = m_runs->find(id); e && !e->result)
        return error(409,
                     tr("run '%1' is still going; its LAST file is written when it ends").arg(id));
    const QString path = QDir(m_runs->config().outputDir).filePath(LastWriter::fileName(id));
    if (!QFileInfo(path).isFile())
        return error(404, tr("no LAST file %1 in the output folder").arg(LastWriter::fileName(id)));
    Reply r;
    r.bodyFile = path;
    return r;
}

ApiServer::Reply ApiServer::tasks()
{
    QJsonArray runs;
    for (const RunRegistry::Entry *e : m_runs->entries())
        runs.append(RunStatus::of(*e, m_runs->snapshotOf(*e)));
    return json({{QStringLiteral("runs"), runs}, {QStringLiteral("count"), runs.size()}});
}

ApiServer::Reply ApiServer::metrics()
{
    QList<RunSnapshot> runs;
    int active = 0;
    for (const RunRegistry::Entry *e : m_runs->entries()) {
        runs.append(m_runs->snapshotOf(*e));
        active += !e->result;
    }
    Reply r;
    r.body = PrometheusText::render(runs, active,
                                    {MemoryUsage::currentResidentBytes(), m_uptime.elapsed() / 1000,
                                     openConnections(), waitingConnections(), eventStreams()});
    r.body += workerMetrics();
    r.contentType = "text/plain; version=0.0.4; charset=utf-8";
    return r;
}

ApiServer::Reply ApiServer::workers()
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
                list.append(workerJson(w));
        } else {
            body.insert(QStringLiteral("connected"), false);
            body.insert(QStringLiteral("error"), error);
        }
    }
    body.insert(QStringLiteral("workers"), list);
    return json(body);
}

QByteArray ApiServer::openApiDocument(const QByteArray &serverUrl)
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
