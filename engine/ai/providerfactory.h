// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aiprovider.h"
#include "config/engineconfig.h"

#include <memory>

namespace altrunner {

// Makes the provider that EngineConfig::provider names; null with `error` set if it cannot.
std::unique_ptr<AiProvider> createProvider(const EngineConfig &config, QString *error);

} // namespace altrunner
