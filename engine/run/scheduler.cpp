// SPDX-License-Identifier: GPL-3.0-or-later
#include "scheduler.h"

#include "ai/aiprovider.h"
#include "alt/altwriter.h"
#include "ai/connectioncheck.h"
#include "ai/delayedcall.h"
#include "ai/mockprovider.h"
#include "ai/providerfactory.h"
#include "altrunner_version.h"
#include "graph/topology.h"
#include "last/lastwriter.h"
#include "metrics/memoryusage.h"
#include "util/durationtext.h"
#include "util/isotime.h"

#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimerEvent>
#include <QUuid>

#include <algorithm>
#include <cmath>

namespace altrunner {

namespace {

constexpr int kPublishIntervalMs = 33; // at most ~30 batches a second
constexpr qint64 kPumpSliceMs = 5; // yield to the event loop this often in long bursts
constexpr qint64 kMaxBackoffMs = 30000;
constexpr qint64 kMaxRetryAfterMs = 120000;

double modeTemperature(Mode mode)
{
    switch (mode) {
    case Mode::Normal:
        return 0.2;
    case Mode::Explore:
        return 0.7;
    case Mode::Dream:
        return 1.0;
    case Mode::Chaos:
        return 1.4;
    }
    return 0.2;
}

double modeTopP(Mode mode)
{
    return (mode == Mode::Explore || mode == Mode::Dream) ? 0.95 : 1.0;
}

} // namespace

Scheduler::Scheduler(std::shared_ptr<const AltFile> alt, EngineConfig config, RunOptions options,
                     QObject *parent)
    : QObject(parent)
    , m_alt(std::move(alt))
    , m_config(std::move(config))
    , m_options(std::move(options))
    , m_executionId(m_options.executionId.isEmpty()
                            ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                            : m_options.executionId)
    , m_random(m_options.randomSeed ? *m_options.randomSeed
                                    : QRandomGenerator::system()->generate())
{
    // Only what snapshot() needs before start(); the rest is built in start(), in the run's own
    // thread, so creating a run of 100,000 tasks costs the caller's thread nothing.
    const qsizetype n = m_alt->tasks.size();
    m_statuses.fill(TaskStatus::Pending, n);
    m_counts[size_t(TaskStatus::Pending)] = int(n);
}

void Scheduler::prepare()
{
    const qsizetype n = m_alt->tasks.size();
    m_records.resize(n);
    m_remainingDeps.resize(n);
    m_dependents.resize(n);
    m_changedMark.fill(false, n);
    for (qsizetype i = 0; i < n; ++i) {
        for (int d : m_alt->tasks.at(i).dependencies)
            m_dependents[d].append(int(i));
    }
    m_chain = longestDependentChains(*m_alt);
}

Scheduler::~Scheduler()
{
    for (AiCall *call : std::as_const(m_calls))
        call->abort();
}

QList<int> Scheduler::longestDependentChains(const AltFile &alt)
{
    // Longest chain of dependents, counted in tasks, including the task itself: computed in
    // reverse topological order, so it is linear and needs no recursion.
    QList<QList<int>> dependencies;
    dependencies.reserve(alt.tasks.size());
    for (const AltTask &t : alt.tasks)
        dependencies.append(t.dependencies);
    const Topology topology = Topology::of(dependencies);
    QList<int> chain(alt.tasks.size(), 1);
    for (qsizetype k = topology.order.size() - 1; k >= 0; --k) {
        const int v = topology.order.at(k);
        for (int w : topology.dependents.at(v))
            chain[v] = std::max(chain[v], chain[w] + 1);
    }
    return chain;
}

qint64 Scheduler::now() const
{
    // Wall-clock anchored at the start, advanced by a monotonic clock: timestamps in the LAST
    // file never go backwards, even if the system clock is adjusted mid-run.
    return m_clockBaseMs + m_clock.elapsed();
}

void Scheduler::start()
{
    if (m_started)
        return;
    m_started = true;
    prepare();
    m_clockBaseMs = QDateTime::currentMSecsSinceEpoch();
    m_startMs = m_options.resume ? m_options.resume->startedAtMs : m_clockBaseMs;
    m_clock.start();
    openJournal();

    m_provider = createProvider(m_config, &m_aiUnavailable);
    if (!m_options.aiUnavailableReason.isEmpty())
        m_aiUnavailable = m_options.aiUnavailableReason;

    const qsizetype n = m_alt->tasks.size();
    // Carried results first: they are complete before anything runs.
    for (qsizetype i = 0; i < n; ++i) {
        const auto it = m_options.carriedResults.constFind(m_alt->tasks.at(i).id);
        if (it == m_options.carriedResults.cend())
            continue;
        TaskRecord &r = m_records[i];
        r.carried = *it;
        r.carriedFrom = m_options.carriedFromExecutionId;
        r.output = it->value(QStringLiteral("output")).toObject();
        setStatus(int(i), TaskStatus::Completed);
    }
    // Resuming: what had finished before the crash stays as it was.
    if (m_options.resume) {
        QList<int> failedOnes;
        for (qsizetype i = 0; i < n; ++i) {
            const auto it = m_options.resume->finished.constFind(m_alt->tasks.at(i).id);
            if (it == m_options.resume->finished.cend() || m_statuses.at(i) != TaskStatus::Pending)
                continue;
            m_records[i] = *it;
            m_restoring = true; // already in the journal, written when it was opened
            m_tokens += it->tokensUsed;
            m_attempts += it->attempts.size();
            m_retries += it->retryDelaysMs.size();
            setStatus(int(i), it->status);
            m_restoring = false;
            if (it->status != TaskStatus::Completed)
                failedOnes.append(int(i));
        }
        for (int i : std::as_const(failedOnes))
            propagateFailure(i);
    }
    for (qsizetype i = 0; i < n; ++i) {
        int remaining = 0;
        for (int d : m_alt->tasks.at(i).dependencies)
            remaining += m_statuses.at(d) != TaskStatus::Completed;
        m_remainingDeps[i] = remaining;
        if (remaining == 0 && m_statuses.at(i) == TaskStatus::Pending)
            pushReady(int(i));
    }
    checkAiService();
    pump();
    publish();
}

void Scheduler::checkAiService()
{
    if (!m_options.checkAiService || !m_provider || m_provider->isSimulated()
        || !m_aiUnavailable.isEmpty())
        return;
    bool aiToRun = false;
    for (qsizetype i = 0; i < m_statuses.size() && !aiToRun; ++i)
        aiToRun = m_statuses.at(i) == TaskStatus::Pending
                && m_alt->tasks.at(i).kind == TaskKind::Ai;
    if (!aiToRun)
        return;
    // Only whether anything answers at the address: one request, and a slow service does not
    // hold the run up for longer than an AI attempt may take (5 s at most).
    m_checkingService = true;
    auto *check = new ConnectionCheck(m_config, this);
    connect(check, &ConnectionCheck::finished, this,
            [this, check](const ConnectionCheck::Result &result) {
                check->deleteLater();
                m_checkingService = false;
                if (m_finished)
                    return; // cancelled meanwhile
                if (!result.reachable && result.refused) {
                    m_aiUnavailable = result.message;
                    emit aiServiceRefused(result.message);
                }
                pump();
            });
    check->start(int(std::min(5000.0, m_config.aiTimeoutSeconds * 1000.0)),
                 ConnectionCheck::Scope::Reachability);
}

void Scheduler::openJournal()
{
    if (!m_options.journal)
        return;
    Journal::Header header;
    header.executionId = m_executionId;
    header.startedAtMs = m_startMs;
    header.resumed = m_options.resume ? m_options.resume->resumed : 0;
    QJsonObject options {{QStringLiteral("fail_fast"), m_options.failFast},
                         {QStringLiteral("trigger"), m_options.trigger}};
    if (m_options.mode)
        options.insert(QStringLiteral("mode"), modeName(*m_options.mode));
    if (m_options.persona)
        options.insert(QStringLiteral("persona"), *m_options.persona);
    if (!m_options.requestMetadata.isEmpty())
        options.insert(QStringLiteral("request_metadata"), m_options.requestMetadata);
    header.options = options;
    header.altJson = AltWriter::toJson(*m_alt);
    QList<std::pair<QString, TaskRecord>> finished;
    if (m_options.resume) {
        for (auto it = m_options.resume->finished.cbegin(); it != m_options.resume->finished.cend();
             ++it)
            finished.append({it.key(), it.value()});
    }
    QDir().mkpath(m_config.outputDir);
    if (!m_journal.open(Journal::pathFor(m_config.outputDir, m_executionId), header, finished,
                        &m_journalError))
        qWarning("%s", qPrintable(m_journalError)); // the run goes on, without crash safety
}

void Scheduler::cancel()
{
    if (!m_started) {
        // Cancelled before it began: the LAST file still records every task as cancelled.
        m_started = true;
        prepare();
        m_clockBaseMs = m_startMs = QDateTime::currentMSecsSinceEpoch();
        m_clock.start();
    }
    stop(tr("run cancelled"), true);
}

void Scheduler::setStatus(int task, TaskStatus status)
{
    // Every change goes to the journal first, before anything acts on it (a dependent starting,
    // the LAST file): a resumed run then never runs a completed task again.
    if (!m_restoring) {
        const QString &id = m_alt->tasks.at(task).id;
        const TaskRecord &r = m_records.at(task);
        if (status == TaskStatus::Retrying)
            m_journal.writeRetry(id, int(r.attempts.size()),
                                 r.retryDelaysMs.value(r.retryDelaysMs.size() - 1));
        else
            m_journal.writeState(id, status, r);
    }
    --m_counts[size_t(m_statuses.at(task))];
    ++m_counts[size_t(status)];
    m_statuses[task] = status;
    m_records[task].status = status;
    if (!m_changedMark.at(task)) {
        m_changedMark[task] = true;
        m_changed.append(task);
    }
    if (!m_publishTimer.isActive() && !m_finished)
        m_publishTimer.start(kPublishIntervalMs, this);
}

void Scheduler::pushReady(int task)
{
    m_ready.push({int(m_alt->tasks.at(task).priority), m_chain.at(task), task});
}

void Scheduler::pump()
{
    m_pumpQueued = false;
    if (m_stopping || m_finished || m_checkingService)
        return;
    QElapsedTimer slice;
    slice.start();
    while (m_inFlight < m_config.maxConcurrentTasks && !m_ready.empty()) {
        if (slice.elapsed() > kPumpSliceMs) {
            // A long burst of instant tasks: let cancel requests and batch publishing through.
            if (!m_pumpQueued) {
                m_pumpQueued = true;
                QMetaObject::invokeMethod(this, &Scheduler::pump, Qt::QueuedConnection);
            }
            return;
        }
        const int task = m_ready.top().index;
        m_ready.pop();
        const AltTask &t = m_alt->tasks.at(task);
        if (t.kind == TaskKind::Noop && t.durationMs == 0) {
            // Completes on the spot: no timer, no event-loop round trip. 100,000 structure-only
            // tasks must cost microseconds each.
            const qint64 at = now();
            TaskRecord &r = m_records[task];
            r.startMs = at;
            r.attempts.append({at, at, AttemptOutcome::Completed, QString()});
            ++m_attempts;
            m_peakInFlight = std::max(m_peakInFlight, m_inFlight + 1);
            complete(task, QJsonObject {{QStringLiteral("message"), t.description}}, 0);
            continue;
        }
        if (t.kind == TaskKind::Ai && !m_aiUnavailable.isEmpty()) {
            // Known before trying that the service is not there: one clear error per task,
            // no futile attempts (or the marked mock answer, if the user asked for that).
            if (m_config.fallbackToMock)
                completeFromMock(task);
            else
                giveUp(task, TaskStatus::Failed, m_aiUnavailable);
            continue;
        }
        startAttempt(task);
    }
    maybeFinish();
}

int Scheduler::attemptBudgetMs(int task) const
{
    const AltTask &t = m_alt->tasks.at(task);
    double seconds = t.timeoutSeconds.value_or(m_config.taskTimeoutSeconds);
    if (t.kind == TaskKind::Ai)
        seconds = std::min(seconds, m_config.aiTimeoutSeconds);
    return int(std::llround(seconds * 1000.0));
}

void Scheduler::startAttempt(int task)
{
    const AltTask &t = m_alt->tasks.at(task);
    TaskRecord &r = m_records[task];
    const qint64 at = now();
    if (r.startMs < 0)
        r.startMs = at;
    r.attempts.append({at, 0, AttemptOutcome::Completed, QString()});
    ++m_attempts;
    ++m_inFlight;
    m_peakInFlight = std::max(m_peakInFlight, m_inFlight);
    setStatus(task, TaskStatus::Running);

    const int budget = attemptBudgetMs(task);
    auto done = [this, task](const AiReply &reply) {
        onReply(task, reply);
    };
    AiCall *call = nullptr;
    if (t.kind == TaskKind::Noop) {
        AiReply reply;
        reply.ok = true;
        reply.raw = QJsonObject {{QStringLiteral("message"), t.description}};
        call = new DelayedCall(int(std::min<qint64>(t.durationMs, INT_MAX)), std::move(reply),
                               std::move(done), this);
    } else {
        AiRequest request;
        request.taskId = t.id;
        request.executionId = m_executionId;
        request.attempt = int(r.attempts.size());
        request.prompt = renderPrompt(task);
        request.model = t.parameters.value(QStringLiteral("model")).toString(m_config.aiModel);
        const Mode mode = m_options.mode.value_or(m_alt->mode);
        request.mode = modeName(mode);
        request.persona = m_options.persona ? m_options.persona : m_alt->persona;
        request.temperature
                = t.parameters.value(QStringLiteral("temperature")).toDouble(modeTemperature(mode));
        request.topP = t.parameters.value(QStringLiteral("top_p")).toDouble(modeTopP(mode));
        if (t.parameters.value(QStringLiteral("max_tokens")).isDouble())
            request.maxTokens = t.parameters.value(QStringLiteral("max_tokens")).toInt();
        request.parameters = t.parameters;
        request.timeoutMs = budget;
        call = m_provider->start(request, std::move(done), this);
    }
    m_calls.insert(task, call);
    const int timerId = startTimer(budget, Qt::PreciseTimer);
    m_timeoutTimers.insert(timerId, task);
    m_taskTimeoutTimer.insert(task, timerId);
}

void Scheduler::endAttempt(int task, AttemptOutcome outcome, const QString &error)
{
    if (AiCall *call = m_calls.take(task)) {
        call->abort();
        call->deleteLater();
    }
    if (const int timerId = m_taskTimeoutTimer.take(task)) {
        killTimer(timerId);
        m_timeoutTimers.remove(timerId);
    }
    --m_inFlight;
    AttemptRecord &a = m_records[task].attempts.last();
    a.endMs = now();
    a.outcome = outcome;
    a.error = error;
    if (m_alt->tasks.at(task).kind == TaskKind::Ai && outcome != AttemptOutcome::Cancelled)
        m_latency.add(a.endMs - a.startMs);
}

void Scheduler::onReply(int task, const AiReply &reply)
{
    if (!m_calls.contains(task))
        return; // already ended (timed out or cancelled)
    if (reply.ok) {
        endAttempt(task, AttemptOutcome::Completed, QString());
        QJsonObject output;
        if (m_alt->tasks.at(task).kind == TaskKind::Noop) {
            output = reply.raw.toObject();
        } else {
            output.insert(QStringLiteral("text"), reply.text);
            output.insert(QStringLiteral("model"), reply.model);
            output.insert(QStringLiteral("tokens_used"), reply.tokensUsed);
            output.insert(QStringLiteral("provider"), reply.provider);
            if (reply.simulated)
                output.insert(QStringLiteral("simulated"), true);
            if (!reply.raw.isUndefined() && !reply.raw.isNull())
                output.insert(QStringLiteral("raw"), reply.raw);
        }
        complete(task, output, reply.tokensUsed);
    } else {
        const AttemptOutcome outcome
                = reply.timedOut ? AttemptOutcome::Timeout : AttemptOutcome::Failed;
        endAttempt(task, outcome, reply.error);
        failAttempt(task, outcome, reply.error, reply.retryable, reply.retryAfterMs);
    }
    pump();
}

void Scheduler::onAttemptTimeout(int task)
{
    const QString error
            = tr("attempt timed out after %1 s").arg(DurationText::seconds(attemptBudgetMs(task)));
    endAttempt(task, AttemptOutcome::Timeout, error);
    failAttempt(task, AttemptOutcome::Timeout, error, true, -1);
    pump();
}

qint64 Scheduler::retryDelay(int retryNumber, qint64 retryAfterMs)
{
    // Full jitter: uniform in [0, min(30 s, base * 2^(n-1))], but never before the server's
    // Retry-After (capped, so a hostile server cannot park a task for a day).
    const double cap = std::min<double>(double(kMaxBackoffMs),
                                        double(m_options.retryBaseDelayMs)
                                                * std::pow(2.0, double(retryNumber - 1)));
    qint64 delay = qint64(std::llround(m_random.generateDouble() * cap));
    if (retryAfterMs >= 0)
        delay = std::max(delay, std::min(retryAfterMs, kMaxRetryAfterMs));
    return delay;
}

void Scheduler::failAttempt(int task, AttemptOutcome outcome, const QString &error, bool retryable,
                            qint64 retryAfterMs)
{
    const AltTask &t = m_alt->tasks.at(task);
    TaskRecord &r = m_records[task];
    const int made = int(r.attempts.size());
    if (retryable && made < 1 + t.retryCount && !m_stopping) {
        const qint64 delay = retryDelay(made, retryAfterMs);
        r.retryDelaysMs.append(delay);
        ++m_retries;
        setStatus(task, TaskStatus::Retrying);
        m_retryTimers.insert(startTimer(int(delay), Qt::PreciseTimer), task);
        return;
    }
    if (retryable && m_config.fallbackToMock && t.kind == TaskKind::Ai && m_provider
        && !m_provider->isSimulated()) {
        completeFromMock(task);
        return;
    }
    giveUp(task, outcome == AttemptOutcome::Timeout ? TaskStatus::Timeout : TaskStatus::Failed,
           error);
}

void Scheduler::completeFromMock(int task)
{
    // Every attempt failed on a retryable error (or none could be made): answer from the mock,
    // visibly marked, because the user asked for that with AI_FALLBACK_TO_MOCK.
    const AltTask &t = m_alt->tasks.at(task);
    AiRequest request;
    request.prompt = renderPrompt(task);
    request.model = t.parameters.value(QStringLiteral("model")).toString(m_config.aiModel);
    request.mode = modeName(m_options.mode.value_or(m_alt->mode));
    const AiReply reply = MockProvider::answer(request);
    TaskRecord &r = m_records[task];
    r.aiFallback = true;
    if (r.startMs < 0)
        r.startMs = r.endMs = now();
    complete(task,
             QJsonObject {{QStringLiteral("text"), reply.text},
                          {QStringLiteral("model"), reply.model},
                          {QStringLiteral("tokens_used"), reply.tokensUsed},
                          {QStringLiteral("provider"), QStringLiteral("mock")},
                          {QStringLiteral("simulated"), true},
                          {QStringLiteral("ai_fallback"), true},
                          {QStringLiteral("raw"), reply.raw}},
             reply.tokensUsed);
}

void Scheduler::giveUp(int task, TaskStatus status, const QString &error)
{
    TaskRecord &r = m_records[task];
    r.error = error;
    if (!r.attempts.isEmpty())
        r.endMs = r.attempts.last().endMs;
    setStatus(task, status);
    propagateFailure(task);
    if (m_options.failFast && !m_stopping) {
        m_failFastCause = m_alt->tasks.at(task).id;
        stop(tr("run stopped by fail-fast: task '%1' did not complete").arg(m_failFastCause),
             false);
    }
}

void Scheduler::complete(int task, const QJsonObject &output, qint64 tokens)
{
    TaskRecord &r = m_records[task];
    r.output = output;
    r.tokensUsed = tokens;
    if (!r.attempts.isEmpty())
        r.endMs = r.attempts.last().endMs;
    m_tokens += tokens;
    setStatus(task, TaskStatus::Completed);
    for (int d : std::as_const(m_dependents[task])) {
        if (--m_remainingDeps[d] == 0 && m_statuses.at(d) == TaskStatus::Pending)
            pushReady(d);
    }
}

void Scheduler::propagateFailure(int task)
{
    const QString error = tr("dependency '%1' failed").arg(m_alt->tasks.at(task).id);
    QList<int> queue {task};
    for (qsizetype q = 0; q < queue.size(); ++q) {
        for (int d : std::as_const(m_dependents[queue.at(q)])) {
            if (m_statuses.at(d) != TaskStatus::Pending)
                continue; // already cancelled through another failed dependency
            m_records[d].error = error;
            setStatus(d, TaskStatus::Cancelled);
            queue.append(d);
        }
    }
}

void Scheduler::stop(const QString &reason, bool userCancelled)
{
    if (m_finished)
        return;
    m_stopping = true;
    m_userCancelled = m_userCancelled || userCancelled;
    const QList<int> inFlight = m_calls.keys();
    for (int task : inFlight) {
        endAttempt(task, AttemptOutcome::Cancelled, reason);
        TaskRecord &r = m_records[task];
        r.error = reason;
        r.endMs = r.attempts.last().endMs;
        setStatus(task, TaskStatus::Cancelled);
    }
    for (auto it = m_retryTimers.cbegin(); it != m_retryTimers.cend(); ++it) {
        killTimer(it.key());
        TaskRecord &r = m_records[it.value()];
        r.error = reason;
        r.endMs = now();
        setStatus(it.value(), TaskStatus::Cancelled);
    }
    m_retryTimers.clear();
    // Pending tasks, and retrying ones already back in the ready queue.
    for (qsizetype i = 0; i < m_statuses.size(); ++i) {
        const TaskStatus s = m_statuses.at(i);
        if (s == TaskStatus::Pending || s == TaskStatus::Retrying) {
            TaskRecord &r = m_records[i];
            r.error = reason;
            if (r.startMs >= 0)
                r.endMs = now();
            setStatus(int(i), TaskStatus::Cancelled);
        }
    }
    m_ready = {};
    maybeFinish();
}

void Scheduler::maybeFinish()
{
    if (m_finished || m_inFlight > 0 || !m_retryTimers.isEmpty())
        return;
    const int final = m_counts[size_t(TaskStatus::Completed)] + m_counts[size_t(TaskStatus::Failed)]
            + m_counts[size_t(TaskStatus::Cancelled)] + m_counts[size_t(TaskStatus::Timeout)];
    if (final == m_statuses.size())
        finish();
}

void Scheduler::finish()
{
    m_finished = true;
    m_endMs = now();
    m_publishTimer.stop();

    RunResult result;
    result.executionId = m_executionId;
    result.outcome = outcomeOf(m_records);
    result.cancelled = m_userCancelled;

    LastHeader header;
    header.executionId = m_executionId;
    header.outcome = result.outcome;
    header.mode = modeName(m_options.mode.value_or(m_alt->mode));
    header.persona = m_options.persona ? m_options.persona : m_alt->persona;
    header.startMs = m_startMs;
    header.endMs = m_endMs;
    const RunSnapshot snap = snapshot();
    QJsonObject meta {
            {QStringLiteral("runner_version"), QStringLiteral(ALTRUNNER_VERSION)},
            {QStringLiteral("ai_provider"), providerName(m_config.provider)},
            {QStringLiteral("ai_model"), m_config.aiModel},
            {QStringLiteral("simulated"), m_config.provider == ProviderKind::Mock},
            {QStringLiteral("max_concurrent_tasks"), m_config.maxConcurrentTasks},
            {QStringLiteral("total_attempts"), m_attempts},
            {QStringLiteral("retries"), m_retries},
            {QStringLiteral("tokens_used"), m_tokens},
            {QStringLiteral("peak_memory_bytes"), MemoryUsage::peakResidentBytes()},
            {QStringLiteral("peak_in_flight"), m_peakInFlight},
            {QStringLiteral("cancelled"), m_userCancelled},
            {QStringLiteral("fail_fast"), m_options.failFast},
            {QStringLiteral("throughput_tasks_per_second"), snap.throughput},
            {QStringLiteral("trigger"), m_options.trigger},
    };
    meta.insert(QStringLiteral("started_at"),
                QDateTime::fromMSecsSinceEpoch(m_startMs, Qt::UTC).toString(Qt::ISODateWithMs));
    QJsonObject counts;
    for (TaskStatus s :
         {TaskStatus::Completed, TaskStatus::Failed, TaskStatus::Timeout, TaskStatus::Cancelled})
        counts.insert(statusName(s), snap.count(s));
    meta.insert(QStringLiteral("task_counts"), counts);
    if (m_latency.count() > 0) {
        meta.insert(QStringLiteral("ai_latency_ms"),
                    QJsonObject {{QStringLiteral("p50"), m_latency.percentile(50)},
                                 {QStringLiteral("p95"), m_latency.percentile(95)},
                                 {QStringLiteral("p99"), m_latency.percentile(99)},
                                 {QStringLiteral("count"), m_latency.count()}});
    }
    if (!m_failFastCause.isEmpty())
        meta.insert(QStringLiteral("fail_fast_triggered_by"), m_failFastCause);
    if (!m_options.carriedFromExecutionId.isEmpty())
        meta.insert(QStringLiteral("rerun_of"), m_options.carriedFromExecutionId);
    if (!m_options.requestMetadata.isEmpty())
        meta.insert(QStringLiteral("request_metadata"), m_options.requestMetadata);
    if (!m_aiUnavailable.isEmpty())
        meta.insert(QStringLiteral("ai_unavailable"), m_aiUnavailable);
    if (m_options.resume)
        meta.insert(QStringLiteral("resumed"), m_options.resume->resumed);
    if (!m_journalError.isEmpty())
        meta.insert(QStringLiteral("journal_error"), m_journalError);
    if (!m_alt->sourcePath.isEmpty())
        meta.insert(QStringLiteral("alt_file_path"), m_alt->sourcePath);
    header.metadata = meta;

    QString error;
    result.lastFilePath
            = LastWriter::writeFile(m_config.outputDir, *m_alt, m_records, header, &error);
    if (result.lastFilePath.isEmpty())
        result.error = error;
    else
        m_journal.remove(); // the LAST file is safely on disk: nothing left to resume
    result.snapshot = snapshot();
    publish();
    emit finished(result);
    // Free the run's bookkeeping here, in the run's thread: whoever ends the thread later (often
    // the GUI thread, joining it) then waits for nothing.
    m_records = {};
    m_remainingDeps = {};
    m_dependents = {};
    m_chain = {};
    m_changedMark = {};
}

RunSnapshot Scheduler::snapshot() const
{
    RunSnapshot s;
    s.executionId = m_executionId;
    s.total = int(m_statuses.size());
    s.counts = m_counts;
    s.attempts = m_attempts;
    s.retries = m_retries;
    s.inFlight = m_inFlight;
    s.peakInFlight = m_peakInFlight;
    s.tokensUsed = m_tokens;
    s.startedAtMs = m_startMs;
    s.elapsedMs = m_finished ? m_endMs - m_startMs : (m_started ? now() - m_startMs : 0);
    const int done = s.finishedCount();
    if (s.elapsedMs > 0) {
        s.throughput = double(done) * 1000.0 / double(s.elapsedMs);
        if (done > 0 && !m_finished)
            s.etaMs = qint64(double(s.total - done) / s.throughput * 1000.0);
    }
    if (m_finished)
        s.etaMs = 0;
    s.latencyP50Ms = m_latency.percentile(50);
    s.latencyP95Ms = m_latency.percentile(95);
    s.latencyP99Ms = m_latency.percentile(99);
    s.peakMemoryBytes = MemoryUsage::peakResidentBytes();
    s.latencyBuckets = m_latency.cumulativeCounts(kLatencyBucketsMs);
    s.latencySumMs = m_latency.sum();
    s.latencyCount = m_latency.count();
    s.finished = m_finished;
    s.cancelled = m_userCancelled;
    s.statuses = m_statuses;
    return s;
}

TaskUpdate Scheduler::update(int task) const
{
    const TaskRecord &r = m_records.at(task);
    TaskUpdate u;
    u.index = task;
    u.status = m_statuses.at(task);
    u.startMs = r.startMs;
    u.endMs = r.endMs;
    u.attempts = r.attempts;
    u.retryDelaysMs = r.retryDelaysMs;
    u.error = r.error;
    u.output = r.output;
    u.aiFallback = r.aiFallback;
    if (!r.carried.isEmpty()) {
        // Carried over from an earlier run: its times and attempts are in the carried result.
        u.startMs
                = parseIsoMs(r.carried.value(QStringLiteral("start_time")).toString()).value_or(-1);
        u.endMs = parseIsoMs(r.carried.value(QStringLiteral("end_time")).toString()).value_or(-1);
    }
    return u;
}

void Scheduler::publish()
{
    m_publishTimer.stop();
    QList<TaskUpdate> updates;
    updates.reserve(m_changed.size());
    for (int t : std::as_const(m_changed)) {
        m_changedMark[t] = false;
        updates.append(update(t));
    }
    m_changed.clear();
    emit progressed(snapshot(), updates);
}

QString Scheduler::outputText(int task) const
{
    const QJsonObject &output = m_records.at(task).output;
    const QJsonValue text = output.value(QStringLiteral("text"));
    if (text.isString())
        return text.toString();
    const QJsonValue message = output.value(QStringLiteral("message"));
    if (message.isString())
        return message.toString();
    return QString::fromUtf8(QJsonDocument(output).toJson(QJsonDocument::Compact));
}

QString Scheduler::renderPrompt(int task) const
{
    const QString &prompt = m_alt->tasks.at(task).prompt;
    if (!prompt.contains(u"{{"))
        return prompt;
    static const QRegularExpression placeholder(QStringLiteral(R"(\{\{\s*([^{}]*?)\s*\}\})"));
    QString out;
    qsizetype last = 0;
    auto it = placeholder.globalMatch(prompt);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(prompt).mid(last, m.capturedStart() - last);
        const int source = m_alt->indexOf(m.captured(1));
        out += source >= 0 ? outputText(source) : m.captured(0);
        last = m.capturedEnd();
    }
    out += QStringView(prompt).mid(last);
    return out;
}

void Scheduler::timerEvent(QTimerEvent *event)
{
    const int id = event->timerId();
    if (id == m_publishTimer.timerId()) {
        publish();
        return;
    }
    if (const auto it = m_timeoutTimers.constFind(id); it != m_timeoutTimers.cend()) {
        onAttemptTimeout(*it);
        return;
    }
    if (const auto it = m_retryTimers.constFind(id); it != m_retryTimers.cend()) {
        const int task = *it;
        killTimer(id);
        m_retryTimers.erase(it);
        if (m_statuses.at(task) == TaskStatus::Retrying)
            pushReady(task); // stays "retrying" until an attempt really starts
        pump();
    }
}

} // namespace altrunner
