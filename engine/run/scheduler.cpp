// SPDX-License-Identifier: GPL-3.0-or-later
#include "scheduler.h"

#include "ai/aiprovider.h"
#include "ai/connectioncheck.h"
#include "ai/delayedcall.h"
#include "ai/mockprovider.h"
#include "ai/providerfactory.h"
#include "graph/topology.h"
#include "last/lastwriter.h"
#include "metrics/memoryusage.h"
#include "util/durationtext.h"
#include "util/isotime.h"

#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QTimerEvent>
#include <QUuid>

#include <algorithm>
#include <cmath>

namespace altrunner {

namespace {

constexpr int kPublishIntervalMs = 33; // at most ~30 batches a second
constexpr qint64 kPumpSliceMs = 5; // yield to the event loop this often in long bursts
// Admission said "wait until an attempt ends" with none in flight: ask again after this, rather
// than wait for an event that cannot come.
constexpr int kIdleWaitMs = 1000;

RetryPolicy::Limits retryLimits(const RunOptions &options)
{
    RetryPolicy::Limits limits;
    limits.baseDelayMs = options.retryBaseDelayMs;
    return limits;
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
    , m_requests(*m_alt, m_config, m_executionId, m_options.mode, m_options.persona)
    , m_retry(retryLimits(m_options), m_options.randomSeed)
    , m_ledger(m_alt, m_executionId)
    , m_batcher(new ChangeBatcher(
              0, kPublishIntervalMs, [this] { publish(); }, this))
{
}

Scheduler::~Scheduler()
{
    for (AiCall *call : std::as_const(m_calls))
        call->abort();
}

void Scheduler::prepare()
{
    // Built here, in the run's own thread, not in the constructor: creating a run of 100,000
    // tasks costs the caller's thread nothing.
    const qsizetype n = m_alt->tasks.size();
    m_ledger.begin(m_batcher,
                   m_options.resume ? std::optional(m_options.resume->startedAtMs) : std::nullopt);
    m_remainingDeps.resize(n);
    QList<QList<int>> dependencies;
    dependencies.reserve(n);
    for (const AltTask &t : m_alt->tasks)
        dependencies.append(t.dependencies);
    Topology topology = Topology::of(dependencies);
    m_dependents = std::move(topology.dependents);
    m_chain = Topology::longestDependentChains(dependencies);
}

void Scheduler::start()
{
    if (m_started)
        return;
    m_started = true;
    prepare();
    if (m_options.journal)
        m_ledger.openJournal(m_config.outputDir, m_options);

    m_provider = createProvider(m_config, &m_aiUnavailable);
    if (!m_options.aiUnavailableReason.isEmpty())
        m_aiUnavailable = m_options.aiUnavailableReason;
    m_admission = m_options.admission ? m_options.admission()
                                      : std::make_unique<PassThroughAdmission>();

    for (int failed : m_ledger.restore(m_options))
        propagateFailure(failed);
    for (qsizetype i = 0; i < m_alt->tasks.size(); ++i) {
        int remaining = 0;
        for (int d : m_alt->tasks.at(i).dependencies)
            remaining += m_ledger.status(d) != TaskStatus::Completed;
        m_remainingDeps[i] = remaining;
        if (remaining == 0 && m_ledger.status(int(i)) == TaskStatus::Pending)
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
    for (int i = 0; i < m_alt->tasks.size() && !aiToRun; ++i)
        aiToRun = m_ledger.status(i) == TaskStatus::Pending
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

void Scheduler::cancel()
{
    if (!m_started) {
        // Cancelled before it began: the LAST file still records every task as cancelled.
        m_started = true;
        prepare();
    }
    stop(tr("run cancelled"), true);
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
            const qint64 at = m_ledger.now();
            TaskRecord &r = m_ledger.record(task);
            r.startMs = at;
            r.attempts.append({at, at, AttemptOutcome::Completed, QString()});
            m_ledger.attemptStarted(m_inFlight + 1);
            complete(task, QJsonObject {{QStringLiteral("message"), t.description}}, 0);
        } else if (t.kind == TaskKind::Noop) {
            startAttempt(task, nullptr);
        } else if (!m_aiUnavailable.isEmpty()) {
            // Known before trying that the service is not there: one clear error per task,
            // no futile attempts (or the marked mock answer, if the user asked for that).
            if (m_config.fallbackToMock)
                completeFromMock(task);
            else
                giveUp(task, TaskStatus::Failed, m_aiUnavailable);
        } else {
            admitAndStart(task);
        }
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

bool Scheduler::admitAndStart(int task)
{
    const AiRequest request = m_requests.build(task, renderPrompt(task),
                                               int(m_ledger.record(task).attempts.size()) + 1,
                                               attemptBudgetMs(task));
    const Admission::Verdict verdict = m_admission->admit(task, request, m_inFlight);
    switch (verdict.kind) {
    case Admission::Verdict::Kind::Admit:
        startAttempt(task, &request);
        return true;
    case Admission::Verdict::Kind::Wait: {
        m_waiting.append(task);
        const qint64 ms = verdict.waitMs >= 0 ? verdict.waitMs : (m_inFlight ? -1 : kIdleWaitMs);
        const qint64 at = m_ledger.now() + ms;
        if (ms >= 0 && (!m_wakeTimer.isActive() || at < m_wakeAtMs)) {
            m_wakeAtMs = at;
            m_wakeTimer.start(int(std::min<qint64>(ms, INT_MAX)), Qt::PreciseTimer, this);
        }
        return false;
    }
    case Admission::Verdict::Kind::Refuse:
        giveUp(task, TaskStatus::Cancelled, verdict.reason);
        return false;
    }
    return false;
}

void Scheduler::startAttempt(int task, const AiRequest *request)
{
    const AltTask &t = m_alt->tasks.at(task);
    TaskRecord &r = m_ledger.record(task);
    const qint64 at = m_ledger.now();
    if (r.startMs < 0)
        r.startMs = at;
    r.attempts.append({at, 0, AttemptOutcome::Completed, QString()});
    m_ledger.setInFlight(++m_inFlight);
    m_ledger.attemptStarted(m_inFlight);
    m_ledger.setStatus(task, TaskStatus::Running);

    const int budget = attemptBudgetMs(task);
    auto done = [this, task](const AiReply &reply) {
        onReply(task, reply);
    };
    AiCall *call = nullptr;
    if (request) {
        m_sent.insert(task, *request);
        call = m_provider->start(*request, std::move(done), this);
    } else {
        AiReply reply;
        reply.ok = true;
        reply.raw = QJsonObject {{QStringLiteral("message"), t.description}};
        call = new DelayedCall(int(std::min<qint64>(t.durationMs, INT_MAX)), std::move(reply),
                               std::move(done), this);
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
    m_ledger.setInFlight(--m_inFlight);
    AttemptRecord &a = m_ledger.record(task).attempts.last();
    a.endMs = m_ledger.now();
    a.outcome = outcome;
    a.error = error;
    if (m_alt->tasks.at(task).kind == TaskKind::Ai && outcome != AttemptOutcome::Cancelled)
        m_ledger.aiLatency(a.endMs - a.startMs);
    releaseWaiting(); // a slot, a reservation or a rate window may have come free
}

void Scheduler::onReply(int task, const AiReply &reply)
{
    if (!m_calls.contains(task))
        return; // already ended (timed out or cancelled)
    if (const auto sent = m_sent.constFind(task); sent != m_sent.cend()) {
        m_admission->settled(task, *sent, reply);
        m_sent.erase(sent);
    }
    if (reply.ok) {
        endAttempt(task, AttemptOutcome::Completed, QString());
        const bool ai = m_alt->tasks.at(task).kind == TaskKind::Ai;
        complete(task, ai ? RequestBuilder::output(reply) : reply.raw.toObject(), reply.tokensUsed);
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
    if (const auto sent = m_sent.constFind(task); sent != m_sent.cend()) {
        AiReply reply;
        reply.timedOut = true;
        reply.error = error;
        m_admission->settled(task, *sent, reply);
        m_sent.erase(sent);
    }
    endAttempt(task, AttemptOutcome::Timeout, error);
    failAttempt(task, AttemptOutcome::Timeout, error, true, -1);
    pump();
}

void Scheduler::failAttempt(int task, AttemptOutcome outcome, const QString &error, bool retryable,
                            qint64 retryAfterMs)
{
    const AltTask &t = m_alt->tasks.at(task);
    TaskRecord &r = m_ledger.record(task);
    const auto delay = m_stopping
            ? std::nullopt
            : m_retry.next(int(r.attempts.size()), t.retryCount, retryable, retryAfterMs);
    if (delay) {
        r.retryDelaysMs.append(*delay);
        m_ledger.retryScheduled();
        m_ledger.setStatus(task, TaskStatus::Retrying);
        m_retryTimers.insert(startTimer(int(*delay), Qt::PreciseTimer), task);
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
    const AiRequest request
            = m_requests.build(task, renderPrompt(task), int(m_ledger.record(task).attempts.size()),
                               attemptBudgetMs(task));
    const AiReply reply = MockProvider::answer(request);
    TaskRecord &r = m_ledger.record(task);
    r.aiFallback = true;
    if (r.startMs < 0)
        r.startMs = r.endMs = m_ledger.now();
    QJsonObject output = RequestBuilder::output(reply);
    output.insert(QStringLiteral("ai_fallback"), true);
    complete(task, output, reply.tokensUsed);
}

void Scheduler::giveUp(int task, TaskStatus status, const QString &error)
{
    TaskRecord &r = m_ledger.record(task);
    r.error = error;
    if (!r.attempts.isEmpty())
        r.endMs = r.attempts.last().endMs;
    m_ledger.setStatus(task, status);
    propagateFailure(task);
    if (m_options.failFast && !m_stopping) {
        m_failFastCause = m_alt->tasks.at(task).id;
        stop(tr("run stopped by fail-fast: task '%1' did not complete").arg(m_failFastCause),
             false);
    }
}

void Scheduler::complete(int task, const QJsonObject &output, qint64 tokens)
{
    TaskRecord &r = m_ledger.record(task);
    r.output = output;
    r.tokensUsed = tokens;
    if (!r.attempts.isEmpty())
        r.endMs = r.attempts.last().endMs;
    m_ledger.tokensUsed(tokens);
    m_ledger.setStatus(task, TaskStatus::Completed);
    for (int d : std::as_const(m_dependents[task])) {
        if (--m_remainingDeps[d] == 0 && m_ledger.status(d) == TaskStatus::Pending)
            pushReady(d);
    }
}

void Scheduler::propagateFailure(int task)
{
    const QString error = tr("dependency '%1' failed").arg(m_alt->tasks.at(task).id);
    QList<int> queue {task};
    for (qsizetype q = 0; q < queue.size(); ++q) {
        for (int d : std::as_const(m_dependents[queue.at(q)])) {
            if (m_ledger.status(d) != TaskStatus::Pending)
                continue; // already cancelled through another failed dependency
            m_ledger.record(d).error = error;
            m_ledger.setStatus(d, TaskStatus::Cancelled);
            queue.append(d);
        }
    }
}

void Scheduler::releaseWaiting()
{
    // Back into the ready queue, in their ready order; the pump asks admission again.
    m_wakeTimer.stop();
    for (int task : std::exchange(m_waiting, {}))
        pushReady(task);
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
        TaskRecord &r = m_ledger.record(task);
        r.error = reason;
        r.endMs = r.attempts.last().endMs;
        m_ledger.setStatus(task, TaskStatus::Cancelled);
        if (const auto sent = m_sent.constFind(task); sent != m_sent.cend()) {
            m_admission->withdrawn(task, *sent);
            m_sent.erase(sent);
        }
    }
    for (auto it = m_retryTimers.cbegin(); it != m_retryTimers.cend(); ++it) {
        killTimer(it.key());
        TaskRecord &r = m_ledger.record(it.value());
        r.error = reason;
        r.endMs = m_ledger.now();
        m_ledger.setStatus(it.value(), TaskStatus::Cancelled);
    }
    m_retryTimers.clear();
    m_waiting.clear();
    m_wakeTimer.stop();
    // Pending tasks, and retrying ones already back in the ready queue.
    for (int i = 0; i < m_alt->tasks.size(); ++i) {
        const TaskStatus s = m_ledger.status(i);
        if (s == TaskStatus::Pending || s == TaskStatus::Retrying) {
            TaskRecord &r = m_ledger.record(i);
            r.error = reason;
            if (r.startMs >= 0)
                r.endMs = m_ledger.now();
            m_ledger.setStatus(int(i), TaskStatus::Cancelled);
        }
    }
    m_ready = {};
    maybeFinish();
}

void Scheduler::maybeFinish()
{
    if (m_finished || m_inFlight > 0 || !m_retryTimers.isEmpty() || !m_waiting.isEmpty())
        return;
    if (m_ledger.count(TaskStatus::Pending) + m_ledger.count(TaskStatus::Running)
                + m_ledger.count(TaskStatus::Retrying)
        == 0)
        finish();
}

void Scheduler::finish()
{
    m_finished = true;
    m_ledger.end();

    RunResult result;
    result.executionId = m_executionId;
    result.outcome = outcomeOf(m_ledger.records());
    result.cancelled = m_userCancelled;

    RunFacts facts;
    facts.executionId = m_executionId;
    facts.outcome = result.outcome;
    facts.mode = m_requests.mode();
    facts.persona = m_requests.persona();
    facts.startMs = m_ledger.startMs();
    facts.endMs = m_ledger.now();
    facts.snapshot = snapshot();
    facts.cancelled = m_userCancelled;
    facts.failFast = m_options.failFast;
    facts.trigger = m_options.trigger;
    facts.failFastCause = m_failFastCause;
    facts.rerunOf = m_options.carriedFromExecutionId;
    facts.requestMetadata = m_options.requestMetadata;
    facts.aiUnavailable = m_aiUnavailable;
    if (m_options.resume)
        facts.resumed = m_options.resume->resumed;
    facts.journalError = m_ledger.journalError();
    facts.altPath = m_alt->sourcePath;

    QString error;
    result.lastFilePath = LastWriter::writeFile(m_config.outputDir, *m_alt, m_ledger.records(),
                                                LastHeader::of(facts, m_config), &error);
    if (result.lastFilePath.isEmpty())
        result.error = error;
    else
        m_ledger.removeJournal(); // the LAST file is safely on disk
    result.snapshot = snapshot();
    publish();
    emit finished(result);
    // Free the run's bookkeeping here, in the run's thread: whoever ends the thread later (often
    // the GUI thread, joining it) then waits for nothing.
    m_ledger.release();
    m_remainingDeps = {};
    m_dependents = {};
    m_chain = {};
}

RunSnapshot Scheduler::snapshot() const
{
    return m_ledger.snapshot(m_userCancelled);
}

TaskUpdate Scheduler::update(int task) const
{
    return m_ledger.update(task);
}

void Scheduler::publish()
{
    const QList<int> changed = m_batcher->take();
    QList<TaskUpdate> updates;
    updates.reserve(changed.size());
    for (int t : changed)
        updates.append(update(t));
    emit progressed(snapshot(), updates);
}

QString Scheduler::outputText(int task) const
{
    const QJsonObject &output = m_ledger.records().at(task).output;
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
    const AltTask &t = m_alt->tasks.at(task);
    return Placeholders::render(t.prompt, t.promptSlots,
                                [this](int source) { return outputText(source); });
}

void Scheduler::timerEvent(QTimerEvent *event)
{
    const int id = event->timerId();
    if (id == m_wakeTimer.timerId()) {
        releaseWaiting();
        pump();
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
        if (m_ledger.status(task) == TaskStatus::Retrying)
            pushReady(task); // stays "retrying" until an attempt really starts
        pump();
    }
}

} // namespace altrunner
