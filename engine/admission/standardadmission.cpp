// SPDX-License-Identifier: GPL-3.0-or-later
#include "standardadmission.h"

#include "budgetadmission.h"
#include "rateadmission.h"

namespace altrunner {

std::unique_ptr<Admission> standardAdmission(std::unique_ptr<Admission> first,
                                             std::unique_ptr<Admission> cache, Budget &budget,
                                             const Pricing *pricing, const QString &provider,
                                             const EngineConfig &config)
{
    auto chain = std::make_unique<AdmissionChain>();
    if (first)
        chain->append(std::move(first));
    if (cache)
        chain->append(std::move(cache));
    chain->append(std::make_unique<BudgetAdmission>(budget, pricing, provider));
    chain->append(std::make_unique<RateAdmission>(config));
    return chain;
}

} // namespace altrunner
