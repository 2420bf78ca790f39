// SPDX-License-Identifier: GPL-3.0-or-later
// Output contracts (docs/outputs.md "Output contracts"): compiling schemas (valijson), reading an
// answer as one JSON value, the problems of an answer that misses, OpenAI's strict subset, what a
// placeholder may name, and the simulated provider's instance.

#include "schema/answerjson.h"
#include "schema/outputschema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace altrunner;
using namespace Qt::StringLiterals;

namespace {

QJsonObject json(const char *text)
{
    QJsonParseError e;
    const QJsonObject o = QJsonDocument::fromJson(text, &e).object();
    if (e.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", text);
    return o;
}

std::shared_ptr<const OutputSchema> compiled(const char *text)
{
    OutputSchema::Error error;
    auto s = OutputSchema::compile(json(text), &error);
    if (!s)
        qFatal("schema did not compile: %s", qPrintable(error.message));
    return s;
}

const char *kItems = R"({"type": "object", "additionalProperties": false, "required": ["items"],
    "properties": {"items": {"type": "array", "items": {"$ref": "#/definitions/item"}}},
    "definitions": {"item": {"type": "object", "additionalProperties": false,
        "required": ["name", "kind"], "properties": {"name": {"type": "string", "minLength": 2},
        "kind": {"enum": ["a", "b"]}}}}})";

} // namespace

class tst_OutputSchema : public QObject
{
    Q_OBJECT

private slots:
    void badSchemas_data();
    void badSchemas();
    void answers_data();
    void answers();
    void strictSubset_data();
    void strictSubset();
    void declares_data();
    void declares();
    void instanceMatches_data();
    void instanceMatches();
    void picksAndInserts();
    void longStringsUnderAPattern();
    void refusesCyclesAndBadPatterns_data();
    void refusesCyclesAndBadPatterns();
};

void tst_OutputSchema::badSchemas_data()
{
    QTest::addColumn<QByteArray>("schema");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("unknown type") << QByteArray(R"({"type": "strin"})") << QString() << u"strin"_s;
    QTest::newRow("type of the wrong kind")
            << QByteArray(R"({"type": 5})") << QString() << u"JSON Schema"_s;
    QTest::newRow("minimum not a number")
            << QByteArray(R"({"minimum": "a"})") << QString() << u"minimum"_s;
    QTest::newRow("remote reference")
            << QByteArray(R"({"properties": {"a": {"$ref": "https://example.com/s.json"}}})")
            << u"/properties/a/$ref"_s << u"remote references are not fetched"_s;
    QTest::newRow("reference to nothing")
            << QByteArray(R"({"$ref": "#/definitions/missing"})") << QString() << u"JSON Schema"_s;
}

void tst_OutputSchema::badSchemas()
{
    QFETCH(QByteArray, schema);
    QFETCH(QString, pointer);
    QFETCH(QString, messagePart);
    OutputSchema::Error error;
    QVERIFY(!OutputSchema::compile(json(schema.constData()), &error));
    QCOMPARE(error.pointer, pointer);
    QVERIFY2(error.message.contains(messagePart), qPrintable(error.message));
}

void tst_OutputSchema::answers_data()
{
    QTest::addColumn<QString>("answer");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("firstProblem"); // "pointer: message part"
    QTest::newRow("valid") << uR"({"items": [{"name": "ab", "kind": "a"}]})"_s << true << QString();
    QTest::newRow("json fence") << u"```json\n{\"items\": []}\n```"_s << true << QString();
    QTest::newRow("bare fence") << u"```\n{\"items\": []}\n```"_s << true << QString();
    QTest::newRow("blanks around") << u"  \n{\"items\": []}\n "_s << true << QString();
    QTest::newRow("missing member")
            << uR"({})"_s << false << u": Missing required property 'items'"_s;
    QTest::newRow("deep, through $ref")
            << uR"({"items": [{"name": "ab", "kind": "c"}]})"_s << false << u"/items/0/kind: "_s;
    QTest::newRow("too short") << uR"({"items": [{"name": "a", "kind": "a"}]})"_s << false
                               << u"/items/0/name: "_s;
    QTest::newRow("extra member") << uR"({"items": [], "x": 1})"_s << false
                                  << u": Object contains"_s;
    QTest::newRow("prose around JSON")
            << uR"(Here it is: {"items": []})"_s << false << u": the answer is not JSON"_s;
    QTest::newRow("two values") << uR"({"items": []} {"items": []})"_s << false
                                << u": the answer is not JSON"_s;
    QTest::newRow("empty") << u""_s << false << u": the answer is empty"_s;
    QTest::newRow("another language's fence")
            << u"```python\n{\"items\": []}\n```"_s << false << u": the answer is not JSON"_s;
}

void tst_OutputSchema::answers()
{
    QFETCH(QString, answer);
    QFETCH(bool, ok);
    QFETCH(QString, firstProblem);
    const auto s = compiled(kItems);
    const OutputSchema::Check c = s->check(answer);
    QCOMPARE(c.ok(), ok);
    if (!ok) {
        QVERIFY(!c.problems.isEmpty());
        const QString first = c.problems.first().pointer + u": "_s + c.problems.first().message;
        QVERIFY2(first.startsWith(firstProblem), qPrintable(first));
        QVERIFY(!OutputSchema::summary(c.problems).isEmpty());
    }
}

void tst_OutputSchema::strictSubset_data()
{
    QTest::addColumn<QByteArray>("schema");
    QTest::addColumn<bool>("strict");
    QTest::newRow("all required, closed, with $ref")
            << QByteArray(kItems).replace(R"(, "minLength": 2)", "") << true;
    QTest::newRow("minLength (strict mode has no length bounds)") << QByteArray(kItems) << false;
    QTest::newRow("an optional property")
            << QByteArray(R"({"type": "object", "additionalProperties": false, "required": [],
                              "properties": {"a": {"type": "string"}}})")
            << false;
    QTest::newRow("open object") << QByteArray(R"({"type": "object", "required": ["a"],
                              "properties": {"a": {"type": "string"}}})")
                                 << false;
    QTest::newRow("a nested open object")
            << QByteArray(R"({"type": "object", "additionalProperties": false, "required": ["a"],
                              "properties": {"a": {"type": "object", "properties": {}}}})")
            << false;
    QTest::newRow("unsupported keyword (oneOf)")
            << QByteArray(R"({"type": "object", "additionalProperties": false, "required": ["a"],
                              "properties": {"a": {"oneOf": [{"type": "string"}]}}})")
            << false;
    QTest::newRow("not an object at the root") << QByteArray(R"({"type": "array"})") << false;
}

