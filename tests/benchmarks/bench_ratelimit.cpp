// SPDX-License-Identifier: GPL-3.0-or-later
// bench_ratelimit: 600 AI tasks of 20 ms at width 64 against a local server that enforces a rate
// limit like a provider (docs/engine.md "Rate limits"): the rate achieved against the limit, and
// the share of 429s after the first second. Requests per minute, then tokens per minute, then
// a limit the run is not told of (learnt from 429s and x-ratelimit headers).

#include "alt/altloader.h"
#include "fakeaiserver.h"
#include "run/run.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

using namespace altrunner;

namespace {

struct Case
{
    const char *name;
    int serverRpm = 0;
    qint64 serverTpm = 0;
    int declaredRpm = 0;
    qint64 declaredTpm = 0;
    bool headers = true; // the server sends x-ratelimit-* headers
};

qint64 tokensOf(const QByteArray &body)
{
    // As the server counts them (and docs/engine.md reserves them): message bytes + max_tokens.
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    qint64 n = o.value(u"max_tokens").toInteger();
    for (const QJsonValue &m : o.value(u"messages").toArray())
        n += m[u"content"].toString().toUtf8().size();
    return n;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    const int n = app.arguments().contains(QStringLiteral("--quick")) ? 200 : 600;
    const bool only = app.arguments().contains(QStringLiteral("--last"));

    QJsonArray tasks;
    for (int i = 0; i < n; ++i)
        tasks.append(QJsonObject {
                {QStringLiteral("id"), QStringLiteral("t%1").arg(i)},
                {QStringLiteral("description"), QStringLiteral("question %1").arg(i)},
                {QStringLiteral("parameters"), QJsonObject {{QStringLiteral("max_tokens"), 50}}}});
    const QJsonObject doc {{QStringLiteral("id"), QStringLiteral("rate")},
                           {QStringLiteral("version"), QStringLiteral("1")},
                           {QStringLiteral("created_at"), QStringLiteral("2026-01-01T00:00:00Z")},
                           {QStringLiteral("title"), QStringLiteral("rate")},
                           {QStringLiteral("tasks"), tasks}};
    const auto loaded = AltLoader::loadBytes(QJsonDocument(doc).toJson(), QStringLiteral("rate"));
    if (!loaded.ok())
        return 1;
    const auto alt = std::make_shared<const AltFile>(*loaded.file);

    // About 110 tokens a request (system message, prompt, max_tokens 50): 132,000 a minute is
    // again 1,200 requests a minute.
    const Case cases[] = {
            {"1,200 requests/min, declared", 1200, 0, 1200, 0},
            {"132,000 tokens/min, declared", 0, 132000, 0, 132000},
            {"1,200 requests/min, not declared", 1200, 0, 0, 0},
            {"132,000 tokens/min, not declared", 0, 132000, 0, 0},
            {"1,200 requests/min, not declared, no x-ratelimit headers", 1200, 0, 0, 0, false},
    };
    std::vector<std::unique_ptr<test::FakeAiServer>> servers;
    for (const Case &c : cases) {
        if (only && c.headers)
            continue;
        QThread serverThread;
        serverThread.start();
        QObject context;
        context.moveToThread(&serverThread);
        std::unique_ptr<test::FakeAiServer> server;
        QMetaObject::invokeMethod(
                &context,
                [&] {
                    server = std::make_unique<test::FakeAiServer>();
                    server->listen();
                    server->setDefaultLatencyMs(20);
                    server->setRateLimits(c.serverRpm, c.serverTpm);
                    server->setRateLimitHeaders(c.headers);
                },
                Qt::BlockingQueuedConnection);
        EngineConfig config;
        config.outputDir = dir.path();
        config.provider = ProviderKind::OpenAi;
        config.aiServiceUrl = server->url();
        config.maxConcurrentTasks = 64;
        config.cacheMode = CacheMode::Off; // every case asks the same questions
        config.requestsPerMinute = c.declaredRpm;
        config.tokensPerMinute = c.declaredTpm;
        RunOptions options;
        options.journal = false;
        Run run(alt, config, options);
        QSignalSpy finished(&run, &Run::finished);
        run.start();
        finished.wait(3600 * 1000);
        const RunResult result = finished.first().first().value<RunResult>();
        QList<test::FakeAiServer::Request> requests;
        QList<qint64> limitedAt;
        QMetaObject::invokeMethod(
                &context,
                [&] {
                    requests = server->inferenceRequests();
                    limitedAt = server->rateLimitedAtMs();
                    // Kept listening until the end: a later case on the same port would be the
                    // same endpoint to the process's rate governor, with what it learnt here.
                    server->moveToThread(app.thread());
                    servers.push_back(std::move(server));
                },
                Qt::BlockingQueuedConnection);
        serverThread.quit();
        serverThread.wait();
        if (requests.size() < 2)
            return 1;
        const qint64 first = requests.first().atMs;
        const double minutes = double(requests.last().atMs - first) / 60000.0;
        // What the server accepted, in its own measure, over the time requests came.
        qint64 tokens = 0;
        int afterFirstSecond = 0;
        for (const auto &r : std::as_const(requests)) {
            if (r.status == 200)
                tokens += tokensOf(r.body);
            afterFirstSecond += r.atMs - first >= 1000;
        }
        int limitedAfter = 0;
        for (qint64 at : std::as_const(limitedAt))
            limitedAfter += at - first >= 1000;
        const qsizetype accepted = requests.size() - limitedAt.size();
        const double achieved = c.serverRpm > 0 ? accepted / minutes / c.serverRpm
                                                : double(tokens) / minutes / double(c.serverTpm);
        out << QStringLiteral("%1 AI tasks of 20 ms, width 64, %2: %3 in %4 s; achieved %5% of "
                              "the limit; 429s %6 of %7 requests, after the first second %8 of "
                              "%9 (%10%)")
                        .arg(n)
                        .arg(QLatin1StringView(c.name))
                        .arg(outcomeName(result.outcome))
                        .arg(result.snapshot.elapsedMs / 1000.0, 0, 'f', 1)
                        .arg(achieved * 100, 0, 'f', 1)
                        .arg(limitedAt.size())
                        .arg(requests.size())
                        .arg(limitedAfter)
                        .arg(afterFirstSecond)
                        .arg(100.0 * limitedAfter / std::max(1, afterFirstSecond), 0, 'f', 2)
            << Qt::endl;
    }
    return 0;
}
