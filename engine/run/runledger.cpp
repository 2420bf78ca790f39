// SPDX-License-Identifier: GPL-3.0-or-later
#include "runledger.h"

#include "changebatcher.h"
#include "last/lastwriter.h"
#include "util/isotime.h"

#include <QDateTime>
#include <QDir>

namespace altrunner {

RunLedger::RunLedger(std::shared_ptr<const AltFile> alt, QString executionId)
    : m_alt(std::move(alt))
    , m_executionId(std::move(executionId))
{
    // Only what snapshot() needs before the run begins: creating a run of 100,000 tasks costs
    // the caller's thread nothing more.
    m_statuses.fill(TaskStatus::Pending, m_alt->tasks.size());
    m_counts[size_t(TaskStatus::Pending)] = int(m_alt->tasks.size());
}

void RunLedger::begin(ChangeBatcher *batcher, std::optional<qint64> startedAtMs)
{
    m_batcher = batcher;
    m_records.reserve(m_alt->tasks.size()); // exactly: resize() alone rounds up to a power of 2
    m_records.resize(m_alt->tasks.size());
    m_batcher->resize(m_alt->tasks.size());
    int checkedTasks = 0;
    for (const AltTask &t : m_alt->tasks)
        checkedTasks += t.checks >= 0 ? 1 : 0;
    m_figures.setCheckedTasks(checkedTasks);
    // Wall clock anchored at the start, advanced by a monotonic clock: timestamps in the LAST
    // file never go backwards, even if the system clock is adjusted mid-run.
    m_clockBaseMs = QDateTime::currentMSecsSinceEpoch();
    m_startMs = startedAtMs.value_or(m_clockBaseMs);
    m_clock.start();
}

void RunLedger::openJournal(const QString &outputDir, const RunOptions &options)
{
    QDir().mkpath(outputDir);
    QList<std::pair<QString, TaskRecord>> finished;
    if (options.resume) {
        for (auto it = options.resume->finished.cbegin(); it != options.resume->finished.cend();
             ++it)
            finished.append({it.key(), it.value()});
    }
    if (!m_journal.open(Journal::pathFor(outputDir, m_executionId),
                        Journal::headerFor(m_executionId, m_startMs, *m_alt, options,
                                           m_figures.budget().limits()),
                        finished, &m_journalError,
                        options.resume ? options.resume->decisions
                                       : QHash<QString, ApprovalDecision> {}))
        qWarning("%s", qPrintable(m_journalError));
}

QList<int> RunLedger::restore(const RunOptions &options)
{
    const qsizetype n = m_alt->tasks.size();
    for (qsizetype i = 0; i < n; ++i) {
        const auto it = options.carriedResults.constFind(m_alt->tasks.at(i).id);
        if (it == options.carriedResults.cend())
            continue;
        TaskRecord &r = m_records[i];
        r.extraForWrite().carried = *it;
        r.extraForWrite().carriedFrom = options.carriedFromExecutionId;
        r.output = it->value(QStringLiteral("output")).toObject();
        // The budget is the whole run's: what the earlier run spent on these counts.
        m_figures.budget().charge(
                {std::max<qint64>(0, r.output.value(QStringLiteral("tokens_used")).toInteger()),
                 std::max(0.0, r.output.value(QStringLiteral("cost")).toDouble())});
        setStatus(int(i), TaskStatus::Completed);
    }
    QList<int> notCompleted;
    if (!options.resume)
        return notCompleted;
    // Already in the journal: openJournal() wrote them again first.
    m_restoring = true;
    for (qsizetype i = 0; i < n; ++i) {
        const auto it = options.resume->finished.constFind(m_alt->tasks.at(i).id);
        if (it == options.resume->finished.cend() || m_statuses.at(i) != TaskStatus::Pending)
            continue;
        m_records[i] = *it;
        m_figures.spent(*it, m_alt->tasks.at(i).kind == TaskKind::Ai);
        m_figures.budget().charge({it->tokensUsed(), it->cost.value_or(0)});
        m_figures.restored(*it);
        setStatus(int(i), it->status);
        if (it->status != TaskStatus::Completed && it->status != TaskStatus::Waiting)
            notCompleted.append(int(i));
    }
    m_restoring = false;
    return notCompleted;
}

RunFacts RunLedger::factsFrom(const RunOptions &options)
{
    RunFacts f;
    f.failFast = options.failFast;
    if (options.approvals == RunOptions::Approvals::All)
        f.approveAll = QStringLiteral("all");
    else if (options.approvals == RunOptions::Approvals::None)
        f.approveAll = QStringLiteral("none");
    f.trigger = options.trigger;
    f.rerunOf = options.carriedFromExecutionId;
    f.rerunFrom = options.rerunFrom;
    f.requestMetadata = options.requestMetadata;
    if (options.resume)
        f.resumed = options.resume->resumed;
    return f;
}

RunResult RunLedger::finish(const EngineConfig &config, RunFacts facts)
{
    m_endMs = now();
    if (m_batcher)
        m_batcher->stop();
    RunResult result;
    result.executionId = m_executionId;
    result.outcome = outcomeOf(m_records);
    result.cancelled = facts.cancelled;
    facts.executionId = m_executionId;
    facts.outcome = result.outcome;
    facts.startMs = m_startMs;
    facts.endMs = m_endMs;
    facts.snapshot = snapshot(facts.cancelled);
    facts.journalError = m_journalError;
    facts.altPath = m_alt->sourcePath;
    facts.altFormat = m_alt->format;
    m_journal.flush();
    QString error;
    result.lastFilePath = LastWriter::writeFile(config.outputDir, *m_alt, m_records,
                                                LastHeader::of(facts, config), &error);
    if (result.lastFilePath.isEmpty())
        result.error = error;
    else if (result.outcome != RunOutcome::Waiting)
        m_journal.remove(); // nothing is left to resume
    // Gates still waiting: the journal stays, for `resume` and the decisions still to come.
    result.journalPath = result.outcome == RunOutcome::Waiting
            ? Journal::pathFor(config.outputDir, m_executionId)
            : QString();
    result.snapshot = facts.snapshot;
    return result;
}

void RunLedger::release()
{
    m_records = {};
    if (m_batcher)
        m_batcher->resize(0);
}

qint64 RunLedger::now() const
{
    return m_clock.isValid() ? m_clockBaseMs + m_clock.elapsed() : m_clockBaseMs;
}

void RunLedger::setStatus(int task, TaskStatus status)
{
    // Every change goes to the journal first, before anything acts on it (a dependent starting,
    // the LAST file): a resumed run then never runs a completed task again.
    if (!m_restoring) {
        Q_ASSERT_X(canMove(m_statuses.at(task), status), "RunLedger::setStatus",
                   qPrintable(QStringLiteral("%1: %2 -> %3")
                                      .arg(m_alt->tasks.at(task).id,
                                           statusName(m_statuses.at(task)), statusName(status))));
        const QString &id = m_alt->tasks.at(task).id;
        const TaskRecord &r = m_records.at(task);
        if (status == TaskStatus::Retrying)
            m_journal.writeRetry(id, int(r.attempts.size()),
                                 r.extra().retryDelaysMs.value(r.extra().retryDelaysMs.size() - 1));
        else
            m_journal.writeState(id, status, r);
        if (m_journalLine.size() != m_records.size()) {
            m_journalLine.reserve(m_records.size());
            m_journalLine.resize(m_records.size());
        }
        m_journalLine[task] = m_journal.lines();
    }
    --m_counts[size_t(m_statuses.at(task))];
    ++m_counts[size_t(status)];
    m_statuses[task] = status;
    m_records[task].status = status;
    // An earlier attempt's text is not this one's.
    if (status == TaskStatus::Running && !m_records.at(task).extra().streamedText.isEmpty())
        m_records[task].extraForWrite().streamedText.clear();
    m_batcher->mark(task);
    if (m_observer)
        m_observer(task, status);
}

void RunLedger::streamed(int task, const QString &textSoFar)
{
    m_records[task].extraForWrite().streamedText = textSoFar;
    m_batcher->mark(task);
}

void RunLedger::cancelUnfinished(const QString &reason)
{
    for (int i = 0; i < int(m_statuses.size()); ++i) {
        const TaskStatus s = m_statuses.at(i);
        if (s != TaskStatus::Pending && s != TaskStatus::Retrying && s != TaskStatus::Waiting)
            continue;
        TaskRecord &r = m_records[i];
        r.error = reason;
        if (r.startMs >= 0)
            r.endMs = now();
        setStatus(i, TaskStatus::Cancelled);
    }
}

RunSnapshot RunLedger::snapshot(bool cancelled) const
{
    RunSnapshot s;
    s.executionId = m_executionId;
    s.total = int(m_statuses.size());
    s.counts = m_counts;
    m_figures.fill(s);
    s.startedAtMs = m_startMs;
    const bool finished = m_endMs >= 0;
    s.elapsedMs = finished ? m_endMs - m_startMs : (m_clock.isValid() ? now() - m_startMs : 0);
    const int done = s.finishedCount();
    if (s.elapsedMs > 0) {
        s.throughput = double(done) * 1000.0 / double(s.elapsedMs);
        // Unknown while gates wait: what is left depends on a person (docs/approvals.md).
        if (done > 0 && !finished && s.count(TaskStatus::Waiting) == 0)
            s.etaMs = qint64(double(s.total - done) / s.throughput * 1000.0);
    }
    if (finished)
        s.etaMs = 0;
    s.finished = finished;
    s.cancelled = cancelled;
    s.statuses = m_statuses;
    return s;
}

void RunLedger::instantAttempt(int task, int inFlight)
{
    const qint64 at = now();
    TaskRecord &r = m_records[task];
    r.startMs = at;
    // Tasks that complete on the spot in the same millisecond have equal attempt logs, so they
    // share one (implicitly shared: copied only if one changed): 100,000 of them cost a few
    // hundred lists, not 7 MB.
    if (m_instantAttempts.isEmpty() || m_instantAttempts.constFirst().startMs != at) {
        m_instantAttempts = QList<AttemptRecord>();
        m_instantAttempts.reserve(1);
        m_instantAttempts.append({at, at, AttemptOutcome::Completed, QString(), 0, {}});
    }
    r.attempts = m_instantAttempts;
    m_figures.attemptStarted(inFlight);
}

void RunLedger::beforeStart(int task)
{
    const qint64 written = m_journal.flushedLines();
    if (m_journal.lines() == written)
        return;
    for (int d : m_alt->tasks.at(task).dependencies) {
        if (m_journalLine.value(d) > written) {
            m_journal.flush();
            return;
        }
    }
}

QList<TaskUpdate> RunLedger::takeChanges()
{
    m_journal.flush(); // the changes are about to be told: they are in the journal first
    const QList<int> changed = m_batcher->take();
    QList<TaskUpdate> updates;
    updates.reserve(changed.size());
    for (int t : changed)
        updates.append(update(t));
    return updates;
}

TaskUpdate RunLedger::update(int task) const
{
    TaskUpdate u;
    static_cast<TaskRecord &>(u) = m_records.at(task);
    u.index = task;
    u.status = m_statuses.at(task);
    if (!u.message.isNull()) {
        u.output = CompactJson(u.outputObject());
        u.message = QString();
    }
    if (u.isCarried()) {
        // Carried over from an earlier run: its times and attempts are in the carried result.
        const QJsonObject &carried = u.extra().carried;
        u.startMs = parseIsoMs(carried.value(QStringLiteral("start_time")).toString()).value_or(-1);
        u.endMs = parseIsoMs(carried.value(QStringLiteral("end_time")).toString()).value_or(-1);
    }
    return u;
}

} // namespace altrunner
