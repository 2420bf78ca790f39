// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace altrunner {

// The result cache's store (docs/engine.md "Result cache"): AI answers by request key in an
// SQLite file (Qt SQL, QSQLITE), in WAL mode with a busy time-out so several processes (two
// console runs, the window, `serve`) read and write it at once; and, per ALT file and task, the
// last request sent, so a plan can say what changed. One instance is one connection: use it
// from one thread. A file that cannot be opened or is not a cache is a warning, never an error:
// the store is then closed and every call is a no-op.
class ResultCache final
{
    Q_DECLARE_TR_FUNCTIONS(altrunner::ResultCache)
    Q_DISABLE_COPY_MOVE(ResultCache)

public:
    struct Entry
    {
        QJsonObject output; // the task result's output, as the run wrote it
        qint64 inputTokens = 0;
        qint64 outputTokens = 0;
        std::optional<double> cost;
        QString executionId; // the run that asked
        qint64 cachedAtMs = 0;
    };
    struct LastRequest
    {
        QByteArray key;
        QJsonObject request;
        QString executionId;
    };
    struct Stats
    {
        qint64 entries = 0;
        qint64 bytes = 0; // the answers' size
        qint64 fileBytes = 0;
        qint64 oldestMs = 0;
        qint64 newestMs = 0;
    };

    static constexpr qint64 kDefaultMaxBytes = qint64(1) << 30; // 1 GiB

    // cache.sqlite in `dir` (ALTRUNNER_CACHE_DIR), else in the per-user data folder.
    static QString defaultPath(const QString &dir = {});

    ResultCache();
    ~ResultCache();

    // False with `warning` set when the file cannot be used; the store stays closed.
    bool open(const QString &path, QString *warning);
    bool isOpen() const { return m_open; }
    QString path() const { return m_path; }

    std::optional<Entry> find(const QByteArray &key);
    bool store(const QByteArray &key, const QJsonObject &request, const Entry &entry);
    void remember(const QString &altId, const QString &taskId, const QByteArray &key,
                  const QJsonObject &request, const QString &executionId);
    // Many at once, in one transaction: what a run remembers, written in batches.
    struct Remembered
    {
        QString altId;
        QString taskId;
        QByteArray key;
        QJsonObject request;
        QString executionId;
    };
    void rememberAll(const QList<Remembered> &requests);
    std::optional<LastRequest> lastRequest(const QString &altId, const QString &taskId);

    Stats stats();
    // Removes answers older than `days` (all when nullopt); returns how many went.
    qint64 clear(std::optional<int> olderThanDays = std::nullopt);
    // Removes the oldest answers until they take at most `maxBytes`; returns how many went.
    qint64 enforceCap(qint64 maxBytes = kDefaultMaxBytes);

private:
    bool exec(const QString &sql);

    QString m_connection;
    QString m_path;
    bool m_open = false;
};

} // namespace altrunner
