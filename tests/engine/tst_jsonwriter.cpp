// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON writer's strings: what it writes parses back to the same text (plain ASCII copied
// in runs, non-ASCII converted in stretches, surrogate pairs whole, every character JSON must
// escape escaped), at any length across its internal buffer, and exactly as before for the
// escapes a LAST file has always had.

#include "model/compactjson.h"
#include "model/requestkey.h"
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
    void compactIndentsAsValueWould_data();
    void compactIndentsAsValueWould();
    void compactJsonKeepsTheObject();
    void requestKeys_data();
    void requestKeys();
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

void tst_JsonWriter::compactIndentsAsValueWould_data()
{
    // CompactJson's text written into an indented file must read exactly as value() writes the
    // same object: the LAST file does not change with how a run keeps its answers.
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty") << QByteArray("{}");
    QTest::newRow("flat") << QByteArray(R"({"a":1,"b":"x","c":null,"d":true,"e":2.5})");
    QTest::newRow("nested") << QByteArray(R"({"a":{"b":{"c":[1,2,{"d":[]}]}},"e":{}})");
    QTest::newRow("empty containers") << QByteArray(R"({"a":[],"b":{},"c":[[],{}]})");
    QTest::newRow("structure inside strings")
            << QByteArray(R"({"t":"{[,:]} \"quoted\" \\ back","u":"a,b:c"})");
    QTest::newRow("escapes and unicode") << QByteArray(
            "{\"t\":\"line\\nnext\\ttab \\u0001 \xc3\xa7\xc4\x9f \xf0\x9f\x98\x80\"}");
    QTest::newRow("an answer") << QByteArray(
            R"({"cost":0,"model":"m","raw":{"mode":"normal","top_p":1},"text":"[simulated] x",)"
            R"("tokens_per_second":null,"usage":{"estimated":true,"input_tokens":1}})");
}

void tst_JsonWriter::compactIndentsAsValueWould()
{
    QFETCH(QByteArray, json);
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    QVERIFY(!QJsonDocument::fromJson(json).isNull());
    for (bool indented : {true, false}) {
        QByteArray viaValue;
        QByteArray viaCompact;
        JsonWriter a(viaValue, indented);
        JsonWriter b(viaCompact, indented);
        for (JsonWriter *w : {&a, &b}) {
            w->beginObject();
            w->key(u"before");
            w->beginArray();
            w->number(qint64(1));
        }
        a.value(QJsonValue(object));
        b.compact(CompactJson(object).bytes());
        for (JsonWriter *w : {&a, &b}) {
            w->endArray();
            w->member(u"after", QStringLiteral("x"));
            w->endObject();
        }
        QCOMPARE(viaCompact, viaValue);
    }
}

void tst_JsonWriter::compactJsonKeepsTheObject()
{
    const QJsonObject o {{QStringLiteral("text"), QStringLiteral("hi")}, {QStringLiteral("n"), 3}};
    CompactJson c(o);
    QCOMPARE(c.object(), o);
    QCOMPARE(c.value(u"text").toString(), QStringLiteral("hi"));
    QVERIFY(c.contains(u"n"));
    c.insert(QStringLiteral("more"), true);
    QCOMPARE(c.object().size(), 3);
    c.remove(QStringLiteral("more"));
    QCOMPARE(c, CompactJson(o));
    QVERIFY(CompactJson().isEmpty());
    QVERIFY(CompactJson(QJsonObject()).isEmpty());
    QCOMPARE(CompactJson().object(), QJsonObject());
}

void tst_JsonWriter::requestKeys_data()
{
    QTest::addColumn<QString>("hex");
    QTest::addColumn<bool>("valid");
    const QString key
            = QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    QTest::newRow("sha-256") << key << true;
    QTest::newRow("upper case") << key.toUpper() << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("short") << key.left(62) << false;
    QTest::newRow("long") << key + u'0' << false;
    QTest::newRow("not hex") << QString(key).replace(10, 2, QStringLiteral("zz")) << false;
    QTest::newRow("spaces") << QString(key).replace(10, 2, QStringLiteral("  ")) << false;
}

void tst_JsonWriter::requestKeys()
{
    QFETCH(QString, hex);
    QFETCH(bool, valid);
    const RequestKey k = RequestKey::fromHex(hex);
    QCOMPARE(!k.isNull(), valid);
    QCOMPARE(k.toHex(), valid ? hex.toLower() : QString());
}

QTEST_GUILESS_MAIN(tst_JsonWriter)
#include "tst_jsonwriter.moc"
