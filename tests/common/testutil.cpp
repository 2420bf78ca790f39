// SPDX-License-Identifier: GPL-3.0-or-later
#include "testutil.h"

#include <QProcess>

#include "alt/altloader.h"
#include "run/run.h"
#include "run/scheduler.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#ifdef Q_OS_UNIX
#    include <csignal>
#    include <sys/resource.h>
#endif

namespace altrunner::test {

QJsonObject altDocument(const QJsonArray &tasks)
{
    return QJsonObject {{QStringLiteral("id"), QStringLiteral("alt_test")},
                        {QStringLiteral("version"), QStringLiteral("1.0")},
                        {QStringLiteral("created_at"), QStringLiteral("2026-01-01T00:00:00Z")},
                        {QStringLiteral("title"), QStringLiteral("test")},
                        {QStringLiteral("tasks"), tasks}};
}

QJsonObject task(const QString &id, const QStringList &dependencies, const QJsonObject &params)
{
    QJsonObject t {
            {QStringLiteral("id"), id},
            {QStringLiteral("description"), QString(QStringLiteral("task ") + id)},
            {QStringLiteral("dependencies"), QJsonValue(QJsonArray::fromStringList(dependencies))}};
    if (!params.isEmpty())
        t.insert(QStringLiteral("parameters"), params);
    return t;
}

QJsonObject noop(const QString &id, const QStringList &dependencies, int durationMs)
{
    return task(id, dependencies,
                QJsonObject {{QStringLiteral("task_type"), QStringLiteral("noop")},
                             {QStringLiteral("duration_ms"), durationMs}});
}

std::shared_ptr<const AltFile> load(const QJsonObject &document)
{
    const AltLoader::Result r
            = AltLoader::loadBytes(QJsonDocument(document).toJson(), QStringLiteral("test.alt"));
    if (!r.ok()) {
        for (const Diagnostic &d : r.diagnostics)
            qWarning("%s", qPrintable(d.toText()));
        return nullptr;
    }
    return std::make_shared<const AltFile>(*r.file);
}

EngineConfig testConfig(const QString &outputDir, int concurrency, int mockLatencyMs)
{
    EngineConfig c;
    c.outputDir = outputDir;
    c.provider = ProviderKind::Mock;
    c.maxConcurrentTasks = concurrency;
    c.mockLatencyMs = mockLatencyMs;
    // No shared state between tests (nor with the user's own cache); the cache's tests turn it
    // on with a folder of their own.
    c.cacheMode = CacheMode::Off;
    return c;
}

namespace {

// Waits for the run's `finished` and reads its LAST file back into `f`.
void waitAndRead(QSignalSpy &spy, int timeoutMs, Finished &f)
{
    if (!spy.wait(timeoutMs)) {
        qWarning("run did not finish within %d ms", timeoutMs);
        return;
    }
    f.result = spy.first().first().value<RunResult>();
    QFile file(f.result.lastFilePath);
    if (file.open(QIODevice::ReadOnly))
        f.last = QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

Finished runToEnd(std::shared_ptr<const AltFile> alt, const EngineConfig &config,
                  RunOptions options, int cancelAfterMs, int timeoutMs)
{
    Finished f;
    Run run(std::move(alt), config, std::move(options));
    QSignalSpy spy(&run, &Run::finished);
    run.start();
    if (cancelAfterMs >= 0)
        QTimer::singleShot(cancelAfterMs, &run, [&run] { run.cancel(); });
    waitAndRead(spy, timeoutMs, f);
    return f;
}

Finished runLogged(std::shared_ptr<const AltFile> alt, const EngineConfig &config,
                   RunOptions options, int timeoutMs)
{
    Finished f;
    qRegisterMetaType<RunResult>();
    Scheduler scheduler(alt, config, std::move(options));
    scheduler.observeStatuses([&f, alt](int task, TaskStatus status) {
        // Files call a back-off "running"; the log tells it apart.
        f.events.append(alt->tasks.at(task).id + u':'
                        + (status == TaskStatus::Retrying ? QStringLiteral("retrying")
                                                          : statusName(status)));
    });
    QSignalSpy spy(&scheduler, &Scheduler::finished);
    scheduler.start();
    waitAndRead(spy, timeoutMs, f);
    return f;
}

QStringList eventsOf(const QStringList &events, const QString &status)
{
    QStringList ids;
    for (const QString &e : events) {
        const qsizetype colon = e.lastIndexOf(u':');
        if (QStringView(e).mid(colon + 1) == status)
            ids.append(e.left(colon));
    }
    return ids;
}

QString writeFile(const QString &dir, const QString &name, const QByteArray &content)
{
    const QString path = QDir(dir).filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(content);
    return path;
}

QProcessEnvironment cliEnvironment(const QString &dir, const QString &outputDir,
                                   const QStringList &extraEnv)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *v :
         {"AI_PROVIDER", "AI_SERVICE_URL", "MAX_CONCURRENT_TASKS", "USE_MOCK_AI",
          "ALTRUNNER_PRICING", "ALTRUNNER_MAX_TOKENS_TOTAL", "ALTRUNNER_MAX_COST",
          "AI_REQUESTS_PER_MINUTE", "AI_TOKENS_PER_MINUTE", "AI_MAX_TOKENS", "ALTRUNNER_MODELS"})
        env.remove(QLatin1String(v));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir(dir).filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("ALTRUNNER_CACHE_DIR"), QDir(dir).filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("ALTRUNNER_CACHE"), QStringLiteral("off")); // a test turns it on
    env.insert(QStringLiteral("OUTPUT_DIR"), outputDir);
    env.insert(QStringLiteral("MOCK_AI_LATENCY_MS"), QStringLiteral("5"));
    for (const QString &kv : extraEnv)
        env.insert(kv.section(u'=', 0, 0), kv.section(u'=', 1));
    return env;
}

CliOutcome runCli(const QStringList &args, const QProcessEnvironment &env, int timeoutMs)
{
    QProcess p;
    p.setProcessEnvironment(env);
    QSignalSpy finished(&p, &QProcess::finished);
    p.start(QStringLiteral(ALTRUNNER_BIN_DIR "/altrunner-cli"), args);
    CliOutcome o;
    if (!finished.wait(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return o;
    }
    o.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    o.out = QString::fromUtf8(p.readAllStandardOutput());
    o.err = QString::fromUtf8(p.readAllStandardError());
    return o;
}

#ifdef Q_OS_UNIX
ScopedFileSizeLimit::ScopedFileSizeLimit(quint64 bytes)
{
    rlimit limit {};
    if (getrlimit(RLIMIT_FSIZE, &limit) != 0)
        return;
    m_oldCurrent = limit.rlim_cur;
    m_oldHandler = std::signal(SIGXFSZ, SIG_IGN); // a failed write, not a killed process
    limit.rlim_cur = bytes;
    m_set = setrlimit(RLIMIT_FSIZE, &limit) == 0;
    if (!m_set)
        std::signal(SIGXFSZ, m_oldHandler);
}

ScopedFileSizeLimit::~ScopedFileSizeLimit()
{
    if (!m_set)
        return;
    rlimit limit {};
    if (getrlimit(RLIMIT_FSIZE, &limit) == 0) {
        limit.rlim_cur = m_oldCurrent;
        setrlimit(RLIMIT_FSIZE, &limit);
    }
    std::signal(SIGXFSZ, m_oldHandler);
}
#endif

} // namespace altrunner::test
