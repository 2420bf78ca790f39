// SPDX-License-Identifier: GPL-3.0-or-later
// Token usage from both providers' real answer shapes (docs/engine.md "Tokens"): what the
// provider reports, estimated where it reports nothing, and never a figure that is not a
// non-negative integer.

#include "ai/openaiprovider.h"
#include "ai/orchestratorprovider.h"
#include "ai/tokenusage.h"

#include <QJsonDocument>
#include <QTest>

using namespace altrunner;

class tst_TokenUsage : public QObject
{
    Q_OBJECT

private slots:
    void figure_data();
    void figure();
    void fromAnswers_data();
    void fromAnswers();
};

void tst_TokenUsage::figure_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<qint64>("expected"); // -1: not a figure
    QTest::newRow("zero") << QJsonValue(0) << qint64(0);
    QTest::newRow("an integer") << QJsonValue(1234) << qint64(1234);
    QTest::newRow("negative") << QJsonValue(-5421390) << qint64(-1);
    QTest::newRow("a fraction") << QJsonValue(2.5) << qint64(-1);
    QTest::newRow("a string") << QJsonValue(QStringLiteral("12")) << qint64(-1);
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << qint64(-1);
    QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined) << qint64(-1);
    QTest::newRow("huge") << QJsonValue(1e300) << qint64(-1);
    QTest::newRow("a boolean") << QJsonValue(true) << qint64(-1);
}

void tst_TokenUsage::figure()
{
    QFETCH(QJsonValue, value);
    QFETCH(qint64, expected);
    QCOMPARE(TokenUsage::figure(value).value_or(-1), expected);
}

void tst_TokenUsage::fromAnswers_data()
{
    QTest::addColumn<bool>("openai");
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<qint64>("input");
    QTest::addColumn<qint64>("output");
    QTest::addColumn<bool>("estimated");
    // The prompt is "twelve chars" (12: 3 tokens estimated); the answer text is "abcdefgh" (2).
    const QByteArray choice
            = R"("choices": [{"message": {"role": "assistant", "content": "abcdefgh"}}])";
    QTest::newRow("openai: full usage") << true
                                        << "{" + choice
                    + R"(, "usage": {"prompt_tokens": 11, "completion_tokens": 7, "total_tokens": 18}})"
                                        << qint64(11) << qint64(7) << false;
    QTest::newRow("openai: no usage")
            << true << "{" + choice + "}" << qint64(3) << qint64(2) << true;
    QTest::newRow("openai: total only")
            << true << "{" + choice + R"(, "usage": {"total_tokens": 10}})" << qint64(3)
            << qint64(7) << true;
    QTest::newRow("openai: negative figures are no figures")
            << true
            << "{" + choice + R"(, "usage": {"prompt_tokens": -5421390, "completion_tokens": 4}})"
            << qint64(3) << qint64(4) << true;
    QTest::newRow("openai: strings are no figures")
            << true
            << "{" + choice + R"(, "usage": {"prompt_tokens": "9", "completion_tokens": 1.5}})"
            << qint64(3) << qint64(2) << true;
    const QByteArray outputs = R"("outputs": "abcdefgh")";
    QTest::newRow("orchestrator: metadata.usage") << false
                                                  << "{" + outputs
                    + R"(, "metadata": {"usage": {"prompt_tokens": 20, "completion_tokens": 30, "total_tokens": 50}}})"
                                                  << qint64(20) << qint64(30) << false;
    QTest::newRow("orchestrator: tokens_generated is the output")
            << false << "{" + outputs + R"(, "metadata": {"tokens_generated": 42}})" << qint64(3)
            << qint64(42) << true;
    QTest::newRow("orchestrator: nothing")
            << false << "{" + outputs + "}" << qint64(3) << qint64(2) << true;
    QTest::newRow("orchestrator: a negative tokens_generated")
            << false << "{" + outputs + R"(, "metadata": {"tokens_generated": -1}})" << qint64(3)
            << qint64(2) << true;
}

void tst_TokenUsage::fromAnswers()
{
    QFETCH(bool, openai);
    QFETCH(QByteArray, answer);
    QFETCH(qint64, input);
    QFETCH(qint64, output);
    QFETCH(bool, estimated);
    const QJsonObject doc = QJsonDocument::fromJson(answer).object();
    QVERIFY(!doc.isEmpty());
    const QString prompt = QStringLiteral("twelve chars");
    const QString text = QStringLiteral("abcdefgh");
    const TokenUsage usage = openai
            ? OpenAiProvider::usageOf(doc, prompt, text)
            : OrchestratorProvider::usageOf(doc.value(u"metadata").toObject(), prompt, text);
    QCOMPARE(usage.input, input);
    QCOMPARE(usage.output, output);
    QCOMPARE(usage.total(), input + output);
    QCOMPARE(usage.estimated, estimated);
    QVERIFY(usage.input >= 0 && usage.output >= 0);
}

QTEST_GUILESS_MAIN(tst_TokenUsage)
#include "tst_tokenusage.moc"
