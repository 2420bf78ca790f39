// SPDX-License-Identifier: GPL-3.0-or-later
// AtomicFile: a file holds its old content or all of the new one, never a part (LAST files,
// reports, journals; docs/engine.md "Crash safety").

#include "testutil.h"
#include "util/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace altrunner;
using namespace altrunner::test;

class tst_AtomicFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void wholeOrOld_data();
    void wholeOrOld();
    void uncommittedLeavesNothing();

private:
    QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    QTemporaryDir m_dir;
};

// Written in `pieces` of `pieceSize` bytes over a file that had "old content". With room, the
// file is the new content after the commit and the old before it. With the disk full (a
// file-size limit of 300 bytes) the write or the commit fails with a clear error and the old
// content stays; small pieces are the case buffered writes hide (the short write happens at the
// final flush: Qt 6.4.2's QSaveFile commits it as if whole).
void tst_AtomicFile::wholeOrOld_data()
{
    QTest::addColumn<int>("pieces");
    QTest::addColumn<int>("pieceSize");
    QTest::addColumn<bool>("diskFull");
    QTest::newRow("empty") << 0 << 0 << false;
    QTest::newRow("one small piece") << 1 << 10 << false;
    QTest::newRow("many small pieces") << 5000 << 7 << false;
    QTest::newRow("large pieces") << 4 << 300000 << false;
#ifdef Q_OS_UNIX // the full disk is a file-size limit (setrlimit): POSIX only
    QTest::newRow("disk full: one small piece") << 1 << 1000 << true;
    QTest::newRow("disk full: many small pieces") << 100 << 30 << true;
    QTest::newRow("disk full: one large piece") << 1 << 100000 << true;
#endif
}

void tst_AtomicFile::wholeOrOld()
{
    QFETCH(int, pieces);
    QFETCH(int, pieceSize);
    QFETCH(bool, diskFull);
    const QString path = m_dir.filePath(QStringLiteral("file.json"));
    QString error;
    QVERIFY2(writeFileAtomically(path, "old content", &error), qPrintable(error));

    QByteArray expected;
    bool committed = false;
    {
#ifdef Q_OS_UNIX
        std::optional<ScopedFileSizeLimit> full;
        if (diskFull) {
            full.emplace(300);
            QVERIFY(full->isSet());
        }
#endif
        AtomicFile file(path);
        bool written = file.open();
        for (int i = 0; written && i < pieces; ++i) {
            const QByteArray piece(pieceSize, char('a' + i % 26));
            written = file.write(piece);
            expected += piece;
        }
        QCOMPARE(read(path), QByteArray("old content")); // nothing shows before the commit
        committed = written && file.commit();
        error = file.errorString();
    }
    if (diskFull) {
        QVERIFY(!committed);
        QVERIFY2(error.startsWith(QStringLiteral("cannot write")), qPrintable(error));
        QCOMPARE(read(path), QByteArray("old content"));
    } else {
        QVERIFY2(committed, qPrintable(error));
        QCOMPARE(read(path), expected);
    }
    // No temporary file left behind either way.
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), QStringList {QStringLiteral("file.json")});
}

void tst_AtomicFile::uncommittedLeavesNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("never.json"));
    {
        AtomicFile file(path);
        QVERIFY(file.open());
        QVERIFY(file.write("half"));
    }
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("never.json*")}, QDir::Files),
             QStringList {});
}

QTEST_GUILESS_MAIN(tst_AtomicFile)
#include "tst_atomicfile.moc"
