// SPDX-License-Identifier: GPL-3.0-or-later
// The scheduler through a real Run (its own thread, real timers, the mock provider, real files):
// ready order, the concurrency bound, time-outs, retries and back-off, propagation, fail-fast,
// cancellation, re-run of what did not complete, and batched change reporting.

#include "ai/tokenusage.h"
#include "alt/altwriter.h"
#include "graph/topology.h"
#include "last/lastreader.h"
#include "lastinvariants.h"
#include "run/journal.h"
#include "run/run.h"
#include "run/scheduler.h"
#include "testutil.h"
#include "util/isotime.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace altrunner;
using namespace altrunner::test;

namespace {

QJsonObject result(const Finished &f, const QString &id)
{
    return f.last.value(u"task_results").toObject().value(id).toObject();
}

QJsonArray attemptLog(const Finished &f, const QString &id)
{
    return result(f, id).value(u"metadata").toObject().value(u"attempt_log").toArray();
}

QString status(const Finished &f, const QString &id)
{
    return result(f, id).value(u"status").toString();
}

QJsonObject withPriority(QJsonObject task, const char *priority)
{
    task.insert(QStringLiteral("priority"), QLatin1String(priority));
    return task;
}

QJsonObject with(QJsonObject task, const char *key, const QJsonValue &value)
{
    task.insert(QLatin1String(key), value);
    return task;
}

} // namespace

class tst_Scheduler : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }
    void readyOrder();
    void longestChains();
    void concurrencyBound_data();
    void concurrencyBound();
    void timeoutAbortsTheAttempt();
    void retriesUntilSuccess();
    void retriesExhausted();
    void backoffHoldsNoSlot();
    void failurePropagates();
    void failFast();
    void cancelStopsEverything();
    void rerunOnlyWhatDidNotComplete();
    void promptsAndOutputs();
    void changesAreBatched();
    void journalIsWrittenAndRemoved();
    void resumeKeepsFinishedTasks();

private:
    QTemporaryDir m_dir;
};

void tst_Scheduler::readyOrder()
{
    // One slot: the start order is the ready order. Priority first, then the longest chain of
    // dependents, then file order.
    const auto alt
            = load(altDocument({withPriority(noop(QStringLiteral("low"), {}, 5), "low"),
                                noop(QStringLiteral("plain"), {}, 5),
                                withPriority(noop(QStringLiteral("urgent"), {}, 5), "critical"),
                                noop(QStringLiteral("head"), {}, 5),
                                noop(QStringLiteral("tail"), {QStringLiteral("head")}, 5)}));
    QVERIFY(alt);
    const Finished f = runLogged(alt, testConfig(m_dir.path(), 1));
    QCOMPARE(f.result.outcome, RunOutcome::Success);
    QCOMPARE(
            eventsOf(f.events, QStringLiteral("running")),
            (QStringList {QStringLiteral("urgent"), QStringLiteral("head"), QStringLiteral("plain"),
                          QStringLiteral("tail"), QStringLiteral("low")}));
    QVERIFY(lastInvariantViolations(f.last, *alt).isEmpty());
}

void tst_Scheduler::longestChains()
{
    const auto alt = load(altDocument(
            {noop(QStringLiteral("a")), noop(QStringLiteral("b"), {QStringLiteral("a")}),
             noop(QStringLiteral("c"), {QStringLiteral("b")}),
             noop(QStringLiteral("d"), {QStringLiteral("a")}), noop(QStringLiteral("e"))}));
    QVERIFY(alt);
    QList<QList<int>> dependencies;
    for (const AltTask &t : alt->tasks)
        dependencies.append(t.dependencies);
    QCOMPARE(Topology::longestDependentChains(dependencies), (QList<int> {3, 2, 1, 1, 1}));
}

void tst_Scheduler::concurrencyBound_data()
{
    QTest::addColumn<int>("width");
    QTest::newRow("1") << 1;
    QTest::newRow("3") << 3;
    QTest::newRow("16") << 16;
}

