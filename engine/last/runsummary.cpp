// SPDX-License-Identifier: GPL-3.0-or-later
#include "runsummary.h"

#include "lastreader.h"
#include "util/isotime.h"

#include <QDir>
#include <QFileInfo>

namespace altrunner {

RunSummary RunSummary::fromSnapshot(const QString &title, const RunSnapshot &s)
{
    RunSummary r;
    r.executionId = s.executionId;
    r.title = title;
    r.finished = s.finished;
    r.cancelled = s.cancelled;
    r.total = s.total;
    r.completed = s.count(TaskStatus::Completed);
    r.failures = s.count(TaskStatus::Failed) + s.count(TaskStatus::Timeout)
            + s.count(TaskStatus::Cancelled);
    r.startedAtMs = s.startedAtMs;
    r.durationMs = s.elapsedMs;
    r.tokens = s.tokensUsed;
    if (s.pricedTasks > 0 && s.costKnown())
        r.cost = s.cost;
    r.currency = s.currency;
    return r;
}

std::optional<RunSummary> RunSummary::fromLast(const QJsonObject &d, const QString &path)
{
    const auto outcome = parseRunOutcome(d.value(QStringLiteral("status")).toString());
    if (!outcome || !d.value(QStringLiteral("execution_id")).isString())
        return std::nullopt;
    const QJsonObject meta = d.value(QStringLiteral("metadata")).toObject();
    RunSummary r;
    r.executionId = d.value(QStringLiteral("execution_id")).toString();
    r.title = d.value(QStringLiteral("alt_file_title")).toString();
    if (r.title.isEmpty())
        r.title = d.value(QStringLiteral("alt_file_id")).toString();
    r.lastFilePath = path;
    r.trigger = meta.value(QStringLiteral("trigger")).toString();
    r.finished = true;
    r.cancelled = meta.value(QStringLiteral("cancelled")).toBool();
    r.outcome = outcome;
    const QJsonObject counts = meta.value(QStringLiteral("task_counts")).toObject();
    r.completed = counts.value(QStringLiteral("completed")).toInt();
    r.failures = counts.value(QStringLiteral("failed")).toInt()
            + counts.value(QStringLiteral("timeout")).toInt()
            + counts.value(QStringLiteral("cancelled")).toInt();
    r.total = counts.value(QStringLiteral("total"))
                      .toInt(int(d.value(QStringLiteral("task_results")).toObject().size()));
    r.startedAtMs = parseIsoMs(meta.value(QStringLiteral("started_at")).toString()).value_or(0);
    r.durationMs = qint64(d.value(QStringLiteral("execution_time_ms")).toDouble(-1));
    r.tokens = qint64(meta.value(QStringLiteral("tokens"))[u"total"].toDouble(
            meta.value(QStringLiteral("tokens_used")).toDouble()));
    const QJsonValue amount = meta.value(QStringLiteral("cost"))[u"amount"];
    const QString currency = meta.value(QStringLiteral("cost"))[u"currency"].toString();
    if (amount.isDouble() && !currency.isEmpty()) {
        r.cost = amount.toDouble();
        r.currency = currency;
    }
    return r;
}

QList<RunSummary> RunSummary::scanFolder(const QString &dir, int limit)
{
    QList<RunSummary> out;
    const QFileInfoList files
            = QDir(dir).entryInfoList({QStringLiteral("last_*.json")}, QDir::Files, QDir::Time);
    for (const QFileInfo &file : files) {
        if (out.size() >= limit)
            break;
        QString error;
        const auto document = LastReader::readDocument(file.absoluteFilePath(), &error);
        if (!document)
            continue;
        if (auto summary = fromLast(*document, file.absoluteFilePath()))
            out.append(*summary);
    }
    return out;
}

} // namespace altrunner
