// SPDX-License-Identifier: GPL-3.0-or-later
#include "engineconfig.h"

#include <QStandardPaths>

namespace altrunner {

QString providerName(ProviderKind kind)
{
    switch (kind) {
    case ProviderKind::Mock:
        return QStringLiteral("mock");
    case ProviderKind::Orchestrator:
        return QStringLiteral("orchestrator");
    case ProviderKind::OpenAi:
        return QStringLiteral("openai");
    }
    return QStringLiteral("mock");
}

std::optional<ProviderKind> parseProvider(const QString &text)
{
    for (ProviderKind k : {ProviderKind::Mock, ProviderKind::Orchestrator, ProviderKind::OpenAi}) {
        if (text.compare(providerName(k), Qt::CaseInsensitive) == 0)
            return k;
    }
    return std::nullopt;
}

QString EngineConfig::defaultOutputDir()
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    if (base.isEmpty())
        base = QStandardPaths::writableLocation(QStandardPaths::HomeLocation)
                + QStringLiteral("/.altrunner");
    return base + QStringLiteral("/runs");
}

} // namespace altrunner
