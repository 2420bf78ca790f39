// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"

#include "config/configloader.h"

#include <QFileInfo>
#include <QMainWindow>
#include <QProcessEnvironment>
#include <QScreen>
#include <QSettings>
#include <QUrl>

namespace altrunner {

namespace {

QString g_sessionApiKey;
QString g_sessionApiToken;
QString g_sessionProxy; // AI_PROXY with its credentials, for this session only

// Saved settings use the environment variables' names, so one parser reads both.
const char *const kKeys[] = {"OUTPUT_DIR",
                             "AI_PROVIDER",
                             "AI_SERVICE_URL",
                             "AI_MODEL",
                             "AI_TIMEOUT_SECONDS",
                             "TASK_TIMEOUT_SECONDS",
                             "MAX_CONCURRENT_TASKS",
                             "AI_FALLBACK_TO_MOCK",
                             "AI_STREAM",
                             "AI_STREAM_IDLE_SECONDS",
                             "MOCK_AI_LATENCY_MS",
                             "AI_MAX_TOKENS",
                             "AI_REQUESTS_PER_MINUTE",
                             "AI_TOKENS_PER_MINUTE",
                             "ALTRUNNER_PRICING",
                             "ALTRUNNER_MODELS",
                             "ALTRUNNER_CACHE",
                             "AI_PROXY",
                             "AI_CA_FILE",
                             "ALTRUNNER_WORKERS"};

} // namespace

EngineConfig AppSettings::engineConfig(QStringList *errors)
{
    QSettings settings;
    QProcessEnvironment merged;
    for (const char *key : kKeys) {
        const QString k = QStringLiteral("engine/") + QLatin1String(key);
        if (settings.contains(k))
            merged.insert(QLatin1String(key), settings.value(k).toString());
    }
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : env.keys())
        merged.insert(key, env.value(key));
    EngineConfig config = ConfigLoader::fromEnvironment(merged, errors);
    if (!g_sessionApiKey.isEmpty() && !env.contains(QStringLiteral("AI_API_KEY")))
        config.aiApiKey = g_sessionApiKey;
    if (!g_sessionApiToken.isEmpty() && !env.contains(QStringLiteral("ALTRUNNER_API_TOKEN")))
        config.apiToken = g_sessionApiToken;
    if (!g_sessionProxy.isEmpty() && !env.contains(QStringLiteral("AI_PROXY")))
        config.proxy.override = g_sessionProxy;
    return config;
}

void AppSettings::save(const EngineConfig &c)
{
    QSettings settings;
    settings.setValue(QStringLiteral("engine/OUTPUT_DIR"), c.outputDir);
    settings.setValue(QStringLiteral("engine/AI_PROVIDER"), providerName(c.provider));
    settings.setValue(QStringLiteral("engine/AI_SERVICE_URL"), c.aiServiceUrl.toString());
    settings.setValue(QStringLiteral("engine/AI_MODEL"), c.aiModel);
    settings.setValue(QStringLiteral("engine/AI_TIMEOUT_SECONDS"),
                      QString::number(c.aiTimeoutSeconds));
    settings.setValue(QStringLiteral("engine/TASK_TIMEOUT_SECONDS"),
                      QString::number(c.taskTimeoutSeconds));
    settings.setValue(QStringLiteral("engine/MAX_CONCURRENT_TASKS"),
                      QString::number(c.maxConcurrentTasks));
    settings.setValue(QStringLiteral("engine/AI_FALLBACK_TO_MOCK"),
                      c.fallbackToMock ? QStringLiteral("true") : QStringLiteral("false"));
    settings.setValue(QStringLiteral("engine/AI_STREAM"),
                      c.aiStream ? QStringLiteral("true") : QStringLiteral("false"));
    settings.setValue(QStringLiteral("engine/AI_STREAM_IDLE_SECONDS"),
                      QString::number(c.aiStreamIdleSeconds));
    settings.setValue(QStringLiteral("engine/MOCK_AI_LATENCY_MS"),
                      QString::number(c.mockLatencyMs));
    settings.setValue(QStringLiteral("engine/AI_MAX_TOKENS"), QString::number(c.aiMaxTokens));
    settings.setValue(QStringLiteral("engine/AI_REQUESTS_PER_MINUTE"),
                      QString::number(c.requestsPerMinute));
    settings.setValue(QStringLiteral("engine/AI_TOKENS_PER_MINUTE"),
                      QString::number(c.tokensPerMinute));
    settings.setValue(QStringLiteral("engine/ALTRUNNER_PRICING"), c.pricingPath);
    settings.setValue(QStringLiteral("engine/ALTRUNNER_MODELS"), c.modelsPath);
    settings.setValue(QStringLiteral("engine/ALTRUNNER_CACHE"), cacheModeName(c.cacheMode));
    // The proxy's address is saved; its credentials, like the API key, are kept for the session
    // only and written nowhere.
    QUrl proxy(c.proxy.override.contains(QStringLiteral("://"))
                       ? c.proxy.override
                       : QStringLiteral("http://") + c.proxy.override);
    g_sessionProxy = proxy.userInfo().isEmpty() ? QString() : c.proxy.override;
    if (!proxy.userInfo().isEmpty()) {
        proxy.setUserInfo(QString());
        settings.setValue(QStringLiteral("engine/AI_PROXY"), proxy.toString());
    } else {
        settings.setValue(QStringLiteral("engine/AI_PROXY"), c.proxy.override);
    }
    settings.setValue(QStringLiteral("engine/AI_CA_FILE"), c.aiCaFile);
    settings.setValue(QStringLiteral("engine/ALTRUNNER_WORKERS"), c.workersUrl);
    // Never the API key.
    if (c.aiServiceUrl.isEmpty())
        settings.remove(QStringLiteral("engine/AI_SERVICE_URL"));
}

