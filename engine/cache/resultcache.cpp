// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultcache.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace altrunner {

namespace {

QAtomicInteger<quint64> g_connections;

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

QString ResultCache::defaultPath(const QString &configured)
{
    QString dir = configured;
    if (dir.isEmpty())
        dir = QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
                      .absoluteFilePath(QStringLiteral("altrunner"));
    return QDir(dir).absoluteFilePath(QStringLiteral("cache.sqlite"));
}

ResultCache::ResultCache()
    : m_connection(QStringLiteral("altrunner-cache-%1").arg(g_connections.fetchAndAddRelaxed(1)))
{
}

ResultCache::~ResultCache()
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool ResultCache::exec(const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    return q.exec(sql);
}

bool ResultCache::open(const QString &path, QString *warning)
{
    m_path = path;
    m_open = false;
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        *warning = tr("the result cache is off: Qt's SQLite driver (QSQLITE) is not installed");
        return false;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    auto fail = [&](const QString &why) {
        *warning = tr("the result cache %1 cannot be used: %2")
                           .arg(QDir::toNativeSeparators(path), why);
        db.close();
        return false;
    };
    if (!db.open())
        return fail(db.lastError().text());
    QSqlQuery q(db);
    // WAL: readers never block the writer nor it them, across processes.
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.next())
        return fail(q.lastError().text().isEmpty() ? tr("not an SQLite database")
                                                   : q.lastError().text());
    const char *schema[] = {
            "CREATE TABLE IF NOT EXISTS answers (key TEXT PRIMARY KEY, request TEXT NOT NULL, "
            "output TEXT NOT NULL, input_tokens INTEGER NOT NULL, output_tokens INTEGER NOT NULL, "
            "cost REAL, execution_id TEXT NOT NULL, cached_at INTEGER NOT NULL, size INTEGER NOT "
            "NULL)",
            "CREATE INDEX IF NOT EXISTS answers_by_age ON answers (cached_at)",
            "CREATE TABLE IF NOT EXISTS last_requests (alt_id TEXT NOT NULL, task_id TEXT NOT "
            "NULL, key TEXT NOT NULL, request TEXT NOT NULL, execution_id TEXT NOT NULL, "
            "PRIMARY KEY (alt_id, task_id))",
    };
    for (const char *sql : schema) {
        if (!q.exec(QLatin1StringView(sql)))
            return fail(q.lastError().text());
    }
    q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    m_open = true;
    return true;
}

std::optional<ResultCache::Entry> ResultCache::find(const QByteArray &key)
{
    if (!m_open)
        return std::nullopt;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT output, input_tokens, output_tokens, cost, execution_id, "
                             "cached_at FROM answers WHERE key = ?"));
    q.addBindValue(QString::fromLatin1(key));
    if (!q.exec() || !q.next())
        return std::nullopt;
    const QJsonDocument output = QJsonDocument::fromJson(q.value(0).toByteArray());
    if (!output.isObject())
        return std::nullopt; // damaged row: ask afresh
    Entry e;
    e.output = output.object();
    e.inputTokens = q.value(1).toLongLong();
    e.outputTokens = q.value(2).toLongLong();
    if (!q.value(3).isNull())
        e.cost = q.value(3).toDouble();
    e.executionId = q.value(4).toString();
    e.cachedAtMs = q.value(5).toLongLong();
    return e;
}

