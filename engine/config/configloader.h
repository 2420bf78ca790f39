// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engineconfig.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QStringList>

namespace altrunner {

// Reads EngineConfig from environment variables, and parses single values the same way for
// command-line flags, so that a bad value is an error that names its source whatever it came from.
class ConfigLoader final
{
    Q_DECLARE_TR_FUNCTIONS(altrunner::ConfigLoader)

public:
    // The largest token count a limit may name (a budget, a tokens-per-minute rate).
    static constexpr qint64 kMaxTokenCount = 1'000'000'000'000'000;

    // Every bad variable is listed in `errors` (each naming the variable); the config holds the
    // good values and defaults for the rest.
    static EngineConfig fromEnvironment(const QProcessEnvironment &env, QStringList *errors);

    // The service URL came from somewhere other than AI_SERVICE_URL (a flag, a setting): it
    // chooses the provider as AI_SERVICE_URL would, unless AI_PROVIDER or USE_MOCK_AI chose.
    static void setServiceUrl(EngineConfig &config, const QUrl &url,
                              const QProcessEnvironment &env);

    // Problems of the whole that no single value shows (a provider without a URL, say).
    static QStringList check(const EngineConfig &config);

    // Value parsers; `source` names the variable or flag in the error message.
    static std::optional<int> parseInt(const QString &text, int min, int max, const QString &source,
                                       QString *error);
    // nats://HOST[:PORT] or tls://HOST[:PORT], trimmed.
    static std::optional<QString> parseNatsUrl(const QString &text, const QString &source,
                                               QString *error);
    static std::optional<double> parseSeconds(const QString &text, const QString &source,
                                              QString *error);
    static std::optional<qint64> parseCount(const QString &text, qint64 min, qint64 max,
                                            const QString &source, QString *error);
    static std::optional<double> parseAmount(const QString &text, const QString &source,
                                             QString *error);
    static std::optional<CacheMode> parseCacheModeValue(const QString &text, const QString &source,
                                                        QString *error);
    static std::optional<bool> parseBool(const QString &text, const QString &source,
                                         QString *error);
    static std::optional<QUrl> parseServiceUrl(const QString &text, const QString &source,
                                               QString *error);
    static std::optional<ProviderKind> parseProviderValue(const QString &text,
                                                          const QString &source, QString *error);
};

} // namespace altrunner
