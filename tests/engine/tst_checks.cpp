// SPDX-License-Identifier: GPL-3.0-or-later
// Checks on answers (docs/outputs.md "Checks on answers"): every type, negation, parsing
// mistakes, weights and the threshold, JavaScript's results and its time limit, the grader's
// verdict; and the pieces of test/diff/report that read run text (line diffs, HTML escaping).

#include "alt/altloader.h"
#include "alt/altwriter.h"
#include "checks/checkevaluator.h"
#include "checks/checkparser.h"
#include "checks/checkscore.h"
#include "checks/javascriptcheck.h"
#include "checks/rubricverdict.h"
#include "last/rundiff.h"
#include "report/htmlwriter.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace altrunner;

namespace {

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

CheckParser parser()
{
    return CheckParser([](const QJsonValue &value, const QString &) {
        OutputSchema::Error e;
        return value.isObject() ? OutputSchema::compile(value.toObject(), &e) : nullptr;
    });
}

} // namespace

class tst_Checks : public QObject
{
    Q_OBJECT

private slots:
    void evaluate_data();
    void evaluate();
    void parseMistakes_data();
    void parseMistakes();
    void score_data();
    void score();
    void javascript_data();
    void javascript();
    void javascriptThatNeverEndsIsStopped();
    void rubricVerdict_data();
    void rubricVerdict();
    void unifiedDiff();
    void htmlEscape();
    void journalCopyKeepsChecks();
};

void tst_Checks::evaluate_data()
{
    QTest::addColumn<QByteArray>("check");
    QTest::addColumn<QString>("output");
    QTest::addColumn<bool>("pass");
    QTest::addColumn<QString>("reason");
    auto row = [](const char *name, const char *check, const char *output, bool pass,
                  const char *reason) {
        QTest::newRow(name) << QByteArray(check) << QString::fromUtf8(output) << pass
                            << QString::fromUtf8(reason);
    };
    row("equals", R"x({"type": "equals", "value": "yes"})x", "yes", true, "equals 'yes'");
    row("equals differs", R"x({"type": "equals", "value": "yes"})x", "yes!", false, "is not 'yes'");
    row("equals json", R"x({"type": "equals", "value": {"a": [1, 2]}})x", R"x({"a":[1,2]})x", true,
        "JSON equals");
    row("not-equals", R"x({"type": "not-equals", "value": "yes"})x", "no", true, "is not 'yes'");
    row("contains", R"x({"type": "contains", "value": "cat"})x", "a cat sat", true,
        "contains 'cat'");
    row("contains case", R"x({"type": "contains", "value": "Cat"})x", "a cat", false,
        "does not contain 'Cat'");
    row("contains number", R"x({"type": "contains", "value": 42})x", "it is 42", true, "'42'");
    row("icontains", R"x({"type": "icontains", "value": "CAT"})x", "a cat", true, "contains 'CAT'");
    row("not-icontains", R"x({"type": "not-icontains", "value": "DOG"})x", "a cat", true,
        "does not contain 'DOG'");
    row("contains-any", R"x({"type": "contains-any", "value": ["dog", "cat"]})x", "a cat", true,
        "contains 'cat'");
    row("contains-any none", R"x({"type": "contains-any", "value": "dog, bird"})x", "a cat", false,
        "none of 2");
    row("contains-all", R"x({"type": "contains-all", "value": ["a", "cat"]})x", "a cat", true,
        "all 2");
    row("contains-all missing", R"x({"type": "contains-all", "value": ["cat", "dog"]})x", "a cat",
        false, "does not contain 'dog'");
    row("starts-with", R"x({"type": "starts-with", "value": "Dear"})x", "Dear Ann", true,
        "starts with 'Dear'");
    row("regex", R"x({"type": "regex", "value": "\\d{4}"})x", "order 4711", true, "at 6: '4711'");
    row("not-regex", R"x({"type": "not-regex", "value": "tomorrow"})x", "soon", true,
        "does not match");
    row("is-json", R"x({"type": "is-json"})x", "```json\n{\"a\": 1}\n```", true, "is JSON");
    row("is-json not", R"x({"type": "is-json"})x", "Sure! {\"a\": 1}", false, "not JSON");
    row("is-json schema", R"x({"type": "is-json", "value": {"type": "array"}})x", "{}", false,
        "does not match the schema");
    row("json-schema",
        R"x({"type": "json-schema", "value": {"type": "object", "required": ["a"]}})x",
        R"x({"a": 1})x", true, "matches the schema");
    row("json-schema missing",
        R"x({"type": "json-schema", "value": {"type": "object", "required": ["a"]}})x",
        R"x({"b": 1})x", false, "required");
    row("tokens", R"x({"type": "tokens", "threshold": 100})x", "x", true,
        "50 tokens is at most 100");
    row("tokens over", R"x({"type": "tokens", "threshold": 10})x", "x", false,
        "50 tokens is above");
    row("latency", R"x({"type": "latency", "threshold": 250})x", "x", true, "250 ms is at most");
    row("cost", R"x({"type": "cost", "threshold": 0.01})x", "x", true, "at most 0.01");
    row("not-cost", R"x({"type": "not-cost", "threshold": 0.01})x", "x", false, "at most 0.01");
}

