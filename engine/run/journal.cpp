// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal.h"

#include "ai/tokenusage.h"
#include "alt/altloader.h"
#include "alt/altwriter.h"
#include "util/atomicfile.h"
#include "util/isotime.h"
#include "util/jsonwriter.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

namespace altrunner {

namespace {

// Appended to `out` without its newline: written straight into the pending lines, no buffer per
// line.
void appendRecordLine(QByteArray &out, const QString &id, TaskStatus status, const TaskRecord &r)
{
    JsonWriter w(out, false);
    w.beginObject();
    w.member(u"id", id);
    w.member(u"status", statusName(status));
    w.member(u"start", r.startMs);
    w.member(u"end", r.endMs);
    w.key(u"attempts");
    w.beginArray();
    for (const AttemptRecord &a : r.attempts) {
        w.beginObject();
        w.member(u"s", a.startMs);
        w.member(u"e", a.endMs);
        w.member(u"o", outcomeName(a.outcome));
        if (a.error.isNull())
            w.memberNull(u"err");
        else
            w.member(u"err", a.error);
        if (a.waitMs > 0)
            w.member(u"w", a.waitMs);
        if (!a.detail.isEmpty()) // model, errors (docs/outputs.md)
            w.member(u"d", a.detail);
        w.endObject();
    }
    w.endArray();
    w.key(u"delays");
    w.beginArray();
    for (qint64 d : r.extra().retryDelaysMs)
        w.number(d);
    w.endArray();
    w.member(u"tokens", r.tokensUsed());
    w.member(u"in", r.inputTokens);
    w.member(u"out", r.outputTokens);
    if (r.cost)
        w.member(u"cost", *r.cost);
    if (r.rateLimitedSends > 0)
        w.member(u"rl", qint64(r.rateLimitedSends));
    w.member(u"fallback", r.aiFallback);
    if (!r.extra().cache.isEmpty())
        w.member(u"cache", r.extra().cache);
    if (!r.requestKey.isNull())
        w.member(u"rk", r.requestKey.toHex());
    if (!r.extra().fallbacks.isEmpty())
        w.member(u"fb", r.extra().fallbacks);
    if (!r.extra().checks.isEmpty())
        w.member(u"ck", r.extra().checks);
    if (r.extra().redelivered > 0)
        w.member(u"rd", qint64(r.extra().redelivered));
    if (r.extra().waitingSinceMs >= 0)
        w.member(u"ws", r.extra().waitingSinceMs);
    if (!r.extra().approval.isEmpty())
        w.member(u"ap", r.extra().approval);
    if (!r.extra().edited.isEmpty())
        w.member(u"ed", r.extra().edited);
    if (r.error.isNull())
        w.memberNull(u"error");
    else
        w.member(u"error", r.error);
    if (!r.message.isNull()) {
        w.member(u"output", r.outputObject());
    } else if (!r.output.isEmpty()) {
        w.key(u"output");
        w.compact(r.output.bytes());
    }
    w.endObject();
}

TaskRecord recordFromJson(const QJsonObject &o)
{
    TaskRecord r;
    r.status = parseStatus(o.value(QStringLiteral("status")).toString())
                       .value_or(TaskStatus::Pending);
    r.startMs = o.value(QStringLiteral("start")).toInteger(-1);
    r.endMs = o.value(QStringLiteral("end")).toInteger(-1);
    for (const QJsonValue &v : o.value(QStringLiteral("attempts")).toArray()) {
        AttemptRecord a;
        a.startMs = v[QStringLiteral("s")].toInteger();
        a.endMs = v[QStringLiteral("e")].toInteger();
        a.outcome = parseAttemptOutcome(v[QStringLiteral("o")].toString())
                            .value_or(AttemptOutcome::Failed);
        if (v[QStringLiteral("err")].isString())
            a.error = v[QStringLiteral("err")].toString();
        a.waitMs = std::max<qint64>(0, v[QStringLiteral("w")].toInteger());
        a.detail = v[QStringLiteral("d")].toObject();
        r.attempts.append(a);
    }
    for (const QJsonValue &d : o.value(QStringLiteral("delays")).toArray())
        r.extraForWrite().retryDelaysMs.append(d.toInteger());
    // Journals of earlier versions have the total only: it counts as output.
    r.inputTokens = std::max<qint64>(0, o.value(QStringLiteral("in")).toInteger());
    r.outputTokens = o.contains(QStringLiteral("out"))
            ? std::max<qint64>(0, o.value(QStringLiteral("out")).toInteger())
            : std::max<qint64>(0, o.value(QStringLiteral("tokens")).toInteger());
    if (const QJsonValue cost = o.value(QStringLiteral("cost"));
        cost.isDouble() && cost.toDouble() >= 0)
        r.cost = cost.toDouble();
    r.rateLimitedSends = std::max(0, o.value(QStringLiteral("rl")).toInt());
    r.aiFallback = o.value(QStringLiteral("fallback")).toBool();
    if (const QJsonObject cache = o.value(QStringLiteral("cache")).toObject(); !cache.isEmpty())
        r.extraForWrite().cache = cache;
    r.requestKey = RequestKey::fromHex(o.value(QStringLiteral("rk")).toString());
    if (const QJsonArray left = o.value(QStringLiteral("fb")).toArray(); !left.isEmpty())
        r.extraForWrite().fallbacks = left;
    if (const QJsonArray checks = o.value(QStringLiteral("ck")).toArray(); !checks.isEmpty())
        r.extraForWrite().checks = checks;
    if (const int rd = o.value(QStringLiteral("rd")).toInt(); rd > 0)
        r.extraForWrite().redelivered = rd;
    if (const QJsonValue ws = o.value(QStringLiteral("ws")); ws.isDouble())
        r.extraForWrite().waitingSinceMs = ws.toInteger();
    if (const QJsonObject ap = o.value(QStringLiteral("ap")).toObject(); !ap.isEmpty())
        r.extraForWrite().approval = ap;
    if (const QJsonObject ed = o.value(QStringLiteral("ed")).toObject(); !ed.isEmpty())
        r.extraForWrite().edited = ed;
    if (o.value(QStringLiteral("error")).isString())
        r.error = o.value(QStringLiteral("error")).toString();
    r.output = o.value(QStringLiteral("output")).toObject();
    return r;
}

// One line, newline included, for a task's state: a short one for states that start over.
void appendStateLine(QByteArray &out, const QString &id, TaskStatus status, const TaskRecord &r)
{
    if (status == TaskStatus::Running || status == TaskStatus::Pending) {
        JsonWriter w(out, false);
        w.beginObject();
        w.member(u"attempt", qint64(r.attempts.size()));
        w.member(u"id", id);
        w.member(u"status", statusName(status));
        w.endObject();
    } else {
        appendRecordLine(out, id, status, r);
    }
    out += '\n';
}

void appendDecisionLine(QByteArray &out, const QString &id, const ApprovalDecision &decision)
{
    JsonWriter w(out, false);
    w.beginObject();
    w.member(u"id", id);
    w.member(u"approval", decision.toJson());
    w.endObject();
    out += '\n';
}

} // namespace

Journal::~Journal()
{
    flush(); // a run torn down without its LAST file keeps every line it gathered
}

QString Journal::pathFor(const QString &outputDir, const QString &executionId)
{
    return QDir(outputDir).absoluteFilePath(QStringLiteral("last_") + executionId
                                            + QStringLiteral(".journal"));
}

Journal::Header Journal::headerFor(const QString &executionId, qint64 startedAtMs,
                                   const AltFile &alt, const RunOptions &options,
                                   const BudgetLimits &budget)
{
    Header header;
    header.executionId = executionId;
    header.startedAtMs = startedAtMs;
    header.resumed = options.resume ? options.resume->resumed : 0;
    QJsonObject o {{QStringLiteral("fail_fast"), options.failFast},
                   {QStringLiteral("trigger"), options.trigger}};
    if (options.mode)
        o.insert(QStringLiteral("mode"), modeName(*options.mode));
    if (options.persona)
        o.insert(QStringLiteral("persona"), *options.persona);
    if (!options.requestMetadata.isEmpty())
        o.insert(QStringLiteral("request_metadata"), options.requestMetadata);
    if (budget.tokens)
        o.insert(QStringLiteral("budget_tokens"), *budget.tokens);
    if (budget.cost)
        o.insert(QStringLiteral("budget_cost"), *budget.cost);
    header.options = o;
    header.alt = &alt; // outlives the journal's open()
    return header;
}

bool Journal::open(const QString &path, const Header &header,
                   const QList<std::pair<QString, TaskRecord>> &finished, QString *error,
                   const QHash<QString, ApprovalDecision> &decisions)
{
    // Written whole beside the journal, then put in its place (AtomicFile): a resume writes again
    // the journal it was read from, and a kill during that must leave the old one whole, not
    // half a header that no resume can read (tests/crash/kill_decide.sh found it under TSan).
    AtomicFile whole(path);
    if (!whole.open()) {
        *error = tr("cannot write the journal %1: %2").arg(path, whole.errorString());
        return false;
    }
    QByteArray out;
    bool written = true;
    const auto hand = [&](bool last) {
        if (last || out.size() > 64 * 1024) {
            written = written && whole.write(out);
            out.clear();
        }
        return written;
    };
    // Streamed, not built as a QJsonObject: the ALT file of a 100,000-task run is megabytes, and
    // the header must not cost several copies of it.
    JsonWriter w(out, false);
    w.beginObject();
    w.member(u"type", QStringLiteral("run"));
    w.member(u"format", 1);
    w.member(u"execution_id", header.executionId);
    w.member(u"started_at", isoUtcMs(header.startedAtMs));
    w.member(u"started_at_ms", header.startedAtMs);
    w.member(u"resumed", header.resumed);
    w.member(u"options", header.options);
    w.key(u"alt");
    // Already JSON: embedded as the object it is.
    if (header.alt) {
        AltWriter::write(*header.alt, [&](QByteArrayView piece) {
            out += piece;
            return hand(false);
        });
    } else {
        out += header.altJson;
    }
    out += "}\n";
    // Then what a resumed run keeps.
    qint64 count = 0;
    for (const auto &[id, record] : finished) {
        appendStateLine(out, id, record.status, record);
        ++count;
        hand(false);
    }
    for (auto it = decisions.cbegin(); it != decisions.cend(); ++it) {
        appendDecisionLine(out, it.key(), *it);
        ++count;
        hand(false);
    }
    hand(true);
    if (!written || !whole.commit()) {
        *error = tr("cannot write the journal %1: %2").arg(path, whole.errorString());
        return false; // the journal that was there, if any, is untouched
    }
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered)) {
        *error = tr("cannot write the journal %1: %2").arg(path, m_file.errorString());
        return false;
    }
    m_pending.clear();
    m_lines = m_flushedLines = count;
    return true;
}

