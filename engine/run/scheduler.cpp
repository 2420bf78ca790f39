// SPDX-License-Identifier: GPL-3.0-or-later
#include "scheduler.h"

#include "ai/aiprovider.h"
#include "ai/delayedcall.h"
#include "ai/modelrouter.h"
#include "ai/providerfactory.h"
#include "cache/cacheadmission.h"
#include "checks/checkscore.h"
#include "checks/rubricverdict.h"
#include "last/lastwriter.h"
#include "standardadmission.h"
#include "util/durationtext.h"
#include "util/isotime.h"

#include <QJsonDocument>

#include <QUuid>

#include <algorithm>

namespace altrunner {

namespace {

constexpr int kPublishIntervalMs = 33; // at most ~30 batches a second
constexpr qint64 kPumpSliceMs = 5; // yield to the event loop this often in long bursts
// Admission said "wait until an attempt ends" with none in flight: ask again after this, rather
// than wait for an event that cannot come.
constexpr int kIdleWaitMs = 1000;

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
    , m_requests(*m_alt, m_config, m_executionId, m_options.mode, m_options.persona,
                 m_options.models)
    , m_answers(m_requests, m_config, m_options.pricing.get())
    , m_retry({.baseDelayMs = m_options.retryBaseDelayMs}, m_options.randomSeed)
    , m_ledger(m_alt, m_executionId)
    , m_batcher(new ChangeBatcher(
              0, kPublishIntervalMs, [this] { publish(); }, this))
    , m_timers(new TaskTimers(this))
    , m_checks(new CheckStage(this))
    , m_gates(new ApprovalGates([this] { return m_ledger.now(); }, this))
{
    connect(m_gates, &ApprovalGates::timedOut, this, &Scheduler::onGateTimedOut);
    connect(m_timers, &TaskTimers::timedOut, this, &Scheduler::onAttemptTimeout);
    connect(m_checks, &CheckStage::progressed, this, [this](int task) {
        advanceChecks(task);
        pump();
    });
    connect(m_timers, &TaskTimers::backoffEnded, this, &Scheduler::onBackoffEnded);
    connect(m_timers, &TaskTimers::wakeUpDue, this, [this] {
        releaseWaiting();
        pump();
    });
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
    QList<QList<int>> dependencies;
    dependencies.reserve(n);
    for (const AltTask &t : m_alt->tasks)
        dependencies.append(t.dependencies);
    m_deps.reset(dependencies);
    m_ready.reset(*m_alt, dependencies);
}

void Scheduler::start(const QString &aiUnavailable)
{
    if (m_started)
        return;
    m_started = true;
    prepare();
    m_figures.limitSpend(m_config.budget,
                         m_options.pricing ? m_options.pricing->currency() : QString());
    if (m_options.journal)
        m_ledger.openJournal(m_config.outputDir, m_options);

    if (m_options.provider)
        m_provider = m_options.provider(m_config);
    else if (m_options.models)
        m_provider = std::make_unique<ModelRouter>(m_config, m_options.models);
    else
        m_provider = createProvider(m_config, &m_aiUnavailable);
    if (!aiUnavailable.isEmpty())
        m_aiUnavailable = aiUnavailable;
    if (m_provider) {
        // A worker pool with no worker says so in the views (docs/distributed.md).
        m_provider->setStateListener([this] {
            m_figures.setWaitingFor(m_provider->waitingFor());
            QMetaObject::invokeMethod(this, &Scheduler::publish, Qt::QueuedConnection);
        });
    }
    m_admission.setPolicies(standardAdmission(m_config, m_options, m_figures.budget(), m_alt->id,
                                              m_executionId, &m_cacheWarning));

    for (int failed : m_ledger.restore(m_options))
        propagateFailure(failed);
    auto completed = [this](int d) {
        return m_ledger.status(d) == TaskStatus::Completed;
    };
    for (int i = 0; i < int(m_alt->tasks.size()); ++i) {
        if (m_deps.wait(i, m_alt->tasks.at(i).dependencies, completed) == 0
            && m_ledger.status(i) == TaskStatus::Pending)
            m_ready.push(i);
    }
    // After the dependency counts: gates that were waiting when the run stopped wait again, from
    // when they first opened; decisions the journal holds that had not taken effect are taken now
    // (docs/approvals.md).
    for (int i = 0; i < int(m_alt->tasks.size()); ++i) {
        if (m_ledger.status(i) == TaskStatus::Waiting)
            openGate(i);
    }
    pump();
    publish();
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

void Scheduler::pump()
{
    m_pumpQueued = false;
    if (m_stopping || m_finished)
        return;
    QElapsedTimer slice;
    slice.start();
    while (m_inFlight < m_config.maxConcurrentTasks && !m_ready.isEmpty()) {
        if (slice.elapsed() > kPumpSliceMs) {
            // A long burst of instant tasks: let cancel requests and batch publishing through.
            if (!m_pumpQueued) {
                m_pumpQueued = true;
                QMetaObject::invokeMethod(this, &Scheduler::pump, Qt::QueuedConnection);
            }
            return;
        }
        const int task = m_ready.pop();
        m_ledger.beforeStart(task);
        const AltTask &t = m_alt->tasks.at(task);
        if (isGrading(task)) {
            // An llm-rubric check's grader, for an AI task or a noop alike.
            if (!m_aiUnavailable.isEmpty())
                graded(task,
                       {false, 0.0, tr("the grader cannot be asked: %1").arg(m_aiUnavailable)},
                       nullptr);
            else if (!admitAndStart(task))
                break;
        } else if (t.kind == TaskKind::Approval) {
            openGate(task); // a person decides: nothing is sent anywhere
        } else if (t.kind == TaskKind::Noop && t.durationMs == 0) {
            // Completes on the spot: no timer, no event-loop round trip. 100,000 structure-only
            // tasks must cost microseconds each.
            m_ledger.instantAttempt(task, m_inFlight + 1);
            complete(task, {});
        } else if (t.kind == TaskKind::Noop) {
            startAttempt(task, nullptr);
        } else if (!m_aiUnavailable.isEmpty()) {
            // Known before trying that the service is not there: one clear error per task,
            // no futile attempts (or the marked mock answer, if the user asked for that).
            if (m_config.fallbackToMock)
                completeFromMock(task);
            else
                giveUp(task, TaskStatus::Failed, m_aiUnavailable);
        } else if (!admitAndStart(task)) {
            break; // held back: the tasks behind it wait their turn, in their order
        }
    }
    maybeFinish();
}

bool Scheduler::admitAndStart(int task)
{
    const TaskRecord &r = m_ledger.record(task);
    const bool grading = isGrading(task);
    AiRequest request;
    if (grading) {
        const Check &rubric = m_checks->check(task, r.extra().grading);
        request = m_requests.buildGrading(
                task, RubricVerdict::systemPrompt(),
                RubricVerdict::prompt(rubric.value.toString(), r.outputText()),
                RubricVerdict::schema(), int(r.attempts.size()) + 1,
                m_requests.attemptBudgetMs(task), r.extra().route);
    } else {
        request = m_requests.build(task, m_ledger.prompt(task), int(r.attempts.size()) + 1,
                                   m_requests.attemptBudgetMs(task), r.extra().route);
        if (!r.extra().problems.isEmpty()) // a repair: the invalid answer and what is wrong
            RequestBuilder::askToRepair(request, r.extra().invalidAnswer, r.extra().problems);
        // Asked again because its answer failed the checks: the stored one would fail again.
        request.askAfresh = r.extra().checkRetries > 0;
    }
    const Admission::Verdict verdict = m_admission.ask(task, request, m_inFlight, m_ledger.now());
    switch (verdict.kind) {
    case Admission::Verdict::Kind::Admit:
        startAttempt(task, &request);
        return true;
    case Admission::Verdict::Kind::Wait:
        if (verdict.waitMs >= 0 || m_inFlight == 0)
            m_timers->wakeIn(verdict.waitMs >= 0 ? verdict.waitMs : kIdleWaitMs);
        return false;
    case Admission::Verdict::Kind::Refuse:
        if (grading)
            graded(task, {false, 0.0, verdict.reason}, nullptr);
        else
            giveUp(task, TaskStatus::Cancelled, verdict.reason);
        return true;
    case Admission::Verdict::Kind::Answer:
        if (grading)
            graded(task,
                   RubricVerdict::read(
                           verdict.answer->output.value(QStringLiteral("text")).toString()),
                   nullptr);
        else
            answerFromCache(task, request, *verdict.answer);
        return true;
    }
    return true;
}

void Scheduler::startAttempt(int task, const AiRequest *request)
{
    const AltTask &t = m_alt->tasks.at(task);
    TaskRecord &r = m_ledger.record(task);
    const qint64 at = m_ledger.now();
    if (r.startMs < 0)
        r.startMs = at;
    const qint64 waited = m_admission.sent(task, request, at);
    m_figures.waited(waited);
    r.attempts.append({at, 0, AttemptOutcome::Completed, QString(), waited, {}});
    if (request && !request->alias.isEmpty())
        r.attempts.last().detail.insert(QStringLiteral("model"), request->alias);
    if (request && !request->repairMessage.isEmpty())
        m_figures.repairSent();
    if (isGrading(task)) // a grader's request: not one of the task's own answers
        r.attempts.last().detail.insert(QStringLiteral("grades"),
                                        QStringLiteral("/assert/%1").arg(r.extra().grading));
    Q_ASSERT(!m_calls.contains(task)); // one attempt of a task at a time
    m_figures.setInFlight(++m_inFlight);
    Q_ASSERT(m_inFlight <= m_config.maxConcurrentTasks);
    m_figures.attemptStarted(m_inFlight);
    m_ledger.setStatus(task, TaskStatus::Running);

    AiCallback done = [this, task](const AiReply &reply) {
        onReply(task, reply);
    };
    AiCall *call = nullptr;
    if (request) {
        call = m_provider->start(*request, std::move(done), this);
    } else {
        AiReply reply; // a noop's wait: complete() gives the task its output
        reply.ok = true;
        call = new DelayedCall(int(std::min<qint64>(t.durationMs, INT_MAX)), std::move(reply),
                               std::move(done), this);
    }
    m_calls.insert(task, call);
    m_timers->watchAttempt(task, call, m_requests.attemptBudgetMs(task),
                           m_requests.taskBudgetMs(task));
    connect(call, &AiCall::answerGrew, this,
            [this, task](const QString &text) { m_ledger.streamed(task, text); });
}

void Scheduler::endAttempt(int task, AttemptOutcome outcome, const QString &error)
{
    if (outcome == AttemptOutcome::Cancelled)
        m_admission.settled(task, AiReply {});
    if (AiCall *call = m_calls.take(task)) {
        call->abort();
        call->deleteLater();
    }
    m_timers->stopTimeout(task);
    m_figures.setInFlight(--m_inFlight);
    Q_ASSERT(m_inFlight >= 0);
    AttemptRecord &a = m_ledger.record(task).attempts.last();
    Q_ASSERT_X(a.endMs == 0, "Scheduler::endAttempt", "an attempt ends once"); // 0: open
    a.endMs = m_ledger.now();
    a.outcome = outcome;
    a.error = error;
    if (m_alt->tasks.at(task).kind == TaskKind::Ai && outcome != AttemptOutcome::Cancelled)
        m_figures.aiLatency(a.endMs - a.startMs);
    releaseWaiting(); // a slot, a reservation or a rate window may have come free
}

void Scheduler::onReply(int task, const AiReply &reply)
{
    if (!m_calls.contains(task))
        return; // already ended (timed out or cancelled)
    if (!reply.worker.isEmpty()) {
        // Who answered, and how often the call was handed out (docs/distributed.md).
        TaskRecord &r = m_ledger.record(task);
        r.attempts.last().detail.insert(QStringLiteral("worker"), reply.worker);
        if (reply.deliveries > 1)
            r.extraForWrite().redelivered += reply.deliveries - 1;
    }
    if (isGrading(task)) {
        const AiRequest *sent = m_admission.request(task);
        const std::optional<double> cost
                = sent ? m_answers.costOf(*sent, reply.usage, reply.simulated) : std::nullopt;
        m_admission.settled(task, reply);
        if (reply.ok) {
            endAttempt(task, AttemptOutcome::Completed, QString());
            graded(task, RubricVerdict::read(reply.text), &reply);
            m_figures.spentOnGrading(m_ledger.record(task), reply.usage, cost);
        } else {
            endAttempt(task, reply.timedOut ? AttemptOutcome::Timeout : AttemptOutcome::Failed,
                       reply.error);
            if (reply.rateLimited())
                m_figures.rateLimited();
            graded(task, {false, 0.0, tr("the grader did not answer: %1").arg(reply.error)},
                   &reply);
        }
        pump();
        return;
    }
    if (reply.ok) {
        const AiRequest *sent = m_admission.request(task); // null: a noop's wait
        if (sent && sent->schema) {
            // Checked here, whatever the provider promised (docs/outputs.md "Output contracts").
            const OutputSchema::Check check = sent->schema->check(reply.text);
            if (!check.ok()) {
                rejectAnswer(task, reply, check.problems);
                pump();
                return;
            }
            AiReply matched = reply;
            matched.json = *check.value;
            acceptAnswer(task, sent, matched);
        } else {
            acceptAnswer(task, sent, reply);
        }
    } else {
        m_admission.settled(task, reply);
        const AttemptOutcome outcome
                = reply.timedOut ? AttemptOutcome::Timeout : AttemptOutcome::Failed;
        endAttempt(task, outcome, reply.error);
        if (reply.rateLimited())
            m_figures.rateLimited();
        failAttempt(task, outcome, reply.error, reply.retryable, reply.retryAfterMs,
                    reply.rateLimited(), !reply.keepsToThisModel());
    }
    pump();
}

void Scheduler::acceptAnswer(int task, const AiRequest *sent, const AiReply &reply)
{
    const TaskAnswers::Result answer = sent
            ? m_answers.fromReply(*sent, reply)
            : TaskAnswers::Result {}; // a noop's wait: complete() knows its output
    m_admission.settled(task, reply);
    endAttempt(task, AttemptOutcome::Completed, QString());
    complete(task, answer);
}

void Scheduler::rejectAnswer(int task, const AiReply &reply,
                             const QList<OutputSchema::Problem> &problems)
{
    // Settled as the answer it was (its tokens are charged, the rate governor saw an answer),
    // but marked so that the result cache does not keep it.
    AiReply invalid = reply;
    invalid.invalidOutput = true;
    // Priced as the model it went to, before settling forgets the request: a repaired task's
    // cost, like its tokens, counts every answer it paid for.
    const AiRequest *sent = m_admission.request(task);
    const std::optional<double> cost
            = sent ? m_answers.costOf(*sent, reply.usage, reply.simulated) : std::nullopt;
    m_admission.settled(task, invalid);
    const QString error
            = tr("answer does not match the schema: %1").arg(OutputSchema::summary(problems));
    endAttempt(task, AttemptOutcome::InvalidOutput, error);
    TaskRecord &r = m_ledger.record(task);
    QJsonArray errors;
    for (qsizetype i = 0; i < problems.size() && i < 10; ++i)
        errors.append(QJsonObject {{QStringLiteral("pointer"), problems.at(i).pointer},
                                   {QStringLiteral("message"), problems.at(i).message}});
    r.attempts.last().detail.insert(QStringLiteral("errors"), errors);
    TaskRecord::Extra &x = r.extraForWrite();
    x.spentInputTokens += reply.usage.input;
    x.spentOutputTokens += reply.usage.output;
    x.spentCost = cost && x.spentCost ? std::optional(*x.spentCost + *cost) : std::nullopt;
    if (x.repairs < repairAttempts(task) && !m_stopping) {
        // Repaired (docs/outputs.md "Repaired"): back to admission, so budgets, the rate
        // governor and the cache see it as any attempt; retry_count is not used up.
        ++x.repairs;
        x.invalidAnswer = reply.text;
        x.problems = problems;
        m_ledger.setStatus(task, TaskStatus::Retrying);
        m_ready.push(task);
        return;
    }
    if (tryNextModel(task, error))
        return;
    giveUp(task, TaskStatus::Failed, error);
}

int Scheduler::repairAttempts(int task) const
{
    const int own = m_alt->tasks.at(task).repairAttempts;
    return own >= 0 ? own : m_config.repairAttempts;
}

bool Scheduler::tryNextModel(int task, const QString &reason)
{
    const QList<ModelRoute> chain = m_requests.chain(task);
    TaskRecord &r = m_ledger.record(task);
    const int at = r.extra().route;
    if (m_stopping || at + 1 >= chain.size())
        return false;
    // The next model gets the task's full retries and repairs (docs/outputs.md).
    TaskRecord::Extra &x = r.extraForWrite();
    x.fallbacks.append(QJsonObject {{QStringLiteral("model"), chain.at(at).alias},
                                    {QStringLiteral("reason"), reason}});
    m_figures.fellBack(chain.at(at).alias, chain.at(at + 1).alias);
    x.route = at + 1;
    x.routeFirstAttempt = int(r.attempts.size());
    x.repairs = 0;
    x.invalidAnswer.clear();
    x.problems.clear();
    r.rateLimitedSends = 0;
    m_ledger.setStatus(task, TaskStatus::Retrying);
    m_ready.push(task);
    return true;
}

void Scheduler::onAttemptTimeout(int task)
{
    const QString error = tr("attempt timed out after %1 s")
                                  .arg(DurationText::seconds(m_requests.attemptBudgetMs(task)));
    AiReply timedOut;
    timedOut.timedOut = true;
    timedOut.error = error;
    m_admission.settled(task, timedOut);
    endAttempt(task, AttemptOutcome::Timeout, error);
    if (isGrading(task)) {
        graded(task, {false, 0.0, tr("the grader did not answer: %1").arg(error)}, nullptr);
        pump();
        return;
    }
    failAttempt(task, AttemptOutcome::Timeout, error, true, -1, false, true);
    pump();
}

void Scheduler::failAttempt(int task, AttemptOutcome outcome, const QString &error, bool retryable,
                            qint64 retryAfterMs, bool rateLimited, bool mayFallBack)
{
    const AltTask &t = m_alt->tasks.at(task);
    TaskRecord &r = m_ledger.record(task);
    const RetryPolicy::Decision next = m_stopping
            ? RetryPolicy::Decision {}
            : m_retry.decide(r, t.retryCount, retryable, retryAfterMs, rateLimited);
    if (next.kind == RetryPolicy::Decision::Kind::Resend) {
        // Back to admission at once: the endpoint's pause (the rate governor's) holds it.
        m_ledger.setStatus(task, TaskStatus::Retrying);
        m_ready.push(task);
        return;
    }
    if (next.kind == RetryPolicy::Decision::Kind::BackOff) {
        r.extraForWrite().retryDelaysMs.append(next.delayMs);
        m_figures.retryScheduled();
        m_ledger.setStatus(task, TaskStatus::Retrying);
        m_timers->startBackoff(task, next.delayMs);
        return;
    }
    // This model's attempts are spent (or asking it again is pointless): the next model of the
    // task's chain, unless the failure would meet it too (docs/outputs.md).
    if (t.kind == TaskKind::Ai && mayFallBack && !m_stopping && tryNextModel(task, error))
        return;
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
    TaskRecord &r = m_ledger.record(task);
    r.aiFallback = true;
    if (r.startMs < 0)
        r.startMs = r.endMs = m_ledger.now();
    complete(task,
             TaskAnswers::fallback(m_requests.build(task, m_ledger.prompt(task),
                                                    int(r.attempts.size()),
                                                    m_requests.attemptBudgetMs(task))));
}

void Scheduler::giveUp(int task, TaskStatus status, const QString &error)
{
    TaskRecord &r = m_ledger.record(task);
    if (m_checks->isChecking(task)) {
        m_checks->forget(task);
        if (r.extra().grading >= 0)
            r.extraForWrite().grading = -1;
    }
    r.error = error;
    // It ended no earlier than its last attempt; later when a person rejected it afterwards.
    if (!r.attempts.isEmpty())
        r.endMs = std::max(r.endMs, r.attempts.constLast().endMs);
    m_ledger.setStatus(task, status);
    propagateFailure(task);
    if (m_options.failFast && !m_stopping) {
        m_failFastCause = m_alt->tasks.at(task).id;
        stop(tr("run stopped by fail-fast: task '%1' did not complete").arg(m_failFastCause),
             false);
    }
}

void Scheduler::answerFromCache(int task, const AiRequest &asked,
                                const Admission::Verdict::Answer &answer)
{
    // No attempt: it starts and ends now, and what it cost is saved, not spent.
    TaskRecord &r = m_ledger.record(task);
    r.startMs = r.endMs = m_ledger.now();
    r.extraForWrite().cache = answer.cache;
    const TaskAnswers::Result cached = m_answers.fromCache(asked, answer);
    m_figures.savedByCache(cached.usage.total(), cached.cost.value_or(0));
    complete(task, {cached.output, {}, std::nullopt, cached.requestKey});
}

void Scheduler::complete(int task, const TaskAnswers::Result &answer)
{
    TaskRecord &r = m_ledger.record(task);
    const AltTask &t = m_alt->tasks.at(task);
    r.output = answer.output; // none for a noop: its output is its description, shared
    r.message = t.kind == TaskKind::Noop ? t.description : QString();
    // With the answers that missed the schema before it: they were paid for too.
    r.inputTokens = answer.usage.input + r.extra().spentInputTokens;
    r.outputTokens = answer.usage.output + r.extra().spentOutputTokens;
    r.cost = answer.cost && r.extra().spentCost
            ? std::optional(*answer.cost + *r.extra().spentCost)
            : std::nullopt; // one answer without a price leaves the task's cost unknown
    if (!answer.requestKey.isEmpty())
        r.requestKey = RequestKey::fromHex(answer.requestKey);
    if (!r.attempts.isEmpty())
        r.endMs = r.attempts.constLast().endMs;
    m_figures.spent(r, t.kind == TaskKind::Ai && r.extra().cache.isEmpty());
    if (t.checks >= 0) {
        startChecks(task);
        return;
    }
    completed(task);
}

void Scheduler::completed(int task)
{
    if (m_alt->tasks.at(task).kind == TaskKind::Ai && m_alt->gateOf(task)
        && m_ledger.record(task).extra().approval.isEmpty()) {
        // requires_approval: the answer (checked, if it has checks) waits for a person.
        openGate(task);
        return;
    }
    m_ledger.setStatus(task, TaskStatus::Completed);
    m_deps.completed(task, [this](int d) {
        if (m_ledger.status(d) == TaskStatus::Pending)
            m_ready.push(d);
    });
}

bool Scheduler::isGrading(int task) const
{
    return m_ledger.record(task).extra().grading >= 0;
}

void Scheduler::startChecks(int task)
{
    const AltTask &t = m_alt->tasks.at(task);
    const TaskRecord &r = m_ledger.record(task);
    CheckInput in;
    in.output = r.outputText();
    in.json = CheckInput::jsonOf(in.output, r.output.value(QStringLiteral("json")));
    QJsonObject vars; // what the task was given: each dependency's answer
    for (int d : t.dependencies)
        vars.insert(m_alt->tasks.at(d).id, m_ledger.record(d).outputText());
    in.context = {{QStringLiteral("task_id"), t.id}, {QStringLiteral("vars"), vars}};
    in.cost = r.cost;
    in.tokens = r.tokensUsed();
    for (qsizetype i = r.attempts.size() - 1; i >= 0; --i) {
        const AttemptRecord &a = r.attempts.at(i);
        if (!a.detail.contains(QStringLiteral("grades"))) {
            in.latencyMs = a.endMs - a.startMs; // the answering attempt's; none from the cache
            break;
        }
    }
    if (m_ledger.status(task) != TaskStatus::Running)
        m_ledger.setStatus(task, TaskStatus::Running); // an answer from the cache, a noop
    m_checks->begin(task, m_alt->sharedChecksOf(t), in);
    advanceChecks(task);
}

void Scheduler::advanceChecks(int task)
{
    if (!m_checks->isChecking(task) || m_checks->isWaiting(task))
        return;
    if (const int rubric = m_checks->nextRubric(task); rubric >= 0) {
        // To a grader, through admission like any request (budgets, rate, cache).
        m_ledger.record(task).extraForWrite().grading = rubric;
        m_ready.push(task);
        return;
    }
    finishChecks(task);
}

void Scheduler::graded(int task, const CheckResult &verdict, const AiReply *reply)
{
    Q_UNUSED(reply)
    TaskRecord &r = m_ledger.record(task);
    const int entry = r.extra().grading;
    Q_ASSERT(entry >= 0);
    r.extraForWrite().grading = -1;
    if (!m_checks->isChecking(task))
        return;
    m_checks->graded(task, entry, CheckEvaluator::negated(m_checks->check(task, entry), verdict));
    advanceChecks(task);
}

void Scheduler::finishChecks(int task)
{
    const AltTask &t = m_alt->tasks.at(task);
    TaskRecord &r = m_ledger.record(task);
    const QList<CheckResult> results = m_checks->take(task);
    const TaskChecks &checks = *m_alt->checksOf(t);
    const CheckScore::Verdict verdict = CheckScore::of(checks, results);
    QJsonArray json;
    for (qsizetype i = 0; i < results.size(); ++i)
        json.append(results.at(i).toJson(checks.checks.at(i)));
    TaskRecord::Extra &x = r.extraForWrite();
    x.checks = json;
    if (!r.attempts.isEmpty() && r.startMs >= 0)
        r.endMs = r.attempts.constLast().endMs; // a grader's answer is part of the task's time
    if (verdict.pass) {
        m_figures.checked(verdict.passed, verdict.failed, verdict.warned);
        completed(task);
        return;
    }
    // The answering attempt failed, and says why.
    for (qsizetype i = r.attempts.size() - 1; i >= 0; --i) {
        AttemptRecord &a = r.attempts[i];
        if (!a.detail.contains(QStringLiteral("grades"))) {
            a.outcome = AttemptOutcome::Failed;
            a.error = verdict.error;
            break;
        }
    }
    if (checks.retryOnFailure && t.kind == TaskKind::Ai && !m_stopping) {
        const RetryPolicy::Decision next = m_retry.decide(r, t.retryCount, true, -1, false);
        if (next.kind != RetryPolicy::Decision::Kind::GiveUp) {
            // Asked afresh; what this answer cost stays part of what the task cost.
            ++x.checkRetries;
            x.spentInputTokens = r.inputTokens;
            x.spentOutputTokens = r.outputTokens;
            x.spentCost = r.cost;
            m_ledger.setStatus(task, TaskStatus::Retrying);
            if (next.kind == RetryPolicy::Decision::Kind::Resend) {
                m_ready.push(task);
            } else {
                x.retryDelaysMs.append(next.delayMs);
                m_figures.retryScheduled();
                m_timers->startBackoff(task, next.delayMs);
            }
            return;
        }
    }
    m_figures.checked(verdict.passed, verdict.failed, verdict.warned);
    giveUp(task, TaskStatus::Failed, verdict.error);
}

void Scheduler::propagateFailure(int task)
{
    const QString error = tr("dependency '%1' failed").arg(m_alt->tasks.at(task).id);
    m_deps.downstream(task, [&](int d) {
        if (m_ledger.status(d) != TaskStatus::Pending)
            return false; // already cancelled through another failed dependency
        m_ledger.record(d).error = error;
        m_ledger.setStatus(d, TaskStatus::Cancelled);
        return true;
    });
}

void Scheduler::releaseWaiting()
{
    // Back into the ready queue, in their ready order; the pump asks admission again.
    m_timers->stopWake();
    for (int task : m_admission.takeHeld())
        m_ready.push(task);
}

void Scheduler::stop(const QString &reason, bool userCancelled)
{
    if (m_finished)
        return;
    m_stopping = true;
    m_userCancelled = m_userCancelled || userCancelled;
    for (int task : m_calls.keys()) {
        endAttempt(task, AttemptOutcome::Cancelled, reason);
        TaskRecord &r = m_ledger.record(task);
        r.error = reason;
        r.endMs = r.attempts.constLast().endMs;
        m_ledger.setStatus(task, TaskStatus::Cancelled);
    }
    m_timers->stopBackoffs();
    m_timers->stopWake();
    m_admission.clearHeld();
    m_gates->clear(); // waiting gates are cancelled with the rest, below
    for (int task : m_checks->tasks()) {
        // Its answer is in, its checks were still running: it did not finish.
        m_checks->forget(task);
        TaskRecord &r = m_ledger.record(task);
        if (r.extra().grading >= 0)
            r.extraForWrite().grading = -1;
        if (m_ledger.status(task) != TaskStatus::Running)
            continue;
        r.error = reason;
        r.endMs = m_ledger.now();
        m_ledger.setStatus(task, TaskStatus::Cancelled);
    }
    m_ledger.cancelUnfinished(reason);
    m_ready.clear();
    maybeFinish();
}

void Scheduler::maybeFinish()
{
    if (m_finished || m_inFlight > 0 || m_timers->hasBackoffs() || m_admission.holdsAny())
        return;
    const int active = m_ledger.count(TaskStatus::Running) + m_ledger.count(TaskStatus::Retrying);
    const int waiting = m_ledger.count(TaskStatus::Waiting);
    if (active + m_ledger.count(TaskStatus::Pending) + waiting == 0) {
        finish();
    } else if (waiting > 0 && active == 0 && m_ready.isEmpty()
               && (m_options.approvals == RunOptions::Approvals::Park
                   || std::all_of(m_gates->pending().cbegin(), m_gates->pending().cend(),
                                  [this](const PendingApproval &p) {
                                      return m_skipped.contains(p.task);
                                  }))) {
        // Everything that does not depend on a decision is done, and nobody decides now: the
        // run stops with its gates waiting (docs/approvals.md); `resume` continues it.
        finish();
    }
}

void Scheduler::skip(const QString &taskId)
{
    if (const int task = m_alt->indexOf(taskId); task >= 0) {
        m_skipped.insert(task);
        maybeFinish();
    }
}

RunSnapshot Scheduler::snapshot() const
{
    RunSnapshot s = m_ledger.snapshot(m_userCancelled);
    s.approvals = m_gates->pending();
    return s;
}

void Scheduler::openGate(int task)
{
    const AltTask &t = m_alt->tasks.at(task);
    const ApprovalGate *gate = m_alt->gateOf(task);
    Q_ASSERT(gate);
    TaskRecord &r = m_ledger.record(task);
    const qint64 now = m_ledger.now();
    if (r.startMs < 0)
        r.startMs = now; // an approval task starts when it opens
    if (r.extra().waitingSinceMs < 0)
        r.extraForWrite().waitingSinceMs = now;
    m_ledger.setStatus(task, TaskStatus::Waiting);

    PendingApproval p;
    p.task = task;
    p.taskId = t.id;
    p.question = m_ledger.question(task);
    if (p.question.isEmpty())
        p.question = tr("Approve the answer of '%1'?").arg(t.id);
    // The answer to judge: the gate's own, else the one it may edit, else its only dependency's.
    int judged = t.kind == TaskKind::Ai ? task : gate->editable;
    if (judged < 0 && t.dependencies.size() == 1)
        judged = t.dependencies.constFirst();
    if (judged >= 0)
        p.answer = m_ledger.record(judged).outputText();
    if (gate->editable >= 0)
        p.editable = m_alt->tasks.at(gate->editable).id;
    p.waitingSinceMs = r.extra().waitingSinceMs;
    if (gate->timeoutSeconds)
        p.deadlineMs = p.waitingSinceMs + qint64(*gate->timeoutSeconds * 1000);
    p.approveOnTimeout = gate->approveOnTimeout;
    m_gates->open(p);
    if (const std::optional<ApprovalDecision> d = decidedBeforehand(task)) {
        const DecisionResult checked = check(task, *d);
        if (checked.ok())
            take(task, *d);
        else
            qWarning("gate '%s': %s", qPrintable(t.id), qPrintable(checked.message));
    }
}

std::optional<ApprovalDecision> Scheduler::decidedBeforehand(int task)
{
    const QString &id = m_alt->tasks.at(task).id;
    if (m_options.resume) {
        // Written to the journal before the run stopped, not yet taken: taken now, once (the
        // reopened journal has the line again).
        if (const auto it = m_options.resume->decisions.constFind(id);
            it != m_options.resume->decisions.cend()) {
            ApprovalDecision d = *it;
            m_options.resume->decisions.erase(it);
            d.journaled = true;
            return d;
        }
    }
    if (const auto it = m_options.decisions.constFind(id); it != m_options.decisions.cend())
        return *it;
    if (m_options.approvals == RunOptions::Approvals::All
        || m_options.approvals == RunOptions::Approvals::None) {
        ApprovalDecision d;
        d.approve = m_options.approvals == RunOptions::Approvals::All;
        d.by = d.approve ? QStringLiteral("--approve all") : QStringLiteral("--approve none");
        d.note = tr("decided without asking");
        return d;
    }
    return std::nullopt;
}

DecisionResult Scheduler::decide(const QString &taskId, const ApprovalDecision &decision)
{
    const int task = m_alt->indexOf(taskId);
    if (task < 0)
        return {DecisionResult::Kind::UnknownTask, tr("no task '%1' in this run").arg(taskId), {}};
    DecisionResult result = check(task, decision);
    if (!result.ok())
        return result;
    take(task, decision);
    // Before the pump: the decision may end the run, which frees its records.
    result.result = LastWriter::taskResult(*m_alt, task, m_ledger.record(task), m_executionId);
    pump();
    if (!m_finished)
        publish(); // the views and GET /approvals see it at once
    return result;
}

DecisionResult Scheduler::check(int task, const ApprovalDecision &decision) const
{
    const AltTask &t = m_alt->tasks.at(task);
    const ApprovalGate *gate = m_alt->gateOf(task);
    if (!gate)
        return {DecisionResult::Kind::NotWaiting,
                tr("task '%1' is no approval gate").arg(t.id),
                {}};
    if (m_finished)
        return {DecisionResult::Kind::NotWaiting, tr("the run has finished"), {}};
    if (m_ledger.status(task) != TaskStatus::Waiting)
        return {DecisionResult::Kind::NotWaiting,
                tr("gate '%1' is not waiting for a decision (it is %2)")
                        .arg(t.id, statusName(m_ledger.status(task))),
                {}};
    if (!decision.output)
        return {};
    if (!decision.approve)
        return {DecisionResult::Kind::BadDecision,
                tr("an edited answer comes with an approval, not a rejection"),
                {}};
    if (gate->editable < 0)
        return {DecisionResult::Kind::BadDecision,
                tr("gate '%1' has no answer to edit (an approval task names one with "
                   "\"editable\")")
                        .arg(t.id),
                {}};
    const QJsonValue &out = *decision.output;
    if (const OutputSchema *schema = m_alt->schemaOf(gate->editable)) {
        const OutputSchema::Check c = schema->check(ApprovalDecision::answerText(out));
        if (!c.ok())
            return {DecisionResult::Kind::BadDecision,
                    tr("the edited answer does not match the output schema of '%1': %2")
                            .arg(m_alt->tasks.at(gate->editable).id,
                                 OutputSchema::summary(c.problems)),
                    {}};
    } else if (!out.isString()) {
        return {DecisionResult::Kind::BadDecision,
                tr("the answer of '%1' is text: the edited answer must be a string")
                        .arg(m_alt->tasks.at(gate->editable).id),
                {}};
    }
    return {};
}

void Scheduler::take(int task, const ApprovalDecision &given)
{
    const AltTask &t = m_alt->tasks.at(task);
    const ApprovalGate *gate = m_alt->gateOf(task);
    ApprovalDecision d = given;
    if (!d.journaled) {
        d.atMs = m_ledger.now();
        m_ledger.decisionTaken(task, d); // before it takes effect
    }
    const QString at = isoUtcMs(d.atMs);
    m_gates->close(task);
    TaskRecord &r = m_ledger.record(task);
    QJsonObject approval {{QStringLiteral("decision"),
                           d.approve ? QStringLiteral("approved") : QStringLiteral("rejected")},
                          {QStringLiteral("by"), d.by},
                          {QStringLiteral("at"), at},
                          {QStringLiteral("note"), d.note.isEmpty() ? QJsonValue() : d.note},
                          {QStringLiteral("edited"), bool(d.output)}};
    r.endMs = d.atMs;
    if (!d.approve) {
        r.extraForWrite().approval = approval;
        giveUp(task, TaskStatus::Failed,
               d.note.isEmpty() ? tr("rejected by %1").arg(d.by)
                                : tr("rejected by %1: %2").arg(d.by, d.note));
        return;
    }
    if (d.output && gate && gate->editable >= 0) {
        // What every later placeholder of that task receives (docs/approvals.md).
        TaskRecord &target = m_ledger.record(gate->editable);
        const QJsonValue &out = *d.output;
        const QString original = target.extra().edited.isEmpty()
                ? target.outputText()
                : target.extra().edited.value(QStringLiteral("original")).toString();
        QString text;
        if (const OutputSchema *schema = m_alt->schemaOf(gate->editable)) {
            text = ApprovalDecision::answerText(out);
            if (const OutputSchema::Check c = schema->check(text); c.value)
                target.output.insert(QStringLiteral("json"), *c.value);
        } else {
            text = out.toString();
        }
        target.output.insert(QStringLiteral("text"), text);
        if (gate->editable == task) {
            approval.insert(QStringLiteral("original"), original);
        } else {
            target.extraForWrite().edited = {{QStringLiteral("by"), d.by},
                                             {QStringLiteral("at"), at},
                                             {QStringLiteral("gate"), t.id},
                                             {QStringLiteral("original"), original}};
            m_ledger.setStatus(gate->editable, TaskStatus::Completed); // journals the new answer
        }
    }
    r.extraForWrite().approval = approval;
    if (t.kind == TaskKind::Approval) {
        QJsonObject output = approval;
        output.remove(QStringLiteral("original"));
        r.output = output;
    }
    completed(task);
}

void Scheduler::onGateTimedOut(int task)
{
    const ApprovalGate *gate = m_alt->gateOf(task);
    if (!gate || m_ledger.status(task) != TaskStatus::Waiting)
        return;
    ApprovalDecision d;
    d.approve = gate->approveOnTimeout;
    d.by = QStringLiteral("timeout");
    d.note = tr("no decision within %1 s")
                     .arg(DurationText::seconds(qint64(gate->timeoutSeconds.value_or(0) * 1000)));
    take(task, d);
    pump();
    if (!m_finished)
        publish();
}

void Scheduler::finish()
{
    m_finished = true;
    m_admission.release(); // before the result is out: the cache has written what it keeps
    RunFacts facts = RunLedger::factsFrom(m_options);
    facts.mode = m_requests.mode();
    facts.persona = m_requests.persona();
    facts.cancelled = m_userCancelled;
    facts.failFastCause = m_failFastCause;
    facts.aiUnavailable = m_aiUnavailable;
    facts.cacheMode = CacheAdmission::effectiveMode(m_config, m_options.models.get());
    facts.cacheWarning = m_cacheWarning;
    RunResult result = m_ledger.finish(m_config, std::move(facts));
    result.snapshot.approvals = m_gates->pending(); // those it stopped with
    publish();
    emit finished(result);
    // Free the run's bookkeeping here, in the run's thread: whoever ends the thread later (often
    // the GUI thread, joining it) then waits for nothing.
    m_ledger.release();
    m_deps.release();
    m_ready.release();
}

void Scheduler::publish()
{
    const QList<TaskUpdate> updates = m_ledger.takeChanges();
    emit progressed(snapshot(), updates);
}

void Scheduler::onBackoffEnded(int task)
{
    if (m_ledger.status(task) == TaskStatus::Retrying)
        m_ready.push(task); // stays "retrying" until an attempt really starts
    pump();
}

} // namespace altrunner