void tst_Scheduler::concurrencyBound()
{
    QFETCH(int, width);
    QJsonArray tasks;
    for (int i = 0; i < 40; ++i)
        tasks.append(task(QStringLiteral("t%1").arg(i)));
    const auto alt = load(altDocument(tasks));
    const Finished f = runToEnd(alt, testConfig(m_dir.path(), width, 20));
    QCOMPARE(f.result.outcome, RunOutcome::Success);
    const QJsonObject meta = f.last.value(u"metadata").toObject();
    QCOMPARE(meta.value(u"peak_in_flight").toInt(), width); // reached, never exceeded
    QCOMPARE(meta.value(u"max_concurrent_tasks").toInt(), width);
    QCOMPARE(meta.value(u"total_attempts").toInt(), 40);
    const QStringList violations = lastInvariantViolations(f.last, *alt);
    QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u'\n')));
}

void tst_Scheduler::timeoutAbortsTheAttempt()
{
    // A 10-second task with a 0.1 s budget and one retry: two timed-out attempts, and the run
    // ends long before the task would have.
    QJsonObject slow = with(noop(QStringLiteral("slow"), {}, 10000), "timeout_seconds", 0.1);
    slow.insert(QStringLiteral("retry_count"), 1);
    const auto alt
            = load(altDocument({slow, noop(QStringLiteral("after"), {QStringLiteral("slow")})}));
    RunOptions options;
    options.retryBaseDelayMs = 10;
    const Finished f = runToEnd(alt, testConfig(m_dir.path()), options);
    QCOMPARE(status(f, QStringLiteral("slow")), QStringLiteral("timeout"));
    const QJsonArray log = attemptLog(f, QStringLiteral("slow"));
    QCOMPARE(log.size(), 2);
    for (const QJsonValue &a : log) {
        QCOMPARE(a[u"outcome"].toString(), QStringLiteral("timeout"));
        QVERIFY(a[u"error"].toString().contains(u"timed out after 0.1 s"));
    }
    QVERIFY(f.last.value(u"execution_time_ms").toInt() < 5000);
    QCOMPARE(status(f, QStringLiteral("after")), QStringLiteral("cancelled"));
    QCOMPARE(result(f, QStringLiteral("after")).value(u"error").toString(),
             QStringLiteral("dependency 'slow' failed"));
    QCOMPARE(f.result.outcome, RunOutcome::Failure);
    QVERIFY(lastInvariantViolations(f.last, *alt).isEmpty());
}

void tst_Scheduler::retriesUntilSuccess()
{
    QJsonObject flaky
            = task(QStringLiteral("flaky"), {}, {{QStringLiteral("mock_fail_attempts"), 2}});
    flaky.insert(QStringLiteral("retry_count"), 3);
    const auto alt = load(altDocument({flaky}));
    RunOptions options;
    options.retryBaseDelayMs = 20;
    options.randomSeed = 7;
    const Finished f = runToEnd(alt, testConfig(m_dir.path(), 4, 1), options);
    QCOMPARE(status(f, QStringLiteral("flaky")), QStringLiteral("completed"));
    const QJsonArray log = attemptLog(f, QStringLiteral("flaky"));
    QCOMPARE(log.size(), 3);
    QCOMPARE(log.at(0)[u"outcome"].toString(), QStringLiteral("failed"));
    QVERIFY(log.at(0)[u"error"].toString().contains(u"simulated failure"));
    QCOMPARE(log.at(2)[u"outcome"].toString(), QStringLiteral("completed"));
    QVERIFY(log.at(2)[u"error"].isNull());
    const QJsonArray delays
            = result(f, QStringLiteral("flaky")).value(u"metadata")[u"retry_delays_ms"].toArray();
    QCOMPARE(delays.size(), 2);
    QVERIFY(delays.at(0).toInt() >= 0 && delays.at(0).toInt() <= 20); // full jitter, cap 1 x base
    QVERIFY(delays.at(1).toInt() >= 0 && delays.at(1).toInt() <= 40); // cap 2 x base
    QCOMPARE(f.last.value(u"metadata")[u"retries"].toInt(), 2);
    QVERIFY(lastInvariantViolations(f.last, *alt).isEmpty());
}

