// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/engineconfig.h"

#include <QStringList>

class QMainWindow;

namespace altrunner {

// The window's saved settings (QSettings) and how they combine with the environment: saved
// settings first, environment variables over them (docs/engine.md), so the window runs what the CLI
// would in the same shell. The API key is kept for the session only, never written to disk.
class AppSettings final
{
public:
    static EngineConfig engineConfig(QStringList *errors);
    static void save(const EngineConfig &config);
    // Environment variables that override saved settings right now.
    static QStringList environmentOverrides();

    static void setSessionApiKey(const QString &key);
    static QString sessionApiKey();
    // The REST API's token, like the API key kept for this session only (a secret is written
    // nowhere); ALTRUNNER_API_TOKEN in the environment wins.
    static void setSessionApiToken(const QString &token);
    static QString sessionApiToken();
    // The port Server ▸ Serve REST API listens on (default 8080).
    static quint16 serverPort();
    static void setServerPort(quint16 port);

    static QString language(); // "" = the system's
    static void setLanguage(const QString &language);

    // The window's size, place and dock layout, kept between sessions.
    static void restoreWindow(QMainWindow *window);
    static void saveWindow(const QMainWindow *window);

    static QStringList recentFiles();
    static void addRecentFile(const QString &path);

    static int maxRecentFiles() { return 8; }
};

} // namespace altrunner
