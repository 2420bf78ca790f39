// SPDX-License-Identifier: GPL-3.0-or-later
// The ALT loader and validator: every rule of docs/formats.md, the position each diagnostic
// reports, compatibility with real ALT_LAS files, and the limits.

#include "alt/altloader.h"
#include "altsummary.h"

#include <QTemporaryDir>
#include <QTest>

using namespace altrunner;

namespace {

// A valid document around `tasks` (one task per line, starting on line 7 when `extra` is empty).
QByteArray doc(const QByteArray &tasks, const QByteArray &extra = {})
{
    return "{\n"
           "  \"id\": \"t\",\n"
           "  \"version\": \"1\",\n"
           "  \"created_at\": \"2026-01-01T00:00:00Z\",\n"
           "  \"title\": \"T\",\n"
            + extra + "  \"tasks\": [\n" + tasks + "\n  ]\n}\n";
}

// 1-based line and column (in code points) of the first occurrence of `marker`.
std::pair<int, int> positionOf(const QByteArray &text, const QByteArray &marker)
{
    const qsizetype at = text.indexOf(marker);
    if (at < 0)
        return {-1, -1};
    const QByteArray before = text.left(at);
    const int line = int(before.count('\n')) + 1;
    const QByteArray lineText = before.mid(before.lastIndexOf('\n') + 1);
    return {line, int(QString::fromUtf8(lineText).toUcs4().size()) + 1};
}

} // namespace

class tst_Validator : public QObject
{
    Q_OBJECT

private slots:
    void reportsProblem_data();
    void reportsProblem();
    void acceptsValid_data();
    void acceptsValid();
    void reportsEveryProblemOfTheExample();
    void cycleIsReportedOncePerCycleAsItsPath();
    void limits_data();
    void limits();
    void fileErrors();
    void resolvesDependenciesAndDefaults();
    void largeFilesAreReadInPieces();
    void longDependencyListsKeepOrderAndDropRepeats();
};

