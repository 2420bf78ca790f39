// SPDX-License-Identifier: GPL-3.0-or-later
// Positions of JSON pointers and byte offsets in a text.

#include "alt/jsonlocator.h"
#include "alt/jsonscanner.h"

#include <QTest>

using namespace altrunner;

class tst_JsonLocator : public QObject
{
    Q_OBJECT

private slots:
    void locate_data();
    void locate();
    void columnsCountCodePointsAfterBom();
    void nesting();
};

void tst_JsonLocator::locate_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    const QByteArray t
            = "{\n  \"a\": [1, {\"b\": true}],\n  \"c/d\": {\"e~f\": null},\n  \"\": \"empty\"\n}";
    QTest::newRow("root") << t << "" << 1 << 1;
    QTest::newRow("member") << t << "/a" << 2 << 8;
    QTest::newRow("array element") << t << "/a/0" << 2 << 9;
    QTest::newRow("second element") << t << "/a/1" << 2 << 12;
    QTest::newRow("nested member") << t << "/a/1/b" << 2 << 18;
    QTest::newRow("escaped slash") << t << "/c~1d" << 3 << 10;
    QTest::newRow("escaped tilde") << t << "/c~1d/e~0f" << 3 << 18;
    QTest::newRow("empty key") << t << "/" << 4 << 7;
    QTest::newRow("escaped key text") << QByteArray("{\"\\u0041\": 1}") << "/A" << 1 << 12;
    QTest::newRow("after empty containers") << QByteArray("[[], {}, 3]") << "/2" << 1 << 10;
}

void tst_JsonLocator::locate()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, pointer);
    QFETCH(int, line);
    QFETCH(int, column);
    const JsonLocator locator(text);
    const auto found = locator.locate({pointer});
    QVERIFY2(found.contains(pointer), qPrintable(pointer));
    const auto pos = locator.position(found.value(pointer));
    QCOMPARE(pos.line, line);
    QCOMPARE(pos.column, column);
}

void tst_JsonLocator::columnsCountCodePointsAfterBom()
{
    const QByteArray text = "\xEF\xBB\xBF{\"ü€😀\": 1}";
    const JsonLocator locator(text, 3);
    const auto found = locator.locate({QStringLiteral("/ü€😀")});
    QCOMPARE(found.size(), 1);
    QCOMPARE(locator.position(found.cbegin().value()).column, 9); // after {"ü€😀": , 8 code points
    QCOMPARE(locator.position(3).column, 1);
}

void tst_JsonLocator::nesting()
{
    QCOMPARE(JsonScanner::findExcessiveNesting("[[[]]]", 3), -1);
    QCOMPARE(JsonScanner::findExcessiveNesting("[[[[]]]]", 3), 3);
    QCOMPARE(JsonScanner::findExcessiveNesting("[\"[[[[[[\"]", 2), -1); // brackets in strings
    QCOMPARE(JsonScanner::findExcessiveNesting("[\"\\\"[[[[\"]", 2), -1); // escaped quote
}

QTEST_GUILESS_MAIN(tst_JsonLocator)
#include "tst_jsonlocator.moc"
