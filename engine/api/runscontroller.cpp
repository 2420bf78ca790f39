// SPDX-License-Identifier: GPL-3.0-or-later
#include "runscontroller.h"

#include "ai/requestbuilder.h"
#include "alt/altloader.h"
#include "altfilestore.h"
#include "apireply.h"
#include "last/lastreader.h"
#include "last/lastwriter.h"
#include "report/htmlreport.h"
#include "routetable.h"
#include "run/run.h"
#include "run/runlauncher.h"
#include "run/runregistry.h"
#include "runpostrequest.h"
#include "runstatus.h"
#include "spend/pricing.h"
#include "util/isotime.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace altrunner {

using namespace Qt::StringLiterals;
using ApiReply::error;
using ApiReply::json;

namespace {

HttpResponse invalid(const QString &message, const QJsonArray &diagnostics = {})
{
    return json({{QStringLiteral("error"), message}, {QStringLiteral("diagnostics"), diagnostics}},
                400);
}

} // namespace

RunsController::RunsController(RunRegistry *runs, qint64 maxBodyBytes)
    : m_runs(runs)
    , m_maxBodyBytes(maxBodyBytes)
{
}

void RunsController::addRoutes(RouteTable &t)
{
    using R = HttpRequest;
    using Ids = QStringList;
    t.add("POST", u"/run"_s, [this](const R &r, const Ids &) { return start(r); });
    t.add("GET", u"/tasks"_s, [this](const R &, const Ids &) { return list(); });
    t.add("GET", u"/task/{id}"_s, [this](const R &, const Ids &id) { return status(id[0]); });
    t.add("POST", u"/task/{id}/cancel"_s,
          [this](const R &, const Ids &id) { return cancel(id[0]); });
    t.add("GET", u"/task/{id}/last"_s,
          [this](const R &, const Ids &id) { return lastFileOf(id[0]); });
    t.add("GET", u"/task/{id}/report"_s,
          [this](const R &, const Ids &id) { return report(id[0]); });
    t.add("GET", u"/approvals"_s, [this](const R &, const Ids &) { return approvals(); });
    t.add("POST", u"/task/{id}/approvals/{id}"_s,
          [this](const R &r, const Ids &ids) { return decide(r, ids[0], ids[1]); });
    // The ALT_LAS API gateway's paths (docs/rest-api.md "The ALT_LAS gateway").
    t.add("GET", u"/tasks/{id}"_s, [this](const R &, const Ids &id) { return status(id[0]); });
    t.add("POST", u"/tasks/{id}/cancel"_s,
          [this](const R &, const Ids &id) { return cancel(id[0]); });
    t.add("GET", u"/files/last/{id}"_s,
          [this](const R &, const Ids &name) { return lastFileNamed(name[0]); });
}