void tst_OutputSchema::strictSubset()
{
    QFETCH(QByteArray, schema);
    QFETCH(bool, strict);
    QCOMPARE(compiled(schema.constData())->isStrict(), strict);
}

void tst_OutputSchema::declares_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("declared");
    QTest::newRow("a member") << u"items"_s << true;
    QTest::newRow("an item") << u"items.0"_s << true;
    QTest::newRow("through $ref") << u"items.0.name"_s << true;
    QTest::newRow("not declared") << u"title"_s << false;
    QTest::newRow("not declared, deep") << u"items.0.size"_s << false;
    QTest::newRow("a member of a string") << u"items.0.name.x"_s << false;
}

void tst_OutputSchema::declares()
{
    QFETCH(QString, path);
    QFETCH(bool, declared);
    QString why;
    QCOMPARE(compiled(kItems)->declares(path.split(u'.'), &why), declared);
    QCOMPARE(why.isEmpty(), declared);
}

void tst_OutputSchema::instanceMatches_data()
{
    QTest::addColumn<QByteArray>("schema");
    QTest::newRow("items and $ref") << QByteArray(kItems);
    QTest::newRow("numbers and bounds")
            << QByteArray(R"({"type": "object", "required": ["n", "i", "m"], "properties": {
                   "n": {"type": "number", "minimum": 2.5}, "i": {"type": "integer", "exclusiveMinimum": 3},
                   "m": {"type": "integer", "multipleOf": 7, "minimum": 8}}})");
    QTest::newRow("formats and lengths")
            << QByteArray(R"({"type": "object", "required": ["d", "e", "s"], "properties": {
                   "d": {"type": "string", "format": "date-time"}, "e": {"type": "string", "format": "email"},
                   "s": {"type": "string", "minLength": 30}}})");
    QTest::newRow("const, anyOf, nullable, arrays")
            << QByteArray(R"({"type": "object", "required": ["c", "a", "n", "l"], "properties": {
                   "c": {"const": 42}, "a": {"anyOf": [{"type": "boolean"}, {"type": "string"}]},
                   "n": {"type": ["null", "string"]}, "l": {"type": "array", "minItems": 3, "items": {"type": "integer"}}}})");
    QTest::newRow("allOf") << QByteArray(R"({"allOf": [{"type": "object", "required": ["a"],
                   "properties": {"a": {"type": "string"}}}, {"required": ["b"], "properties": {"b": {"type": "boolean"}}}]})");
}

void tst_OutputSchema::instanceMatches()
{
    QFETCH(QByteArray, schema);
    const auto s = compiled(schema.constData());
    const QList<OutputSchema::Problem> problems = s->problemsOf(s->instance());
    QVERIFY2(problems.isEmpty(), qPrintable(OutputSchema::summary(problems)));
    QCOMPARE(compiled(schema.constData())->instance(), s->instance()); // deterministic
}

