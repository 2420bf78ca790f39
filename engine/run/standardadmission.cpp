// SPDX-License-Identifier: GPL-3.0-or-later
#include "standardadmission.h"

#include "admission/budgetadmission.h"
#include "admission/rateadmission.h"
#include "cache/cacheadmission.h"

namespace altrunner {

std::unique_ptr<Admission> standardAdmission(const EngineConfig &config, const RunOptions &options,
                                             Budget &budget, const QString &altId,
                                             const QString &executionId, QString *cacheWarning)
{
    auto chain = std::make_unique<AdmissionChain>();
    if (options.admission)
        chain->append(options.admission());
    if (auto cache = CacheAdmission::create(config, altId, executionId, cacheWarning,
                                            options.askAfresh, options.models.get()))
        chain->append(std::move(cache));
    else if (!cacheWarning->isEmpty())
        qWarning("%s; this run goes without it", qUtf8Printable(*cacheWarning));
    chain->append(std::make_unique<BudgetAdmission>(budget, options.pricing.get()));
    chain->append(std::make_unique<RateAdmission>(config));
    return chain;
}

} // namespace altrunner