bool ResultCache::store(const QByteArray &key, const QJsonObject &request, const Entry &entry)
{
    if (!m_open)
        return false;
    const QByteArray output = compact(entry.output);
    const QByteArray requestText = compact(request);
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO answers (key, request, output, input_tokens, output_tokens, "
            "cost, execution_id, cached_at, size) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(QString::fromLatin1(key));
    q.addBindValue(QString::fromUtf8(requestText));
    q.addBindValue(QString::fromUtf8(output));
    q.addBindValue(entry.inputTokens);
    q.addBindValue(entry.outputTokens);
    q.addBindValue(entry.cost ? QVariant(*entry.cost) : QVariant());
    q.addBindValue(entry.executionId);
    q.addBindValue(entry.cachedAtMs ? entry.cachedAtMs : QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(qint64(output.size() + requestText.size() + key.size()));
    return q.exec();
}

void ResultCache::remember(const QString &altId, const QString &taskId, const QByteArray &key,
                           const QJsonObject &request, const QString &executionId)
{
    if (!m_open)
        return;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO last_requests (alt_id, task_id, key, "
                             "request, execution_id) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(altId);
    q.addBindValue(taskId);
    q.addBindValue(QString::fromLatin1(key));
    q.addBindValue(QString::fromUtf8(compact(request)));
    q.addBindValue(executionId);
    q.exec();
}

void ResultCache::rememberAll(const QList<Remembered> &requests)
{
    if (!m_open || requests.isEmpty())
        return;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    db.transaction();
    for (const Remembered &r : requests)
        remember(r.altId, r.taskId, r.key, r.request, r.executionId);
    db.commit();
}

std::optional<ResultCache::LastRequest> ResultCache::lastRequest(const QString &altId,
                                                                 const QString &taskId)
{
    if (!m_open)
        return std::nullopt;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT key, request, execution_id FROM last_requests WHERE alt_id = "
                             "? AND task_id = ?"));
    q.addBindValue(altId);
    q.addBindValue(taskId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return LastRequest {q.value(0).toString().toLatin1(),
                        QJsonDocument::fromJson(q.value(1).toByteArray()).object(),
                        q.value(2).toString()};
}

ResultCache::Stats ResultCache::stats()
{
    Stats s;
    s.fileBytes = QFileInfo(m_path).size() + QFileInfo(m_path + QStringLiteral("-wal")).size();
    if (!m_open)
        return s;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (q.exec(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(size), 0), COALESCE(MIN(cached_at), "
                              "0), COALESCE(MAX(cached_at), 0) FROM answers"))
        && q.next()) {
        s.entries = q.value(0).toLongLong();
        s.bytes = q.value(1).toLongLong();
        s.oldestMs = q.value(2).toLongLong();
        s.newestMs = q.value(3).toLongLong();
    }
    return s;
}

qint64 ResultCache::clear(std::optional<int> olderThanDays)
{
    if (!m_open)
        return 0;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (olderThanDays) {
        q.prepare(QStringLiteral("DELETE FROM answers WHERE cached_at < ?"));
        q.addBindValue(QDateTime::currentMSecsSinceEpoch() - qint64(*olderThanDays) * 86400000);
    } else {
        q.prepare(QStringLiteral("DELETE FROM answers"));
    }
    if (!q.exec())
        return 0;
    const qint64 removed = q.numRowsAffected();
    if (!olderThanDays)
        exec(QStringLiteral("DELETE FROM last_requests"));
    exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return removed;
}

qint64 ResultCache::enforceCap(qint64 maxBytes)
{
    if (!m_open)
        return 0;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT COALESCE(SUM(size), 0) FROM answers")) || !q.next())
        return 0;
    qint64 over = q.value(0).toLongLong() - maxBytes;
    if (over <= 0)
        return 0;
    // Oldest first, in one transaction: find how far back to go, then delete up to there.
    QSqlQuery oldest(db);
    if (!oldest.exec(QStringLiteral("SELECT cached_at, size FROM answers ORDER BY cached_at")))
        return 0;
    qint64 until = 0;
    while (over > 0 && oldest.next()) {
        until = oldest.value(0).toLongLong();
        over -= oldest.value(1).toLongLong();
    }
    oldest.finish();
    QSqlQuery del(db);
    del.prepare(QStringLiteral("DELETE FROM answers WHERE cached_at <= ?"));
    del.addBindValue(until);
    return del.exec() ? del.numRowsAffected() : 0;
}

} // namespace altrunner
