// SPDX-License-Identifier: GPL-3.0-or-later
#include "altwriter.h"

#include "util/jsonwriter.h"

namespace altrunner {

QByteArray AltWriter::toJson(const AltFile &alt)
{
    QByteArray all;
    write(alt, [&all](QByteArrayView piece) {
        all += piece;
        return true;
    });
    return all;
}

bool AltWriter::write(const AltFile &alt, const std::function<bool(QByteArrayView)> &sink)
{
    constexpr qsizetype kPiece = 1 << 20;
    QByteArray out;
    out.reserve(kPiece + 64 * 1024);
    JsonWriter w(out, false);
    w.beginObject();
    w.member(u"id", alt.id);
    w.member(u"version", alt.version);
    w.member(u"created_at", alt.createdAt);
    w.member(u"title", alt.title);
    w.member(u"description", alt.description);
    w.member(u"mode", modeName(alt.mode));
    if (alt.persona)
        w.member(u"persona", *alt.persona);
    w.member(u"priority", priorityName(alt.priority));
    w.key(u"tags");
    w.beginArray();
    for (const QString &t : alt.tags)
        w.string(t);
    w.endArray();
    w.member(u"metadata", alt.metadata);
    // What the tasks name: the file's model and its named output schemas (docs/outputs.md).
    if (!alt.model.isEmpty())
        w.member(u"model", alt.model);
    if (!alt.schemaNames.isEmpty()) {
        QJsonObject schemas;
        for (auto it = alt.schemaNames.cbegin(); it != alt.schemaNames.cend(); ++it)
            schemas.insert(it.key(), alt.schemas.at(it.value())->json());
        w.member(u"schemas", schemas);
    }
    w.key(u"tasks");
    w.beginArray();
    for (const AltTask &t : alt.tasks) {
        if (out.size() >= kPiece) {
            if (!sink(out))
                return false;
            out.resize(0); // keeps its capacity (clear() would not)
        }
        w.beginObject();
        w.member(u"id", t.id);
        w.member(u"description", t.description);
        w.key(u"dependencies");
        w.beginArray();
        for (int d : t.dependencies)
            w.string(alt.tasks.at(d).id);
        w.endArray();
        if (!t.parameters.isEmpty())
            w.member(u"parameters", t.parameters);
        if (t.timeoutSeconds)
            w.member(u"timeout_seconds", *t.timeoutSeconds);
        w.member(u"retry_count", t.retryCount);
        if (t.repairAttempts >= 0)
            w.member(u"repair_attempts", qint64(t.repairAttempts));
        if (const TaskChecks *checks = alt.checksOf(t)) {
            w.member(u"assert", checks->source);
            if (checks->threshold < 1.0)
                w.member(u"checks_threshold", checks->threshold);
            if (checks->retryOnFailure)
                w.member(u"retry_on_check_failure", true);
        }
        if (const ApprovalGate *gate = alt.gateOf(int(&t - alt.tasks.constData()))) {
            if (t.kind == TaskKind::Ai)
                w.member(u"requires_approval", true);
            if (gate->timeoutSeconds) {
                w.member(u"approval_timeout_seconds", *gate->timeoutSeconds);
                w.member(u"on_timeout",
                         gate->approveOnTimeout ? QStringLiteral("approve")
                                                : QStringLiteral("reject"));
            }
        }
        w.member(u"priority", priorityName(t.priority));
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return sink(out);
}

} // namespace altrunner