void tst_OutputSchema::picksAndInserts()
{
    const QJsonValue v = *AnswerJson::parse(uR"({"items": [{"name": "W", "n": 3}], "ok": true})"_s);
    QCOMPARE(AnswerJson::inserted(AnswerJson::pick(v, {u"items"_s, u"0"_s, u"name"_s})), u"W"_s);
    QCOMPARE(AnswerJson::inserted(AnswerJson::pick(v, {u"items"_s, u"0"_s, u"n"_s})), u"3"_s);
    QCOMPARE(AnswerJson::inserted(AnswerJson::pick(v, {u"ok"_s})), u"true"_s);
    QCOMPARE(AnswerJson::inserted(AnswerJson::pick(v, {u"items"_s})), uR"([{"n":3,"name":"W"}])"_s);
    QVERIFY(AnswerJson::pick(v, {u"items"_s, u"5"_s}).isUndefined());
    QVERIFY(AnswerJson::pick(v, {u"nope"_s}).isUndefined());
    QCOMPARE(AnswerJson::inserted(AnswerJson::pick(v, {u"nope"_s})), QString());
    QCOMPARE(*AnswerJson::parse(u"42"_s), QJsonValue(42));
    QCOMPARE(*AnswerJson::parse(u"\"text\""_s), QJsonValue(u"text"_s));
}

void tst_OutputSchema::longStringsUnderAPattern()
{
    // std::regex recurses per character: a long answer must neither crash nor pass unchecked.
    // (Nested groups take the most stack; an ambiguous alternation such as (a|a)* would also
    // take exponential time on a miss, as in any backtracking engine: docs/outputs.md "Limits".)
    const auto s = compiled(R"({"type": "object", "properties": {
        "a": {"type": "string", "pattern": "^((a|b)|(c|(d|e)))*$"}}})");
    const qsizetype most = OutputSchema::kLongestPatternString;
    QVERIFY(s->problemsOf(QJsonObject {{u"a"_s, QString(most, u'a')}}).isEmpty());
    const auto wrong
            = s->problemsOf(QJsonObject {{u"a"_s, QString(QString(most - 1, u'a') + u'z')}});
    QCOMPARE(wrong.size(), 1);
    QCOMPARE(wrong.first().pointer, u"/a"_s);
    const auto tooLong = s->problemsOf(QJsonObject {{u"a"_s, QString(most + 1, u'a')}});
    QCOMPARE(tooLong.size(), 1);
    QCOMPARE(tooLong.first().pointer, u"/a"_s);
    QVERIFY(tooLong.first().message.contains(u"longer than a pattern can be checked against"_s));
    // Without a pattern any length is checked as usual.
    const auto plain = compiled(R"({"type": "string"})");
    QVERIFY(plain->problemsOf(QString(1000000, u'a')).isEmpty());
}

void tst_OutputSchema::refusesCyclesAndBadPatterns_data()
{
    QTest::addColumn<QByteArray>("schema");
    QTest::addColumn<QString>("pointer");
    QTest::newRow("itself") << QByteArray("{\"$ref\": \"\x23\"}") << u"/$ref"_s;
    QTest::newRow("a definition that is itself")
            << QByteArray("{\"definitions\": {\"x\": {\"$ref\": \"\x23/definitions/x\"}}, "
                          "\"$ref\": \"\x23/definitions/x\"}")
            << u"/definitions/x/$ref"_s;
    QTest::newRow("through allOf")
            << QByteArray("{\"allOf\": [{\"$ref\": \"\x23\"}]}") << u"/allOf/0/$ref"_s;
    QTest::newRow("through anyOf, two definitions")
            << QByteArray("{\"definitions\": {\"a\": {\"$ref\": \"\x23/definitions/b\"}, \"b\": "
                          "{\"anyOf\": [{\"$ref\": \"\x23/definitions/a\"}]}}}")
            << u"/definitions/b/anyOf/0/$ref"_s;
    QTest::newRow("a pattern std::regex cannot read")
            << QByteArray("{\"properties\": {\"a\": {\"pattern\": \"(unclosed\"}}}")
            << u"/properties/a/pattern"_s;
    QTest::newRow("a patternProperties key it cannot read")
            << QByteArray("{\"patternProperties\": {\"[z-a]\": {}}}")
            << u"/patternProperties/[z-a]"_s;
}

void tst_OutputSchema::refusesCyclesAndBadPatterns()
{
    QFETCH(QByteArray, schema);
    QFETCH(QString, pointer);
    OutputSchema::Error error;
    QVERIFY(!OutputSchema::compile(json(schema.constData()), &error));
    QCOMPARE(error.pointer, pointer);
    // Recursion that goes into the value is fine.
    const auto recursive = compiled(R"({"type": "object", "properties": {"next": {"$ref": "#"}}})");
    QVERIFY(recursive);
}

QTEST_GUILESS_MAIN(tst_OutputSchema)
#include "tst_outputschema.moc"
