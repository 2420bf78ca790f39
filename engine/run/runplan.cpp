// SPDX-License-Identifier: GPL-3.0-or-later
#include "runplan.h"

#include "cache/cacheadmission.h"
#include "cache/cachekey.h"
#include "cache/resultcache.h"
#include "requestpreview.h"

#include <QJsonDocument>

namespace altrunner {

namespace {

// Why a request missed, from what the same task asked last time.
QString missReason(const QJsonObject &now, const ResultCache::LastRequest *last)
{
    if (!last)
        return RunPlan::tr("no earlier answer");
    const QJsonObject &before = last->request;
    if (now.value(QStringLiteral("output_schema")) != before.value(QStringLiteral("output_schema")))
        return RunPlan::tr("schema changed");
    const QString alias = now.value(QStringLiteral("model_alias")).toString();
    if (!alias.isEmpty() && alias == before.value(QStringLiteral("model_alias")).toString()) {
        for (const char *key : {"model", "provider", "base_url"}) {
            if (now.value(QLatin1StringView(key)) != before.value(QLatin1StringView(key)))
                return RunPlan::tr("model alias '%1' now points elsewhere").arg(alias);
        }
    }
    for (const char *key : {"messages", "inputs", "persona", "mode", "context"}) {
        if (now.value(QLatin1StringView(key)) != before.value(QLatin1StringView(key)))
            return RunPlan::tr("prompt changed since run %1").arg(last->executionId);
    }
    for (const char *key : {"model", "provider", "base_url"}) {
        if (now.value(QLatin1StringView(key)) != before.value(QLatin1StringView(key)))
            return RunPlan::tr("model changed");
    }
    for (const char *key : {"temperature", "top_p", "max_tokens", "seed"}) {
        if (now.value(QLatin1StringView(key)) != before.value(QLatin1StringView(key)))
            return RunPlan::tr("sampling changed");
    }
    return RunPlan::tr("no earlier answer"); // asked, but not answered (or no longer kept)
}

} // namespace

QString RunPlan::text(const Item &item)
{
    switch (item.verdict) {
    case Verdict::Cached:
        return tr("cached");
    case Verdict::Unknown:
        return tr("unknown until '%1' runs").arg(item.reason);
    case Verdict::Run:
        break;
    }
    return item.reason.isEmpty() ? tr("run") : tr("run (%1)").arg(item.reason);
}

QList<RunPlan::Item> RunPlan::of(const AltFile &alt, const EngineConfig &config,
                                 const RunOptions &options, QString *warning)
{
    const qsizetype n = alt.tasks.size();
    QList<Item> items(n);
    ResultCache cache;
    QString why;
    // The models file the run would use, so that each task is planned against its own model.
    RunOptions routed = options;
    if (!routed.models) {
        QString problem;
        routed.models = ModelCatalog::forConfig(config.modelsPath, &problem);
        if (!problem.isEmpty() && warning)
            *warning = problem;
    }
    RequestPreview preview(alt, config, routed);
    const bool usable = CacheAdmission::effectiveMode(config, routed.models.get()) != CacheMode::Off
            && cache.open(CacheAdmission::storePath(config), &why);
    if (!why.isEmpty() && warning)
        *warning = why;
    for (int i : preview.order()) {
        const AltTask &t = alt.tasks.at(i);
        Item &item = items[i];
        item.taskId = t.id;
        if (t.kind != TaskKind::Ai) {
            item.reason = tr("not an AI task");
            preview.knowText(i, t.description);
            continue;
        }
        if (const auto carried = options.carriedResults.constFind(t.id);
            carried != options.carriedResults.cend()) {
            item.verdict = Verdict::Cached;
            item.reason = tr("carried over");
            preview.know(i, carried->value(QStringLiteral("output")).toObject());
            continue;
        }
        int missing = -1;
        const std::optional<AiRequest> next = preview.request(i, &missing);
        if (!next) {
            item.verdict = Verdict::Unknown;
            item.reason = alt.tasks.at(missing).id;
            continue;
        }
        const AiRequest &request = *next;
        if (options.askAfresh.contains(t.id)) {
            item.reason = tr("re-run from here");
            continue;
        }
        if (request.provider == ProviderKind::Mock) {
            item.reason = tr("the simulated provider is not cached");
            continue; // its answer is not known before it runs
        }
        if (!usable) {
            item.reason = config.cacheMode == CacheMode::Off ? tr("the cache is off")
                                                             : tr("the cache cannot be read");
            continue;
        }
        if (config.cacheMode == CacheMode::Refresh) {
            item.reason = tr("refresh asks afresh");
            continue;
        }
        if (!CacheAdmission::reuses(config.cacheMode, request)) {
            item.reason = tr("temperature %1 is not reused in auto mode")
                                  .arg(QString::number(request.temperature));
            continue;
        }
        const CacheKey key = CacheKey::of(request, config);
        if (const auto hit = cache.find(key.key)) {
            item.verdict = Verdict::Cached;
            preview.know(i, hit->output);
            continue;
        }
        const auto last = cache.lastRequest(alt.id, t.id);
        item.reason = missReason(key.request, last ? &*last : nullptr);
    }
    return items;
}

} // namespace altrunner
