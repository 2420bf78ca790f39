// SPDX-License-Identifier: GPL-3.0-or-later
#include "configloader.h"

#include <cmath>

namespace altrunner {

std::optional<int> ConfigLoader::parseInt(const QString &text, int min, int max,
                                          const QString &source, QString *error)
{
    const auto v = parseCount(text, min, max, source, error);
    return v ? std::optional(int(*v)) : std::nullopt;
}

std::optional<double> ConfigLoader::parseSeconds(const QString &text, const QString &source,
                                                 QString *error)
{
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v) || v <= 0 || v > 86400) {
        *error = tr("%1: expected a number of seconds above 0 and at most 86400, got '%2'")
                         .arg(source, text);
        return std::nullopt;
    }
    return v;
}

std::optional<qint64> ConfigLoader::parseCount(const QString &text, qint64 min, qint64 max,
                                               const QString &source, QString *error)
{
    bool ok = false;
    const qint64 v = text.trimmed().toLongLong(&ok);
    if (!ok || v < min || v > max) {
        *error = tr("%1: expected a whole number from %2 to %3, got '%4'")
                         .arg(source)
                         .arg(min)
                         .arg(max)
                         .arg(text);
        return std::nullopt;
    }
    return v;
}

std::optional<double> ConfigLoader::parseAmount(const QString &text, const QString &source,
                                                QString *error)
{
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v) || v < 0 || v > 1e12) {
        *error = tr("%1: expected an amount of 0 or more, such as 2.50, got '%2'")
                         .arg(source, text);
        return std::nullopt;
    }
    return v;
}

std::optional<CacheMode> ConfigLoader::parseCacheModeValue(const QString &text,
                                                           const QString &source, QString *error)
{
    const auto mode = parseCacheMode(text.trimmed().toLower());
    if (!mode)
        *error = tr("%1: expected auto, off, refresh or always, got '%2'").arg(source, text);
    return mode;
}

std::optional<bool> ConfigLoader::parseBool(const QString &text, const QString &source,
                                            QString *error)
{
    const QString t = text.trimmed().toLower();
    if (t == u"1" || t == u"true" || t == u"yes" || t == u"on")
        return true;
    if (t == u"0" || t == u"false" || t == u"no" || t == u"off" || t.isEmpty())
        return false;
    *error = tr("%1: expected true or false, got '%2'").arg(source, text);
    return std::nullopt;
}

std::optional<QUrl> ConfigLoader::parseServiceUrl(const QString &text, const QString &source,
                                                  QString *error)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"http" && scheme != u"https") || url.host().isEmpty()) {
        *error = tr("%1: expected an http:// or https:// URL, got '%2'").arg(source, text);
        return std::nullopt;
    }
    return url;
}

std::optional<ProviderKind> ConfigLoader::parseProviderValue(const QString &text,
                                                             const QString &source, QString *error)
{
    const auto kind = parseProvider(text.trimmed());
    if (!kind)
        *error = tr("%1: expected mock, orchestrator or openai, got '%2'").arg(source, text);
    return kind;
}

void ConfigLoader::setServiceUrl(EngineConfig &config, const QUrl &url,
                                 const QProcessEnvironment &env)
{
    config.aiServiceUrl = url;
    if (config.provider == ProviderKind::Mock && !env.contains(QStringLiteral("AI_PROVIDER"))
        && !env.contains(QStringLiteral("USE_MOCK_AI")))
        config.provider = ProviderKind::Orchestrator;
}

QStringList ConfigLoader::check(const EngineConfig &config)
{
    QStringList errors;
    if (config.provider != ProviderKind::Mock && config.aiServiceUrl.isEmpty())
        errors.append(tr("AI_PROVIDER is %1, which needs AI_SERVICE_URL (or --ai-url): the address "
                         "of the AI service")
                              .arg(providerName(config.provider)));
    return errors;
}

