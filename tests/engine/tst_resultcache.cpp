// SPDX-License-Identifier: GPL-3.0-or-later
// ResultCache: a real SQLite file. Answers and last requests are stored and found again by
// another connection (another process would do the same), writers in several threads at once
// lose nothing (WAL and a busy time-out), a damaged file is a warning and a closed store, and
// clearing and the size cap remove the oldest first.

#include "cache/resultcache.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace altrunner;
using namespace Qt::StringLiterals;

class tst_ResultCache : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void storesAndFindsAcrossConnections();
    void rememberLastRequests();
    void concurrentWriters();
    void damagedFileIsAWarning_data();
    void damagedFileIsAWarning();
    void clearAndCap();

private:
    QTemporaryDir m_dir;
};

namespace {

ResultCache::Entry entry(const QString &text, qint64 at = 0)
{
    ResultCache::Entry e;
    e.output = QJsonObject {{u"text"_s, text}, {u"tokens_used"_s, 9}};
    e.inputTokens = 5;
    e.outputTokens = 4;
    e.cost = 0.0001;
    e.executionId = u"run-1"_s;
    e.cachedAtMs = at;
    return e;
}

} // namespace

void tst_ResultCache::storesAndFindsAcrossConnections()
{
    const QString path = m_dir.filePath(u"a/cache.sqlite"_s);
    QString warning;
    {
        ResultCache writer;
        QVERIFY2(writer.open(path, &warning), qPrintable(warning));
        QVERIFY(!writer.find("k1"));
        QVERIFY(writer.store("k1", {{u"model"_s, u"m"_s}}, entry(u"answer"_s)));
    }
    ResultCache reader;
    QVERIFY2(reader.open(path, &warning), qPrintable(warning));
    const auto found = reader.find("k1");
    QVERIFY(found);
    QCOMPARE(found->output.value(u"text").toString(), u"answer"_s);
    QCOMPARE(found->inputTokens, 5);
    QCOMPARE(found->outputTokens, 4);
    QCOMPARE(found->cost, std::optional(0.0001));
    QCOMPARE(found->executionId, u"run-1"_s);
    QVERIFY(found->cachedAtMs > 0);
    QCOMPARE(reader.stats().entries, 1);
}

void tst_ResultCache::rememberLastRequests()
{
    ResultCache cache;
    QString warning;
    QVERIFY(cache.open(m_dir.filePath(u"last.sqlite"_s), &warning));
    QVERIFY(!cache.lastRequest(u"alt"_s, u"t"_s));
    cache.remember(u"alt"_s, u"t"_s, "k1", {{u"inputs"_s, u"first"_s}}, u"run-1"_s);
    cache.remember(u"alt"_s, u"t"_s, "k2", {{u"inputs"_s, u"second"_s}}, u"run-2"_s);
    const auto last = cache.lastRequest(u"alt"_s, u"t"_s);
    QVERIFY(last);
    QCOMPARE(last->key, QByteArray("k2"));
    QCOMPARE(last->request.value(u"inputs").toString(), u"second"_s);
    QCOMPARE(last->executionId, u"run-2"_s);
}

void tst_ResultCache::concurrentWriters()
{
    // Four writers with their own connections, 200 answers each, at once.
    const QString path = m_dir.filePath(u"shared.sqlite"_s);
    QList<QThread *> threads;
    QAtomicInt failures;
    for (int w = 0; w < 4; ++w) {
        threads.append(QThread::create([&, w] {
            ResultCache cache;
            QString warning;
            if (!cache.open(path, &warning)) {
                failures.fetchAndAddRelaxed(1);
                return;
            }
            for (int i = 0; i < 200; ++i) {
                if (!cache.store(QStringLiteral("w%1-%2").arg(w).arg(i).toLatin1(), {},
                                 entry(QString::number(i))))
                    failures.fetchAndAddRelaxed(1);
            }
        }));
    }
    for (QThread *t : threads)
        t->start();
    for (QThread *t : threads) {
        QVERIFY(t->wait(60000));
        delete t;
    }
    QCOMPARE(failures.loadRelaxed(), 0);
    ResultCache cache;
    QString warning;
    QVERIFY(cache.open(path, &warning));
    QCOMPARE(cache.stats().entries, 800);
}

void tst_ResultCache::damagedFileIsAWarning_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("not SQLite") << QByteArray("this is not a database at all, just text\n");
    QTest::newRow("a truncated SQLite header") << QByteArray("SQLite format 3\0\x10\0", 19);
}

void tst_ResultCache::damagedFileIsAWarning()
{
    QFETCH(QByteArray, content);
    const QString path = m_dir.filePath(
            QStringLiteral("bad-%1.sqlite").arg(QLatin1StringView(QTest::currentDataTag())));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content.repeated(200));
    f.close();
    ResultCache cache;
    QString warning;
    QVERIFY(!cache.open(path, &warning));
    QVERIFY2(warning.contains(u"cannot be used"), qPrintable(warning));
    QVERIFY(!cache.isOpen());
    QVERIFY(!cache.find("k")); // every call a no-op
    QVERIFY(!cache.store("k", {}, entry(u"x"_s)));
}

void tst_ResultCache::clearAndCap()
{
    ResultCache cache;
    QString warning;
    QVERIFY(cache.open(m_dir.filePath(u"cap.sqlite"_s), &warning));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; i < 10; ++i) // one a day, the oldest ten days ago
        QVERIFY(cache.store(QByteArray::number(i), {},
                            entry(QString(100, u'x'), now - (10 - i) * 86400000LL + 3600000)));
    const ResultCache::Stats before = cache.stats();
    QCOMPARE(before.entries, 10);
    QCOMPARE(cache.clear(7), 3); // the ones older than a week
    QVERIFY(!cache.find("0") && !cache.find("2") && cache.find("3"));
    const qint64 each = before.bytes / 10;
    QCOMPARE(cache.enforceCap(each * 4), 3); // down to four: the oldest go
    QVERIFY(!cache.find("5") && cache.find("6"));
    QCOMPARE(cache.stats().entries, 4);
    QCOMPARE(cache.clear(), 4);
    QCOMPARE(cache.stats().entries, 0);
}

QTEST_GUILESS_MAIN(tst_ResultCache)
#include "tst_resultcache.moc"