void tst_Checks::evaluate()
{
    QFETCH(QByteArray, check);
    QFETCH(QString, output);
    QFETCH(bool, pass);
    QFETCH(QString, reason);
    CheckParser p = parser();
    QList<CheckParser::Problem> problems;
    const auto checks = p.parse(
            QJsonObject {{u"assert"_qs,
                          QJsonArray {QJsonDocument::fromJson("[" + check + "]").array().at(0)}}},
            &problems);
    QVERIFY2(checks && problems.isEmpty(),
             qPrintable(problems.isEmpty() ? QString() : problems.at(0).message));
    CheckInput in;
    in.output = output;
    in.json = CheckInput::jsonOf(output, QJsonValue(QJsonValue::Undefined));
    in.tokens = 50;
    in.latencyMs = 250;
    in.cost = 0.004;
    const CheckResult r = CheckEvaluator::evaluate(checks->checks.at(0), in);
    QCOMPARE(r.pass, pass);
    QCOMPARE(r.score, pass ? 1.0 : 0.0);
    QVERIFY2(r.reason.contains(reason), qPrintable(r.reason));
}

void tst_Checks::parseMistakes_data()
{
    QTest::addColumn<QByteArray>("task");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("warning");
    auto row = [](const char *name, const char *task, const char *pointer, const char *message,
                  bool warning = false) {
        QTest::newRow(name) << QByteArray(task) << QString::fromUtf8(pointer)
                            << QString::fromUtf8(message) << warning;
    };
    row("not a list", R"x({"assert": {"type": "contains"}})x", "/assert", "must be a list");
    row("not an object", R"x({"assert": ["contains"]})x", "/assert/0", "must be an object");
    row("no type", R"x({"assert": [{"value": "x"}]})x", "/assert/0/type", "needs a 'type'");
    row("unknown type", R"x({"assert": [{"type": "containz"}]})x", "/assert/0/type",
        "unknown check type \"containz\" (known: equals, contains");
    row("not-unknown", R"x({"assert": [{"type": "not-nothing"}]})x", "/assert/0/type",
        "unknown check type");
    row("contains no value", R"x({"assert": [{"type": "contains"}]})x", "/assert/0/value",
        "needs a 'value'");
    row("contains-any empty", R"x({"assert": [{"type": "contains-any", "value": []}]})x",
        "/assert/0/value", "strings to look for");
    row("contains-all object", R"x({"assert": [{"type": "contains-all", "value": [{}]}]})x",
        "/assert/0/value/0", "looks for strings");
    row("bad regex", R"x({"assert": [{"type": "regex", "value": "(a"}]})x", "/assert/0/value",
        "does not compile");
    row("bad javascript", R"x({"assert": [{"type": "javascript", "value": "output.("}]})x",
        "/assert/0/value", "the JavaScript does not compile: SyntaxError");
    row("empty javascript", R"x({"assert": [{"type": "javascript", "value": " "}]})x",
        "/assert/0/value", "needs a 'value' with the code");
    row("cost without bound", R"x({"assert": [{"type": "cost"}]})x", "/assert/0/threshold",
        "'cost' needs a 'threshold'");
    row("negative weight", R"x({"assert": [{"type": "is-json", "weight": -1}]})x",
        "/assert/0/weight", "at least 0");
    row("bad severity", R"x({"assert": [{"type": "is-json", "severity": "info"}]})x",
        "/assert/0/severity", "\"warn\" or \"error\"");
    row("rubric without text", R"x({"assert": [{"type": "llm-rubric"}]})x", "/assert/0/value",
        "rubric");
    row("json-schema without", R"x({"assert": [{"type": "json-schema"}]})x", "/assert/0/value",
        "needs a 'value'");
    row("threshold above 1", R"x({"assert": [{"type": "is-json"}], "checks_threshold": 1.5})x",
        "/checks_threshold", "from 0 to 1");
    row("retry not bool", R"x({"assert": [{"type": "is-json"}], "retry_on_check_failure": 1})x",
        "/retry_on_check_failure", "true or false");
    row("unknown field", R"x({"assert": [{"type": "is-json", "provider": "x"}]})x",
        "/assert/0/provider", "unknown field 'provider'", true);
}

void tst_Checks::parseMistakes()
{
    QFETCH(QByteArray, task);
    QFETCH(QString, pointer);
    QFETCH(QString, message);
    QFETCH(bool, warning);
    CheckParser p = parser();
    QList<CheckParser::Problem> problems;
    const auto checks = p.parse(QJsonDocument::fromJson(task).object(), &problems);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.at(0).pointer, pointer);
    QVERIFY2(problems.at(0).message.contains(message), qPrintable(problems.at(0).message));
    QCOMPARE(problems.at(0).warning, warning);
    QCOMPARE(bool(checks), warning); // a warning keeps the checks, an error drops them
}

void tst_Checks::score_data()
{
    QTest::addColumn<QByteArray>("task");
    QTest::addColumn<QList<bool>>("passes");
    QTest::addColumn<bool>("pass");
    QTest::addColumn<QList<int>>("counts"); // passed, failed, warned
    QTest::addColumn<QString>("error");
    QTest::newRow("all pass") << QByteArray(
            R"x({"assert": [{"type": "is-json"}, {"type": "is-json"}]})x")
                              << QList<bool> {true, true} << true << QList<int> {2, 0, 0}
                              << QString();
    QTest::newRow("one fails") << QByteArray(
            R"x({"assert": [{"type": "is-json"}, {"type": "contains", "value": "x"}]})x")
                               << QList<bool> {true, false} << false << QList<int> {1, 1, 0}
                               << u"checks failed: contains: why 1"_qs;
    QTest::newRow("warning only records") << QByteArray(
            R"x({"assert": [{"type": "is-json"}, {"type": "is-json", "severity": "warn"}]})x")
                                          << QList<bool> {true, false} << true
                                          << QList<int> {1, 0, 1} << QString();
    QTest::newRow("weights reach the threshold") << QByteArray(
            R"x({"assert": [{"type": "is-json", "weight": 3}, {"type": "contains", "value": "x"}], "checks_threshold": 0.75})x")
                                                 << QList<bool> {true, false} << true
                                                 << QList<int> {1, 1, 0} << QString();
    QTest::newRow("weights miss the threshold")
            << QByteArray(
                       R"x({"assert": [{"type": "is-json", "weight": 1}, {"type": "contains", "value": "x", "weight": 3}], "checks_threshold": 0.5})x")
            << QList<bool> {true, false} << false << QList<int> {1, 1, 0}
            << u"checks failed: 0.25 of the weight passed, 0.5 needed; first: contains: why 1"_qs;
    QTest::newRow("two of three at two thirds")
            << QByteArray(
                       R"x({"assert": [{"type": "is-json"}, {"type": "is-json"}, {"type": "is-json"}], "checks_threshold": 0.6667})x")
            << QList<bool> {true, false, true} << false << QList<int> {2, 1, 0}
            << u"checks failed: 0.667 of the weight passed, 0.667 needed; first: is-json: why 1"_qs;
    QTest::newRow("weight 0 is report only")
            << QByteArray(
                       R"x({"assert": [{"type": "is-json"}, {"type": "is-json", "weight": 0}]})x")
            << QList<bool> {true, false} << true << QList<int> {1, 1, 0} << QString();
}

void tst_Checks::score()
{
    QFETCH(QByteArray, task);
    QFETCH(QList<bool>, passes);
    QFETCH(bool, pass);
    QFETCH(QList<int>, counts);
    QFETCH(QString, error);
    CheckParser p = parser();
    QList<CheckParser::Problem> problems;
    const auto checks = p.parse(QJsonDocument::fromJson(task).object(), &problems);
    QVERIFY(checks);
    QList<CheckResult> results;
    for (qsizetype i = 0; i < passes.size(); ++i)
        results.append({passes.at(i), passes.at(i) ? 1.0 : 0.0, QStringLiteral("why %1").arg(i)});
    const CheckScore::Verdict v = CheckScore::of(*checks, results);
    QCOMPARE(v.pass, pass);
    QCOMPARE((QList<int> {v.passed, v.failed, v.warned}), counts);
    QCOMPARE(v.error, error);
}

void tst_Checks::javascript_data()
{
    QTest::addColumn<QByteArray>("check");
    QTest::addColumn<bool>("pass");
    QTest::addColumn<double>("score");
    QTest::addColumn<QString>("reason");
    auto row = [](const char *name, const char *check, bool pass, double score,
                  const char *reason) {
        QTest::newRow(name) << QByteArray(check) << pass << score << QString::fromUtf8(reason);
    };
    row("true", R"x({"type": "javascript", "value": "output.includes('cat')"})x", true, 1, "true");
    row("false", R"x({"type": "javascript", "value": "output.length > 100;"})x", false, 0, "false");
    row("json", R"x({"type": "javascript", "value": "json.n === 3 && json.list.length === 2"})x",
        true, 1, "true");
    row("context",
        R"x({"type": "javascript", "value": "context.task_id === 't1' && context.vars.up === 'u'"})x",
        true, 1, "true");
    row("score above 0", R"x({"type": "javascript", "value": "0.3"})x", true, 0.3, "score 0.3");
    row("score under threshold", R"x({"type": "javascript", "value": "0.3", "threshold": 0.5})x",
        false, 0.3, "score 0.3, 0.5 needed");
    row("grading result",
        R"x({"type": "javascript", "value": "({pass: false, score: 0.2, reason: 'too short'})"})x",
        false, 0.2, "too short");
    row("function body",
        "{\"type\": \"javascript\", \"value\": \"const n = output.length;\\nreturn n > 3;\"}", true,
        1, "true");
    row("throws", R"x({"type": "javascript", "value": "undefinedName + 1"})x", false, 0,
        "the check threw: ReferenceError");
    row("throws a string", "{\"type\": \"javascript\", \"value\": \"throw 'nope';\\nreturn 1;\"}",
        false, 0, "the check threw: nope");
    row("undefined", "{\"type\": \"javascript\", \"value\": \"let x = 1;\\nx++;\"}", false, 0,
        "returned undefined");
    row("negated", R"x({"type": "not-javascript", "value": "output.includes('dog')"})x", true, 1,
        "false");
    row("no file access",
        R"x({"type": "javascript", "value": "typeof require + typeof XMLHttpRequest + typeof console"})x",
        true, 1, "score");
}

void tst_Checks::javascript()
{
    QFETCH(QByteArray, check);
    QFETCH(bool, pass);
    QFETCH(double, score);
    QFETCH(QString, reason);
    CheckParser p = parser();
    QList<CheckParser::Problem> problems;
    const auto checks = p.parse(
            QJsonObject {{u"assert"_qs, QJsonDocument::fromJson("[" + check + "]").array()}},
            &problems);
    QVERIFY2(checks, qPrintable(problems.isEmpty() ? QString() : problems.at(0).message));
    const CheckResult r
            = JavaScriptCheck::run(checks->checks.at(0), QStringLiteral("a cat sat"),
                                   QJsonValue(object(R"x({"n": 3, "list": [1, 2]})x")),
                                   object(R"x({"task_id": "t1", "vars": {"up": "u"}})x"));
    if (QByteArray(QTest::currentDataTag()) == "no file access") {
        // "undefinedundefinedundefined" is not a number, a boolean or {pass}: it fails, and
        // says what it got, which names no API.
        QVERIFY2(r.reason.contains(u"undefinedundefinedundefined"), qPrintable(r.reason));
        return;
    }
    QCOMPARE(r.pass, pass);
    QCOMPARE(r.score, score);
    QVERIFY2(r.reason.contains(reason), qPrintable(r.reason));
}

void tst_Checks::javascriptThatNeverEndsIsStopped()
{
    Check check;
    check.type = Check::Type::JavaScript;
    check.value = QStringLiteral("while (true) {}");
    QElapsedTimer clock;
    clock.start();
    const CheckResult r = JavaScriptCheck::run(check, QString(), QJsonValue(), {}, 200);
    QCOMPARE(r.pass, false);
    QVERIFY2(r.reason.contains(u"ran past 0.2 s"), qPrintable(r.reason));
    // Bounded only so that a broken watchdog fails instead of hanging the suite.
    QVERIFY(clock.elapsed() < 10000);
    // A fresh engine each time: a global left by one check is not seen by the next.
    check.value = QStringLiteral("leak = 1; // a global, in sloppy mode\nreturn true;");
    const CheckResult leaked = JavaScriptCheck::run(check, QString(), QJsonValue(), {});
    QVERIFY2(leaked.pass, qPrintable(leaked.reason));
    check.value = QStringLiteral("typeof leak === 'undefined'");
    QVERIFY(JavaScriptCheck::run(check, QString(), QJsonValue(), {}).pass);
}

void tst_Checks::rubricVerdict_data()
{
    QTest::addColumn<QString>("answer");
    QTest::addColumn<bool>("pass");
    QTest::addColumn<QString>("reason");
    QTest::newRow("pass") << u"{\"pass\": true, \"reason\": \"fine\"}"_qs << true << u"fine"_qs;
    QTest::newRow("fail") << u"{\"pass\": false, \"reason\": \"rude\"}"_qs << false << u"rude"_qs;
    QTest::newRow("fenced") << u"```json\n{\"pass\": true, \"reason\": \"ok\"}\n```"_qs << true
                            << u"ok"_qs;
    QTest::newRow("no reason") << u"{\"pass\": true}"_qs << false << u"is not {\"pass\""_qs;
    QTest::newRow("string pass") << u"{\"pass\": \"yes\", \"reason\": \"x\"}"_qs << false
                                 << u"/pass"_qs;
    QTest::newRow("prose") << u"I think it passes."_qs << false << u"I think it passes."_qs;
}

void tst_Checks::rubricVerdict()
{
    QFETCH(QString, answer);
    QFETCH(bool, pass);
    QFETCH(QString, reason);
    QVERIFY(RubricVerdict::schema()->isStrict());
    const CheckResult r = RubricVerdict::read(answer);
    QCOMPARE(r.pass, pass);
    QVERIFY2(r.reason.contains(reason), qPrintable(r.reason));
}

void tst_Checks::unifiedDiff()
{
    QCOMPARE(RunDiff::unifiedDiff(u"a\nb"_qs, u"a\nb"_qs), QStringList());
    QCOMPARE(RunDiff::unifiedDiff(u"one\ntwo\nthree"_qs, u"one\n2\nthree"_qs),
             (QStringList {u"@@ -1,3 +1,3 @@"_qs, u" one"_qs, u"-two"_qs, u"+2"_qs, u" three"_qs}));
    QCOMPARE(RunDiff::unifiedDiff(QString(), u"new"_qs),
             (QStringList {u"@@ -1,1 +1,1 @@"_qs, u"-"_qs, u"+new"_qs}));
    QString longText;
    for (int i = 0; i <= RunDiff::kMaxDiffLines; ++i)
        longText += u"x\n"_qs;
    QVERIFY(RunDiff::unifiedDiff(longText, u"y"_qs).at(0).contains(u"too many"));
}

void tst_Checks::htmlEscape()
{
    QCOMPARE(HtmlWriter::escape(u"</script><!-- 'a' & \"b\""_qs),
             u"&lt;/script&gt;&lt;!-- &#39;a&#39; &amp; &quot;b&quot;"_qs);
    QCOMPARE(HtmlWriter::escape(QString(QChar(0))), QString(QChar(QChar::ReplacementCharacter)));
}

void tst_Checks::journalCopyKeepsChecks()
{
    // A run's journal keeps the ALT file as AltWriter writes it; `resume` reads it back. The
    // checks, the named schemas they and the tasks use, and repair_attempts must survive.
    const QByteArray source = R"x({"id": "j", "version": "1", "created_at": "2026-12-06T00:00:00Z",
        "title": "t", "model": "writer",
        "schemas": {"v": {"type": "object", "required": ["ok"], "properties": {"ok": {"type": "boolean"}}}},
        "tasks": [{"id": "a", "description": "x", "repair_attempts": 1,
                   "parameters": {"output_schema": "v"},
                   "assert": [{"type": "json-schema", "value": "v"}, {"type": "contains", "value": "ok", "weight": 2}],
                   "checks_threshold": 0.5, "retry_on_check_failure": true}]})x";
    AltLoader::Result first = AltLoader::loadBytes(source, QStringLiteral("j.alt"));
    QVERIFY(first.ok());
    AltLoader::Result again
            = AltLoader::loadBytes(AltWriter::toJson(*first.file), QStringLiteral("j.alt"));
    QVERIFY2(again.ok(),
             qPrintable(again.diagnostics.isEmpty() ? QString() : again.diagnostics.at(0).message));
    const AltTask &t = again.file->tasks.at(0);
    const TaskChecks *checks = again.file->checksOf(t);
    QVERIFY(checks);
    QCOMPARE(checks->checks.size(), 2);
    QCOMPARE(checks->checks.at(1).weight, 2.0);
    QCOMPARE(checks->threshold, 0.5);
    QVERIFY(checks->retryOnFailure);
    QCOMPARE(t.repairAttempts, 1);
    QCOMPARE(again.file->model, QStringLiteral("writer"));
    QVERIFY(again.file->schemaOf(0));
}

QTEST_GUILESS_MAIN(tst_Checks)
#include "tst_checks.moc"