void tst_Scheduler::retriesExhausted()
{
    QJsonObject broken
            = task(QStringLiteral("broken"), {}, {{QStringLiteral("mock_fail_attempts"), 5}});
    broken.insert(QStringLiteral("retry_count"), 2);
    const auto alt = load(altDocument({broken}));
    RunOptions options;
    options.retryBaseDelayMs = 5;
    const Finished f = runToEnd(alt, testConfig(m_dir.path(), 4, 1), options);
    QCOMPARE(status(f, QStringLiteral("broken")), QStringLiteral("failed"));
    QCOMPARE(attemptLog(f, QStringLiteral("broken")).size(), 3);
    QVERIFY(result(f, QStringLiteral("broken")).value(u"error").toString().contains(u"attempt 3"));
    QCOMPARE(f.result.outcome, RunOutcome::Failure);
    QCOMPARE(f.last.value(u"success_rate").toDouble(), 0.0);
}

void tst_Scheduler::backoffHoldsNoSlot()
{
    // One slot. 'flaky' fails once and waits 200-400 ms before its retry; 'other' must use the
    // slot meanwhile instead of queueing behind the back-off.
    QJsonObject flaky
            = task(QStringLiteral("flaky"), {}, {{QStringLiteral("mock_fail_attempts"), 1}});
    flaky.insert(QStringLiteral("retry_count"), 1);
    flaky.insert(QStringLiteral("priority"), QStringLiteral("critical"));
    const auto alt = load(altDocument({flaky, noop(QStringLiteral("other"), {}, 20)}));
    RunOptions options;
    options.retryBaseDelayMs = 400;
    options.randomSeed = 1;
    const Finished f = runLogged(alt, testConfig(m_dir.path(), 1, 1), options);
    QCOMPARE(f.result.outcome, RunOutcome::Success);
    QCOMPARE(attemptLog(f, QStringLiteral("flaky")).size(), 2);
    // One slot: other runs once flaky's first attempt has ended, inside its back-off.
    QCOMPARE(f.events,
             (QStringList {QStringLiteral("flaky:running"), QStringLiteral("flaky:retrying"),
                           QStringLiteral("other:running"), QStringLiteral("other:completed"),
                           QStringLiteral("flaky:running"), QStringLiteral("flaky:completed")}));
    const qint64 delay = result(f, QStringLiteral("flaky"))
                                 .value(u"metadata")[u"retry_delays_ms"][0]
                                 .toInteger();
    // The seed makes the back-off long enough for 'other' (20 ms) to fit into it.
    QVERIFY2(delay > 40, qPrintable(QString::number(delay)));
    QVERIFY(lastInvariantViolations(f.last, *alt).isEmpty());
}

void tst_Scheduler::failurePropagates()
{
    QJsonObject bad = task(QStringLiteral("bad"), {}, {{QStringLiteral("mock_fail_attempts"), 1}});
    const auto alt
            = load(altDocument({bad, noop(QStringLiteral("child"), {QStringLiteral("bad")}),
                                noop(QStringLiteral("grandchild"), {QStringLiteral("child")}),
                                noop(QStringLiteral("independent"), {}, 30),
                                noop(QStringLiteral("join"),
                                     {QStringLiteral("independent"), QStringLiteral("child")})}));
    const Finished f = runToEnd(alt, testConfig(m_dir.path(), 4, 5));
    QCOMPARE(status(f, QStringLiteral("bad")), QStringLiteral("failed"));
    for (const char *id : {"child", "grandchild", "join"}) {
        const QJsonObject r = result(f, QLatin1String(id));
        QCOMPARE(r.value(u"status").toString(), QStringLiteral("cancelled"));
        QCOMPARE(r.value(u"error").toString(), QStringLiteral("dependency 'bad' failed"));
        QVERIFY(r.value(u"start_time").isNull());
        QCOMPARE(r.value(u"metadata")[u"attempts"].toInt(), 0);
    }
    QCOMPARE(status(f, QStringLiteral("independent")), QStringLiteral("completed"));
    QCOMPARE(f.result.outcome, RunOutcome::PartialSuccess);
    QCOMPARE(f.last.value(u"success_rate").toDouble(), 0.2);
    QVERIFY(lastInvariantViolations(f.last, *alt).isEmpty());
}

