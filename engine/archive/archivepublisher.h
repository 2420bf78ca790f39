// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/engineconfig.h"
#include "model/runsnapshot.h"

#include <QCoreApplication>
#include <QString>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace altrunner {

// Tells the ALT_LAS archive service about every LAST file (docs/engine.md "The archive
// service"): one JSON message per file on a NATS subject (`last.files` by default), sent by the
// NATS C client from a thread of its own. Publishing never fails or slows a run: messages wait in
// a bounded queue while the server is away and go out when it is back, each kept until the
// server has confirmed it (a flush), so none that fits the queue is lost.
class ArchivePublisher final
{
    Q_DECLARE_TR_FUNCTIONS(altrunner::ArchivePublisher)
    Q_DISABLE_COPY_MOVE(ArchivePublisher)

public:
    struct Settings
    {
        QString url; // nats://host:4222
        QString subject = QStringLiteral("last.files");
        QString outputDir; // replaced by pathPrefix at the start of LAST file paths
        QString pathPrefix; // ARCHIVE_PATH_PREFIX; empty: paths as they are here
        int maxQueued = 1000;

        // NATS_URL, NATS_SUBJECT, OUTPUT_DIR and ARCHIVE_PATH_PREFIX of `config`.
        static Settings from(const EngineConfig &config);
    };
    struct State
    {
        bool connected = false;
        int queued = 0;
        qint64 published = 0;
        qint64 dropped = 0; // did not fit the queue
        QString lastError; // why the last attempt to publish failed, if it did
    };

    explicit ArchivePublisher(Settings settings);
    // Gives what is queued up to `drainMs` to go out, then stops.
    ~ArchivePublisher();

    // The archive service's message for a finished run (pure: tests check it field by field).
    static QByteArray message(const RunResult &result, const QString &altFileId,
                              const Settings &settings, qint64 nowMs);
    // Queues the message of `result`; false if the queue was full (the message is dropped).
    bool publish(const RunResult &result, const QString &altFileId);
    State state() const;
    const Settings &settings() const { return m_settings; }
    // Waits until the queue is empty or `ms` have passed; true when everything went out.
    bool waitUntilSent(int ms);
    void setDrainMs(int ms) { m_drainMs = ms; }

private:
    void work();

    Settings m_settings;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_sent;
    std::deque<QByteArray> m_queue;
    State m_state;
    bool m_stopping = false;
    int m_drainMs = 2000;
    std::thread m_thread;
};

} // namespace altrunner
