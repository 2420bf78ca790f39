// SPDX-License-Identifier: GPL-3.0-or-later
// Journal: every state change of a run on disk, read back to resume (docs/engine.md "Crash
// safety and resume").

#include "alt/altwriter.h"
#include "run/journal.h"
#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace altrunner;
using namespace altrunner::test;

class tst_Journal : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void writesAndReadsBack();
    void resumePlanKeepsTheRun();
    void brokenJournals_data();
    void brokenJournals();
    void findsInterruptedRuns();
    void rewriteOnResumeKeepsAndAppends();
#ifdef Q_OS_UNIX
    void failedRewriteLeavesTheOldJournal();
#endif

private:
    QString writeJournal(const QString &executionId);
    QTemporaryDir m_dir;
    std::shared_ptr<const AltFile> m_alt;
};

QString tst_Journal::writeJournal(const QString &executionId)
{
    m_alt = load(altDocument({noop(QStringLiteral("a")), noop(QStringLiteral("b")),
                              noop(QStringLiteral("c"), {QStringLiteral("a")})}));
    RunOptions options;
    options.failFast = true;
    options.mode = Mode::Dream;
    options.trigger = QStringLiteral("api");
    const QString path = Journal::pathFor(m_dir.path(), executionId);
    Journal journal;
    QString error;
    if (!journal.open(path,
                      Journal::headerFor(executionId, 1700000000000, *m_alt, options,
                                         BudgetLimits {5000, 1.25}),
                      {}, &error))
        qWarning("%s", qPrintable(error));
    TaskRecord done;
    done.startMs = 1700000000100;
    done.endMs = 1700000000200;
    done.attempts.append({done.startMs, done.endMs, AttemptOutcome::Completed, QString(), 40});
    done.cost = 0.0125;
    done.rateLimitedSends = 2;
    done.message = QStringLiteral("ok"); // a noop's output, {"message": "ok"}
    done.requestKey = RequestKey::fromHex(
            u"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    done.extraForWrite().retryDelaysMs = {250};
    // An answer a fallback model gave after a repair (docs/outputs.md).
    done.attempts.prepend({done.startMs, done.startMs + 10, AttemptOutcome::InvalidOutput,
                           QStringLiteral("answer does not match the schema: x"), 0,
                           QJsonObject {{QStringLiteral("model"), QStringLiteral("fast")},
                                        {QStringLiteral("errors"),
                                         QJsonArray {QJsonObject {{QStringLiteral("pointer"),
                                                                   QStringLiteral("/a")}}}}}});
    done.extraForWrite().fallbacks
            = {QJsonObject {{QStringLiteral("model"), QStringLiteral("fast")},
                            {QStringLiteral("reason"), QStringLiteral("HTTP 500")}}};
    journal.writeState(QStringLiteral("a"), TaskStatus::Running, done);
    journal.writeState(QStringLiteral("a"), TaskStatus::Completed, done);
    TaskRecord failed = done;
    failed.attempts.first().outcome = AttemptOutcome::Failed;
    failed.attempts.first().error = QStringLiteral("boom");
    failed.error = QStringLiteral("boom");
    journal.writeState(QStringLiteral("b"), TaskStatus::Failed, failed);
    journal.writeState(QStringLiteral("c"), TaskStatus::Running, done); // not final: starts over
    return path;
}

void tst_Journal::writesAndReadsBack()
{
    const QString path = writeJournal(QStringLiteral("11111111-1111-1111-1111-111111111111"));
    QString error;
    const auto contents = Journal::read(path, &error);
    QVERIFY2(contents, qPrintable(error));
    QCOMPARE(contents->header.executionId, QStringLiteral("11111111-1111-1111-1111-111111111111"));
    QCOMPARE(contents->header.startedAtMs, 1700000000000);
    QCOMPARE(contents->header.options.value(u"mode").toString(), QStringLiteral("dream"));
    QCOMPARE(contents->header.options.value(u"fail_fast").toBool(), true);
    QCOMPARE(contents->finished.size(), 2);
    const TaskRecord a = contents->finished.value(QStringLiteral("a"));
    QCOMPARE(a.status, TaskStatus::Completed);
    QCOMPARE(a.attempts.size(), 2);
    QCOMPARE(a.attempts.first().outcome, AttemptOutcome::InvalidOutput);
    QCOMPARE(a.attempts.first().detail[u"errors"][0][u"pointer"].toString(), QStringLiteral("/a"));
    QCOMPARE(a.attempts.first().detail[u"model"].toString(), QStringLiteral("fast"));
    QCOMPARE(a.attempts.last().outcome, AttemptOutcome::Completed);
    QCOMPARE(a.extra().fallbacks.size(), 1);
    QCOMPARE(a.extra().fallbacks.at(0)[u"reason"].toString(), QStringLiteral("HTTP 500"));
    QCOMPARE(a.output.value(u"message").toString(), QStringLiteral("ok"));
    QCOMPARE(a.outputText(), QStringLiteral("ok"));
    QCOMPARE(a.requestKey.toHex(),
             QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"));
    QCOMPARE(a.extra().retryDelaysMs, QList<qint64> {250});
    QCOMPARE(a.attempts.last().waitMs, 40);
    QCOMPARE(a.cost, std::optional(0.0125));
    QCOMPARE(a.rateLimitedSends, 2);
    const TaskRecord b = contents->finished.value(QStringLiteral("b"));
    QCOMPARE(b.status, TaskStatus::Failed);
    QCOMPARE(b.error, QStringLiteral("boom"));
    QVERIFY(b.extra().cache.isEmpty()); // nothing written for what it does not have
    QCOMPARE(b.attempts.first().outcome, AttemptOutcome::Failed);
    QVERIFY(!contents->finished.contains(QStringLiteral("c")));
}

void tst_Journal::resumePlanKeepsTheRun()
{
    const QString path = writeJournal(QStringLiteral("22222222-2222-2222-2222-222222222222"));
    QString error;
    const auto plan = Journal::resumePlan(path, &error);
    QVERIFY2(plan, qPrintable(error));
    QCOMPARE(plan->options.executionId, QStringLiteral("22222222-2222-2222-2222-222222222222"));
    QVERIFY(plan->options.resume);
    QCOMPARE(plan->options.resume->startedAtMs, 1700000000000);
    QCOMPARE(plan->options.resume->finished.size(), 2);
    QCOMPARE(plan->options.failFast, true);
    QCOMPARE(plan->options.mode, std::optional(Mode::Dream));
    QCOMPARE(plan->budget, (BudgetLimits {5000, 1.25})); // a resumed run keeps its budget
    QCOMPARE(plan->alt->tasks.size(), 3);
    QCOMPARE(plan->alt->tasks.at(2).dependencies, QList<int> {0});
    QCOMPARE(AltWriter::toJson(*plan->alt), AltWriter::toJson(*m_alt));
}

void tst_Journal::brokenJournals_data()
{
    QTest::addColumn<QByteArray>("append"); // after a good journal
    QTest::addColumn<QByteArray>("replaceWith"); // instead of it, when not empty
    QTest::addColumn<bool>("readable");
    QTest::addColumn<QString>("error");
    QTest::newRow("last line cut short: ignored")
            << QByteArray("{\"type\":\"state\",\"task\":\"c\",\"sta") << QByteArray() << true
            << QString();
    QTest::newRow("garbage in the middle")
            << QByteArray("not json\n{\"type\":\"retry\",\"task\":\"c\",\"attempt\":1}\n")
            << QByteArray() << false << QStringLiteral("not a journal line");
    QTest::newRow("not a journal") << QByteArray() << QByteArray("{\"hello\": 1}\n") << false
                                   << QStringLiteral("not an ALT Runner journal");
    QTest::newRow("empty file") << QByteArray() << QByteArray(" ") << false << QString();
    // A cut header is a journal written by an older version killed at its start, or not ours:
    // nothing to resume from either way, and said so rather than "empty".
    QTest::newRow("only a cut header") << QByteArray() << QByteArray("{\"type\":\"run\",\"for")
                                       << false << QStringLiteral("its first line is not JSON");
    QTest::newRow("garbage") << QByteArray() << QByteArray("garbage") << false
                             << QStringLiteral("not an ALT Runner journal");
}

void tst_Journal::brokenJournals()
{
    QFETCH(QByteArray, append);
    QFETCH(QByteArray, replaceWith);
    QFETCH(bool, readable);
    QFETCH(QString, error);
    const QString path = writeJournal(QStringLiteral("33333333-3333-3333-3333-333333333333"));
    QFile f(path);
    QVERIFY(f.open(replaceWith.isEmpty() ? QIODevice::Append
                                         : QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(replaceWith.isEmpty() ? append : replaceWith);
    f.close();
    QString message;
    const auto contents = Journal::read(path, &message);
    QCOMPARE(bool(contents), readable);
    if (!readable) {
        QVERIFY(!message.isEmpty());
        QVERIFY2(message.contains(error), qPrintable(message));
        QVERIFY2(message.contains(path), qPrintable(message));
    } else {
        QCOMPARE(contents->finished.size(), 2);
    }
}

void tst_Journal::findsInterruptedRuns()
{
    QTemporaryDir dir;
    QCOMPARE(Journal::findInterrupted(dir.path()), QStringList {});
    const QString path = Journal::pathFor(dir.path(), QStringLiteral("x"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{}\n");
    f.close();
    QCOMPARE(Journal::findInterrupted(dir.path()), QStringList {path});
    QVERIFY(path.endsWith(u".journal"));
}

QTEST_GUILESS_MAIN(tst_Journal)
#include "tst_journal.moc"

// A resume writes the journal again: what had finished and the decisions not yet taken, then
// the new lines after them.
void tst_Journal::rewriteOnResumeKeepsAndAppends()
{
    const QString id = QStringLiteral("44444444-4444-4444-4444-444444444444");
    const QString path = writeJournal(id);
    QString error;
    auto contents = Journal::read(path, &error);
    QVERIFY2(contents, qPrintable(error));
    ApprovalDecision no;
    no.approve = false;
    no.note = QStringLiteral("too much");
    no.by = QStringLiteral("cli");
    no.atMs = 1700000000300;
    QList<std::pair<QString, TaskRecord>> finished;
    for (auto it = contents->finished.cbegin(); it != contents->finished.cend(); ++it)
        finished.append({it.key(), *it});
    {
        Journal again;
        QVERIFY2(again.open(path, Journal::headerFor(id, 1700000000000, *m_alt, RunOptions {}),
                            finished, &error, {{QStringLiteral("c"), no}}),
                 qPrintable(error));
        QCOMPARE(again.lines(), 3); // two finished tasks, one decision
        QCOMPARE(again.flushedLines(), 3);
        TaskRecord c;
        c.startMs = c.endMs = 1700000000400;
        c.error = QStringLiteral("rejected: too much");
        again.writeState(QStringLiteral("c"), TaskStatus::Failed, c);
        again.flush();
    }
    contents = Journal::read(path, &error);
    QVERIFY2(contents, qPrintable(error));
    QCOMPARE(contents->finished.size(), 3);
    QCOMPARE(contents->finished.value(QStringLiteral("a")).outputText(), QStringLiteral("ok"));
    QCOMPARE(contents->finished.value(QStringLiteral("c")).status, TaskStatus::Failed);
    QVERIFY(contents->decisions.isEmpty()); // taken: the gate's final state follows it
}

// A rewrite that cannot be finished (here the file-size limit, which no user escapes, not even
// root; a kill -9 is the same case) leaves the journal it was to replace as it was: resuming
// again still works. The journal used to be truncated first and rewritten in place.
#ifdef Q_OS_UNIX // the full disk is a file-size limit (setrlimit): the case exists on POSIX only
void tst_Journal::failedRewriteLeavesTheOldJournal()
{
    const QString id = QStringLiteral("55555555-5555-5555-5555-555555555555");
    const QString path = writeJournal(id);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    QVERIFY(before.size() > 600);

    QString error;
    bool opened = false;
    {
        const ScopedFileSizeLimit full(300); // less than the header
        QVERIFY(full.isSet());
        Journal again;
        opened = again.open(path, Journal::headerFor(id, 1700000000000, *m_alt, RunOptions {}), {},
                            &error);
    }
    QVERIFY(!opened);
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
    QVERIFY2(Journal::read(path, &error), qPrintable(error));
}
#endif
