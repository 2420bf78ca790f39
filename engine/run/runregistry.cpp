// SPDX-License-Identifier: GPL-3.0-or-later
#include "runregistry.h"

#include "archive/archivepublisher.h"
#include "run/run.h"

#include <QEventLoop>

namespace altrunner {

RunRegistry::RunRegistry(EngineConfig config, int maxActiveRuns, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_maxActive(maxActiveRuns)
{
    configureArchive();
}

void RunRegistry::setConfig(const EngineConfig &config)
{
    m_config = config;
    configureArchive();
}

void RunRegistry::configureArchive()
{
    if (m_config.natsUrl.isEmpty()) {
        m_archive.reset();
        return;
    }
    const ArchivePublisher::Settings wanted = ArchivePublisher::Settings::from(m_config);
    if (m_archive) {
        const ArchivePublisher::Settings &now = m_archive->settings();
        if (now.url == wanted.url && now.subject == wanted.subject
            && now.outputDir == wanted.outputDir && now.pathPrefix == wanted.pathPrefix)
            return;
    }
    m_archive.reset(); // what it still holds gets its drain time first
    m_archive = std::make_unique<ArchivePublisher>(wanted);
}

bool RunRegistry::finishAnnouncing(int ms, QString *error)
{
    if (!m_archive)
        return true;
    m_archive->setDrainMs(0); // nothing more to wait for when it goes
    if (m_archive->waitUntilSent(ms))
        return true;
    *error = m_archive->state().lastError;
    return false;
}

RunRegistry::~RunRegistry()
{
    // ~Run cancels a run still going and waits for its LAST file.
    m_entries.clear();
}

int RunRegistry::activeCount() const
{
    int n = 0;
    for (const auto &e : m_entries)
        n += e->run && !e->result;
    return n;
}

Run *RunRegistry::start(std::shared_ptr<const AltFile> alt, RunOptions options,
                        const std::optional<EngineConfig> &config)
{
    if (activeCount() >= m_maxActive)
        return nullptr;
    auto entry = std::make_unique<Entry>();
    entry->altId = alt->id;
    entry->altTitle = alt->title;
    entry->createdMs = QDateTime::currentMSecsSinceEpoch();
    entry->requestMetadata = options.requestMetadata;
    entry->run
            = std::make_unique<Run>(std::move(alt), config.value_or(m_config), std::move(options));
    Run *run = entry->run.get();
    entry->executionId = run->executionId();
    entry->snapshot = run->snapshot();
    const QString id = entry->executionId;
    connect(run, &Run::progressed, this, [this, id](const RunSnapshot &s) {
        for (auto &e : m_entries) {
            if (e->executionId == id)
                e->snapshot = s;
        }
    });
    connect(run, &Run::finished, this, [this, id](const RunResult &result) {
        for (auto &e : m_entries) {
            if (e->executionId != id)
                continue;
            e->result = result;
            e->snapshot = result.snapshot;
            if (m_archive)
                m_archive->publish(result, e->altId);
            // Release the run's thread and its copy of the ALT file, but not from inside the
            // run's own signal.
            QMetaObject::invokeMethod(
                    this,
                    [this, id] {
                        for (auto &f : m_entries) {
                            if (f->executionId == id)
                                f->run.reset();
                        }
                    },
                    Qt::QueuedConnection);
        }
        emit runFinished(id);
    });
    m_entries.push_back(std::move(entry));
    run->start();
    emit runStarted(run);
    return run;
}

const RunRegistry::Entry *RunRegistry::find(const QString &executionId) const
{
    for (const auto &e : m_entries) {
        if (e->executionId == executionId)
            return e.get();
    }
    return nullptr;
}

QList<const RunRegistry::Entry *> RunRegistry::entries() const
{
    QList<const Entry *> out;
    for (auto it = m_entries.crbegin(); it != m_entries.crend(); ++it)
        out.append(it->get());
    return out;
}

RunSnapshot RunRegistry::snapshotOf(const Entry &entry) const
{
    if (entry.run && !entry.result)
        return entry.run->snapshot();
    return entry.snapshot;
}

bool RunRegistry::cancel(const QString &executionId)
{
    for (auto &e : m_entries) {
        if (e->executionId == executionId && e->run && !e->result) {
            e->run->cancel();
            return true;
        }
    }
    return false;
}

void RunRegistry::cancelAll()
{
    QEventLoop loop;
    int waiting = 0;
    for (auto &e : m_entries) {
        if (e->run && !e->result) {
            ++waiting;
            connect(e->run.get(), &Run::finished, &loop, [&] {
                if (--waiting == 0)
                    loop.quit();
            });
            e->run->cancel();
        }
    }
    if (waiting > 0)
        loop.exec();
}

} // namespace altrunner
