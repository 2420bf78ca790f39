// SPDX-License-Identifier: GPL-3.0-or-later
// bench_cache: the result cache's cost per task with 100,000 answers in it (docs/engine.md
// "Result cache"): filling it, then for each task a key (canonical JSON + SHA-256), a lookup
// and remembering the request, as CacheAdmission does before every AI attempt.

#include "cache/cachekey.h"
#include "cache/resultcache.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

using namespace altrunner;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int n = app.arguments().contains(QStringLiteral("--quick")) ? 10000 : 100000;
    QTemporaryDir dir;
    EngineConfig config;
    config.provider = ProviderKind::OpenAi;
    config.aiServiceUrl = QUrl(QStringLiteral("http://127.0.0.1:8000"));
    auto request = [](int i) {
        AiRequest r;
        r.taskId = QStringLiteral("t%1").arg(i);
        r.prompt = QStringLiteral("Summarise part %1 of the report in three sentences.").arg(i);
        r.model = QStringLiteral("gpt-4o-mini");
        r.mode = QStringLiteral("normal");
        r.maxTokens = 256;
        return r;
    };
    ResultCache cache;
    QString warning;
    if (!cache.open(dir.filePath(QStringLiteral("cache.sqlite")), &warning)) {
        out << warning << Qt::endl;
        return 1;
    }
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < n; ++i) {
        const CacheKey key = CacheKey::of(request(i), config);
        ResultCache::Entry e;
        e.output = QJsonObject {{QStringLiteral("text"), QStringLiteral("answer %1").arg(i)}};
        e.inputTokens = 20;
        e.outputTokens = 60;
        e.executionId = QStringLiteral("bench");
        cache.store(key.key, key.request, e);
    }
    const qint64 fill = t.elapsed();
    t.restart();
    int hits = 0;
    for (int i = 0; i < n; ++i)
        hits += cache.find(CacheKey::of(request(i), config).key).has_value();
    const qint64 lookupOnly = t.elapsed();
    t.restart();
    QList<ResultCache::Remembered> batch;
    for (int i = 0; i < n; ++i) {
        const CacheKey key = CacheKey::of(request(i), config);
        batch.append({QStringLiteral("bench"), QStringLiteral("t%1").arg(i), key.key, key.request,
                      QStringLiteral("bench-2")});
        if (batch.size() == 256) // as CacheAdmission does
            cache.rememberAll(std::exchange(batch, {}));
        hits += cache.find(key.key).has_value();
    }
    cache.rememberAll(batch);
    const qint64 lookup = t.elapsed();
    const ResultCache::Stats s = cache.stats();
    out << QStringLiteral(
                   "result cache, %1 answers (%2 MiB on disk): storing %3 µs per answer; "
                   "key + lookup %4 µs per task; with remembering the request (in batches) %5 µs "
                   "per task")
                    .arg(n)
                    .arg(double(s.fileBytes) / 1048576.0, 0, 'f', 1)
                    .arg(double(fill) * 1000.0 / n, 0, 'f', 1)
                    .arg(double(lookupOnly) * 1000.0 / n, 0, 'f', 1)
                    .arg(double(lookup) * 1000.0 / n, 0, 'f', 1)
        << Qt::endl;
    return hits == 2 * n ? 0 : 1;
}