void tst_Validator::reportsProblem_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QByteArray>("marker"); // where the diagnostic must point
    QTest::addColumn<bool>("isError");

    const QByteArray a = R"(    {"id": "a", "description": "A"})";
    auto row = [](const char *name, const QByteArray &text, const char *pointer,
                  const char *message, const QByteArray &marker, bool isError = true) {
        QTest::newRow(name) << text << QString::fromUtf8(pointer) << QString::fromUtf8(message)
                            << marker << isError;
    };

    // Top level
    row("missing id",
        "{\n  \"version\": \"1\", \"created_at\": \"2026-01-01T00:00:00Z\", \"title\": \"T\",\n"
        "  \"tasks\": [{\"id\": \"a\", \"description\": \"A\"}]\n}",
        "/id", "missing required field 'id'", "{");
    row("blank id",
        "{\"id\": \"   \", \"version\": \"1\", \"created_at\": \"2026-01-01T00:00:00Z\", "
        "\"title\": \"T\", "
        "\"tasks\": [{\"id\": \"a\", \"description\": \"A\"}]}",
        "/id", "'id' must not be empty", "\"   \"");
    row("id not a string",
        "{\"id\": 7, \"version\": \"1\", \"created_at\": \"2026-01-01T00:00:00Z\", \"title\": "
        "\"T\", "
        "\"tasks\": [{\"id\": \"a\", \"description\": \"A\"}]}",
        "/id", "'id' must be a string, not a number", "7,");
    row("empty version",
        "{\"id\": \"x\", \"version\": \"\", \"created_at\": \"2026-01-01T00:00:00Z\", \"title\": "
        "\"T\", "
        "\"tasks\": [{\"id\": \"a\", \"description\": \"A\"}]}",
        "/version", "'version' must not be empty", "\"\",");
    row("missing title",
        "{\"id\": \"x\", \"version\": \"1\", \"created_at\": \"2026-01-01T00:00:00Z\", "
        "\"tasks\": [{\"id\": \"a\", \"description\": \"A\"}]}",
        "/title", "missing required field 'title'", "{");
    for (const char *bad : {"yesterday", "2026-13-01T00:00:00Z", "2026-02-30T10:00:00Z",
                            "2026-01-01", "2026-01-01T25:00:00Z", "2026-01-01T10:00:00+99:00"}) {
        QTest::newRow(qPrintable(QStringLiteral("created_at ") + QLatin1String(bad)))
                << doc(a).replace("2026-01-01T00:00:00Z", bad) << QStringLiteral("/created_at")
                << QStringLiteral("'created_at' must be an ISO 8601 date-time")
                << ("\"" + QByteArray(bad) + "\"") << true;
    }
    row("unknown mode", doc(a, "  \"mode\": \"sleepy\",\n"), "/mode", "unknown mode 'sleepy'",
        "\"sleepy\"");
    row("mode not a string", doc(a, "  \"mode\": 3,\n"), "/mode", "'mode' must be a string", "3,");
    row("unknown priority", doc(a, "  \"priority\": \"urgent\",\n"), "/priority",
        "unknown priority 'urgent'", "\"urgent\"");
    row("tags not an array", doc(a, "  \"tags\": \"x\",\n"), "/tags", "'tags' must be an array",
        "\"x\",");
    row("tag not a string", doc(a, "  \"tags\": [\"ok\", 5],\n"), "/tags/1", "tags must be strings",
        "5]");
    row("metadata not an object", doc(a, "  \"metadata\": [],\n"), "/metadata",
        "'metadata' must be an object", "[],");
    row("missing tasks",
        "{\"id\": \"x\", \"version\": \"1\", \"created_at\": \"2026-01-01T00:00:00Z\", \"title\": "
        "\"T\"}",
        "/tasks", "missing required field 'tasks'", "{");
    row("tasks not an array",
        "{\"id\": \"x\", \"version\": \"1\", \"created_at\": \"2026-01-01T00:00:00Z\", \"title\": "
        "\"T\", "
        "\"tasks\": {}}",
        "/tasks", "'tasks' must be an array", "{}");
    row("no tasks",
        "{\"id\": \"x\", \"version\": \"1\", \"created_at\": \"2026-01-01T00:00:00Z\", \"title\": "
        "\"T\", "
        "\"tasks\": []}",
        "/tasks", "at least one task", "[]");

    // Tasks
    row("task not an object", doc(a + ",\n    \"b\""), "/tasks/1", "task #2 must be an object",
        "\"b\"");
    row("task without id", doc(a + ",\n    {\"description\": \"no id\"}"), "/tasks/1/id",
        "task #2: missing required field 'id'", "{\"description\": \"no id\"}");
    row("task with blank id", doc(a + ",\n    {\"id\": \" \", \"description\": \"B\"}"),
        "/tasks/1/id", "'id' must not be empty", "\" \"");
    row("task without description", doc(a + ",\n    {\"id\": \"b\"}"), "/tasks/1/description",
        "task 'b': missing required field 'description'", "{\"id\": \"b\"}");
    row("empty description", doc(a + ",\n    {\"id\": \"b\", \"description\": \"\"}"),
        "/tasks/1/description", "task 'b': 'description' must not be empty", "\"\"}");
    row("duplicate id", doc(a + ",\n    {\"id\": \"a\", \"description\": \"again\"}"),
        "/tasks/1/id", "duplicate task id 'a'", "\"a\", \"description\": \"again\"");
    row("dependencies not an array",
        doc(a + ",\n    {\"id\": \"b\", \"description\": \"B\", \"dependencies\": \"a\"}"),
        "/tasks/1/dependencies", "'dependencies' must be an array", "\"a\"}");
    row("dependency not a string",
        doc(a + ",\n    {\"id\": \"b\", \"description\": \"B\", \"dependencies\": [\"a\", 1]}"),
        "/tasks/1/dependencies/1", "a dependency must be a task id", "1]");
    row("unknown dependency",
        doc(a + ",\n    {\"id\": \"b\", \"description\": \"B\", \"dependencies\": [\"ghost\"]}"),
        "/tasks/1/dependencies/0", "task 'b': depends on unknown task 'ghost'", "\"ghost\"");
    row("self dependency",
        doc(a + ",\n    {\"id\": \"b\", \"description\": \"B\", \"dependencies\": [\"b\"]}"),
        "/tasks/1/dependencies/0", "task 'b': depends on itself", "\"b\"]");
    row("repeated dependency is a warning",
        doc(a + ",\n    {\"id\": \"b\", \"description\": \"B\", \"dependencies\": [\"a\", \"a\"]}"),
        "/tasks/1/dependencies/1", "lists dependency 'a' more than once", "\"a\"]", false);
    row("two-task cycle",
        doc(R"(    {"id": "a", "description": "A", "dependencies": ["b"]},)"
            "\n"
            R"(    {"id": "b", "description": "B", "dependencies": ["a"]})"),
        "/tasks/0/dependencies/0", "cycle: a -> b -> a", "\"b\"]");
    row("parameters not an object",
        doc(R"(    {"id": "a", "description": "A", "parameters": "x"})"), "/tasks/0/parameters",
        "'parameters' must be an object", "\"x\"}");
    row("unsupported task_type",
        doc(R"(    {"id": "a", "description": "A", "parameters": {"task_type": "shell"}})"),
        "/tasks/0/parameters/task_type",
        "unsupported task_type 'shell' (supported: ai, ai_prompt, noop, generic, approval)",
        "\"shell\"");
    // Approval gates (docs/approvals.md)
    row("approval without a question",
        doc(R"(    {"id": "a", "description": "A", "parameters": {"task_type": "approval"}})"),
        "/tasks/0/parameters", "an approval task needs parameters.question", "{\"task_type\"");
    row("question not a string",
        doc(R"(    {"id": "a", "description": "A", "parameters": {"task_type": "approval", "question": 5}})"),
        "/tasks/0/parameters/question", "'question' must be a non-empty string, not 5", "5}");
    row("requires_approval not a boolean",
        doc(R"(    {"id": "a", "description": "A", "requires_approval": "yes"})"),
        "/tasks/0/requires_approval", "'requires_approval' must be true or false", "\"yes\"");
    row("requires_approval on a noop",
        doc(R"(    {"id": "a", "description": "A", "requires_approval": true, "parameters": {"task_type": "noop"}})"),
        "/tasks/0/requires_approval", "'requires_approval' is for AI tasks", "true");
    row("approval time-out of zero",
        doc(R"(    {"id": "a", "description": "A", "requires_approval": true, "approval_timeout_seconds": 0})"),
        "/tasks/0/approval_timeout_seconds",
        "'approval_timeout_seconds' must be a number of seconds above 0", "0}");
    row("unknown on_timeout",
        doc(R"(    {"id": "a", "description": "A", "requires_approval": true, "approval_timeout_seconds": 5, "on_timeout": "retry"})"),
        "/tasks/0/on_timeout", "'on_timeout' must be \"reject\" or \"approve\", not 'retry'",
        "\"retry\"");
    row("approval time-out without a gate",
        doc(R"(    {"id": "a", "description": "A", "approval_timeout_seconds": 5})"),
        "/tasks/0/approval_timeout_seconds",
        "has no approval gate, so 'approval_timeout_seconds' has no effect", "5}", false);
    row("editable names an unknown task",
        doc(R"(    {"id": "a", "description": "A", "parameters": {"task_type": "approval", "question": "ok?", "editable": "zz"}})"),
        "/tasks/0/parameters/editable", "'editable' names unknown task 'zz'", "\"zz\"");
    row("editable not upstream", doc(R"(    {"id": "a", "description": "A"},
    {"id": "g", "description": "G", "parameters": {"task_type": "approval", "question": "ok?", "editable": "a"}})"),
        "/tasks/1/parameters/editable",
        "'editable' names task 'a', which is not a direct or transitive dependency", "\"a\"}");
    row("question names a task not upstream", doc(R"(    {"id": "a", "description": "A"},
    {"id": "g", "description": "G", "parameters": {"task_type": "approval", "question": "Send {{a}}?"}})"),
        "/tasks/1/parameters/question",
        "placeholder {{a}} names task 'a', which is not a direct or transitive dependency of 'g'",
        "\"Send");
    row("negative duration",
        doc(R"(    {"id": "a", "description": "A", "parameters": {"task_type": "noop", "duration_ms": -5}})"),
        "/tasks/0/parameters/duration_ms", "'duration_ms' must be", "-5");
    row("temperature too high",
        doc(R"(    {"id": "a", "description": "A", "parameters": {"temperature": 3}})"),
        "/tasks/0/parameters/temperature", "'temperature' must be a number from 0 to 2", "3}");
    row("max_tokens not an integer",
        doc(R"(    {"id": "a", "description": "A", "parameters": {"max_tokens": 0.5}})"),
        "/tasks/0/parameters/max_tokens", "'max_tokens' must be a positive integer", "0.5");
    row("empty model", doc(R"(    {"id": "a", "description": "A", "parameters": {"model": ""}})"),
        "/tasks/0/parameters/model", "'model' must be a non-empty string", "\"\"}");
    for (const char *bad : {"0", "-1", "86401", "\"30\"", "true"}) {
        QTest::newRow(qPrintable(QStringLiteral("timeout_seconds ") + QLatin1String(bad)))
                << doc(R"(    {"id": "a", "description": "A", "timeout_seconds": )"
                       + QByteArray(bad) + "}")
                << QStringLiteral("/tasks/0/timeout_seconds")
                << QStringLiteral("'timeout_seconds' must be a number above 0 and at most 86400")
                << (QByteArray(bad) + "}") << true;
    }
    for (const char *bad : {"21", "-1", "1.5", "\"3\""}) {
        QTest::newRow(qPrintable(QStringLiteral("retry_count ") + QLatin1String(bad)))
                << doc(R"(    {"id": "a", "description": "A", "retry_count": )" + QByteArray(bad)
                       + "}")
                << QStringLiteral("/tasks/0/retry_count")
                << QStringLiteral("'retry_count' must be an integer from 0 to 20")
                << (QByteArray(bad) + "}") << true;
    }
    row("task priority", doc(R"(    {"id": "a", "description": "A", "priority": "now"})"),
        "/tasks/0/priority", "task 'a': unknown priority 'now'", "\"now\"");
    row("placeholder names no task",
        doc(R"(    {"id": "a", "description": "A", "parameters": {"prompt": "use {{nope}}"}})"),
        "/tasks/0/parameters/prompt", "placeholder {{nope}} names no task", "\"use {{nope}}\"");
    row("placeholder names a task that is not upstream",
        doc(a + ",\n" + R"(    {"id": "b", "description": "use {{a}}"})"), "/tasks/1/description",
        "placeholder {{a}} names task 'a', which is not a direct or transitive dependency of 'b'",
        "\"use {{a}}\"");

    // JSON syntax: the position is where the parser gave up.
    row("trailing comma", "{\"id\": \"x\",\n  \"tasks\": [1,],\n}", "", "JSON syntax", "]");
    row("missing comma", "{\"id\": \"x\"\n \"title\": \"T\"}", "", "JSON syntax", "\"title\"");
    row("unterminated string", "{\"id\": \"x}", "", "JSON syntax: unterminated string", "\"x}");
    row("invalid UTF-8", "{\"id\": \"a\xff\"}", "", "not valid UTF-8 (byte 0xff)", "\xff");
    // Output contracts and models (docs/outputs.md)
    const QByteArray named = "  \"schemas\": {\"v\": {\"type\": \"object\", \"properties\": "
                             "{\"items\": {\"type\": \"array\"}}}},\n";
    row("schemas not an object", doc(a, "  \"schemas\": 3,\n"), "/schemas",
        "'schemas' must be an object of named JSON Schemas", "3,");
    row("a named schema that is not a schema",
        doc(a, "  \"schemas\": {\"v\": {\"type\": \"strin\"}},\n"), "/schemas/v",
        "schema 'v': not a usable JSON Schema (draft 7): Unrecognised JSON type name 'strin'",
        "{\"type\": \"strin\"}");
    row("a remote reference", doc(a, "  \"schemas\": {\"v\": {\"$ref\": \"https://x/s.json\"}},\n"),
        "/schemas/v/$ref", "remote references are not fetched", "\"https://x/s.json\"");
    row("output_schema names no schema",
        doc(R"(    {"id": "a", "description": "A", "parameters": {"output_schema": "nope"}})",
            named),
        "/tasks/0/parameters/output_schema",
        "task 'a': 'output_schema' names schema 'nope', which 'schemas' does not define (it "
        "defines: v)",
        "\"nope\"");
    row("output_schema of the wrong kind",
        doc(R"(    {"id": "a", "description": "A", "parameters": {"output_schema": 5}})"),
        "/tasks/0/parameters/output_schema",
        "'output_schema' must be a JSON Schema object or the name of one in 'schemas', not a "
        "number",
        "5}");
    row("an inline schema that is not a schema",
        doc(R"(    {"id": "a", "description": "A", "parameters": {"output_schema": {"minimum": "x"}}})"),
        "/tasks/0/parameters/output_schema", "Expected numeric value for minimum constraint",
        "{\"minimum\"");
    row("repair_attempts out of range",
        doc(R"(    {"id": "a", "description": "A", "repair_attempts": 9})"),
        "/tasks/0/repair_attempts", "'repair_attempts' must be an integer from 0 to 5, not 9",
        "9}");
    row("a field the schema does not declare",
        doc(R"(    {"id": "a", "description": "A", "parameters": {"output_schema": "v"}},
    {"id": "b", "description": "B", "dependencies": ["a"], "parameters": {"prompt": "{{a.title}}"}})",
            named),
        "/tasks/1/parameters/prompt",
        "task 'b': placeholder {{a.title}}: the schema declares no 'title' (the output_schema of "
        "'a')",
        "\"{{a.title}}\"");
    row("a field of a task without a schema", doc(R"(    {"id": "a", "description": "A"},
    {"id": "b", "description": "B", "dependencies": ["a"], "parameters": {"prompt": "{{a.x.0}}"}})"),
        "/tasks/1/parameters/prompt",
        "placeholder {{a.x.0}} names a field of task 'a', which has no output_schema",
        "\"{{a.x.0}}\"", false);
    row("a field of a task that is not upstream",
        doc(R"(    {"id": "a", "description": "A", "parameters": {"output_schema": "v"}},
    {"id": "b", "description": "B", "parameters": {"prompt": "{{a.items}}"}})",
            named),
        "/tasks/1/parameters/prompt",
        "placeholder {{a.items}} names task 'a', which is not a direct or transitive dependency "
        "of 'b'",
        "\"{{a.items}}\"");
    row("an empty model", doc(a, "  \"model\": \" \",\n"), "/model", "'model' must not be empty",
        "\" \"");
    row("empty file", "  \n", "", "the file is empty", "  ");
    row("top level array", "[1, 2]", "", "the top level must be a JSON object, not an array", "[");
    row("garbage after the document", "{}\nxyz", "", "JSON syntax", "xyz");
}