QStringList AppSettings::environmentOverrides()
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QStringList out;
    for (const char *key : kKeys) {
        if (env.contains(QLatin1String(key)))
            out.append(QLatin1String(key));
    }
    for (const char *key :
         {"AI_API_KEY", "USE_MOCK_AI", "ALTRUNNER_MAX_TOKENS_TOTAL", "ALTRUNNER_MAX_COST"}) {
        if (env.contains(QLatin1String(key)))
            out.append(QLatin1String(key));
    }
    return out;
}

void AppSettings::setSessionApiKey(const QString &key)
{
    g_sessionApiKey = key;
}

QString AppSettings::sessionApiKey()
{
    return g_sessionApiKey;
}

void AppSettings::setSessionApiToken(const QString &token)
{
    g_sessionApiToken = token;
}

QString AppSettings::sessionApiToken()
{
    return g_sessionApiToken;
}

quint16 AppSettings::serverPort()
{
    const uint port = QSettings().value(QStringLiteral("server/port"), 8080).toUInt();
    return port > 0 && port <= 65535 ? quint16(port) : quint16(8080);
}

void AppSettings::setServerPort(quint16 port)
{
    QSettings().setValue(QStringLiteral("server/port"), port);
}

QString AppSettings::language()
{
    return QSettings().value(QStringLiteral("ui/language")).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    QSettings().setValue(QStringLiteral("ui/language"), language);
}

QStringList AppSettings::recentFiles()
{
    return QSettings().value(QStringLiteral("ui/recentFiles")).toStringList();
}

void AppSettings::addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > maxRecentFiles())
        files.removeLast();
    QSettings().setValue(QStringLiteral("ui/recentFiles"), files);
}

void AppSettings::restoreWindow(QMainWindow *window)
{
    QSettings settings;
    const QRect screen
            = window->screen() ? window->screen()->availableGeometry() : QRect(0, 0, 1280, 800);
    if (!window->restoreGeometry(settings.value(QStringLiteral("ui/geometry")).toByteArray())) {
        // The first window fits the screen it opens on: a 1366x768 laptop has about 730 pixels
        // of height under its panel.
        window->resize(std::min(1280, screen.width() * 19 / 20),
                       std::min(800, screen.height() * 19 / 20));
    }
    window->restoreState(settings.value(QStringLiteral("ui/state")).toByteArray());
    // Saved on a larger screen: kept within this one.
    if (window->width() > screen.width() || window->height() > screen.height())
        window->resize(std::min(window->width(), screen.width()),
                       std::min(window->height(), screen.height()));
}

void AppSettings::saveWindow(const QMainWindow *window)
{
    QSettings settings;
    settings.setValue(QStringLiteral("ui/geometry"), window->saveGeometry());
    settings.setValue(QStringLiteral("ui/state"), window->saveState());
    settings.sync(); // a quit that does not return (resume later) must not lose it
}

} // namespace altrunner
