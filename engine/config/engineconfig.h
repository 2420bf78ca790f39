// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace altrunner {

enum class ProviderKind { Mock, Orchestrator, OpenAi };

QString providerName(ProviderKind kind);
std::optional<ProviderKind> parseProvider(const QString &text);

// Everything a run needs to know about its surroundings: where results go, which AI service to
// call and how. Filled from the environment (docs/engine.md's variable names), then from flags.
struct EngineConfig
{
    QString outputDir;
    ProviderKind provider = ProviderKind::Mock;
    QUrl aiServiceUrl;
    QString aiModel = QStringLiteral("default");
    QString aiApiKey; // never written anywhere
    double aiTimeoutSeconds = 60;
    double taskTimeoutSeconds = 300;
    int maxConcurrentTasks = 4;
    bool fallbackToMock = false;
    int mockLatencyMs = 150;
    QString apiToken;
    // Where the ALT_LAS gateway's altFileId names ALT files (ALT_FILES_DIR); empty: none.
    QString altFilesDir;
    // The ALT_LAS archive service (docs/engine.md "The archive service"): NATS_URL (empty: off),
    // NATS_SUBJECT, and ARCHIVE_PATH_PREFIX, which replaces OUTPUT_DIR in published paths.
    QString natsUrl;
    QString natsSubject = QStringLiteral("last.files");
    QString archivePathPrefix;

    static QString defaultOutputDir();
};

} // namespace altrunner
