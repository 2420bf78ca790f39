// SPDX-License-Identifier: GPL-3.0-or-later
// A person's decision on an approval gate as words, typed text and journal lines
// (docs/approvals.md).
#include "model/approval.h"

#include <QJsonArray>
#include <QTest>

using namespace altrunner;
using namespace Qt::StringLiterals;

class tst_ApprovalDecision : public QObject
{
    Q_OBJECT

private slots:
    void fromWord_data();
    void fromWord();
    void editedOutputAndItsText_data();
    void editedOutputAndItsText();
    void journalLineRoundTrips();
};

void tst_ApprovalDecision::fromWord_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<bool>("approve");
    QTest::addColumn<QString>("note");
    QTest::newRow("yes") << u"yes"_s << true << true << QString();
    QTest::newRow("YES") << u"YES"_s << true << true << QString();
    QTest::newRow("no with a reason") << u"no: too costly "_s << true << false << u"too costly"_s;
    QTest::newRow("a reason with a colon") << u"no:a: b"_s << true << false << u"a: b"_s;
    QTest::newRow("reject") << u"reject"_s << true << false << QString();
    QTest::newRow("perhaps") << u"perhaps"_s << false << false << QString();
    QTest::newRow("empty") << QString() << false << false << QString();
}

void tst_ApprovalDecision::fromWord()
{
    QFETCH(QString, word);
    QFETCH(bool, valid);
    const auto d = ApprovalDecision::fromWord(word);
    QCOMPARE(d.has_value(), valid);
    if (!valid)
        return;
    QFETCH(bool, approve);
    QFETCH(QString, note);
    QCOMPARE(d->approve, approve);
    QCOMPARE(d->note, note);
}

void tst_ApprovalDecision::editedOutputAndItsText_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("isString");
    QTest::addColumn<QString>("text");
    QTest::newRow("text") << u"Dear customer"_s << true << u"Dear customer"_s;
    QTest::newRow("object") << u"{\"a\": [1, 2]}"_s << false << u"{\"a\":[1,2]}"_s;
    QTest::newRow("array") << u"[true]"_s << false << u"[true]"_s;
    // A number typed stays text: what it means is the schema's to say.
    QTest::newRow("number") << u"42"_s << true << u"42"_s;
    QTest::newRow("broken JSON") << u"{\"a\":"_s << true << u"{\"a\":"_s;
}

void tst_ApprovalDecision::editedOutputAndItsText()
{
    QFETCH(QString, typed);
    QFETCH(bool, isString);
    QFETCH(QString, text);
    const QJsonValue out = ApprovalDecision::editedOutput(typed);
    QCOMPARE(out.isString(), isString);
    QCOMPARE(ApprovalDecision::answerText(out), text);
    // A JSON scalar sent over the API stands for its JSON text.
    QCOMPARE(ApprovalDecision::answerText(QJsonValue(42)), u"42"_s);
    QCOMPARE(ApprovalDecision::answerText(QJsonValue(false)), u"false"_s);
    QCOMPARE(ApprovalDecision::answerText(QJsonValue(QJsonValue::Null)), u"null"_s);
}

void tst_ApprovalDecision::journalLineRoundTrips()
{
    ApprovalDecision d;
    d.approve = true;
    d.by = u"local"_s;
    d.note = u"shorter"_s;
    d.output = QJsonArray {1, u"two"_s};
    d.atMs = 1767225600000;
    const auto back = ApprovalDecision::fromJson(d.toJson());
    QVERIFY(back);
    QCOMPARE(back->approve, true);
    QCOMPARE(back->by, d.by);
    QCOMPARE(back->note, d.note);
    QCOMPARE(*back->output, *d.output);
    QCOMPARE(back->atMs, d.atMs);
    QVERIFY(!back->journaled); // set by the reader of a journal, not carried in the line
    QVERIFY(!ApprovalDecision::fromJson({{u"decision"_s, u"maybe"_s}}));
    const auto noOutput = ApprovalDecision::fromJson(
            {{u"decision"_s, u"reject"_s}, {u"output"_s, QJsonValue::Null}});
    QVERIFY(noOutput && !noOutput->approve && !noOutput->output);
}

QTEST_MAIN(tst_ApprovalDecision)
#include "tst_approvaldecision.moc"