void tst_Scheduler::failFast()
{
    QJsonObject bad = task(QStringLiteral("bad"), {}, {{QStringLiteral("mock_fail_attempts"), 1}});
    const auto alt = load(altDocument({bad, noop(QStringLiteral("long"), {}, 20000),
                                       noop(QStringLiteral("later"), {QStringLiteral("long")})}));
    RunOptions options;
    options.failFast = true;
    const Finished f = runToEnd(alt, testConfig(m_dir.path(), 4, 5), options);
    QCOMPARE(status(f, QStringLiteral("bad")), QStringLiteral("failed"));
    QCOMPARE(status(f, QStringLiteral("long")), QStringLiteral("cancelled"));
    QCOMPARE(attemptLog(f, QStringLiteral("long")).at(0)[u"outcome"].toString(),
             QStringLiteral("cancelled"));
    QVERIFY(result(f, QStringLiteral("long")).value(u"error").toString().contains(u"fail-fast"));
    QCOMPARE(status(f, QStringLiteral("later")), QStringLiteral("cancelled"));
    QVERIFY(f.last.value(u"execution_time_ms").toInt() < 10000);
    QCOMPARE(f.last.value(u"metadata")[u"fail_fast_triggered_by"].toString(),
             QStringLiteral("bad"));
    QVERIFY(lastInvariantViolations(f.last, *alt).isEmpty());
}

void tst_Scheduler::cancelStopsEverything()
{
    QJsonArray tasks;
    for (int i = 0; i < 20; ++i)
        tasks.append(task(QStringLiteral("t%1").arg(i)));
    const auto alt = load(altDocument(tasks));
    const Finished f = runToEnd(alt, testConfig(m_dir.path(), 4, 30000), {}, 200);
    QCOMPARE(f.result.cancelled, true);
    QCOMPARE(f.last.value(u"metadata")[u"cancelled"].toBool(), true);
    QCOMPARE(f.result.outcome, RunOutcome::Failure);
    QVERIFY(f.last.value(u"execution_time_ms").toInt() < 5000); // in-flight requests were aborted
    int started = 0;
    for (int i = 0; i < 20; ++i) {
        const QJsonObject r = result(f, QStringLiteral("t%1").arg(i));
        QCOMPARE(r.value(u"status").toString(), QStringLiteral("cancelled"));
        QCOMPARE(r.value(u"error").toString(), QStringLiteral("run cancelled"));
        if (!r.value(u"start_time").isNull()) {
            ++started;
            QCOMPARE(r.value(u"metadata")[u"attempt_log"][0][u"outcome"].toString(),
                     QStringLiteral("cancelled"));
        }
    }
    QCOMPARE(started, 4);
    QVERIFY(lastInvariantViolations(f.last, *alt).isEmpty());
}

