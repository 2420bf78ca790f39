// SPDX-License-Identifier: GPL-3.0-or-later
#include "lastwriter.h"

#include "util/atomicfile.h"
#include "util/isotime.h"
#include "util/jsonwriter.h"

#include <QDir>
#include <QJsonDocument>

#include <QUuid>

#include <array>

namespace altrunner {

namespace {

void writeTaskResult(JsonWriter &w, const AltFile &alt, int task, const TaskRecord &r,
                     const QString &executionId)
{
    const QString &id = alt.tasks.at(task).id;
    if (!r.extra().carried.isEmpty()) {
        // Carried over from an earlier run: as it was, but under this run's id.
        QJsonObject carried = r.extra().carried;
        carried.insert(QStringLiteral("execution_id"), executionId);
        QJsonObject meta = carried.value(QStringLiteral("metadata")).toObject();
        meta.insert(QStringLiteral("carried_over_from"), r.extra().carriedFrom);
        carried.insert(QStringLiteral("metadata"), meta);
        w.value(carried);
        return;
    }
    w.beginObject();
    w.member(u"task_id", id);
    w.member(u"execution_id", executionId);
    w.member(u"status", statusName(r.status));
    if (r.startMs >= 0 && r.endMs >= 0) {
        w.member(u"start_time", isoUtcMs(r.startMs));
        w.member(u"end_time", isoUtcMs(r.endMs));
        w.member(u"duration_ms", r.endMs - r.startMs);
    } else if (r.startMs >= 0) { // an approval task still waiting
        w.member(u"start_time", isoUtcMs(r.startMs));
        w.memberNull(u"end_time");
        w.memberNull(u"duration_ms");
    } else {
        w.memberNull(u"start_time");
        w.memberNull(u"end_time");
        w.memberNull(u"duration_ms");
    }
    if (!r.message.isNull()) {
        w.key(u"output");
        w.beginObject();
        w.member(u"message", r.message);
        w.endObject();
    } else if (r.output.isEmpty()) {
        w.memberNull(u"output");
    } else {
        w.key(u"output");
        w.compact(r.output.bytes());
    }
    if (r.error.isNull())
        w.memberNull(u"error");
    else
        w.member(u"error", r.error);
    w.key(u"metadata");
    w.beginObject();
    w.member(u"attempts", qint64(r.attempts.size()));
    w.key(u"attempt_log");
    w.beginArray();
    for (const AttemptRecord &a : r.attempts) {
        w.beginObject();
        w.member(u"start_time", isoUtcMs(a.startMs));
        w.member(u"end_time", isoUtcMs(a.endMs));
        w.member(u"outcome", outcomeName(a.outcome));
        if (a.error.isNull())
            w.memberNull(u"error");
        else
            w.member(u"error", a.error);
        w.member(u"wait_ms", a.waitMs);
        for (auto it = a.detail.begin(); it != a.detail.end(); ++it) // model, errors
            w.member(it.key(), it.value());
        w.endObject();
    }
    w.endArray();
    if (!r.extra().retryDelaysMs.isEmpty()) {
        w.key(u"retry_delays_ms");
        w.beginArray();
        for (qint64 d : r.extra().retryDelaysMs)
            w.number(d);
        w.endArray();
    }
    if (r.aiFallback)
        w.member(u"ai_fallback", QStringLiteral("mock"));
    // The models left behind, and why (docs/outputs.md "Models, aliases and fallbacks").
    if (!r.extra().fallbacks.isEmpty())
        w.member(u"fallbacks", r.extra().fallbacks);
    // Its checks' results (docs/outputs.md "Checks on answers").
    if (!r.extra().checks.isEmpty())
        w.member(u"checks", r.extra().checks);
    if (!r.extra().cache.isEmpty())
        w.member(u"cache", r.extra().cache);
    if (!r.requestKey.isNull())
        w.member(u"request_key", r.requestKey.toHex());
    // Calls that workers were handed more than once (docs/distributed.md "Faults").
    if (r.extra().redelivered > 0)
        w.member(u"redelivered", qint64(r.extra().redelivered));
    // Approval gates (docs/approvals.md): since when it waits, the decision, an edit.
    if (r.status == TaskStatus::Waiting && r.extra().waitingSinceMs >= 0)
        w.member(u"waiting_since", isoUtcMs(r.extra().waitingSinceMs));
    if (!r.extra().approval.isEmpty())
        w.member(u"approval", r.extra().approval);
    if (!r.extra().edited.isEmpty())
        w.member(u"edited", r.extra().edited);
    // The structure, so that a LAST file alone can be drawn as a DAG and a timeline.
    w.key(u"dependencies");
    w.beginArray();
    for (int d : alt.tasks.at(task).dependencies)
        w.string(alt.tasks.at(d).id);
    w.endArray();
    w.endObject(); // metadata
    w.endObject();
}

} // namespace

QJsonObject LastWriter::taskResult(const AltFile &alt, int task, const TaskRecord &record,
                                   const QString &executionId)
{
    QByteArray out;
    JsonWriter w(out, false);
    writeTaskResult(w, alt, task, record, executionId);
    return QJsonDocument::fromJson(out).object();
}

QString LastWriter::fileName(const QString &executionId)
{
    return QStringLiteral("last_") + executionId + QStringLiteral(".json");
}

QString LastWriter::summary(const QList<TaskRecord> &records, qint64 elapsedMs)
{
    std::array<qsizetype, kTaskStatusCount> counts {};
    for (const TaskRecord &r : records)
        ++counts[size_t(r.status)];
    const qsizetype total = records.size();
    const double rate
            = total ? 100.0 * double(counts[size_t(TaskStatus::Completed)]) / double(total) : 0;
    // Two whole sentences rather than a plural form: the console program loads no translation,
    // and "%n task(s)" would then read "1 task(s)".
    const QString text = total == 1 ? tr("%1 task: %2 completed, %3 failed, %4 timed out, %5 "
                                         "cancelled; success rate %6%; %7 s")
                                    : tr("%1 tasks: %2 completed, %3 failed, %4 timed out, %5 "
                                         "cancelled; success rate %6%; %7 s");
    return text.arg(total)
            .arg(counts[size_t(TaskStatus::Completed)])
            .arg(counts[size_t(TaskStatus::Failed)])
            .arg(counts[size_t(TaskStatus::Timeout)])
            .arg(counts[size_t(TaskStatus::Cancelled)])
            .arg(rate, 0, 'f', 1)
            .arg(double(elapsedMs) / 1000.0, 0, 'f', 3);
}

QByteArray LastWriter::serialize(const AltFile &alt, const QList<TaskRecord> &records,
                                 const LastHeader &header)
{
    QByteArray all;
    write(alt, records, header, [&all](QByteArrayView piece) {
        all += piece;
        return true;
    });
    return all;
}

QString LastWriter::writeFile(const QString &outputDir, const AltFile &alt,
                              const QList<TaskRecord> &records, const LastHeader &header,
                              QString *error)
{
    if (!ensureWritableDir(outputDir, error))
        return {};
    const QString path = QDir(outputDir).absoluteFilePath(fileName(header.executionId));
    AtomicFile file(path);
    if (file.open()
        && write(alt, records, header, [&file](QByteArrayView piece) { return file.write(piece); })
        && file.commit())
        return path;
    *error = file.errorString();
    return {};
}

bool LastWriter::write(const AltFile &alt, const QList<TaskRecord> &records,
                       const LastHeader &header, const std::function<bool(QByteArrayView)> &sink)
{
    constexpr qsizetype kChunk = 1 << 20;
    QByteArray out;
    out.reserve(kChunk + 64 * 1024);
    JsonWriter w(out);
    qsizetype completed = 0;
    for (const TaskRecord &r : records)
        completed += r.status == TaskStatus::Completed;
    const double rate = records.isEmpty() ? 0.0 : double(completed) / double(records.size());
    const qint64 elapsed = header.endMs - header.startMs;

    w.beginObject();
    w.member(u"id", QUuid::createUuid().toString(QUuid::WithoutBraces));
    w.member(u"version", QStringLiteral("1.0"));
    w.member(u"created_at", isoUtcMs(header.endMs));
    w.member(u"alt_file_id", alt.id);
    w.member(u"alt_file_title", alt.title);
    w.member(u"execution_id", header.executionId);
    w.member(u"status", outcomeName(header.outcome));
    w.member(u"mode", header.mode);
    if (header.persona)
        w.member(u"persona", *header.persona);
    else
        w.memberNull(u"persona");
    w.member(u"summary", summary(records, elapsed));
    w.member(u"success_rate", rate);
    w.member(u"execution_time_ms", elapsed);
    QJsonObject metadata = header.metadata;
    metadata.insert(QStringLiteral("alt_metadata"), alt.metadata);
    w.member(u"metadata", metadata);

    w.key(u"task_results");
    w.beginObject();
    for (qsizetype i = 0; i < records.size(); ++i) {
        const TaskRecord &r = records.at(i);
        const QString &id = alt.tasks.at(i).id;
        if (out.size() >= kChunk) {
            if (!sink(out))
                return false;
            out.resize(0); // keeps its capacity (clear() would not)
        }
        w.key(id);
        writeTaskResult(w, alt, int(i), r, header.executionId);
    }
    w.endObject();
    w.endObject();
    out += '\n';
    return sink(out);
}

} // namespace altrunner
