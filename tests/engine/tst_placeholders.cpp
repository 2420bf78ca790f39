// SPDX-License-Identifier: GPL-3.0-or-later
// Placeholders: `{{id}}` found once when a file is validated, filled by index at run time.

#include "alt/placeholders.h"
#include "testutil.h"

#include <QTest>

using namespace altrunner;
using namespace altrunner::test;
using namespace Qt::StringLiterals;

class tst_Placeholders : public QObject
{
    Q_OBJECT

private slots:
    void find_data();
    void find();
    void render_data();
    void render();
    void validatorStoresResolvedSlots();
};

void tst_Placeholders::find_data()
{
    QTest::addColumn<QString>("prompt");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("none") << "plain text" << QStringList {};
    QTest::newRow("one") << "use {{a}} here" << QStringList {u"a"_s};
    QTest::newRow("spaces trimmed") << "{{  a  }}" << QStringList {u"a"_s};
    QTest::newRow("two") << "{{a}} and {{b}}" << QStringList {u"a"_s, u"b"_s};
    QTest::newRow("repeated") << "{{a}}{{a}}" << QStringList {u"a"_s, u"a"_s};
    QTest::newRow("three braces: the inner two") << "{{{a}}" << QStringList {u"a"_s};
    QTest::newRow("unclosed") << "{{a" << QStringList {};
    QTest::newRow("single braces") << "{a}" << QStringList {};
    QTest::newRow("brace inside") << "{{a{b}}" << QStringList {};
    QTest::newRow("empty name") << "{{}}" << QStringList {u""_s};
    QTest::newRow("unicode") << "{{görev-1}}" << QStringList {u"görev-1"_s};
}

void tst_Placeholders::find()
{
    QFETCH(QString, prompt);
    QFETCH(QStringList, names);
    QStringList found;
    for (const Placeholders::Found &f : Placeholders::find(prompt)) {
        QCOMPARE(prompt.mid(f.start, 2), QStringLiteral("{{"));
        QCOMPARE(prompt.mid(f.end - 2, 2), QStringLiteral("}}"));
        found.append(f.name.toString());
    }
    QCOMPARE(found, names);
}

void tst_Placeholders::render_data()
{
    QTest::addColumn<QString>("prompt");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no slots") << "as is {{x}}"
                              << "as is {{x}}";
    QTest::newRow("filled") << "A={{a}}, B={{b}}."
                            << "A=<0>, B=<1>.";
    QTest::newRow("at the ends") << "{{a}}{{b}}"
                                 << "<0><1>";
}

void tst_Placeholders::render()
{
    QFETCH(QString, prompt);
    QFETCH(QString, expected);
    QList<PromptSlot> slotList;
    int source = 0;
    if (QByteArray(QTest::currentDataTag()) != "no slots") {
        for (const auto &f : Placeholders::find(prompt))
            slotList.append({f.start, f.end, source++, {}});
    }
    QCOMPARE(Placeholders::render(
                     prompt, slotList,
                     [](const PromptSlot &s) { return QStringLiteral("<%1>").arg(s.source); }),
             expected);
}

void tst_Placeholders::validatorStoresResolvedSlots()
{
    const auto alt = load(
            altDocument({task(QStringLiteral("a")), task(QStringLiteral("b")),
                         task(QStringLiteral("c"), {QStringLiteral("a"), QStringLiteral("b")},
                              QJsonObject {{u"prompt"_s, u"x {{b}} y {{ a }} z {{b}}"_s}})}));
    QVERIFY(alt);
    const AltTask &c = alt->tasks.at(2);
    QCOMPARE(c.promptSlots.size(), 3);
    QCOMPARE(c.promptSlots.at(0).source, 1);
    QCOMPARE(c.promptSlots.at(1).source, 0);
    QCOMPARE(c.promptSlots.at(2).source, 1);
    QCOMPARE(Placeholders::render(
                     c.prompt, c.promptSlots,
                     [&](const PromptSlot &s) { return alt->tasks.at(s.source).id.toUpper(); }),
             QStringLiteral("x B y A z B"));
    QVERIFY(alt->tasks.at(0).promptSlots.isEmpty());
}

QTEST_GUILESS_MAIN(tst_Placeholders)
#include "tst_placeholders.moc"