void tst_Scheduler::rerunOnlyWhatDidNotComplete()
{
    // First run: 'slow' times out (its AI request budget is shorter than the mock's latency,
    // short enough that the mock answers in one piece: a streamed one would have started).
    const auto alt = load(altDocument(
            {task(QStringLiteral("fast")),
             task(QStringLiteral("slow"), {}, {{QStringLiteral("mock_latency_ms"), 180}}),
             task(QStringLiteral("after"), {QStringLiteral("slow"), QStringLiteral("fast")})}));
    EngineConfig config = testConfig(m_dir.path(), 4, 5);
    config.aiTimeoutSeconds = 0.1;
    const Finished first = runToEnd(alt, config);
    QCOMPARE(status(first, QStringLiteral("fast")), QStringLiteral("completed"));
    QCOMPARE(status(first, QStringLiteral("slow")), QStringLiteral("timeout"));
    QCOMPARE(status(first, QStringLiteral("after")), QStringLiteral("cancelled"));

    QString error;
    const auto carry = LastReader::completedResults(first.result.lastFilePath, *alt, &error);
    QVERIFY2(carry, qPrintable(error));
    QCOMPARE(carry->completed.size(), 1);
    QCOMPARE(carry->notCompleted, 2);
    RunOptions options;
    options.carriedResults = carry->completed;
    options.carriedFromExecutionId = carry->executionId;
    config.aiTimeoutSeconds = 10;
    const Finished second = runToEnd(alt, config, options);
    QCOMPARE(second.result.outcome, RunOutcome::Success);
    QVERIFY(second.result.executionId != first.result.executionId);
    // Carried unchanged: same times, output and attempts; only the run id is the new one.
    QJsonObject carried = result(second, QStringLiteral("fast"));
    QJsonObject original = result(first, QStringLiteral("fast"));
    for (const char *key : {"start_time", "end_time", "duration_ms", "output", "status"})
        QCOMPARE(carried.value(QLatin1String(key)), original.value(QLatin1String(key)));
    QCOMPARE(carried.value(u"metadata")[u"carried_over_from"].toString(), first.result.executionId);
    QCOMPARE(carried.value(u"execution_id").toString(), second.result.executionId);
    // Everything that did not complete ran again.
    QCOMPARE(attemptLog(second, QStringLiteral("slow")).size(), 1);
    QCOMPARE(attemptLog(second, QStringLiteral("after")).size(), 1);
    QCOMPARE(second.last.value(u"metadata")[u"rerun_of"].toString(), first.result.executionId);
    QCOMPARE(second.last.value(u"metadata")[u"total_attempts"].toInt(), 2);
    QVERIFY(lastInvariantViolations(second.last, *alt).isEmpty());

    // A LAST file of another ALT file is refused.
    QJsonObject otherDoc = altDocument({task(QStringLiteral("x"))});
    otherDoc.insert(QStringLiteral("id"), QStringLiteral("other"));
    const auto other = load(otherDoc);
    QVERIFY(!LastReader::completedResults(first.result.lastFilePath, *other, &error));
    QVERIFY(error.contains(u"records ALT file 'alt_test', not 'other'"));
}

