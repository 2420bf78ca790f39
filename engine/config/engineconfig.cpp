// SPDX-License-Identifier: GPL-3.0-or-later
#include "engineconfig.h"

#include "util/enumtable.h"

#include <QStandardPaths>

namespace altrunner {

namespace {
using namespace Qt::StringLiterals;
constexpr EnumTable<ProviderKind, 3> kProviders({{{ProviderKind::Mock, "mock"_L1},
                                                  {ProviderKind::Orchestrator, "orchestrator"_L1},
                                                  {ProviderKind::OpenAi, "openai"_L1}}});
constexpr EnumTable<CacheMode, 4> kCacheModes({{{CacheMode::Auto, "auto"_L1},
                                                {CacheMode::Off, "off"_L1},
                                                {CacheMode::Refresh, "refresh"_L1},
                                                {CacheMode::Always, "always"_L1}}});
} // namespace

QString cacheModeName(CacheMode mode)
{
    return kCacheModes.name(mode);
}

std::optional<CacheMode> parseCacheMode(const QString &text)
{
    return kCacheModes.parse(text);
}

QString providerName(ProviderKind kind)
{
    return kProviders.name(kind);
}

std::optional<ProviderKind> parseProvider(const QString &text)
{
    return kProviders.parse(text);
}

QString EngineConfig::defaultOutputDir()
{
    // The generic location plus one folder of our own: AppLocalDataLocation would add the
    // organisation and the application name, both "altrunner" (~/.local/share/altrunner/altrunner).
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (base.isEmpty())
        return QStandardPaths::writableLocation(QStandardPaths::HomeLocation)
                + QStringLiteral("/.altrunner/runs");
    return base + QStringLiteral("/altrunner/runs");
}

} // namespace altrunner
