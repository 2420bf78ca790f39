// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiserver.h"

#include "alt/altloader.h"
#include "altrunner_version.h"
#include "last/lastwriter.h"
#include "metrics/memoryusage.h"
#include "run/run.h"
#include "run/runlauncher.h"
#include "run/runregistry.h"
#include "util/isotime.h"

#include <QDir>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

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

QByteArray header(const QHttpServerRequest &request, const QByteArray &name)
{
    const auto headers = request.headers();
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QString methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Head:
        return QStringLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QStringLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QStringLiteral("PATCH");
    default:
        return QStringLiteral("OTHER");
    }
}

bool isExecutionId(const QString &id)
{
    static const QRegularExpression uuid(
            QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                           "[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return uuid.match(id).hasMatch();
}

QJsonObject progressOf(const RunSnapshot &s)
{
    return {{QStringLiteral("total"), s.total},
            {QStringLiteral("pending"), s.count(TaskStatus::Pending)},
            {QStringLiteral("running"), s.runningCount()},
            {QStringLiteral("completed"), s.count(TaskStatus::Completed)},
            {QStringLiteral("failed"), s.count(TaskStatus::Failed)},
            {QStringLiteral("timeout"), s.count(TaskStatus::Timeout)},
            {QStringLiteral("cancelled"), s.count(TaskStatus::Cancelled)}};
}

// The seed's task shape, for a run this server knows.
QJsonObject statusObject(const RunRegistry::Entry &e, const RunSnapshot &s)
{
    QString status = QStringLiteral("processing");
    QJsonObject meta {{QStringLiteral("timestamp"), isoUtcMs(e.createdMs)},
                      {QStringLiteral("task_id"), e.executionId},
                      {QStringLiteral("alt_file_id"), e.altId},
                      {QStringLiteral("alt_file_title"), e.altTitle},
                      {QStringLiteral("progress"), progressOf(s)}};
    if (e.result) {
        const RunResult &r = *e.result;
        if (r.lastFilePath.isEmpty()) {
            status = QStringLiteral("error");
            meta.insert(QStringLiteral("error"), r.error);
        } else if (r.cancelled) {
            status = QStringLiteral("cancelled");
        } else if (r.outcome == RunOutcome::Success) {
            status = QStringLiteral("completed");
        } else if (r.outcome == RunOutcome::PartialSuccess) {
            status = QStringLiteral("partial_success");
        } else {
            status = QStringLiteral("failed");
        }
        meta.insert(QStringLiteral("success_rate"),
                    s.total ? double(s.count(TaskStatus::Completed)) / s.total : 0.0);
        meta.insert(QStringLiteral("execution_time_ms"), s.elapsedMs);
        meta.insert(QStringLiteral("run_status"), outcomeName(r.outcome));
    }
    return {{QStringLiteral("id"), e.executionId},
            {QStringLiteral("status"), status},
            {QStringLiteral("alt_file"), e.altId},
            {QStringLiteral("last_file"), LastWriter::fileName(e.executionId)},
            {QStringLiteral("metadata"), meta}};
}

} // namespace

ApiServer::ApiServer(RunRegistry *runs, QObject *parent)
    : QObject(parent)
    , m_runs(runs)
{
    m_uptime.start();
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
    m_http = new QHttpServer(this);
    m_http->setMissingHandler(
            [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                handle(request, std::move(responder));
            });
    m_tcp = new GuardedTcpServer(m_http);
    m_tcp->setLimits(options.limits);
    m_tcp->setCheckHost(options.host.isLoopback());
    if (!m_tcp->listen(options.host, options.port)) {
        *error = tr("cannot listen on %1 port %2: %3")
                         .arg(options.host.toString())
                         .arg(options.port)
                         .arg(m_tcp->errorString());
        delete m_http;
        m_http = nullptr;
        m_tcp = nullptr;
        return false;
    }
    m_http->bind(m_tcp);
    return true;
}