void tst_Scheduler::promptsAndOutputs()
{
    QJsonObject doc = altDocument(
            {task(QStringLiteral("a"), {}, {{QStringLiteral("prompt"), QStringLiteral("hello")}}),
             task(QStringLiteral("b"), {QStringLiteral("a")},
                  {{QStringLiteral("prompt"), QStringLiteral("got: {{a}}")},
                   {QStringLiteral("temperature"), 0.9},
                   {QStringLiteral("model"), QStringLiteral("special")}}),
             noop(QStringLiteral("n"))});
    doc.insert(QStringLiteral("mode"), QStringLiteral("chaos"));
    doc.insert(QStringLiteral("persona"), QStringLiteral("poet"));
    const auto alt = load(doc);
    RunOptions options;
    options.persona = QStringLiteral("critic");
    const Finished f = runToEnd(alt, testConfig(m_dir.path(), 4, 1), options);
    const QJsonObject a = result(f, QStringLiteral("a")).value(u"output").toObject();
    QCOMPARE(a.value(u"text").toString(), QStringLiteral("[simulated] hello"));
    // The mock estimates both sides: ceil(5 / 4) in, ceil(17 / 4) out.
    QCOMPARE(a.value(u"tokens_used").toInt(), 2 + 5);
    QCOMPARE(a.value(u"usage")[u"input_tokens"].toInt(), 2);
    QCOMPARE(a.value(u"usage")[u"output_tokens"].toInt(), 5);
    QCOMPARE(a.value(u"usage")[u"estimated"].toBool(), true);
    QCOMPARE(a.value(u"provider").toString(), QStringLiteral("mock"));
    QCOMPARE(a.value(u"simulated").toBool(), true);
    QCOMPARE(a.value(u"raw")[u"temperature"].toDouble(), 1.4); // chaos
    const QJsonObject b = result(f, QStringLiteral("b")).value(u"output").toObject();
    QCOMPARE(b.value(u"text").toString(), QStringLiteral("[simulated] got: [simulated] hello"));
    QCOMPARE(b.value(u"model").toString(), QStringLiteral("special"));
    QCOMPARE(b.value(u"raw")[u"temperature"].toDouble(), 0.9);
    QCOMPARE(result(f, QStringLiteral("n")).value(u"output")[u"message"].toString(),
             QStringLiteral("task n"));
    QCOMPARE(f.last.value(u"persona").toString(), QStringLiteral("critic"));
    QCOMPARE(f.last.value(u"mode").toString(), QStringLiteral("chaos"));
    const qint64 bIn = TokenUsage::estimate(u"got: [simulated] hello");
    const qint64 bOut = TokenUsage::estimate(u"[simulated] got: [simulated] hello");
    QCOMPARE(f.last.value(u"metadata")[u"tokens_used"].toInteger(), 7 + bIn + bOut);
    QCOMPARE(f.last.value(u"metadata")[u"tokens"][u"input"].toInteger(), 2 + bIn);
    QCOMPARE(f.last.value(u"metadata")[u"tokens"][u"output"].toInteger(), 5 + bOut);
    QCOMPARE(f.last.value(u"metadata")[u"tokens"][u"total"].toInteger(), 7 + bIn + bOut);
}

void tst_Scheduler::changesAreBatched()
{
    // 20,000 instant tasks: the caller hears of them in a few batches, not 20,000 signals.
    QJsonArray tasks;
    for (int i = 0; i < 20000; ++i)
        tasks.append(noop(QStringLiteral("n%1").arg(i),
                          i > 0 ? QStringList {QStringLiteral("n%1").arg(i / 2)} : QStringList {}));
    const auto alt = load(altDocument(tasks));
    Run run(alt, testConfig(m_dir.path(), 8), {});
    QSignalSpy progressed(&run, &Run::progressed);
    QSignalSpy finished(&run, &Run::finished);
    run.start();
    QVERIFY(finished.wait(60000));
    QVERIFY2(progressed.size() < 1000, qPrintable(QString::number(progressed.size())));
    QSet<int> seen;
    for (const auto &args : std::as_const(progressed)) {
        for (const TaskUpdate &u : args.at(1).value<QList<TaskUpdate>>())
            seen.insert(u.index);
    }
    QCOMPARE(seen.size(), 20000);
    const RunSnapshot last = progressed.last().first().value<RunSnapshot>();
    QCOMPARE(last.count(TaskStatus::Completed), 20000);
    QVERIFY(last.finished);
    QCOMPARE(run.snapshot().count(TaskStatus::Completed), 20000);
}

void tst_Scheduler::journalIsWrittenAndRemoved()
{
    // While a run goes on its journal is on disk, one line per change; once the LAST file is
    // written it is gone.
    QTemporaryDir dir;
    const auto alt = load(
            altDocument({task(QStringLiteral("a"), {}, {{QStringLiteral("mock_latency_ms"), 300}}),
                         noop(QStringLiteral("b"), {QStringLiteral("a")})}));
    Run run(alt, testConfig(dir.path()), {});
    QSignalSpy finished(&run, &Run::finished);
    run.start();
    const QString journal = Journal::pathFor(dir.path(), run.executionId());
    QTRY_VERIFY(QFile::exists(journal));
    QString error;
    QTRY_VERIFY(Journal::read(journal, &error).has_value());
    QCOMPARE(Journal::findInterrupted(dir.path()), QStringList {journal});
    const auto contents = Journal::read(journal, &error);
    QCOMPARE(contents->header.executionId, run.executionId());
    QVERIFY(contents->header.altJson.contains("\"tasks\""));
    QVERIFY(finished.wait(10000));
    QVERIFY(!QFile::exists(journal));
    QVERIFY(QFile::exists(finished.first().first().value<RunResult>().lastFilePath));
}

