// SPDX-License-Identifier: GPL-3.0-or-later
#include "testutil.h"

#include "alt/altloader.h"
#include "run/run.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

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

Finished runToEnd(std::shared_ptr<const AltFile> alt, const EngineConfig &config,
                  RunOptions options, int cancelAfterMs, int timeoutMs)
{
    Finished f;
    Run run(std::move(alt), config, std::move(options));
    QSignalSpy spy(&run, &Run::finished);
    run.start();
    if (cancelAfterMs >= 0)
        QTimer::singleShot(cancelAfterMs, &run, [&run] { run.cancel(); });
    if (!spy.wait(timeoutMs)) {
        qWarning("run did not finish within %d ms", timeoutMs);
        return f;
    }
    f.result = spy.first().first().value<RunResult>();
    QFile file(f.result.lastFilePath);
    if (file.open(QIODevice::ReadOnly))
        f.last = QJsonDocument::fromJson(file.readAll()).object();
    return f;
}

QString writeFile(const QString &dir, const QString &name, const QByteArray &content)
{
    const QString path = QDir(dir).filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(content);
    return path;
}

} // namespace altrunner::test