HttpResponse RunsController::start(const HttpRequest &request)
{
    const RunPostRequest::Parsed parsed
            = RunPostRequest::parse(request.header("Content-Type"), request.body);
    if (!parsed.ok())
        return parsed.status == 400 ? invalid(parsed.error) : error(parsed.status, parsed.error);
    const RunPostRequest &asked = parsed.request;

    // The ALT file: sent, or named in the server's folder of them.
    QByteArray altBytes = asked.altBytes;
    QString altName = QStringLiteral("alt_file");
    if (!asked.altFileId.isEmpty()) {
        QString message;
        bool notFound = false;
        const auto path = AltFileStore::resolve(m_runs->config().altFilesDir, asked.altFileId,
                                                &message, &notFound);
        if (!path)
            return notFound ? error(404, message) : invalid(message);
        QFile file(*path);
        if (file.size() > m_maxBodyBytes || !file.open(QIODevice::ReadOnly))
            return invalid(tr("cannot read the ALT file '%1'").arg(asked.altFileId));
        altBytes = file.readAll();
        altName = QFileInfo(*path).fileName();
    }
    const EngineConfig config = asked.applyTo(m_runs->config());
    RunOptions options = asked.options;
    if (!asked.modelsName.isEmpty()) {
        QString message;
        bool notFound = false;
        const auto path = ModelCatalog::resolveNamed(ModelCatalog::modelsFolder(config.modelsDir),
                                                     asked.modelsName, &message, &notFound);
        if (!path)
            return notFound ? error(404, message) : invalid(message);
        QString problem;
        options.models = ModelCatalog::load(*path, &problem);
        if (!options.models)
            return invalid(problem);
    }

    LoadLimits limits;
    limits.maxFileBytes = m_maxBodyBytes;
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
        return invalid(tr("the ALT file is not valid: %n error(s)", "",
                          int(errorCount(loaded.diagnostics))),
                       diagnostics);
    }
    // The request's own budget it cannot keep is the client's mistake (400), not the server's.
    if (const QString problem = RunLauncher::costBudgetProblem(
                config, *loaded.file, !Pricing::effectivePath(config.pricingPath).isEmpty());
        !problem.isEmpty())
        return invalid(problem);
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
            return invalid(problems.join(u"; "));
    }
    // Re-run (docs/rest-api.md "POST /run"): the earlier run's LAST file in the output folder.
    if (!asked.rerunOf.isEmpty()) {
        const QString lastPath
                = QDir(config.outputDir).filePath(LastWriter::fileName(asked.rerunOf));
        if (!QFileInfo::exists(lastPath))
            return error(404, tr("no LAST file of run %1 in the output folder").arg(asked.rerunOf));
        QString problem;
        const auto rerun = asked.rerunFrom.isEmpty()
                ? RunLauncher::rerunFailed(runRequest, lastPath, &problem)
                : RunLauncher::rerunFrom(runRequest, lastPath, asked.rerunFrom, &problem);
        if (!rerun)
            return invalid(problem);
    }
    const RunLauncher::Started started = RunLauncher::start(*m_runs, std::move(runRequest));
    if (started.busy)
        return ApiReply::retryLater(429, started.errors.join(u' '));
    if (!started.run) // the server's own configuration does not let it run anything
        return error(503, started.errors.join(u' '));
    const RunRegistry::Entry *entry = m_runs->find(started.run->executionId());
    return json(RunStatus::of(*entry, m_runs->snapshotOf(*entry)), 202);
}

HttpResponse RunsController::list() const
{
    QJsonArray runs;
    for (const RunRegistry::Entry *e : m_runs->entries())
        runs.append(RunStatus::of(*e, m_runs->snapshotOf(*e)));
    return json({{QStringLiteral("runs"), runs}, {QStringLiteral("count"), runs.size()}});
}

HttpResponse RunsController::status(const QString &id) const
{
    if (const RunRegistry::Entry *e = m_runs->find(id))
        return json(RunStatus::of(*e, m_runs->snapshotOf(*e)));
    // A run of an earlier server: its LAST file is all there is.
    if (ApiReply::isExecutionId(id)) {
        QFile file(QDir(m_runs->config().outputDir).filePath(LastWriter::fileName(id)));
        if (file.open(QIODevice::ReadOnly))
            return json(
                    RunStatus::fromLastFile(id, QJsonDocument::fromJson(file.readAll()).object()));
    }
    return error(404, tr("no run with id '%1'").arg(id.left(100)));
}

HttpResponse RunsController::cancel(const QString &id)
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

HttpResponse RunsController::lastFileOf(const QString &id) const
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
    } else if (ApiReply::isExecutionId(id)) {
        path = QDir(m_runs->config().outputDir).filePath(LastWriter::fileName(id));
    }
    if (path.isEmpty() || !QFileInfo(path).isFile())
        return error(404, tr("no run with id '%1'").arg(id.left(100)));
    HttpResponse r;
    r.bodyFile = path; // sent in pieces as the client reads (docs/rest-api.md "Connections")
    return r;
}

HttpResponse RunsController::report(const QString &id) const
{
    // The LAST file, found as GET /task/{id}/last finds it, as one HTML page (docs/outputs.md
    // "Comparing runs and sharing them").
    HttpResponse last = lastFileOf(id);
    if (last.bodyFile.isEmpty())
        return last;
    QString problem;
    const std::optional<LastReader::PastRun> run = LastReader::readPastRun(last.bodyFile, &problem);
    if (!run)
        return error(500, tr("the LAST file of run '%1' cannot be read: %2").arg(id, problem));
    HttpResponse r;
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

HttpResponse RunsController::lastFileNamed(const QString &name) const
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
    HttpResponse r;
    r.bodyFile = path;
    return r;
}

HttpResponse RunsController::approvals() const
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

HttpResponse RunsController::decide(const HttpRequest &request, const QString &runId,
                                    const QString &taskId)
{
    const RunRegistry::Entry *e = m_runs->find(runId);
    if (!e)
        return error(404, tr("no run with id '%1'").arg(runId.left(100)));
    if (ApiReply::mediaType(request.header("Content-Type")) != "application/json")
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

} // namespace altrunner
