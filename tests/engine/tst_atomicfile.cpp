// SPDX-License-Identifier: GPL-3.0-or-later
// AtomicFile: a file holds its old content or all of the new one, never a part (LAST files,
// reports, journals; docs/engine.md "Crash safety").

#include "util/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#    include <csignal>
#    include <sys/resource.h>
#endif

using namespace altrunner;

class tst_AtomicFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void replacesWhole_data();
    void replacesWhole();
    void shortWriteKeepsTheOld_data();
    void shortWriteKeepsTheOld();
    void uncommittedLeavesNothing();

private:
    QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    QTemporaryDir m_dir;
};

void tst_AtomicFile::replacesWhole_data()
{
    QTest::addColumn<int>("pieces");
    QTest::addColumn<int>("pieceSize");
    QTest::newRow("empty") << 0 << 0;
    QTest::newRow("one small piece") << 1 << 10;
    QTest::newRow("many small pieces") << 5000 << 7;
    QTest::newRow("large pieces") << 4 << 300000;
}

void tst_AtomicFile::replacesWhole()
{
    QFETCH(int, pieces);
    QFETCH(int, pieceSize);
    const QString path = m_dir.filePath(QStringLiteral("whole.json"));
    QString error;
    QVERIFY2(writeFileAtomically(path, "old", &error), qPrintable(error));
    AtomicFile file(path);
    QVERIFY2(file.open(), qPrintable(file.errorString()));
    QByteArray expected;
    for (int i = 0; i < pieces; ++i) {
        const QByteArray piece(pieceSize, char('a' + i % 26));
        QVERIFY(file.write(piece));
        expected += piece;
    }
    QCOMPARE(read(path), QByteArray("old")); // not before the commit
    QVERIFY2(file.commit(), qPrintable(file.errorString()));
    QCOMPARE(read(path), expected);
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), QStringList {QStringLiteral("whole.json")});
}

// The disk fills up (here: the file-size limit, which no user escapes, not even root): the write
// or the commit fails with a clear error, and the file keeps its old content. Small pieces are
// the case buffered writes hid: the short write happened at the final flush.
void tst_AtomicFile::shortWriteKeepsTheOld_data()
{
    QTest::addColumn<int>("pieces");
    QTest::addColumn<int>("pieceSize");
    QTest::newRow("one small piece") << 1 << 1000;
    QTest::newRow("many small pieces") << 100 << 30;
    QTest::newRow("one large piece") << 1 << 100000;
}

void tst_AtomicFile::shortWriteKeepsTheOld()
{
#ifdef Q_OS_UNIX
    QFETCH(int, pieces);
    QFETCH(int, pieceSize);
    const QString path = m_dir.filePath(QStringLiteral("kept.json"));
    QString error;
    QVERIFY2(writeFileAtomically(path, "old content", &error), qPrintable(error));

    rlimit old {};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN); // a failed write, not a signal
    rlimit small = old;
    small.rlim_cur = 300;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
    bool committed = false;
    {
        AtomicFile file(path);
        bool written = file.open();
        for (int i = 0; written && i < pieces; ++i)
            written = file.write(QByteArray(pieceSize, 'x'));
        committed = written && file.commit();
        error = file.errorString();
    }
    setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, previousHandler);
    QVERIFY(!committed);
    QVERIFY2(error.startsWith(QStringLiteral("cannot write")), qPrintable(error));
    QCOMPARE(read(path), QByteArray("old content"));
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("kept.json*")}, QDir::Files),
             QStringList {QStringLiteral("kept.json")}); // no temporary file left behind
#else
    QSKIP("needs a file-size limit (POSIX setrlimit)");
#endif
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
