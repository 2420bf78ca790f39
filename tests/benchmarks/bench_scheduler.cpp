// SPDX-License-Identifier: GPL-3.0-or-later
// bench_scheduler: scheduling overhead per task for 100,000 and 1,000,000 noop tasks (chain,
// fan-out, random DAG), and 2,000 AI tasks of 50 ms at width 32 in a layered DAG against a local
// server, compared with the lower bound max(critical path, work / width).

#include "fakeaiserver.h"
#include "run/run.h"
#include "util/freedmemory.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <QThread>

using namespace altrunner;

namespace {

std::shared_ptr<const AltFile> makeAlt(int n, const QString &shape, bool ai = false, int layers = 1)
{
    auto alt = std::make_shared<AltFile>();
    alt->id = QStringLiteral("bench");
    alt->title = shape;
    alt->tasks.resize(n);
    QRandomGenerator rng(42);
    const int perLayer = n / layers;
    for (int i = 0; i < n; ++i) {
        AltTask &t = alt->tasks[i];
        t.id = QStringLiteral("t%1").arg(i);
        t.description = t.id;
        t.prompt = t.id;
        t.kind = ai ? TaskKind::Ai : TaskKind::Noop;
        if (shape == u"chain" && i > 0)
            t.dependencies = {i - 1};
        else if (shape == u"fan-out" && i > 0)
            t.dependencies = {0};
        else if (shape == u"random" && i > 0) {
            for (int k = int(rng.bounded(4)); k > 0; --k) {
                const int d = int(rng.bounded(i));
                if (!t.dependencies.contains(d))
                    t.dependencies.append(d);
            }
        } else if (shape == u"layered" && i >= perLayer) {
            const int layer = i / perLayer;
            for (int k = 0; k < 2; ++k) {
                const int d = (layer - 1) * perLayer + int(rng.bounded(perLayer));
                if (!t.dependencies.contains(d))
                    t.dependencies.append(d);
            }
        }
    }
    return alt;
}

// Mean task duration in a LAST file, and the slot time no task used: width x makespan - work.
QString slotUse(const RunResult &result, int width)
{
    QFile file(result.lastFilePath);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("(no LAST file)");
    const QJsonObject tasks
            = QJsonDocument::fromJson(file.readAll()).object().value(u"task_results").toObject();
    qint64 work = 0;
    QList<qint64> durations;
    for (const QJsonValue &t : tasks) {
        durations.append(t.toObject().value(u"duration_ms").toInteger());
        work += durations.last();
    }
    if (durations.isEmpty())
        return QStringLiteral("(no tasks)");
    std::sort(durations.begin(), durations.end());
    const auto at = [&durations](double q) {
        return durations.at(std::min(durations.size() - 1, qsizetype(q * durations.size())));
    };
    const qint64 makespan = result.snapshot.elapsedMs;
    return QStringLiteral("mean task %1 ms (median %4, 99th percentile %5, longest %6), idle slots "
                          "%2 ms (%3 rounds)")
            .arg(double(work) / std::max<qsizetype>(1, tasks.size()), 0, 'f', 2)
            .arg(width * makespan - work)
            .arg(double(width * makespan - work) / width / 50.0, 0, 'f', 2)
            .arg(at(0.5))
            .arg(at(0.99))
            .arg(durations.last());
}

qint64 runIt(std::shared_ptr<const AltFile> alt, const EngineConfig &config, bool journal,
             RunResult *result = nullptr)
{
    RunOptions options;
    options.journal = journal;
    Run run(std::move(alt), config, options);
    QSignalSpy finished(&run, &Run::finished);
    QElapsedTimer t;
    t.start();
    run.start();
    finished.wait(3600 * 1000);
    const qint64 ms = t.elapsed();
    if (result)
        *result = finished.first().first().value<RunResult>();
    return ms;
}

} // namespace

