// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelrouter.h"

#include "delayedcall.h"
#include "providerfactory.h"

namespace altrunner {

ModelRouter::ModelRouter(const EngineConfig &config, std::shared_ptr<const ModelCatalog> models)
    : m_config(config)
    , m_models(std::move(models))
{
}

ModelRouter::~ModelRouter() = default;

QString ModelRouter::name() const
{
    return providerName(m_config.provider);
}

bool ModelRouter::isSimulated() const
{
    // Simulated only when every model it can ask is.
    if (m_config.provider != ProviderKind::Mock)
        return false;
    for (const QString &alias : m_models->aliases())
        if (m_models->route(alias).provider != ProviderKind::Mock)
            return false;
    return true;
}

AiProvider *ModelRouter::providerFor(const QString &alias, QString *error)
{
    if (const auto it = m_providers.constFind(alias); it != m_providers.cend())
        return it->get();
    const ModelRoute route = alias.isEmpty() ? ModelRoute {} : m_models->route(alias);
    std::shared_ptr<AiProvider> provider = createProvider(route.configFor(m_config), error);
    if (!provider)
        return nullptr;
    m_providers.insert(alias, provider);
    return provider.get();
}

AiCall *ModelRouter::start(const AiRequest &request, AiCallback done, QObject *parent)
{
    QString error;
    if (AiProvider *provider = providerFor(request.alias, &error))
        return provider->start(request, std::move(done), parent);
    AiReply reply; // reported later, as providers do, never from inside start()
    reply.error = error;
    return new DelayedCall(0, std::move(reply), std::move(done), parent);
}

} // namespace altrunner
