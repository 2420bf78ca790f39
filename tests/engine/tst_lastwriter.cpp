// SPDX-License-Identifier: GPL-3.0-or-later
// LAST serialisation: JSON that parses back to what was written, timestamps, atomic writes.

#include "alt/altfile.h"
#include "last/lastwriter.h"
#include "util/atomicfile.h"
#include "util/isotime.h"
#include "util/jsonwriter.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace altrunner;

class tst_LastWriter : public QObject
{
    Q_OBJECT

private slots:
    void jsonWriterRoundTrips_data();
    void jsonWriterRoundTrips();
    void isoTime_data();
    void isoTime();
    void serializesEveryField();
    void atomicWriteReplacesWholeFile();
    void atomicWriteReportsAnUnwritableFolder();
};

void tst_LastWriter::jsonWriterRoundTrips_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("indented");
    const QJsonObject nested {
            {QStringLiteral("s"),
             QStringLiteral("quote \" backslash \\ newline \n tab \t ctrl \x01 unicode ü€😀")},
            {QStringLiteral("n"), 1.5},
            {QStringLiteral("i"), qint64(9007199254740991LL)},
            {QStringLiteral("neg"), -42},
            {QStringLiteral("tiny"), 1e-300},
            {QStringLiteral("b"), false},
            {QStringLiteral("null"), QJsonValue()},
            {QStringLiteral("empty obj"), QJsonObject()},
            {QStringLiteral("empty arr"), QJsonArray()},
            {QStringLiteral("arr"), QJsonArray {1, QStringLiteral("two"), QJsonArray {3}}}};
    QTest::newRow("indented") << QJsonValue(nested) << true;
    QTest::newRow("compact") << QJsonValue(nested) << false;
    QTest::newRow("array") << QJsonValue(QJsonArray {nested, nested}) << true;
}

void tst_LastWriter::jsonWriterRoundTrips()
{
    QFETCH(QJsonValue, value);
    QFETCH(bool, indented);
    QByteArray out;
    JsonWriter w(out, indented);
    w.value(value);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    if (value.isObject())
        QCOMPARE(doc.object(), value.toObject());
    else
        QCOMPARE(doc.array(), value.toArray());
}