int main(int argc, char *argv[])
{
    FreedMemory::useOneHeap(); // as both programs do
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    EngineConfig config;
    config.outputDir = dir.path();
    config.maxConcurrentTasks = 64;
    config.cacheMode = CacheMode::Off;
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const bool aiOnly = app.arguments().contains(QStringLiteral("--ai-only"));

    out << "scheduling overhead (noop tasks of 0 ms, width 64, LAST file included; journal off / "
           "on):\n";
    for (int n : aiOnly  ? QList<int> {}
                 : quick ? QList<int> {100000}
                         : QList<int> {100000, 1000000}) {
        for (const QString &shape :
             {QStringLiteral("chain"), QStringLiteral("fan-out"), QStringLiteral("random")}) {
            const auto alt = makeAlt(n, shape);
            const qint64 off = runIt(alt, config, false);
            const qint64 on = n <= 100000 ? runIt(alt, config, true) : -1;
            out << QStringLiteral("  %1 %2: %3 ms, %4 µs/task")
                            .arg(n)
                            .arg(shape, -8)
                            .arg(off)
                            .arg(double(off) * 1000.0 / n, 0, 'f', 2);
            if (on >= 0)
                out << QStringLiteral("; with the journal %1 ms, %2 µs/task")
                                .arg(on)
                                .arg(double(on) * 1000.0 / n, 0, 'f', 2);
            out << Qt::endl;
        }
    }

    // 2,000 AI tasks of 50 ms, 20 layers of 100, width 32, against a local server.
    // The server gets a thread of its own, as a real service has a process of its own: it must
    // not wait for the run's relays on this thread, nor they for it.
    QThread serverThread;
    serverThread.start();
    QObject serverContext;
    serverContext.moveToThread(&serverThread);
    std::unique_ptr<test::FakeAiServer> server;
    QMetaObject::invokeMethod(
            &serverContext,
            [&] {
                server = std::make_unique<test::FakeAiServer>();
                server->listen();
                server->setDefaultLatencyMs(50);
            },
            Qt::BlockingQueuedConnection);
    EngineConfig ai = config;
    ai.provider = ProviderKind::Orchestrator;
    ai.aiServiceUrl = server->url();
    ai.maxConcurrentTasks = 32;
    const int n = 2000, layers = 20;
    RunResult result;
    const qint64 ms = runIt(makeAlt(n, QStringLiteral("layered"), true, layers), ai, true, &result);
    const double criticalPath = layers * 50.0;
    const double workOverWidth = n * 50.0 / ai.maxConcurrentTasks;
    const double bound = std::max(criticalPath, workOverWidth);
    out << QStringLiteral(
                   "2,000 AI tasks of 50 ms, 20 layers, width 32: %1 ms (%2); lower bound %3 ms "
                   "(critical path %4, work / width %5): %6x (goal <= 1.03x)")
                    .arg(result.snapshot.elapsedMs)
                    .arg(outcomeName(result.outcome))
                    .arg(bound)
                    .arg(criticalPath)
                    .arg(workOverWidth)
                    .arg(double(result.snapshot.elapsedMs) / bound, 0, 'f', 3)
        << Qt::endl;
    qint64 serviceNs = 0;
    QList<test::FakeAiServer::Request> requests;
    QMetaObject::invokeMethod(
            &serverContext,
            [&] {
                requests = server->inferenceRequests();
                server.reset();
            },
            Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    for (const test::FakeAiServer::Request &r : requests)
        serviceNs += r.answeredAtNs - r.atNs;
    out << "  " << slotUse(result, ai.maxConcurrentTasks) << "; the server took "
        << QString::number(double(serviceNs) / 1e6 / std::max<qsizetype>(1, requests.size()), 'f',
                           2)
        << " ms per request" << Qt::endl;
    Q_UNUSED(ms);

    // The same DAG as noop tasks of 50 ms: what the scheduling order alone achieves, without the
    // network.
    auto timed = std::make_shared<AltFile>(*makeAlt(n, QStringLiteral("layered"), true, layers));
    for (AltTask &t : timed->tasks) {
        t.kind = TaskKind::Noop;
        t.durationMs = 50;
    }
    RunResult noopResult;
    runIt(timed, ai, true, &noopResult);
    out << QStringLiteral("  the same DAG as noop tasks of 50 ms: %1 ms (%2x)")
                    .arg(noopResult.snapshot.elapsedMs)
                    .arg(double(noopResult.snapshot.elapsedMs) / bound, 0, 'f', 3)
        << "; " << slotUse(noopResult, ai.maxConcurrentTasks) << Qt::endl;
    return 0;
}