void tst_Validator::reportsProblem()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, pointer);
    QFETCH(QString, message);
    QFETCH(QByteArray, marker);
    QFETCH(bool, isError);

    const AltLoader::Result r = AltLoader::loadBytes(text, QStringLiteral("f.alt"));
    QCOMPARE(r.ok(), !isError);
    // Large files are read in pieces; that path must report exactly the same.
    QCOMPARE(test::summarize(
                     AltLoader::loadBytes(text, QStringLiteral("f.alt"), test::piecewiseLimits())),
             test::summarize(r));
    const auto [line, column] = positionOf(text, marker);
    QVERIFY2(line > 0, "marker not in text");
    bool found = false;
    QStringList seen;
    for (const Diagnostic &d : r.diagnostics) {
        seen.append(d.toText());
        if (d.pointer == pointer && d.message.contains(message) && d.isError() == isError) {
            found = true;
            QCOMPARE(d.file, QStringLiteral("f.alt"));
            QCOMPARE(d.line, line);
            // Syntax errors: the parser's offset may sit one character off the token.
            if (pointer.isEmpty() && message.startsWith(u"JSON syntax"))
                QVERIFY2(std::abs(d.column - column) <= 1, qPrintable(d.toText()));
            else
                QCOMPARE(d.column, column);
            QVERIFY(d.toText().startsWith(QStringLiteral("f.alt:%1:%2: %3: ")
                                                  .arg(d.line)
                                                  .arg(d.column)
                                                  .arg(isError ? u"error" : u"warning")));
            QVERIFY(d.toText().endsWith(u" [" + pointer + u']'));
        }
    }
    QVERIFY2(found, qPrintable(seen.join(u'\n')));
}

