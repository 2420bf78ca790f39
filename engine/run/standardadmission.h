// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "admission/admission.h"
#include "config/engineconfig.h"
#include "runoptions.h"

#include <memory>

namespace altrunner {

class Budget;

// The run's admission stage in its order (docs/engine.md "The run pipeline"): the caller's own
// policies (RunOptions::admission), the result cache (an answer it has needs no budget nor rate
// slot), the budget, and the rate governor last, so a rate slot is taken only by an attempt that
// really goes. Made in the run's thread: the cache's SQLite connection belongs to it.
// `cacheWarning`: why the run goes without the cache, if it does (also logged).
std::unique_ptr<Admission> standardAdmission(const EngineConfig &config, const RunOptions &options,
                                             Budget &budget, const QString &altId,
                                             const QString &executionId, QString *cacheWarning);

} // namespace altrunner
