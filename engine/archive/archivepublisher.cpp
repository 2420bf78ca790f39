// SPDX-License-Identifier: GPL-3.0-or-later
#include "archivepublisher.h"

#include "altrunner_version.h"
#include "util/isotime.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <nats/nats.h>

#include <chrono>

namespace altrunner {

namespace {

QString statusText(natsStatus s)
{
    const char *last = nats_GetLastError(nullptr);
    return QString::fromUtf8(last && *last ? last : natsStatus_GetText(s));
}

} // namespace

ArchivePublisher::Settings ArchivePublisher::Settings::from(const EngineConfig &config)
{
    return {config.natsUrl, config.natsSubject, config.outputDir, config.archivePathPrefix};
}

ArchivePublisher::ArchivePublisher(Settings settings)
    : m_settings(std::move(settings))
    , m_thread([this] { work(); })
{
}

ArchivePublisher::~ArchivePublisher()
{
    waitUntilSent(m_drainMs);
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

QByteArray ArchivePublisher::message(const RunResult &result, const QString &altFileId,
                                     const Settings &settings, qint64 nowMs)
{
    QString path = result.lastFilePath;
    if (!settings.pathPrefix.isEmpty() && !settings.outputDir.isEmpty()) {
        QString dir = settings.outputDir;
        while (dir.size() > 1 && dir.endsWith(u'/'))
            dir.chop(1);
        if (path.startsWith(dir + u'/')) {
            QString prefix = settings.pathPrefix;
            while (prefix.size() > 1 && prefix.endsWith(u'/'))
                prefix.chop(1);
            path = prefix + path.mid(dir.size());
        }
    }
    const RunSnapshot &s = result.snapshot;
    const QJsonObject o {
            {QStringLiteral("id"), result.executionId},
            {QStringLiteral("file_path"), path},
            {QStringLiteral("success_rate"),
             s.total ? double(s.count(TaskStatus::Completed)) / s.total : 0.0},
            {QStringLiteral("timestamp"), isoUtcMs(nowMs)},
            {QStringLiteral("metadata"),
             QJsonObject {{QStringLiteral("alt_file_id"), altFileId},
                          {QStringLiteral("status"), outcomeName(result.outcome)},
                          {QStringLiteral("runner_version"), QStringLiteral(ALTRUNNER_VERSION)}}}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool ArchivePublisher::publish(const RunResult &result, const QString &altFileId)
{
    if (result.lastFilePath.isEmpty())
        return true; // no LAST file, nothing to archive
    const QByteArray m
            = message(result, altFileId, m_settings, QDateTime::currentMSecsSinceEpoch());
    {
        std::lock_guard lock(m_mutex);
        if (int(m_queue.size()) >= m_settings.maxQueued) {
            ++m_state.dropped;
            m_state.lastError = tr("the queue of %1 messages is full: the message for run %2 "
                                   "was dropped")
                                        .arg(m_settings.maxQueued)
                                        .arg(result.executionId);
            return false;
        }
        m_queue.push_back(m);
        m_state.queued = int(m_queue.size());
    }
    m_wake.notify_all();
    return true;
}

ArchivePublisher::State ArchivePublisher::state() const
{
    std::lock_guard lock(m_mutex);
    return m_state;
}

bool ArchivePublisher::waitUntilSent(int ms)
{
    std::unique_lock lock(m_mutex);
    return m_sent.wait_for(lock, std::chrono::milliseconds(ms), [this] { return m_queue.empty(); });
}

void ArchivePublisher::work()
{
    natsConnection *connection = nullptr;
    int backoffMs = 200;
    const QByteArray url = m_settings.url.toUtf8();
    const QByteArray subject = m_settings.subject.toUtf8();
    auto fail = [&](const QString &error) {
        if (connection) {
            natsConnection_Destroy(connection);
            connection = nullptr;
        }
        std::lock_guard lock(m_mutex);
        m_state.connected = false;
        m_state.lastError = error;
    };
    while (true) {
        QByteArray next;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_stopping)
                break;
            next = m_queue.front();
        }
        if (!connection) {
            natsOptions *options = nullptr;
            natsOptions_Create(&options);
            natsOptions_SetURL(options, url.constData());
            natsOptions_SetTimeout(options, 2000);
            // Reconnecting is ours: a message stays queued until the server confirmed it.
            natsOptions_SetAllowReconnect(options, false);
            const natsStatus s = natsConnection_Connect(&connection, options);
            natsOptions_Destroy(options);
            if (s != NATS_OK) {
                connection = nullptr;
                fail(tr("cannot reach the NATS server at %1: %2")
                             .arg(m_settings.url, statusText(s)));
            } else {
                std::lock_guard lock(m_mutex);
                m_state.connected = true;
            }
        }
        if (connection) {
            natsStatus s = natsConnection_Publish(connection, subject.constData(), next.constData(),
                                                  int(next.size()));
            if (s == NATS_OK)
                s = natsConnection_FlushTimeout(connection, 2000);
            if (s == NATS_OK) {
                backoffMs = 200;
                {
                    std::lock_guard lock(m_mutex);
                    m_queue.pop_front();
                    m_state.queued = int(m_queue.size());
                    ++m_state.published;
                    m_state.lastError.clear();
                }
                m_sent.notify_all();
                continue;
            }
            fail(tr("publishing to the NATS server at %1 failed: %2")
                         .arg(m_settings.url, statusText(s)));
        }
        // The server is away: wait a little longer each time (at most 5 s), or until stopped.
        std::unique_lock lock(m_mutex);
        m_wake.wait_for(lock, std::chrono::milliseconds(backoffMs), [this] { return m_stopping; });
        backoffMs = std::min(backoffMs * 2, 5000);
        if (m_stopping)
            break;
    }
    if (connection)
        natsConnection_Destroy(connection);
}

} // namespace altrunner