void tst_Validator::acceptsValid_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expectedMode");

    const QByteArray header
            = R"({"id": "x", "version": "1", "created_at": "2026-01-01T00:00:00Z", "title": "T", )";
    QTest::newRow("dependencies null")
            << header + R"("tasks": [{"id": "a", "description": "A", "dependencies": null}]})"
            << "normal";
    QTest::newRow("capitalised mode")
            << header + R"("mode": "Normal", "tasks": [{"id": "a", "description": "A"}]})"
            << "normal";
    QTest::newRow("upper-case mode")
            << header + R"("mode": "CHAOS", "tasks": [{"id": "a", "description": "A"}]})"
            << "chaos";
    QTest::newRow("unknown fields kept quietly") << header
                    + R"("x_extra": {"deep": [1]}, "tasks": [{"id": "a", "description": "A", "url": "u"}]})"
                                                 << "normal";
    QTest::newRow("nulls for optional fields") << header
                    + R"("description": null, "mode": null, "persona": null, "priority": null, "tags": null, "metadata": null, "tasks": [{"id": "a", "description": "A", "parameters": null, "timeout_seconds": null, "retry_count": null}]})"
                                               << "normal";
    QTest::newRow("byte order mark") << "\xEF\xBB\xBF" + header
                    + R"("mode": "dream", "tasks": [{"id": "a", "description": "A"}]})"
                                     << "dream";
    QTest::newRow("offset and fraction in created_at") << QByteArray(
            R"({"id": "x", "version": "1", "created_at": "2025-04-26T19:32:00.123+03:00", "title": "T", "tasks": [{"id": "a", "description": "A"}]})")
                                                       << "normal";
    QTest::newRow("python isoformat without zone") << QByteArray(
            R"({"id": "x", "version": "1", "created_at": "2025-04-26T19:32:00.123456", "title": "T", "tasks": [{"id": "a", "description": "A"}]})")
                                                   << "normal";
    QTest::newRow("placeholder of a transitive dependency") << header
                    + R"("tasks": [{"id": "a", "description": "A"}, {"id": "b", "description": "B", "dependencies": ["a"]}, {"id": "c", "description": "C", "dependencies": ["b"], "parameters": {"prompt": "{{a}} and {{ b }}"}}]})"
                                                            << "normal";
    QTest::newRow("limits at their edges") << header
                    + R"("tasks": [{"id": "a", "description": "A", "timeout_seconds": 86400, "retry_count": 20}, {"id": "b", "description": "B", "timeout_seconds": 0.001, "retry_count": 0, "priority": "Critical"}]})"
                                           << "normal";
    QTest::newRow("the ALT_LAS example") << [] {
        QFile f(QStringLiteral(ALTRUNNER_EXAMPLES_DIR "/altlas_example_alt_file.json"));
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }() << "normal";
}