void Journal::writeDecision(const QString &taskId, const ApprovalDecision &decision)
{
    if (!m_file.isOpen())
        return;
    appendDecisionLine(m_pending, taskId, decision);
    lineAdded();
    flush(); // before it takes effect (docs/approvals.md): never lost, never applied twice
}

void Journal::lineAdded()
{
    ++m_lines;
    if (m_pending.size() > 64 * 1024)
        flush(); // bounded: a long run of instant tasks does not hold megabytes
}

void Journal::flush()
{
    // Unbuffered file: the write reaches the operating system before this returns, so a killed
    // process loses nothing the engine acted on.
    if (m_file.isOpen() && !m_pending.isEmpty())
        m_file.write(m_pending);
    m_pending.clear();
    m_flushedLines = m_lines;
}

void Journal::writeState(const QString &taskId, TaskStatus status, const TaskRecord &record)
{
    if (!m_file.isOpen())
        return;
    appendStateLine(m_pending, taskId, status, record);
    lineAdded();
}

void Journal::writeRetry(const QString &taskId, int attempt, qint64 delayMs)
{
    if (!m_file.isOpen())
        return;
    JsonWriter w(m_pending, false);
    w.beginObject();
    w.member(u"attempt", qint64(attempt));
    w.member(u"delay_ms", delayMs);
    w.member(u"id", taskId);
    w.member(u"status", QStringLiteral("retrying"));
    w.endObject();
    m_pending += '\n';
    lineAdded();
}