EngineConfig ConfigLoader::fromEnvironment(const QProcessEnvironment &env, QStringList *errors)
{
    EngineConfig config;
    QString error;
    auto value = [&](const char *name) -> std::optional<QString> {
        const QString key = QString::fromLatin1(name);
        if (!env.contains(key))
            return std::nullopt;
        return env.value(key);
    };
    auto check = [&](auto parsed, auto &target) {
        if (parsed)
            target = *parsed;
        else
            errors->append(error);
    };

    config.outputDir = EngineConfig::defaultOutputDir();
    if (const auto v = value("OUTPUT_DIR")) {
        if (v->trimmed().isEmpty())
            errors->append(tr("OUTPUT_DIR: expected a folder, got an empty value"));
        else
            config.outputDir = *v;
    }
    if (const auto v = value("AI_SERVICE_URL"); v && !v->isEmpty())
        check(parseServiceUrl(*v, QStringLiteral("AI_SERVICE_URL"), &error), config.aiServiceUrl);
    config.provider = value("AI_SERVICE_URL").value_or(QString()).isEmpty()
            ? ProviderKind::Mock
            : ProviderKind::Orchestrator;
    if (const auto v = value("AI_PROVIDER"); v && !v->isEmpty())
        check(parseProviderValue(*v, QStringLiteral("AI_PROVIDER"), &error), config.provider);
    if (const auto v = value("AI_MODEL")) {
        if (v->trimmed().isEmpty())
            errors->append(tr("AI_MODEL: expected a model name, got an empty value"));
        else
            config.aiModel = v->trimmed();
    }
    config.aiApiKey = value("AI_API_KEY").value_or(QString());
    if (const auto v = value("AI_TIMEOUT_SECONDS"))
        check(parseSeconds(*v, QStringLiteral("AI_TIMEOUT_SECONDS"), &error),
              config.aiTimeoutSeconds);
    if (const auto v = value("TASK_TIMEOUT_SECONDS"))
        check(parseSeconds(*v, QStringLiteral("TASK_TIMEOUT_SECONDS"), &error),
              config.taskTimeoutSeconds);
    if (const auto v = value("MAX_CONCURRENT_TASKS"))
        check(parseInt(*v, 1, 1024, QStringLiteral("MAX_CONCURRENT_TASKS"), &error),
              config.maxConcurrentTasks);
    if (const auto v = value("USE_MOCK_AI")) {
        bool useMock = false;
        check(parseBool(*v, QStringLiteral("USE_MOCK_AI"), &error), useMock);
        if (useMock)
            config.provider = ProviderKind::Mock;
    }
    // Proxies: AI_PROXY wins; else the environment's, lower case first (as curl reads them).
    auto either = [&](const char *lower, const char *upper) {
        const auto l = value(lower);
        return l && !l->trimmed().isEmpty() ? l->trimmed()
                                            : value(upper).value_or(QString()).trimmed();
    };
    config.proxy.http = either("http_proxy", "HTTP_PROXY");
    config.proxy.https = either("https_proxy", "HTTPS_PROXY");
    config.proxy.all = either("all_proxy", "ALL_PROXY");
    config.proxy.noProxy = either("no_proxy", "NO_PROXY");
    if (const auto v = value("AI_PROXY"); v && !v->trimmed().isEmpty()) {
        const QString text = v->trimmed();
        const QUrl url(text.contains(QStringLiteral("://")) ? text
                                                            : QStringLiteral("http://") + text,
                       QUrl::StrictMode);
        const bool none = text.compare(u"none", Qt::CaseInsensitive) == 0;
        if (!none
            && (!url.isValid() || url.host().isEmpty()
                || !QStringList {QStringLiteral("http"), QStringLiteral("https"),
                                 QStringLiteral("socks5"), QStringLiteral("socks5h")}
                            .contains(url.scheme())))
            errors->append(tr("AI_PROXY: expected a proxy URL such as http://proxy:3128, or "
                              "none, got '%1'")
                                   .arg(url.toDisplayString(QUrl::RemoveUserInfo)));
        else
            config.proxy.override = text;
    }
    if (const auto v = value("AI_CA_FILE"); v && !v->trimmed().isEmpty())
        config.aiCaFile = v->trimmed();
    if (const auto v = value("AI_STREAM"))
        check(parseBool(*v, QStringLiteral("AI_STREAM"), &error), config.aiStream);
    if (const auto v = value("AI_STREAM_IDLE_SECONDS"))
        check(parseSeconds(*v, QStringLiteral("AI_STREAM_IDLE_SECONDS"), &error),
              config.aiStreamIdleSeconds);
    if (const auto v = value("AI_FALLBACK_TO_MOCK"))
        check(parseBool(*v, QStringLiteral("AI_FALLBACK_TO_MOCK"), &error), config.fallbackToMock);
    if (const auto v = value("MOCK_AI_LATENCY_MS"))
        check(parseInt(*v, 0, 86400000, QStringLiteral("MOCK_AI_LATENCY_MS"), &error),
              config.mockLatencyMs);
    if (const auto v = value("AI_MAX_TOKENS"))
        check(parseInt(*v, 1, 1000000000, QStringLiteral("AI_MAX_TOKENS"), &error),
              config.aiMaxTokens);
    if (const auto v = value("AI_REQUESTS_PER_MINUTE"))
        check(parseInt(*v, 0, 100000000, QStringLiteral("AI_REQUESTS_PER_MINUTE"), &error),
              config.requestsPerMinute);
    if (const auto v = value("AI_TOKENS_PER_MINUTE"))
        check(parseCount(*v, 0, kMaxTokenCount, QStringLiteral("AI_TOKENS_PER_MINUTE"), &error),
              config.tokensPerMinute);
    if (const auto v = value("ALTRUNNER_CACHE"); v && !v->trimmed().isEmpty())
        check(parseCacheModeValue(*v, QStringLiteral("ALTRUNNER_CACHE"), &error), config.cacheMode);
    if (const auto v = value("ALTRUNNER_CACHE_DIR"))
        config.cacheDir = v->trimmed();
    if (const auto v = value("ALTRUNNER_PRICING"))
        config.pricingPath = v->trimmed();
    if (const auto v = value("ALTRUNNER_MODELS"))
        config.modelsPath = v->trimmed();
    if (const auto v = value("ALTRUNNER_MODELS_DIR"))
        config.modelsDir = v->trimmed();
    if (const auto v = value("AI_SCHEMA_MODE"); v && !v->trimmed().isEmpty()) {
        const QString mode = v->trimmed().toLower();
        if (mode == u"prompt" || mode == u"auto")
            config.schemaInPrompt = mode == u"prompt";
        else
            errors->append(tr("AI_SCHEMA_MODE: expected auto or prompt, got '%1'").arg(*v));
    }
    if (const auto v = value("AI_REPAIR_ATTEMPTS"))
        check(parseInt(*v, 0, 5, QStringLiteral("AI_REPAIR_ATTEMPTS"), &error),
              config.repairAttempts);
    if (const auto v = value("ALTRUNNER_MAX_TOKENS_TOTAL"); v && !v->trimmed().isEmpty())
        check(parseCount(*v, 0, kMaxTokenCount, QStringLiteral("ALTRUNNER_MAX_TOKENS_TOTAL"),
                         &error),
              config.budget.tokens);
    if (const auto v = value("ALTRUNNER_MAX_COST"); v && !v->trimmed().isEmpty())
        check(parseAmount(*v, QStringLiteral("ALTRUNNER_MAX_COST"), &error), config.budget.cost);
    config.apiToken = value("ALTRUNNER_API_TOKEN").value_or(QString());
    config.altFilesDir = value("ALT_FILES_DIR").value_or(QString());
    if (const auto v = value("NATS_URL"); v && !v->trimmed().isEmpty()) {
        const QUrl url(v->trimmed(), QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != u"nats" && url.scheme() != u"tls"))
            errors->append(tr("NATS_URL: expected nats://HOST:PORT, got '%1'").arg(*v));
        else
            config.natsUrl = v->trimmed();
    }
    if (const auto v = value("ALTRUNNER_WORKERS"); v && !v->trimmed().isEmpty()) {
        if (const auto url = parseNatsUrl(*v, QStringLiteral("ALTRUNNER_WORKERS"), &error))
            config.workersUrl = *url;
        else
            errors->append(error);
    }
    if (const auto v = value("NATS_SUBJECT")) {
        if (v->trimmed().isEmpty() || v->contains(u' '))
            errors->append(
                    tr("NATS_SUBJECT: expected a subject such as last.files, got '%1'").arg(*v));
        else
            config.natsSubject = v->trimmed();
    }
    config.archivePathPrefix = value("ARCHIVE_PATH_PREFIX").value_or(QString());
    return config;
}

std::optional<QString> ConfigLoader::parseNatsUrl(const QString &text, const QString &source,
                                                  QString *error)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != u"nats" && url.scheme() != u"tls")) {
        *error = tr("%1: expected nats://HOST:PORT, got '%2'").arg(source, text);
        return std::nullopt;
    }
    return text.trimmed();
}

} // namespace altrunner
