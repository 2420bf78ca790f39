// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alt/altfile.h"
#include "config/engineconfig.h"
#include "model/runsnapshot.h"
#include "run/runoptions.h"

#include <QDateTime>
#include <QList>
#include <QObject>

#include <memory>

namespace altrunner {

class ArchivePublisher;
class Run;

// The runs a server knows: those going on and those finished, newest first. Runs started through
// the API and the GUI alike come here, so both see the same list. A finished run's engine thread
// is released; its summary stays, and its LAST file is on disk.
class RunRegistry final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunRegistry)

public:
    struct Entry
    {
        QString executionId;
        QString altId;
        QString altTitle;
        qint64 createdMs = 0;
        QJsonObject requestMetadata; // echoed in every status answer (the gateway's userId)
        std::unique_ptr<Run> run; // null once finished
        RunSnapshot snapshot; // the latest, or the final one
        std::optional<RunResult> result;
    };

    explicit RunRegistry(EngineConfig config, int maxActiveRuns = 8, QObject *parent = nullptr);
    ~RunRegistry() override; // cancels what still runs and waits for the LAST files

    const EngineConfig &config() const { return m_config; }
    int maxActiveRuns() const { return m_maxActive; }
    int activeCount() const;

    // Starts a run (with `config`, or the manager's); null when maxActiveRuns are already going.
    Run *start(std::shared_ptr<const AltFile> alt, RunOptions options,
               const std::optional<EngineConfig> &config = std::nullopt);
    void setConfig(const EngineConfig &config);
    // What follows a run, in one place for the console, `serve` and the window: every LAST file
    // a run of this registry writes is announced to the archive service its config names
    // (NATS_URL; docs/formats.md "The archive"). The registry keeps the publisher, and makes it
    // again when the archive's settings change; null without one.
    ArchivePublisher *archive() const { return m_archive.get(); }
    // Waits up to `ms` for the announcements to go out (the console, before it exits); true
    // when they did (or there is no archive), else `error` says why.
    bool finishAnnouncing(int ms, QString *error);
    const Entry *find(const QString &executionId) const;
    QList<const Entry *> entries() const; // newest first
    RunSnapshot snapshotOf(const Entry &entry) const;
    bool cancel(const QString &executionId);
    void cancelAll();

signals:
    void runStarted(altrunner::Run *run);
    void runFinished(const QString &executionId);

private:
    EngineConfig m_config;
    int m_maxActive;
    void configureArchive();

    // Before the entries: it outlives every run that may still announce its file.
    std::unique_ptr<ArchivePublisher> m_archive;
    std::vector<std::unique_ptr<Entry>> m_entries; // oldest first
};

} // namespace altrunner