void Journal::remove()
{
    m_pending.clear(); // the LAST file has it all now
    if (m_file.isOpen()) {
        m_file.close();
        m_file.remove();
    }
}

std::optional<Journal::Contents> Journal::read(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot open the journal: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    Contents c;
    bool first = true;
    int lineNumber = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++lineNumber;
        if (line.isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonObject o = QJsonDocument::fromJson(line, &parseError).object();
        if (parseError.error != QJsonParseError::NoError) {
            if (first) { // no header to resume from, whole or cut: not a journal of ours
                *error = tr("%1: not an ALT Runner journal (its first line is not JSON: %2)")
                                 .arg(path, parseError.errorString());
                return std::nullopt;
            }
            if (file.atEnd())
                break; // the last line was cut short by the crash: it was never acted on
            *error = tr("%1:%2: not a journal line: %3")
                             .arg(path)
                             .arg(lineNumber)
                             .arg(parseError.errorString());
            return std::nullopt;
        }
        if (first) {
            if (o.value(QStringLiteral("type")).toString() != u"run"
                || !o.value(QStringLiteral("execution_id")).isString()) {
                *error = tr("%1: not an ALT Runner journal").arg(path);
                return std::nullopt;
            }
            c.header.executionId = o.value(QStringLiteral("execution_id")).toString();
            c.header.startedAtMs = o.value(QStringLiteral("started_at_ms")).toInteger();
            c.header.resumed = o.value(QStringLiteral("resumed")).toInt();
            c.header.options = o.value(QStringLiteral("options")).toObject();
            const QJsonValue alt = o.value(QStringLiteral("alt"));
            c.header.altJson = alt.isObject()
                    ? QJsonDocument(alt.toObject()).toJson(QJsonDocument::Compact)
                    : alt.toString().toUtf8();
            first = false;
            continue;
        }
        const QString id = o.value(QStringLiteral("id")).toString();
        if (const QJsonValue approval = o.value(QStringLiteral("approval")); approval.isObject()) {
            // A person's decision, written before it took effect: taken again on resume unless
            // the gate's own result follows it.
            if (const auto d = ApprovalDecision::fromJson(approval.toObject()))
                c.decisions.insert(id, *d);
            continue;
        }
        const QString status = o.value(QStringLiteral("status")).toString();
        if (status == u"completed" || status == u"failed" || status == u"timeout"
            || status == u"waiting") {
            TaskRecord r = recordFromJson(o);
            if (r.status != TaskStatus::Waiting)
                c.decisions.remove(id); // taken: its gate's result is here
            c.finished.insert(id, std::move(r));
        } else {
            c.finished.remove(id); // running again, or cancelled: not final for a resume
            c.decisions.remove(id);
        }
    }
    if (first) {
        *error = tr("%1: the journal is empty").arg(path);
        return std::nullopt;
    }
    return c;
}

