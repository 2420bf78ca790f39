// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "admission/admission.h"
#include "cachekey.h"
#include "config/engineconfig.h"
#include "config/modelcatalog.h"
#include "resultcache.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <memory>

namespace altrunner {

// The result cache as an admission policy (docs/engine.md "Result cache"): an identical request
// the mode lets it reuse is answered from the cache, with no attempt; every answer that comes
// back is kept (unless the mode is off); the request each task last made is remembered for
// `altrunner-cli plan`. A cache file that cannot be used makes it pass everything through.
class CacheAdmission final : public Admission
{
    Q_DECLARE_TR_FUNCTIONS(altrunner::CacheAdmission)
    Q_DISABLE_COPY_MOVE(CacheAdmission)

public:
    // Opens the store (in the calling thread: one SQLite connection per run thread). `warning`
    // says why the run goes without the cache, if it does. Null when the mode is off.
    // `askAfresh`: task ids whose stored answers are not read (re-run from here); their new
    // answers are stored as any.
    static std::unique_ptr<CacheAdmission> create(const EngineConfig &config, QString altId,
                                                  QString executionId, QString *warning,
                                                  QSet<QString> askAfresh = {},
                                                  const ModelCatalog *models = nullptr);

    // The mode a run with `config` uses: off for the simulated provider, whose answers cost
    // nothing and come back the same.
    // `models`: the run's models file, if any (a real model among its aliases is cached even
    // when the plain configuration is the simulated provider).
    static CacheMode effectiveMode(const EngineConfig &config,
                                   const ModelCatalog *models = nullptr);
    // Whether `mode` reuses an answer to `request` (auto: temperature <= 0.2 or a seed).
    static bool reuses(CacheMode mode, const AiRequest &request);
    static QString storePath(const EngineConfig &config);

    ~CacheAdmission() override; // writes what is still to be remembered

    Verdict admit(int task, const AiRequest &request, int inFlight) override;
    void settled(int task, const AiRequest &request, const AiReply &reply) override;

private:
    CacheAdmission(const EngineConfig &config, QString altId, QString executionId);

    EngineConfig m_config;
    QString m_altId;
    QString m_executionId;
    QSet<QString> m_askAfresh;
    ResultCache m_store;
    QHash<int, CacheKey> m_asked; // task -> the key of its attempt in flight
    // Each task's last request, for the plan: written in batches (one transaction each), as a
    // write per request would cost more than the lookup itself.
    QList<ResultCache::Remembered> m_toRemember;
    static constexpr qsizetype kRememberBatch = 256;
};

} // namespace altrunner