void tst_Validator::acceptsValid()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, expectedMode);
    const AltLoader::Result r = AltLoader::loadBytes(text, QStringLiteral("ok.alt"));
    const AltLoader::Result piecewise
            = AltLoader::loadBytes(text, QStringLiteral("ok.alt"), test::piecewiseLimits());
    QVERIFY(!r.readInPieces);
    // Every valid file takes the piecewise path when asked to; else the comparison below would
    // compare the whole-document path with itself.
    QVERIFY(piecewise.readInPieces);
    QCOMPARE(test::summarize(piecewise), test::summarize(r));
    QStringList seen;
    for (const Diagnostic &d : r.diagnostics)
        seen.append(d.toText());
    QVERIFY2(r.ok(), qPrintable(seen.join(u'\n')));
    QVERIFY2(r.diagnostics.isEmpty(), qPrintable(seen.join(u'\n')));
    QCOMPARE(modeName(r.file->mode), expectedMode);
}

void tst_Validator::reportsEveryProblemOfTheExample()
{
    const QString path = QStringLiteral(ALTRUNNER_EXAMPLES_DIR "/invalid_example.alt");
    const AltLoader::Result r = AltLoader::loadFile(path);
    QVERIFY(!r.ok());
    QStringList texts;
    for (const Diagnostic &d : r.diagnostics)
        texts.append(d.toText().mid(path.size()));
    const QStringList expected {
            QStringLiteral(":4:17: error: 'created_at' must be an ISO 8601 date-time such as "
                           "2025-04-26T19:32:00Z, not 'yesterday' [/created_at]"),
            QStringLiteral(":6:11: error: unknown mode 'sleepy' (expected normal, dream, explore "
                           "or chaos) [/mode]"),
            QStringLiteral(":8:58: error: cycle: a -> c -> b -> a [/tasks/0/dependencies/0]"),
            QStringLiteral(":9:64: error: task 'b': depends on unknown task 'ghost' "
                           "[/tasks/1/dependencies/1]"),
            QStringLiteral(":11:12: error: duplicate task id 'a' (first used by task #1 at "
                           "/tasks/0) [/tasks/3/id]"),
            QStringLiteral(":12:32: error: task 'd': 'description' must not be empty "
                           "[/tasks/4/description]"),
            QStringLiteral(":12:51: error: task 'd': 'retry_count' must be an integer from 0 to "
                           "20, not 99 [/tasks/4/retry_count]"),
            QStringLiteral(
                    ":12:83: error: task 'd': unsupported task_type 'system_command' (supported: "
                    "ai, ai_prompt, noop, generic, approval) [/tasks/4/parameters/task_type]"),
    };
    QCOMPARE(texts, expected);
}

