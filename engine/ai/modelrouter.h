// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aiprovider.h"
#include "config/modelcatalog.h"

#include <QHash>

#include <memory>

namespace altrunner {

// The run's provider when it has a models file (docs/outputs.md "Models, aliases and
// fallbacks"): one provider per alias, made on its first request with that alias's provider,
// URL, model and key; a request without an alias goes to the plain configuration's provider.
// Lives in the run's thread, as every provider does.
class ModelRouter final : public AiProvider
{
public:
    ModelRouter(const EngineConfig &config, std::shared_ptr<const ModelCatalog> models);
    ~ModelRouter() override;

    QString name() const override;
    bool isSimulated() const override;
    AiCall *start(const AiRequest &request, AiCallback done, QObject *parent) override;

private:
    AiProvider *providerFor(const QString &alias, QString *error);

    EngineConfig m_config;
    std::shared_ptr<const ModelCatalog> m_models;
    QHash<QString, std::shared_ptr<AiProvider>> m_providers;
};

} // namespace altrunner