void tst_Scheduler::resumeKeepsFinishedTasks()
{
    // A journal as a killed run leaves it: 'a' completed, 'bad' failed for good, 'b' was running.
    QTemporaryDir dir;
    const auto alt = load(altDocument(
            {task(QStringLiteral("a")), task(QStringLiteral("b"), {QStringLiteral("a")}),
             task(QStringLiteral("bad")), noop(QStringLiteral("after"), {QStringLiteral("bad")})}));
    const QString id = QStringLiteral("11111111-2222-3333-4444-555555555555");
    TaskRecord a;
    a.status = TaskStatus::Completed;
    a.startMs = 1700000000000;
    a.endMs = 1700000000100;
    a.attempts = {{a.startMs, a.endMs, AttemptOutcome::Completed, QString(), 0, {}}};
    a.output = QJsonObject {{QStringLiteral("text"), QStringLiteral("from before")}};
    a.outputTokens = 3;
    TaskRecord bad;
    bad.status = TaskStatus::Failed;
    bad.startMs = 1700000000000;
    bad.endMs = 1700000000050;
    bad.attempts
            = {{bad.startMs, bad.endMs, AttemptOutcome::Failed, QStringLiteral("boom"), 0, {}}};
    bad.error = QStringLiteral("boom");
    {
        Journal journal;
        Journal::Header header;
        header.executionId = id;
        header.startedAtMs = 1700000000000;
        header.options = {{QStringLiteral("mode"), QStringLiteral("dream")}};
        header.altJson = AltWriter::toJson(*alt);
        QString error;
        QVERIFY(journal.open(Journal::pathFor(dir.path(), id), header,
                             {{QStringLiteral("a"), a}, {QStringLiteral("bad"), bad}}, &error));
        journal.writeState(QStringLiteral("b"), TaskStatus::Running, TaskRecord());
    }
    QString error;
    const auto plan = Journal::resumePlan(Journal::pathFor(dir.path(), id), &error);
    QVERIFY2(plan, qPrintable(error));
    const Finished f = runToEnd(plan->alt, testConfig(dir.path(), 4, 5), plan->options);
    QCOMPARE(f.result.executionId, id);
    QCOMPARE(f.last.value(u"metadata")[u"resumed"].toInt(), 1);
    QCOMPARE(f.last.value(u"mode").toString(), QStringLiteral("dream"));
    QCOMPARE(result(f, QStringLiteral("a")).value(u"output")[u"text"].toString(),
             QStringLiteral("from before"));
    QCOMPARE(result(f, QStringLiteral("a")).value(u"start_time").toString(), isoUtcMs(a.startMs));
    QCOMPARE(status(f, QStringLiteral("b")),
             QStringLiteral("completed")); // it was running: ran again
    QCOMPARE(result(f, QStringLiteral("b")).value(u"output")[u"text"].toString(),
             QStringLiteral("[simulated] task b"));
    QCOMPARE(status(f, QStringLiteral("bad")), QStringLiteral("failed"));
    QCOMPARE(status(f, QStringLiteral("after")), QStringLiteral("cancelled"));
    QCOMPARE(result(f, QStringLiteral("after")).value(u"error").toString(),
             QStringLiteral("dependency 'bad' failed"));
    QCOMPARE(f.last.value(u"metadata")[u"tokens_used"].toInt(),
             3 + 2 + 5); // 3 from before; now ceil(6 / 4) in and ceil(18 / 4) out
    QVERIFY(!QFile::exists(Journal::pathFor(dir.path(), id)));
    QVERIFY(f.last.value(u"execution_time_ms").toInteger() > 1000); // from the original start
}

QTEST_GUILESS_MAIN(tst_Scheduler)
#include "tst_scheduler.moc"