void tst_Validator::cycleIsReportedOncePerCycleAsItsPath()
{
    // Two separate cycles, one of them long, plus a task downstream of a cycle.
    const QByteArray text = doc(R"(    {"id": "a", "description": "A", "dependencies": ["b"]},
    {"id": "b", "description": "B", "dependencies": ["c"]},
    {"id": "c", "description": "C", "dependencies": ["a"]},
    {"id": "x", "description": "X", "dependencies": ["y"]},
    {"id": "y", "description": "Y", "dependencies": ["x"]},
    {"id": "z", "description": "Z", "dependencies": ["a"]})");
    const AltLoader::Result r = AltLoader::loadBytes(text, QStringLiteral("c.alt"));
    QStringList cycles;
    for (const Diagnostic &d : r.diagnostics)
        cycles.append(d.message);
    QCOMPARE(cycles,
             (QStringList {QStringLiteral("cycle: a -> b -> c -> a"),
                           QStringLiteral("cycle: x -> y -> x")}));

    // A 200,000-task ring: found without recursion, reported once.
    QByteArray ring
            = R"({"id": "r", "version": "1", "created_at": "2026-01-01T00:00:00Z", "title": "T", "tasks": [)";
    const int n = 200000;
    for (int i = 0; i < n; ++i) {
        ring += "{\"id\": \"t" + QByteArray::number(i)
                + "\", \"description\": \"d\", \"dependencies\": [\"t"
                + QByteArray::number((i + 1) % n) + "\"]}";
        ring += i + 1 < n ? "," : "]}";
    }
    const AltLoader::Result big = AltLoader::loadBytes(ring, QStringLiteral("ring.alt"));
    QCOMPARE(big.diagnostics.size(), 1);
    QVERIFY(big.diagnostics.first().message.startsWith(u"cycle: t0 -> t1 -> t2"));
    QVERIFY(big.diagnostics.first().message.endsWith(u"t199999 -> t0"));
}

