// SPDX-License-Identifier: GPL-3.0-or-later
#include "cacheadmission.h"

#include "ai/requestbuilder.h"
#include "util/isotime.h"

#include <QDateTime>
#include <QDir>

namespace altrunner {

CacheAdmission::CacheAdmission(const EngineConfig &config, QString altId, QString executionId)
    : m_config(config)
    , m_altId(std::move(altId))
    , m_executionId(std::move(executionId))
{
}

CacheAdmission::~CacheAdmission()
{
    m_store.rememberAll(m_toRemember);
}

QString CacheAdmission::storePath(const EngineConfig &config)
{
    return ResultCache::defaultPath(config.cacheDir);
}

std::unique_ptr<CacheAdmission> CacheAdmission::create(const EngineConfig &config, QString altId,
                                                       QString executionId, QString *warning,
                                                       QSet<QString> askAfresh,
                                                       const ModelCatalog *models)
{
    if (effectiveMode(config, models) == CacheMode::Off)
        return nullptr;
    std::unique_ptr<CacheAdmission> policy(
            new CacheAdmission(config, std::move(altId), std::move(executionId)));
    policy->m_askAfresh = std::move(askAfresh);
    if (!policy->m_store.open(storePath(config), warning))
        return nullptr;
    policy->m_store.enforceCap();
    return policy;
}

CacheMode CacheAdmission::effectiveMode(const EngineConfig &config, const ModelCatalog *models)
{
    if (config.provider != ProviderKind::Mock)
        return config.cacheMode;
    if (models) {
        const QStringList aliases = models->aliases();
        for (const QString &alias : aliases)
            if (models->route(alias).provider != ProviderKind::Mock)
                return config.cacheMode;
    }
    return CacheMode::Off; // simulated answers are never kept
}

bool CacheAdmission::reuses(CacheMode mode, const AiRequest &request)
{
    switch (mode) {
    case CacheMode::Always:
        return true;
    case CacheMode::Auto: {
        const QJsonValue seed = request.parameters.value(QStringLiteral("seed"));
        return request.temperature <= 0.2 || !(seed.isUndefined() || seed.isNull());
    }
    case CacheMode::Off:
    case CacheMode::Refresh:
        break;
    }
    return false;
}

Admission::Verdict CacheAdmission::admit(int task, const AiRequest &request, int inFlight)
{
    Q_UNUSED(inFlight)
    const CacheKey key = CacheKey::of(request, m_config);
    m_toRemember.append({m_altId, request.taskId, key.key, key.request, m_executionId});
    if (m_toRemember.size() >= kRememberBatch)
        m_store.rememberAll(std::exchange(m_toRemember, {}));
    if (reuses(m_config.cacheMode, request) && !request.askAfresh
        && !m_askAfresh.contains(request.taskId)) {
        if (const auto hit = m_store.find(key.key)) {
            Verdict::Answer a;
            a.output = hit->output;
            a.usage.input = hit->inputTokens;
            a.usage.output = hit->outputTokens;
            a.usage.inputReported = a.usage.outputReported = true;
            a.cache = {{QStringLiteral("hit"), true},
                       {QStringLiteral("key"), QString::fromLatin1(key.key)},
                       {QStringLiteral("from_execution_id"), hit->executionId},
                       {QStringLiteral("cached_at"), isoUtcMs(hit->cachedAtMs)}};
            return Verdict::answered(std::move(a));
        }
    }
    if (m_config.cacheReplayOnly && m_config.cacheMode == CacheMode::Always)
        return Verdict::refuse(
                tr("no stored answer for this request in the result cache (the suite replays "
                   "only what was recorded: run it once with --cache auto to record it)"));
    m_asked.insert(task, key);
    return Verdict::admit();
}

void CacheAdmission::settled(int task, const AiRequest &request, const AiReply &reply)
{
    Q_UNUSED(request)
    const CacheKey key = m_asked.take(task);
    if (key.key.isEmpty() || !reply.ok || reply.simulated || reply.invalidOutput)
        return; // failed answers, and answers that missed their schema, are never kept
    ResultCache::Entry e;
    e.output = RequestBuilder::output(reply, std::nullopt);
    e.output.remove(QStringLiteral("cost")); // priced when it is used, with the prices then
    e.inputTokens = reply.usage.input;
    e.outputTokens = reply.usage.output;
    e.executionId = m_executionId;
    e.cachedAtMs = QDateTime::currentMSecsSinceEpoch();
    m_store.store(key.key, key.request, e);
}

} // namespace altrunner