std::optional<Journal::ResumePlan> Journal::resumePlan(const QString &path, QString *error)
{
    const auto journal = read(path, error);
    if (!journal)
        return std::nullopt;
    const AltLoader::Result loaded = AltLoader::loadBytes(journal->header.altJson, path);
    if (!loaded.ok()) {
        *error = tr("%1: the journal's ALT file is not valid: %2")
                         .arg(path, loaded.diagnostics.value(0).message);
        return std::nullopt;
    }
    ResumePlan plan;
    plan.alt = std::make_shared<const AltFile>(*loaded.file);
    const QJsonObject o = journal->header.options;
    RunOptions &options = plan.options;
    options.executionId = journal->header.executionId;
    options.failFast = o.value(QStringLiteral("fail_fast")).toBool();
    options.trigger = o.value(QStringLiteral("trigger")).toString(QStringLiteral("cli"));
    if (o.value(QStringLiteral("mode")).isString())
        options.mode = parseMode(o.value(QStringLiteral("mode")).toString());
    if (o.value(QStringLiteral("persona")).isString())
        options.persona = o.value(QStringLiteral("persona")).toString();
    options.requestMetadata = o.value(QStringLiteral("request_metadata")).toObject();
    if (const auto tokens = TokenUsage::figure(o.value(QStringLiteral("budget_tokens"))))
        plan.budget.tokens = *tokens;
    if (o.value(QStringLiteral("budget_cost")).isDouble()
        && o.value(QStringLiteral("budget_cost")).toDouble() >= 0)
        plan.budget.cost = o.value(QStringLiteral("budget_cost")).toDouble();
    RunOptions::Resume resume;
    resume.finished = journal->finished;
    resume.decisions = journal->decisions;
    resume.resumed = journal->header.resumed + 1;
    resume.startedAtMs = journal->header.startedAtMs;
    options.resume = resume;
    return plan;
}

QStringList Journal::findInterrupted(const QString &outputDir)
{
    const QDir dir(outputDir);
    QStringList out;
    const QStringList names
            = dir.entryList({QStringLiteral("last_*.journal")}, QDir::Files, QDir::Time);
    for (const QString &name : names)
        out.append(dir.absoluteFilePath(name));
    return out;
}

} // namespace altrunner