void tst_Validator::limits_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("maxBytes");
    QTest::addColumn<int>("maxDepth");
    QTest::addColumn<int>("maxTasks");
    QTest::addColumn<QString>("message");

    const QByteArray three = doc(
            R"(    {"id": "a", "description": "A"}, {"id": "b", "description": "B"}, {"id": "c", "description": "C"})");
    QTest::newRow("size") << three << 100 << 64 << 100 << "file too large";
    QTest::newRow("tasks") << three << 1 << 64 << 2 << "too many tasks: 3 (the limit is 2)";
    QTest::newRow("depth") << doc(
            R"(    {"id": "a", "description": "A", "parameters": {"x": [[[[{"y": 1}]]]]}})")
                           << 1 << 6 << 100 << "nesting deeper than 6 levels";
    QTest::newRow("depth of a hostile file")
            << QByteArray(100000, '[') << 1 << 64 << 100 << "nesting deeper than 64 levels";
}

void tst_Validator::limits()
{
    QFETCH(QByteArray, text);
    QFETCH(int, maxBytes);
    QFETCH(int, maxDepth);
    QFETCH(int, maxTasks);
    QFETCH(QString, message);
    LoadLimits limits;
    if (maxBytes > 1)
        limits.maxFileBytes = maxBytes;
    limits.maxDepth = maxDepth;
    limits.maxTasks = maxTasks;
    const AltLoader::Result r = AltLoader::loadBytes(text, QStringLiteral("l.alt"), limits);
    QVERIFY(!r.ok());
    QCOMPARE(r.diagnostics.size(), 1);
    QVERIFY2(r.diagnostics.first().message.contains(message),
             qPrintable(r.diagnostics.first().message));
    QVERIFY(r.diagnostics.first().line >= 1);
}

void tst_Validator::fileErrors()
{
    QTemporaryDir dir;
    const AltLoader::Result missing = AltLoader::loadFile(dir.filePath(QStringLiteral("nope.alt")));
    QVERIFY(!missing.ok());
    QVERIFY(missing.diagnostics.first().message.contains(u"does not exist"));
    QVERIFY(missing.diagnostics.first().toText().startsWith(dir.filePath(QStringLiteral("nope.alt"))
                                                            + u":1:1: error: "));

    const AltLoader::Result directory = AltLoader::loadFile(dir.path());
    QVERIFY(!directory.ok());
    QVERIFY(directory.diagnostics.first().message.contains(u"directory"));

    // A file over the limit is refused before it is read.
    QFile big(dir.filePath(QStringLiteral("big.alt")));
    QVERIFY(big.open(QIODevice::WriteOnly));
    QVERIFY(big.resize(200 * 1024 * 1024));
    big.close();
    const AltLoader::Result tooBig = AltLoader::loadFile(big.fileName());
    QVERIFY(!tooBig.ok());
    QVERIFY(tooBig.diagnostics.first().message.contains(u"file too large: 209715200 bytes"));
}

void tst_Validator::resolvesDependenciesAndDefaults()
{
    const QByteArray text = doc(R"(    {"id": "a", "description": "A", "priority": "high"},
    {"id": "b", "description": "B", "dependencies": ["a", "a"], "parameters": {"task_type": "NOOP", "duration_ms": 5}},
    {"id": "c", "description": "C", "dependencies": ["b", "a"], "parameters": {"prompt": 42}})",
                                "  \"persona\": \"p\",\n  \"priority\": \"low\",\n");
    const AltLoader::Result r = AltLoader::loadBytes(text, QStringLiteral("r.alt"));
    QVERIFY(r.ok());
    QCOMPARE(r.diagnostics.size(), 1); // the repeated dependency
    const AltFile &f = *r.file;
    QCOMPARE(f.persona.value_or(QString()), QStringLiteral("p"));
    QCOMPARE(f.tasks.at(0).priority, Priority::High);
    QCOMPARE(f.tasks.at(1).priority, Priority::Low); // the file's
    QCOMPARE(f.tasks.at(1).dependencies, QList<int> {0});
    QCOMPARE(f.tasks.at(1).kind, TaskKind::Noop);
    QCOMPARE(f.tasks.at(1).durationMs, 5);
    QCOMPARE(f.tasks.at(2).dependencies, (QList<int> {1, 0}));
    QCOMPARE(f.tasks.at(2).prompt, QStringLiteral("C")); // a non-string prompt: the description
}

