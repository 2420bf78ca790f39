// SPDX-License-Identifier: GPL-3.0-or-later
#include "providerfactory.h"

#include "mockprovider.h"
#include "openaiprovider.h"
#include "orchestratorprovider.h"

#include <QCoreApplication>

namespace altrunner {

std::unique_ptr<AiProvider> createProvider(const EngineConfig &config, QString *error)
{
    switch (config.provider) {
    case ProviderKind::Mock:
        return std::make_unique<MockProvider>(config.mockLatencyMs);
    case ProviderKind::Orchestrator:
    case ProviderKind::OpenAi:
        if (!config.aiServiceUrl.isValid() || config.aiServiceUrl.isEmpty()) {
            *error = QCoreApplication::translate("altrunner::Provider",
                                                 "the '%1' AI provider needs AI_SERVICE_URL")
                             .arg(providerName(config.provider));
            return nullptr;
        }
        if (config.provider == ProviderKind::Orchestrator)
            return std::make_unique<OrchestratorProvider>(config);
        return std::make_unique<OpenAiProvider>(config);
    }
    *error = QStringLiteral("unknown provider");
    return nullptr;
}

} // namespace altrunner
