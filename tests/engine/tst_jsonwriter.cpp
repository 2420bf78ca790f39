// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON writer's strings: what it writes parses back to the same text (plain ASCII copied
// in runs, non-ASCII converted in stretches, surrogate pairs whole, every character JSON must
// escape escaped), at any length across its internal buffer, and exactly as before for the
// escapes a LAST file has always had.

#include "util/jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace altrunner;

class tst_JsonWriter : public QObject
{
    Q_OBJECT

private slots:
    void stringsRoundTrip_data();
    void stringsRoundTrip();
    void escapesAsBefore_data();
    void escapesAsBefore();
};

void tst_JsonWriter::stringsRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("ascii") << QStringLiteral("task_42 depends on t7");
    QTest::newRow("quotes and backslashes") << QStringLiteral(R"(say "hi" \ bye \\)");
    QTest::newRow("controls") << QString::fromUtf8("a\nb\rc\td\be\ff\x01g\x1fh");
    QTest::newRow("turkish") << QStringLiteral("Görev başarısız: İptal edildi ğüşıöç");
    QTest::newRow("emoji pair") << QStringLiteral("ok 👍 done 🚀");
    QTest::newRow("only non-ascii") << QStringLiteral("日本語のテキスト");
    QTest::newRow("long ascii across the buffer") << QString(2000, u'x');
    QTest::newRow("long mixed") << QString(700, u'a') + QStringLiteral("é\"\n") + QString(700, u'b')
                    + QStringLiteral("👍");
    QTest::newRow("escape at the buffer edge")
            << QString(511, u'y') + QStringLiteral("\"") + QString(3, u'z');
}

void tst_JsonWriter::stringsRoundTrip()
{
    QFETCH(QString, text);
    QByteArray out;
    JsonWriter w(out, false);
    w.beginArray();
    w.string(text);
    w.endArray();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(doc.array().at(0).toString(), text);
}

void tst_JsonWriter::escapesAsBefore_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("written");
    QTest::newRow("quote") << QStringLiteral("\"") << QByteArray(R"(["\""])");
    QTest::newRow("newline") << QStringLiteral("\n") << QByteArray(R"(["\n"])");
    QTest::newRow("control") << QString(QChar(0x1b)) << QByteArray(R"(["\u001b"])");
    QTest::newRow("slash kept") << QStringLiteral("a/b") << QByteArray(R"(["a/b"])");
    QTest::newRow("utf-8 raw") << QStringLiteral("ş") << QByteArray("[\"\xc5\x9f\"]");
    // A lone surrogate becomes what Qt's UTF-8 encoder makes of it, as it always did.
    QTest::newRow("lone surrogate")
            << QString(QChar(0xd800)) << "[\"" + QString(QChar(0xd800)).toUtf8() + "\"]";
}

void tst_JsonWriter::escapesAsBefore()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, written);
    QByteArray out;
    JsonWriter w(out, false);
    w.beginArray();
    w.string(text);
    w.endArray();
    QCOMPARE(out, written);
}

QTEST_GUILESS_MAIN(tst_JsonWriter)
#include "tst_jsonwriter.moc"
