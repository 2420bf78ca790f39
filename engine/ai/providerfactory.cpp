// SPDX-License-Identifier: GPL-3.0-or-later
#include "providerfactory.h"

#include "mockprovider.h"

#include <QCoreApplication>

namespace altrunner {

std::unique_ptr<AiProvider> createProvider(const EngineConfig &config, QString *error)
{
    switch (config.provider) {
    case ProviderKind::Mock:
        return std::make_unique<MockProvider>(config.mockLatencyMs);
    case ProviderKind::Orchestrator:
    case ProviderKind::OpenAi:
        break;
    }
    *error = QCoreApplication::translate("altrunner::Provider",
                                         "the '%1' AI provider is not available in this build")
                     .arg(providerName(config.provider));
    return nullptr;
}

} // namespace altrunner