void tst_LastWriter::isoTime_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::newRow("epoch") << qint64(0);
    QTest::newRow("leap day")
            << QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59, 999), Qt::UTC).toMSecsSinceEpoch();
    QTest::newRow("now") << QDateTime::currentMSecsSinceEpoch();
    QTest::newRow("before epoch") << qint64(-1);
    QTest::newRow("year 2100")
            << QDateTime(QDate(2100, 3, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

void tst_LastWriter::isoTime()
{
    QFETCH(qint64, ms);
    const QString expected
            = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
    QCOMPARE(isoUtcMs(ms), expected);
    QCOMPARE(parseIsoMs(isoUtcMs(ms)).value_or(-999), ms);
}

void tst_LastWriter::serializesEveryField()
{
    AltFile alt;
    alt.id = QStringLiteral("alt1");
    alt.title = QStringLiteral("Title");
    alt.metadata = {{QStringLiteral("k"), QStringLiteral("v")}};
    alt.tasks.resize(3);
    alt.tasks[0].id = QStringLiteral("done");
    alt.tasks[1].id = QStringLiteral("broke");
    alt.tasks[2].id = QStringLiteral("never");
    QList<TaskRecord> records(3);
    records[0].status = TaskStatus::Completed;
    records[0].startMs = 1000;
    records[0].endMs = 1500;
    records[0].attempts = {{1000, 1500, AttemptOutcome::Completed, QString(), 0, {}}};
    records[0].output = QJsonObject {{QStringLiteral("text"), QStringLiteral("hi")}};
    records[1].status = TaskStatus::Failed;
    records[1].startMs = 1000;
    records[1].endMs = 4000;
    records[1].attempts = {{1000, 1200, AttemptOutcome::Failed, QStringLiteral("e1"), 0, {}},
                           {3000, 4000, AttemptOutcome::Timeout, QStringLiteral("e2"), 0, {}}};
    records[1].extraForWrite().retryDelaysMs = {1800};
    records[1].error = QStringLiteral("e2");
    records[2].status = TaskStatus::Cancelled;
    records[2].error = QStringLiteral("dependency 'broke' failed");

    LastHeader h;
    h.executionId = QStringLiteral("exec");
    h.outcome = outcomeOf(records);
    h.mode = QStringLiteral("normal");
    h.startMs = 1000;
    h.endMs = 5000;
    h.metadata = {{QStringLiteral("cancelled"), false}};
    const QJsonObject last
            = QJsonDocument::fromJson(LastWriter::serialize(alt, records, h)).object();
    QCOMPARE(last.value(u"status").toString(), QStringLiteral("partial_success"));
    QCOMPARE(last.value(u"execution_time_ms").toInt(), 4000);
    QCOMPARE(last.value(u"success_rate").toDouble(), 1.0 / 3);
    QVERIFY(last.value(u"persona").isNull());
    QCOMPARE(last.value(u"metadata").toObject().value(u"alt_metadata").toObject(), alt.metadata);
    const QJsonObject results = last.value(u"task_results").toObject();
    QCOMPARE(results.size(), 3);
    const QJsonObject broke = results.value(u"broke").toObject();
    QCOMPARE(broke.value(u"status").toString(), QStringLiteral("failed"));
    QCOMPARE(broke.value(u"duration_ms").toInt(), 3000);
    QCOMPARE(broke.value(u"error").toString(), QStringLiteral("e2"));
    const QJsonObject meta = broke.value(u"metadata").toObject();
    QCOMPARE(meta.value(u"attempts").toInt(), 2);
    QCOMPARE(meta.value(u"retry_delays_ms").toArray(), QJsonArray {1800});
    const QJsonObject second = meta.value(u"attempt_log").toArray().at(1).toObject();
    QCOMPARE(second.value(u"outcome").toString(), QStringLiteral("timeout"));
    QCOMPARE(second.value(u"start_time").toString(), isoUtcMs(3000));
    const QJsonObject never = results.value(u"never").toObject();
    QVERIFY(never.value(u"start_time").isNull());
    QVERIFY(never.value(u"duration_ms").isNull());
    QVERIFY(never.value(u"output").isNull());
    QCOMPARE(never.value(u"metadata").toObject().value(u"attempt_log").toArray().size(), 0);
    QVERIFY(results.value(u"done").toObject().value(u"error").isNull());
    QVERIFY(last.value(u"summary").toString().contains(u"1 completed, 1 failed"));
    QVERIFY(last.value(u"summary").toString().startsWith(u"3 tasks: "));
    TaskRecord one;
    one.status = TaskStatus::Completed;
    QVERIFY(LastWriter::summary({one}, 1500).startsWith(u"1 task: 1 completed, 0 failed"));
}

void tst_LastWriter::atomicWriteReplacesWholeFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("last_x.json"));
    QString error;
    QVERIFY(writeFileAtomically(path, "first", &error));
    QVERIFY(writeFileAtomically(path, "second, longer", &error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("second, longer"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList {QStringLiteral("last_x.json")});
}

void tst_LastWriter::atomicWriteReportsAnUnwritableFolder()
{
    QString error;
    QVERIFY(!writeFileAtomically(QStringLiteral("/nonexistent-dir/x/last.json"), "x", &error));
    QVERIFY(error.contains(u"/nonexistent-dir/x"));
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("plain")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QVERIFY(!ensureWritableDir(file.fileName() + QStringLiteral("/sub"), &error));
    QVERIFY(error.contains(u"output folder"));
}

QTEST_GUILESS_MAIN(tst_LastWriter)
#include "tst_lastwriter.moc"
