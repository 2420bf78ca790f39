// SPDX-License-Identifier: GPL-3.0-or-later
// A run as the Runs panel lists it (RunSummary): read from a LAST file's head, task results
// unread; the whole file when its task results come first and it is small; LAST files only,
// newest first, at most the limit.

#include "last/runsummary.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace altrunner;

namespace {

QByteArray header(const QString &id, const QString &status)
{
    return QStringLiteral(
                   R"({"id": "x", "version": "1.0", "alt_file_id": "f", "alt_file_title": "Title of %1",
  "execution_id": "%1", "status": "%2", "execution_time_ms": 1234,
  "metadata": {"trigger": "api", "cancelled": false, "started_at": "2026-11-30T10:00:00.000Z",
               "task_counts": {"completed": 3, "failed": 1, "timeout": 0, "cancelled": 1},
               "tokens": {"input": 10, "output": 5, "total": 15},
               "cost": {"amount": 0.25, "currency": "USD", "unpriced_tasks": 0}})")
            .arg(id, status)
            .toUtf8();
}

} // namespace

class tst_RunSummary : public QObject
{
    Q_OBJECT

private slots:
    void reads_data();
    void reads();
    void scansAFolder();
};

void tst_RunSummary::reads_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("total");
    // Task results last, as LastWriter writes them; a "task_results" inside a string before.
    const QByteArray results
            = R"("task_results": {"a": {"status": "completed"}, "b": {}, "c": {}, "d": {}, "e": {}}})";
    QTest::newRow("head only") << header(QStringLiteral("e1"), QStringLiteral("partial_success"))
                    + ", " + results
                               << true << 5;
    QTest::newRow("results first, small file") << QByteArray("{") + results.chopped(1) + ", "
                    + header(QStringLiteral("e1"), QStringLiteral("partial_success")).mid(1)
                    + "}" << true << 5;
    // Past 8 MB only the head is read: the top-level "task_results" must be found there, not
    // one nested in an earlier member, and the results themselves may be cut off by the head.
    QByteArray many = R"("task_results": {)";
    for (int i = 0; many.size() < (9 << 20); ++i)
        many += QStringLiteral(R"("t%1": {"status": "completed", "output": null}, )")
                        .arg(i)
                        .toUtf8();
    many += R"("last": {}}})";
    QTest::newRow("large file, head only")
            << header(QStringLiteral("e1"), QStringLiteral("partial_success")) + ", " + many << true
            << 5;
    QTest::newRow("large file, a nested task_results first")
            << header(QStringLiteral("e1"), QStringLiteral("partial_success"))
                            .replace("\"alt_file_id\"",
                                     R"("extra": {"task_results": [1]}, "alt_file_id")")
                    + ", " + many
            << true << 5;
    QTest::newRow("large file, no task_results in the head")
            << header(QStringLiteral("e1"), QStringLiteral("partial_success")) + R"(, "padding": ")"
                    + QByteArray(9 << 20, 'x') + "\"}"
            << false << 0;
    QTest::newRow("not a LAST file") << QByteArray(R"({"tasks": []})") << false << 0;
    QTest::newRow("broken") << QByteArray("{\"execution_id\": ") << false << 0;
    QTest::newRow("unknown status")
            << header(QStringLiteral("e1"), QStringLiteral("great")) + "}" << false << 0;
}

void tst_RunSummary::reads()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, ok);
    QFETCH(int, total);
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("last_e1.json")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();
    const auto s = RunSummary::read(f.fileName());
    QCOMPARE(s.has_value(), ok);
    if (!ok)
        return;
    QCOMPARE(s->executionId, QStringLiteral("e1"));
    QCOMPARE(s->title, QStringLiteral("Title of e1"));
    QCOMPARE(s->outcome, RunOutcome::PartialSuccess);
    QCOMPARE(s->trigger, QStringLiteral("api"));
    QCOMPARE(s->completed, 3);
    QCOMPARE(s->failures, 2);
    QCOMPARE(s->total, total);
    QCOMPARE(s->durationMs, 1234);
    QCOMPARE(s->tokens, 15);
    QCOMPARE(s->cost.value_or(-1), 0.25);
    QCOMPARE(s->currency, QStringLiteral("USD"));
    QVERIFY(s->startedAtMs > 0);
    QCOMPARE(s->lastFilePath, f.fileName());
}

void tst_RunSummary::scansAFolder()
{
    QTemporaryDir dir;
    const QDateTime now = QDateTime::currentDateTime();
    for (int i = 0; i < 4; ++i) {
        QFile f(dir.filePath(QStringLiteral("last_r%1.json").arg(i)));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(header(QStringLiteral("r%1").arg(i), QStringLiteral("success")) + "}");
        f.flush();
        QVERIFY(f.setFileTime(now.addSecs(i), QFileDevice::FileModificationTime));
    }
    QFile other(dir.filePath(QStringLiteral("last_notes.json")));
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.write("not json");
    QFile unrelated(dir.filePath(QStringLiteral("example.alt")));
    QVERIFY(unrelated.open(QIODevice::WriteOnly));
    unrelated.write(header(QStringLiteral("nope"), QStringLiteral("success")) + "}");
    other.close();
    unrelated.close();
    const QList<RunSummary> all = RunSummary::scanFolder(dir.path(), 10);
    QCOMPARE(all.size(), 4);
    QCOMPARE(all.first().executionId, QStringLiteral("r3")); // newest first
    QCOMPARE(all.last().executionId, QStringLiteral("r0"));
    QCOMPARE(RunSummary::scanFolder(dir.path(), 2).size(), 2);
    QVERIFY(RunSummary::scanFolder(dir.filePath(QStringLiteral("missing")), 10).isEmpty());
}

QTEST_GUILESS_MAIN(tst_RunSummary)
#include "tst_runsummary.moc"