void ApiServer::close()
{
    delete m_http;
    m_http = nullptr;
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

void ApiServer::handle(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    const Reply reply = dispatch(request);
    responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
    responder.writeHeader("Content-Type", reply.contentType);
    responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    responder.writeHeader("Cache-Control", "no-store");
    responder.writeHeader("X-Content-Type-Options", "nosniff");
    responder.writeHeader("Connection", "close"); // see GuardedTcpServer
    for (const auto &[name, value] : reply.headers)
        responder.writeHeader(name, value);
    responder.writeBody(reply.body);
}

bool ApiServer::authorized(const QHttpServerRequest &request) const
{
    if (m_options.token.isEmpty())
        return true;
    const QByteArray auth = header(request, "Authorization");
    if (!auth.startsWith("Bearer "))
        return false;
    return constantTimeEquals(auth.mid(7).trimmed(), m_options.token.toUtf8());
}

ApiServer::Reply ApiServer::dispatch(const QHttpServerRequest &request)
{
    const QString path = request.url().path(QUrl::FullyDecoded);
    const QString method = methodName(request.method());
    QStringList parts = path.split(u'/');
    parts.removeFirst(); // before the leading '/'
    if (parts.size() > 1 && parts.last().isEmpty())
        parts.removeLast(); // a trailing slash

    // Which endpoint, which methods it takes.
    QString allowed;
    std::function<Reply()> handler;
    bool open = false; // needs no token
    const QString id = parts.value(1);
    if (path == u"/") {
        allowed = QStringLiteral("GET");
        open = true;
        handler = [] {
            return json(
                    {{QStringLiteral("service"), QStringLiteral("altrunner")},
                     {QStringLiteral("version"), QStringLiteral(ALTRUNNER_VERSION)},
                     {QStringLiteral("message"),
                      QStringLiteral("ALT Runner: POST an ALT file to /run; see /openapi.json")}});
        };
    } else if (parts == QStringList {QStringLiteral("health")}) {
        allowed = QStringLiteral("GET");
        open = true;
        handler = [this] {
            return health();
        };
    } else if (parts == QStringList {QStringLiteral("run")}) {
        allowed = QStringLiteral("POST");
        handler = [this, &request] {
            return runPost(request);
        };
    } else if (parts == QStringList {QStringLiteral("tasks")}) {
        allowed = QStringLiteral("GET");
        handler = [this] {
            return tasks();
        };
    } else if (parts == QStringList {QStringLiteral("metrics")}) {
        allowed = QStringLiteral("GET");
        handler = [this] {
            return metrics();
        };
    } else if (parts == QStringList {QStringLiteral("openapi.json")}) {
        allowed = QStringLiteral("GET");
        handler = [] {
            Reply r;
            r.body = openApiDocument();
            return r;
        };
    } else if (parts.size() == 2 && parts.at(0) == u"task" && !id.isEmpty()) {
        allowed = QStringLiteral("GET");
        handler = [this, id] {
            return taskStatus(id);
        };
    } else if (parts.size() == 3 && parts.at(0) == u"task" && !id.isEmpty()
               && parts.at(2) == u"cancel") {
        allowed = QStringLiteral("POST");
        handler = [this, id] {
            return taskCancel(id);
        };
    } else if (parts.size() == 3 && parts.at(0) == u"task" && !id.isEmpty()
               && parts.at(2) == u"last") {
        allowed = QStringLiteral("GET");
        handler = [this, id] {
            return taskLast(id);
        };
    } else {
        return error(404, tr("no such endpoint: %1").arg(path.left(200)));
    }
    if (method != allowed) {
        Reply r = error(405,
                        tr("%1 is not allowed on %2; use %3").arg(method, path.left(200), allowed));
        r.headers.append(std::pair<QByteArray, QByteArray>("Allow", allowed.toLatin1()));
        return r;
    }
    if (!open && !authorized(request)) {
        Reply r = error(401, tr("missing or wrong token: send Authorization: Bearer <token>"));
        r.headers.append(std::pair<QByteArray, QByteArray>("WWW-Authenticate", "Bearer"));
        return r;
    }
    return handler();
}

ApiServer::Reply ApiServer::health()
{
    return json({{QStringLiteral("status"), QStringLiteral("ok")},
                 {QStringLiteral("version"), QStringLiteral(ALTRUNNER_VERSION)},
                 {QStringLiteral("uptime_seconds"), m_uptime.elapsed() / 1000},
                 {QStringLiteral("active_runs"), m_runs->activeCount()},
                 {QStringLiteral("ai_provider"), providerName(m_runs->config().provider)}});
}

ApiServer::Reply ApiServer::runPost(const QHttpServerRequest &request)
{
    const QByteArray type = header(request, "Content-Type").split(';').first().trimmed().toLower();
    if (type != "application/json")
        return error(415, tr("send the request as Content-Type: application/json"));
    auto bad = [](const QString &message, const QJsonArray &diagnostics = {}) {
        return json(
                {{QStringLiteral("error"), message}, {QStringLiteral("diagnostics"), diagnostics}},
                400);
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return bad(tr("the body is not valid JSON: %1 at byte %2")
                           .arg(parseError.errorString())
                           .arg(parseError.offset));
    if (!doc.isObject())
        return bad(tr("the body must be a JSON object with an alt_file member"));
    const QJsonObject body = doc.object();
    const QJsonValue altValue = body.value(QStringLiteral("alt_file"));
    QByteArray altBytes;
    if (altValue.isString())
        altBytes = altValue.toString().toUtf8();
    else if (altValue.isObject())
        altBytes = QJsonDocument(altValue.toObject()).toJson(QJsonDocument::Indented);
    else
        return bad(tr("alt_file must be the ALT file as a JSON string or object"));

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

    LoadLimits limits;
    limits.maxFileBytes = m_options.limits.maxBodyBytes;
    const AltLoader::Result loaded
            = AltLoader::loadBytes(altBytes, QStringLiteral("alt_file"), limits);
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
    const RunLauncher::Started started = RunLauncher::start(
            *m_runs, {std::make_shared<const AltFile>(*loaded.file), options, m_runs->config()});
    if (started.busy) {
        Reply r = error(429, started.errors.join(u' '));
        r.headers.append(std::pair<QByteArray, QByteArray>("Retry-After", "5"));
        return r;
    }
    if (!started.run) // the server's own configuration does not let it run anything
        return error(503, started.errors.join(u' '));
    Run *run = started.run;
    const RunRegistry::Entry *entry = m_runs->find(run->executionId());
    return json(statusObject(*entry, m_runs->snapshotOf(*entry)), 202);
}

ApiServer::Reply ApiServer::taskStatus(const QString &id)
{
    if (const RunRegistry::Entry *e = m_runs->find(id))
        return json(statusObject(*e, m_runs->snapshotOf(*e)));
    // A run of an earlier server: its LAST file is all there is.
    if (isExecutionId(id)) {
        const QString path = QDir(m_runs->config().outputDir).filePath(LastWriter::fileName(id));
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            const QJsonObject last = QJsonDocument::fromJson(file.readAll()).object();
            const QString runStatus = last.value(QStringLiteral("status")).toString();
            const bool cancelled = last.value(QStringLiteral("metadata"))
                                           .toObject()
                                           .value(QStringLiteral("cancelled"))
                                           .toBool();
            QString status = runStatus == u"success"  ? QStringLiteral("completed")
                    : runStatus == u"partial_success" ? QStringLiteral("partial_success")
                                                      : QStringLiteral("failed");
            if (cancelled)
                status = QStringLiteral("cancelled");
            QJsonObject progress {{QStringLiteral("total"), 0},    {QStringLiteral("pending"), 0},
                                  {QStringLiteral("running"), 0},  {QStringLiteral("completed"), 0},
                                  {QStringLiteral("failed"), 0},   {QStringLiteral("timeout"), 0},
                                  {QStringLiteral("cancelled"), 0}};
            const QJsonObject results = last.value(QStringLiteral("task_results")).toObject();
            progress.insert(QStringLiteral("total"), results.size());
            for (const QJsonValue &r : results) {
                const QString s = r.toObject().value(QStringLiteral("status")).toString();
                if (progress.contains(s))
                    progress.insert(s, progress.value(s).toInt() + 1);
            }
            return json({{QStringLiteral("id"), id},
                         {QStringLiteral("status"), status},
                         {QStringLiteral("alt_file"), last.value(QStringLiteral("alt_file_id"))},
                         {QStringLiteral("last_file"), LastWriter::fileName(id)},
                         {QStringLiteral("metadata"),
                          QJsonObject {{QStringLiteral("timestamp"),
                                        last.value(QStringLiteral("created_at"))},
                                       {QStringLiteral("task_id"), id},
                                       {QStringLiteral("alt_file_id"),
                                        last.value(QStringLiteral("alt_file_id"))},
                                       {QStringLiteral("success_rate"),
                                        last.value(QStringLiteral("success_rate"))},
                                       {QStringLiteral("execution_time_ms"),
                                        last.value(QStringLiteral("execution_time_ms"))},
                                       {QStringLiteral("progress"), progress}}}});
        }
    }
    return error(404, tr("no run with id '%1'").arg(id.left(100)));
}

ApiServer::Reply ApiServer::taskCancel(const QString &id)
{
    const RunRegistry::Entry *e = m_runs->find(id);
    if (!e)
        return error(404, tr("no run with id '%1'").arg(id.left(100)));
    if (e->result)
        return error(409, tr("run '%1' has already finished").arg(id));
    m_runs->cancel(id);
    QJsonObject status = statusObject(*e, m_runs->snapshotOf(*e));
    status.insert(QStringLiteral("status"), QStringLiteral("cancelling"));
    return json(status, 202);
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
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return error(404, tr("no run with id '%1'").arg(id.left(100)));
    Reply r;
    r.body = file.readAll();
    return r;
}

ApiServer::Reply ApiServer::tasks()
{
    QJsonArray runs;
    for (const RunRegistry::Entry *e : m_runs->entries())
        runs.append(statusObject(*e, m_runs->snapshotOf(*e)));
    return json({{QStringLiteral("runs"), runs}, {QStringLiteral("count"), runs.size()}});
}

ApiServer::Reply ApiServer::metrics()
{
    qint64 byStatus[kTaskStatusCount] = {};
    qint64 attempts = 0, retries = 0, inFlight = 0, tokens = 0, latencySum = 0, latencyCount = 0;
    QList<qint64> buckets(kLatencyBucketsMs.size(), 0);
    int active = 0, finished = 0;
    for (const RunRegistry::Entry *e : m_runs->entries()) {
        const RunSnapshot s = m_runs->snapshotOf(*e);
        (e->result ? finished : active) += 1;
        for (int i = 0; i < kTaskStatusCount; ++i)
            byStatus[i] += s.counts[size_t(i)];
        attempts += s.attempts;
        retries += s.retries;
        inFlight += s.inFlight;
        tokens += s.tokensUsed;
        latencySum += s.latencySumMs;
        latencyCount += s.latencyCount;
        for (qsizetype i = 0; i < buckets.size() && i < s.latencyBuckets.size(); ++i)
            buckets[i] += s.latencyBuckets.at(i);
    }
    QByteArray out;
    auto metric = [&out](const char *name, const char *type, const char *help) {
        out += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + ' ' + type + '\n';
    };
    metric("altrunner_runs", "gauge", "Runs this server knows, by state.");
    out += "altrunner_runs{state=\"active\"} " + QByteArray::number(active) + '\n';
    out += "altrunner_runs{state=\"finished\"} " + QByteArray::number(finished) + '\n';
    metric("altrunner_tasks", "gauge", "Tasks of the runs this server knows, by status.");
    for (TaskStatus st :
         {TaskStatus::Pending, TaskStatus::Running, TaskStatus::Retrying, TaskStatus::Completed,
          TaskStatus::Failed, TaskStatus::Timeout, TaskStatus::Cancelled}) {
        const QByteArray name
                = st == TaskStatus::Retrying ? QByteArray("retrying") : statusName(st).toLatin1();
        out += "altrunner_tasks{status=\"" + name + "\"} " + QByteArray::number(byStatus[int(st)])
                + '\n';
    }
    metric("altrunner_attempts_total", "counter", "Task attempts started.");
    out += "altrunner_attempts_total " + QByteArray::number(attempts) + '\n';
    metric("altrunner_retries_total", "counter", "Attempts that were retries.");
    out += "altrunner_retries_total " + QByteArray::number(retries) + '\n';
    metric("altrunner_in_flight", "gauge", "Attempts in flight now.");
    out += "altrunner_in_flight " + QByteArray::number(inFlight) + '\n';
    metric("altrunner_tokens_total", "counter", "Tokens the AI service reported.");
    out += "altrunner_tokens_total " + QByteArray::number(tokens) + '\n';
    metric("altrunner_ai_latency_seconds", "histogram", "AI request latency.");
    for (qsizetype i = 0; i < buckets.size(); ++i)
        out += "altrunner_ai_latency_seconds_bucket{le=\""
                + QByteArray::number(double(kLatencyBucketsMs.at(i)) / 1000.0) + "\"} "
                + QByteArray::number(buckets.at(i)) + '\n';
    out += "altrunner_ai_latency_seconds_bucket{le=\"+Inf\"} " + QByteArray::number(latencyCount)
            + '\n';
    out += "altrunner_ai_latency_seconds_sum " + QByteArray::number(double(latencySum) / 1000.0)
            + '\n';
    out += "altrunner_ai_latency_seconds_count " + QByteArray::number(latencyCount) + '\n';
    metric("altrunner_resident_memory_bytes", "gauge", "Resident memory of this process.");
    out += "altrunner_resident_memory_bytes "
            + QByteArray::number(MemoryUsage::currentResidentBytes()) + '\n';
    metric("altrunner_uptime_seconds", "gauge", "Seconds since the server started.");
    out += "altrunner_uptime_seconds " + QByteArray::number(m_uptime.elapsed() / 1000) + '\n';
    Reply r;
    r.body = out;
    r.contentType = "text/plain; version=0.0.4; charset=utf-8";
    return r;
}

QByteArray ApiServer::openApiDocument()
{
    QFile file(QStringLiteral(":/altrunner/api/openapi.json"));
    if (!file.open(QIODevice::ReadOnly))
        return "{}";
    QByteArray doc = file.readAll();
    doc.replace("@VERSION@", ALTRUNNER_VERSION);
    return doc;
}

} // namespace altrunner