void tst_Validator::largeFilesAreReadInPieces()
{
    // Over 1 MiB the tasks are parsed in pieces; results and positions must not change.
    auto build = [](const QByteArray &bad) -> QByteArray {
        QByteArray text = "{\"id\": \"big\", \"version\": \"1\", \"created_at\": "
                          "\"2026-01-01T00:00:00Z\", \"title\": \"T\",\n \"tasks\": [\n";
        for (int i = 0; i < 15000; ++i) {
            QByteArray task = QByteArray("  {\"id\": \"t") + QByteArray::number(i)
                    + "\", \"description\": \"task number " + QByteArray::number(i)
                    + " with some words to make the file large enough\", \"dependencies\": ["
                    + (i ? QByteArray("\"t" + QByteArray::number(i / 2) + "\"") : QByteArray())
                    + "]";
            if (i == 12345)
                task += bad;
            text += task + "}" + (i + 1 < 15000 ? ",\n" : "\n");
        }
        return text + " ],\n \"metadata\": {\"k\": 1}}\n";
    };
    const QByteArray good = build({});
    QVERIFY(good.size() > 1024 * 1024);
    const AltLoader::Result ok = AltLoader::loadBytes(good, QStringLiteral("big.alt"));
    QVERIFY2(ok.ok(), qPrintable(ok.diagnostics.value(0).toText()));
    QVERIFY(ok.readInPieces);
    QCOMPARE(ok.file->tasks.size(), 15000);
    QCOMPARE(ok.file->tasks.at(14999).dependencies, QList<int> {7499});
    QCOMPARE(ok.file->metadata.value(u"k").toInt(), 1);

    const QByteArray invalid = build(", \"retry_count\": 99");
    const AltLoader::Result bad = AltLoader::loadBytes(invalid, QStringLiteral("big.alt"));
    QVERIFY(!bad.ok());
    QVERIFY(bad.readInPieces);
    QCOMPARE(bad.diagnostics.size(), 1);
    QCOMPARE(bad.diagnostics.first().pointer, QStringLiteral("/tasks/12345/retry_count"));
    QCOMPARE(bad.diagnostics.first().line, 12345 + 3);
    QVERIFY(bad.diagnostics.first().message.startsWith(u"task 't12345': 'retry_count'"));

    const QByteArray broken = build(", \"retry_count\": }");
    const AltLoader::Result syntax = AltLoader::loadBytes(broken, QStringLiteral("big.alt"));
    QVERIFY(!syntax.ok());
    QCOMPARE(syntax.diagnostics.size(), 1);
    QVERIFY(syntax.diagnostics.first().message.startsWith(u"JSON syntax"));
    QCOMPARE(syntax.diagnostics.first().line, 12345 + 3);
}

void tst_Validator::longDependencyListsKeepOrderAndDropRepeats()
{
    // A join of 500 tasks listing one of them twice, far apart: one warning, each once, in file
    // order (long lists take a different path from short ones).
    QByteArray tasks;
    QByteArray deps;
    for (int i = 0; i < 500; ++i) {
        tasks += "    {\"id\": \"t" + QByteArray::number(i) + "\", \"description\": \"d\"},\n";
        deps += "\"t" + QByteArray::number(499 - i) + "\", ";
    }
    tasks += "    {\"id\": \"join\", \"description\": \"J\", \"dependencies\": [" + deps
            + "\"t7\"]}";
    const AltLoader::Result r = AltLoader::loadBytes(doc(tasks), QStringLiteral("j.alt"));
    QVERIFY(r.ok());
    QCOMPARE(r.diagnostics.size(), 1);
    QCOMPARE(r.diagnostics.first().pointer, QStringLiteral("/tasks/500/dependencies/500"));
    QVERIFY(r.diagnostics.first().message.contains(u"more than once"));
    const QList<int> &joined = r.file->tasks.at(500).dependencies;
    QCOMPARE(joined.size(), 500);
    QCOMPARE(joined.first(), 499);
    QCOMPARE(joined.last(), 0);
}

QTEST_GUILESS_MAIN(tst_Validator)
#include "tst_validator.moc"
