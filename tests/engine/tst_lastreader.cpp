// SPDX-License-Identifier: GPL-3.0-or-later
// LastReader: a LAST file read back, to re-run what did not complete or to look at a past run.

#include "last/lastreader.h"
#include "last/lastwriter.h"
#include "testutil.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace altrunner;
using namespace altrunner::test;

class tst_LastReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void looksLikeLastFile_data();
    void looksLikeLastFile();
    void completedResults();
    void completedResultsOfAnotherFile();
    void pastRun();
    void unreadable_data();
    void unreadable();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
    std::shared_ptr<const AltFile> m_alt;
    QString m_lastPath;
};

QString tst_LastReader::write(const QString &name, const QByteArray &bytes)
{
    return writeFile(m_dir.path(), name, bytes);
}

void tst_LastReader::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // a completes, slow times out, after (depends on slow) is cancelled.
    QJsonObject slow = noop(QStringLiteral("slow"), {}, 2000);
    slow.insert(QStringLiteral("timeout_seconds"), 0.05);
    m_alt = load(altDocument({noop(QStringLiteral("a")), slow,
                              noop(QStringLiteral("after"), {QStringLiteral("slow")})}));
    QVERIFY(m_alt);
    const Finished f = runToEnd(m_alt, testConfig(m_dir.path()));
    QVERIFY(!f.result.lastFilePath.isEmpty());
    m_lastPath = f.result.lastFilePath;
}

void tst_LastReader::looksLikeLastFile_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("isLast");
    QTest::newRow("an ALT file") << QByteArray(R"({"id": "x", "tasks": []})") << false;
    QTest::newRow("not JSON") << QByteArray("hello") << false;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("a LAST head") << QByteArray(
            R"({"execution_id": "e", "alt_file_id": "x", "task_results": {}})")
                                 << true;
}

void tst_LastReader::looksLikeLastFile()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, isLast);
    QCOMPARE(LastReader::looksLikeLastFile(
                     write(QString::fromLatin1(QTest::currentDataTag()) + u".json", bytes)),
             isLast);
    QVERIFY(LastReader::looksLikeLastFile(m_lastPath));
    QVERIFY(!LastReader::looksLikeLastFile(m_dir.filePath(QStringLiteral("missing.json"))));
}

void tst_LastReader::completedResults()
{
    QString error;
    const auto carry = LastReader::completedResults(m_lastPath, *m_alt, &error);
    QVERIFY2(carry, qPrintable(error));
    QCOMPARE(carry->completed.keys(), QStringList {QStringLiteral("a")});
    QCOMPARE(carry->notCompleted, 2);
    QCOMPARE(carry->completed.value(QStringLiteral("a")).value(u"status").toString(),
             QStringLiteral("completed"));
    QVERIFY(!carry->executionId.isEmpty());
    QVERIFY(m_lastPath.contains(carry->executionId));
}

void tst_LastReader::completedResultsOfAnotherFile()
{
    QJsonObject other = altDocument({noop(QStringLiteral("a"))});
    other.insert(QStringLiteral("id"), QStringLiteral("another-file"));
    const auto alt = load(other);
    QString error;
    QVERIFY(!LastReader::completedResults(m_lastPath, *alt, &error));
    QVERIFY2(error.contains(u"another-file"), qPrintable(error));
}

void tst_LastReader::pastRun()
{
    QString error;
    const auto past = LastReader::readPastRun(m_lastPath, &error);
    QVERIFY2(past, qPrintable(error));
    QCOMPARE(past->alt->tasks.size(), 3);
    QCOMPARE(past->tasks.size(), 3);
    // In the order the tasks started ("a" and "slow" may start in the same millisecond or not),
    // so by id.
    const int a = past->alt->indexOf(QStringLiteral("a"));
    const int slow = past->alt->indexOf(QStringLiteral("slow"));
    const int after = past->alt->indexOf(QStringLiteral("after"));
    QVERIFY(a >= 0 && slow >= 0 && after >= 0);
    QCOMPARE(after, 2); // it never started: last
    QCOMPARE(past->tasks.at(a).status, TaskStatus::Completed);
    QCOMPARE(past->tasks.at(slow).status, TaskStatus::Timeout);
    QCOMPARE(past->tasks.at(after).status, TaskStatus::Cancelled);
    QCOMPARE(past->alt->tasks.at(after).dependencies, QList<int> {slow});
    QCOMPARE(past->snapshot.total, 3);
    QCOMPARE(past->snapshot.count(TaskStatus::Completed), 1);
    QVERIFY(past->tasks.at(slow).attempts.size() >= 1);
    QCOMPARE(past->tasks.at(slow).attempts.first().outcome, AttemptOutcome::Timeout);
}

void tst_LastReader::unreadable_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("not JSON") << QByteArray("{ nope");
    QTest::newRow("an array") << QByteArray("[]");
    QTest::newRow("an ALT file") << QByteArray(R"({"id": "x", "tasks": []})");
}

void tst_LastReader::unreadable()
{
    QFETCH(QByteArray, bytes);
    const QString path
            = write(QStringLiteral("bad-") + QString::fromLatin1(QTest::currentDataTag()), bytes);
    QString error;
    QVERIFY(!LastReader::readPastRun(path, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    error.clear();
    QVERIFY(!LastReader::completedResults(path, *m_alt, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(tst_LastReader)
#include "tst_lastreader.moc"
