// SPDX-License-Identifier: GPL-3.0-or-later
#include "runsummary.h"

#include "alt/jsonscanner.h"
#include "util/isotime.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

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
    r.simulatedAnswers = s.simulatedAnswers;
    r.budgetStopped = s.budget.exhausted;
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
    r.total = d.contains(QStringLiteral("task_results"))
            ? int(d.value(QStringLiteral("task_results")).toObject().size())
            : r.completed + r.failures; // every task of a finished run ended somehow
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
    // Files written before "simulated_answers" existed say only whether the mock ran.
    r.simulatedAnswers = meta.contains(QStringLiteral("simulated_answers"))
            ? meta.value(QStringLiteral("simulated_answers")).toInt()
            : meta.value(QStringLiteral("simulated")).toBool() ? r.completed
                                                               : 0;
    r.budgetStopped = meta.value(QStringLiteral("budget"))[u"exhausted"].toBool();
    return r;
}

namespace {

constexpr qint64 kHeadBytes = 1 << 20;
constexpr qint64 kWholeFileBytes = 8 << 20;

// A LAST file's top-level fields without its task results: LastWriter puts "task_results"
// last, so the bytes before it, closed, are a small JSON object. Empty when the key is not
// found at the top level within `head`.
QByteArray withoutTaskResults(const QByteArray &head)
{
    // Member by member over the top-level object; a value cut off by the end of `head` stops it.
    qsizetype p = 0;
    if (!JsonScanner::skipSpace(head, p) || head.at(p) != '{')
        return {};
    ++p;
    qsizetype membersEnd = p; // past the last whole member before "task_results"
    while (JsonScanner::skipSpace(head, p) && head.at(p) == '"') {
        const qsizetype keyBegin = p;
        if (!JsonScanner::skipString(head, p))
            return {};
        if (QByteArrayView(head).sliced(keyBegin, p - keyBegin) == "\"task_results\"")
            return head.left(membersEnd) + '}';
        if (!JsonScanner::skipSpace(head, p) || head.at(p) != ':')
            return {};
        ++p;
        if (!JsonScanner::skipSpace(head, p))
            return {};
        const qsizetype valueBegin = p;
        if (!JsonScanner::skipValue(head, p) || p == valueBegin)
            return {};
        membersEnd = p;
        if (!JsonScanner::skipSpace(head, p) || head.at(p) != ',')
            return {};
        ++p;
    }
    return {};
}

} // namespace

std::optional<RunSummary> RunSummary::read(const QString &path)
{
    // The head is enough for what a list shows; a LAST file of 100,000 tasks is tens of MB.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray head = withoutTaskResults(file.read(kHeadBytes));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(head, &error);
    if (!head.isEmpty() && error.error == QJsonParseError::NoError) {
        if (auto summary = fromLast(document.object(), path))
            return summary;
    }
    // Written by another tool, fields in another order: the whole file, if it is small.
    if (file.size() > kWholeFileBytes || !file.seek(0))
        return std::nullopt;
    return fromLast(QJsonDocument::fromJson(file.readAll()).object(), path);
}

QList<RunSummary> RunSummary::scanFolder(const QString &dir, int limit)
{
    QList<RunSummary> out;
    const QFileInfoList files
            = QDir(dir).entryInfoList({QStringLiteral("last_*.json")}, QDir::Files, QDir::Time);
    for (const QFileInfo &file : files) {
        if (out.size() >= limit)
            break;
        if (auto summary = read(file.absoluteFilePath()))
            out.append(*summary);
    }
    return out;
}

} // namespace altrunner
