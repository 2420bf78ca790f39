// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventlog.h"

#include "run/run.h"
#include "run/runregistry.h"
#include "util/isotime.h"

#include <QDateTime>
#include <QJsonDocument>

namespace altrunner {

namespace {

bool isTerminal(TaskStatus s)
{
    return s == TaskStatus::Completed || s == TaskStatus::Failed || s == TaskStatus::Cancelled
            || s == TaskStatus::Timeout;
}

QJsonValue orNull(const QString &s)
{
    return s.isNull() ? QJsonValue() : QJsonValue(s);
}

} // namespace

EventLog::EventLog(RunRegistry *runs, QObject *parent)
    : QObject(parent)
{
    if (runs) {
        // Runs already going when the server starts are followed from their next batch.
        for (const RunRegistry::Entry *e : runs->entries()) {
            if (e->run && !e->result)
                follow(e->run.get());
        }
        connect(runs, &RunRegistry::runStarted, this, &EventLog::follow);
    }
}

EventLog::~EventLog() = default;

void EventLog::follow(Run *run)
{
    const QString id = run->executionId();
    if (m_runs.contains(id))
        return;
    RunLog log;
    for (const AltTask &t : run->altFile()->tasks)
        log.taskIds.append(t.id);
    log.tasks.resize(log.taskIds.size());
    m_runs.insert(id, std::move(log));
    m_order.append(id);
    forgetOldRuns();
    connect(run, &Run::progressed, this,
            [this, id](const RunSnapshot &snapshot, const QList<TaskUpdate> &changed) {
                onProgressed(id, snapshot, changed);
            });
    connect(run, &Run::finished, this,
            [this, id](const RunResult &result) { onFinished(id, result); });
    RunLog &l = m_runs[id];
    l.started = true;
    append(id, l, QStringLiteral("io.altrunner.run.started"),
           {{QStringLiteral("execution_id"), id},
            {QStringLiteral("alt_id"), run->altFile()->id},
            {QStringLiteral("title"), run->altFile()->title},
            {QStringLiteral("total_tasks"), int(l.taskIds.size())}});
    emit appended();
}

const EventLog::Ring *EventLog::ring(const QString &executionId) const
{
    if (executionId.isEmpty())
        return &m_all;
    const auto it = m_runs.constFind(executionId);
    return it == m_runs.cend() ? nullptr : &it->ring;
}

bool EventLog::isFinished(const QString &executionId) const
{
    const auto it = m_runs.constFind(executionId);
    return it != m_runs.cend() && it->finished;
}

QSet<QString> EventLog::finishedRuns() const
{
    QSet<QString> runs;
    for (auto it = m_runs.cbegin(); it != m_runs.cend(); ++it) {
        if (it->finished)
            runs.insert(it.key());
    }
    return runs;
}

QByteArray EventLog::frame(qint64 seq, const QString &executionId, const QString &type,
                           const QJsonObject &data, bool withId)
{
    return frameFrom(seq, QStringLiteral("/runs/") + executionId, type, data, withId);
}

QByteArray EventLog::frameFrom(qint64 seq, const QString &source, const QString &type,
                               const QJsonObject &data, bool withId)
{
    const QString id = withId ? QString::number(seq) : type + u'-' + QString::number(seq);
    const QJsonObject event {
            {QStringLiteral("specversion"), QStringLiteral("1.0")},
            {QStringLiteral("id"), id},
            {QStringLiteral("source"), source},
            {QStringLiteral("type"), type},
            {QStringLiteral("time"), isoUtcMs(QDateTime::currentMSecsSinceEpoch())},
            {QStringLiteral("datacontenttype"), QStringLiteral("application/json")},
            {QStringLiteral("data"), data}};
    QByteArray f;
    // Without an id line, a client's Last-Event-ID stays at the last event it really got.
    if (withId)
        f += "id: " + QByteArray::number(seq) + '\n';
    f += "event: " + type.toUtf8()
            + "\ndata: " + QJsonDocument(event).toJson(QJsonDocument::Compact) + "\n\n";
    return f;
}

void EventLog::append(const QString &id, RunLog &log, const QString &type, const QJsonObject &data)
{
    Event e;
    e.seq = ++m_seq;
    e.frame = frame(e.seq, id, type, data);
    e.run = id;
    e.endBytes = (log.ring.empty() ? 0 : log.ring.back().endBytes) + e.frame.size();
    log.ring.push_back(e);
    if (qsizetype(log.ring.size()) > kPerRun)
        log.ring.pop_front();
    e.endBytes = (m_all.empty() ? 0 : m_all.back().endBytes) + e.frame.size();
    m_all.push_back(std::move(e));
    if (qsizetype(m_all.size()) > 4 * kPerRun)
        m_all.pop_front();
}

void EventLog::workerEvent(const QString &type, const QJsonObject &data)
{
    // Of the server, not of one run: told on GET /events only.
    Event e;
    e.seq = ++m_seq;
    e.frame = frameFrom(e.seq, QStringLiteral("/workers"), type, data, true);
    e.endBytes = (m_all.empty() ? 0 : m_all.back().endBytes) + e.frame.size();
    m_all.push_back(std::move(e));
    if (qsizetype(m_all.size()) > 4 * kPerRun)
        m_all.pop_front();
    emit appended();
}

void EventLog::onProgressed(const QString &id, const RunSnapshot &snapshot,
                            const QList<TaskUpdate> &changed)
{
    const auto it = m_runs.find(id);
    if (it == m_runs.end() || it->finished)
        return;
    RunLog &log = *it;
    const qint64 before = m_seq;
    for (const TaskUpdate &u : changed) {
        if (u.index < 0 || u.index >= log.tasks.size())
            continue;
        TaskSeen &seen = log.tasks[u.index];
        const QString &taskId = log.taskIds.at(u.index);
        // A batch may hold several steps of one task; they are told in the order they happened.
        if (!seen.started && u.startMs >= 0 && !u.fromCache()) {
            seen.started = true;
            append(id, log, QStringLiteral("io.altrunner.task.started"),
                   {{QStringLiteral("task_id"), taskId}, {QStringLiteral("attempt"), 1}});
        }
        while (seen.retries < u.extra().retryDelaysMs.size()) {
            const qsizetype failed = seen.retries; // the attempt that failed, 0-based
            append(id, log, QStringLiteral("io.altrunner.task.retrying"),
                   {{QStringLiteral("task_id"), taskId},
                    {QStringLiteral("attempt"), int(failed + 2)},
                    {QStringLiteral("delay_ms"), u.extra().retryDelaysMs.at(failed)},
                    {QStringLiteral("error"),
                     failed < u.attempts.size() ? orNull(u.attempts.at(failed).error)
                                                : QJsonValue()}});
            ++seen.retries;
        }
        if (u.attempts.size() != seen.textAttempt) {
            seen.textAttempt = u.attempts.size(); // a new attempt streams from the start
            seen.textSent = 0;
        }
        if (u.extra().streamedText.size() > seen.textSent) {
            append(id, log, QStringLiteral("io.altrunner.task.output.delta"),
                   {{QStringLiteral("task_id"), taskId},
                    {QStringLiteral("attempt"), int(std::max<qsizetype>(1, u.attempts.size()))},
                    {QStringLiteral("text"), u.extra().streamedText.mid(seen.textSent)}});
            seen.textSent = u.extra().streamedText.size();
        }
        if (!seen.waiting && (u.status == TaskStatus::Waiting || !u.extra().approval.isEmpty())) {
            // A gate opened (docs/approvals.md): what it asks, for whoever decides.
            seen.waiting = true;
            QJsonObject data {{QStringLiteral("task_id"), taskId}};
            for (const PendingApproval &p : snapshot.approvals) {
                if (p.task == u.index) {
                    data.insert(QStringLiteral("question"), p.question);
                    data.insert(QStringLiteral("editable"), orNull(p.editable));
                    data.insert(QStringLiteral("waiting_since"), isoUtcMs(p.waitingSinceMs));
                }
            }
            append(id, log, QStringLiteral("io.altrunner.task.waiting"), data);
        }
        if (!seen.decided && !u.extra().approval.isEmpty()) {
            seen.decided = true;
            const bool approved = u.extra().approval.value(QStringLiteral("decision")).toString()
                    == u"approved";
            QJsonObject data = u.extra().approval;
            data.remove(QStringLiteral("original"));
            data.insert(QStringLiteral("task_id"), taskId);
            append(id, log,
                   approved ? QStringLiteral("io.altrunner.task.approved")
                            : QStringLiteral("io.altrunner.task.rejected"),
                   data);
        }
        if (!seen.finished && isTerminal(u.status)) {
            seen.finished = true;
            const QJsonValue usage = u.output.value(QStringLiteral("usage"));
            QJsonObject data {{QStringLiteral("task_id"), taskId},
                              {QStringLiteral("status"), statusName(u.status)},
                              {QStringLiteral("error"), orNull(u.error)},
                              {QStringLiteral("usage"), usage.isObject() ? usage : QJsonValue()},
                              {QStringLiteral("cost"), u.output.value(QStringLiteral("cost"))},
                              {QStringLiteral("cached"), u.fromCache()},
                              {QStringLiteral("attempts"), int(u.attempts.size())}};
            if (u.startMs >= 0 && u.endMs >= u.startMs)
                data.insert(QStringLiteral("duration_ms"), u.endMs - u.startMs);
            if (u.output.contains(QStringLiteral("ttft_ms")))
                data.insert(QStringLiteral("ttft_ms"), u.output.value(QStringLiteral("ttft_ms")));
            append(id, log, QStringLiteral("io.altrunner.task.finished"), data);
        }
    }
    maybeBudget(id, log, snapshot);
    if (snapshot.waitingFor.isEmpty() == log.waitingForWorkers) {
        // docs/distributed.md: said when no worker is there to take the calls, and when one is.
        log.waitingForWorkers = !snapshot.waitingFor.isEmpty();
        append(id, log, QStringLiteral("io.altrunner.run.waiting_for_workers"),
               {{QStringLiteral("waiting"), log.waitingForWorkers},
                {QStringLiteral("reason"), snapshot.waitingFor}});
    }
    if (m_seq != before)
        emit appended();
}

void EventLog::maybeBudget(const QString &id, RunLog &log, const RunSnapshot &snapshot)
{
    if (!snapshot.budget.isSet())
        return;
    const BudgetState &b = snapshot.budget;
    if (log.budget && log.budget->tokensUsed == b.tokensUsed && log.budget->costUsed == b.costUsed
        && log.budget->exhausted == b.exhausted)
        return;
    log.budget = b;
    append(id, log, QStringLiteral("io.altrunner.run.budget"), b.toJson(snapshot.currency));
}

void EventLog::onFinished(const QString &id, const RunResult &result)
{
    const auto it = m_runs.find(id);
    if (it == m_runs.end() || it->finished)
        return;
    // The final batch first, so nothing the run did is left untold.
    onProgressed(id, result.snapshot, {});
    RunLog &log = *it;
    const RunSnapshot &s = result.snapshot;
    QJsonObject counts;
    for (int i = 0; i < kTaskStatusCount; ++i)
        counts.insert(statusName(TaskStatus(i)), s.counts[size_t(i)]);
    append(id, log, QStringLiteral("io.altrunner.run.finished"),
           {{QStringLiteral("execution_id"), id},
            {QStringLiteral("outcome"), outcomeName(result.outcome)},
            {QStringLiteral("cancelled"), result.cancelled},
            {QStringLiteral("last_file"), orNull(result.lastFilePath)},
            {QStringLiteral("error"), orNull(result.error)},
            {QStringLiteral("tasks"), counts},
            {QStringLiteral("tokens_used"), s.tokensUsed},
            {QStringLiteral("cost"), s.costKnown() ? QJsonValue(s.cost) : QJsonValue()},
            {QStringLiteral("elapsed_ms"), s.elapsedMs}});
    log.finished = true;
    emit appended();
    forgetOldRuns();
}

void EventLog::forgetOldRuns()
{
    for (qsizetype i = 0; m_order.size() > kRunsKept && i < m_order.size();) {
        const auto it = m_runs.constFind(m_order.at(i));
        if (it == m_runs.cend() || it->finished) {
            m_runs.remove(m_order.at(i));
            m_order.removeAt(i);
        } else {
            ++i;
        }
    }
}

} // namespace altrunner
