// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "admission.h"
#include "config/engineconfig.h"

#include <memory>

namespace altrunner {

class Budget;
class Pricing;

// The run's admission stage in its order (docs/engine.md "The run pipeline"): `first` (the
// caller's own policies), the result cache (`cache`, may be null: an answer it has needs no
// budget nor rate slot), then the budget, then the rate governor last, so a rate slot is taken
// only by an attempt that really goes.
std::unique_ptr<Admission> standardAdmission(std::unique_ptr<Admission> first,
                                             std::unique_ptr<Admission> cache, Budget &budget,
                                             const Pricing *pricing, const QString &provider,
                                             const EngineConfig &config);

} // namespace altrunner
