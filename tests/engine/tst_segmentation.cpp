// SPDX-License-Identifier: GPL-3.0-or-later
// ALT_LAS segmentation files (docs/formats.md "Segmentation files"): the real example runs, every
// rule of the mapping is checked with its line and column, and a minefield of bad YAML gets a
// clear error, never a crash, a hang or a silent default.

#include "alt/altloader.h"
#include "testutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace altrunner;
using namespace altrunner::test;

namespace {

const QByteArray kGood = R"(id: seg-1
version: '1.0'
timestamp: '2025-04-28T00:28:21.922739'
command: "Dosyaları sırala ve en büyük 10 tanesini göster"
language: tr
mode: Dream
persona: technical_expert
chaos_level: null
segments:
- id: s1
  task_type: execute
  content: "Dosyaları sırala"
  parameters:
  - {name: content, value: "Dosyaları sırala", type: string, required: true}
  - {name: max_tokens, value: 64}
  dependencies: []
  metadata: {confidence: 0.5}
- id: s2
  task_type: search
  content: "en büyük 10 tanesini göster"
  dependencies: [s1]
metadata: {}
)";

QByteArray with(const QByteArray &from, const QByteArray &to)
{
    QByteArray doc = kGood;
    doc.replace(from, to);
    return doc;
}

} // namespace

class tst_Segmentation : public QObject
{
    Q_OBJECT

private slots:
    void theRealExampleRuns();
    void mapping();
    void outputSchemasInYaml();
    void rules_data();
    void rules();
    void minefield_data();
    void minefield();
    void segmentationJson();
};

void tst_Segmentation::theRealExampleRuns()
{
    const AltLoader::Result r = AltLoader::loadFile(
            QStringLiteral(ALTRUNNER_EXAMPLES_DIR "/altlas_segmentation_example.alt.yaml"));
    QVERIFY(r.ok());
    QCOMPARE(r.file->format, QStringLiteral("segmentation-yaml"));
    QCOMPARE(r.file->tasks.size(), 2);
    QCOMPARE(errorCount(r.diagnostics), 0);
    QCOMPARE(r.diagnostics.size(), 1); // the time stamp without a zone
    QVERIFY(r.diagnostics.first().message.contains(u"read as UTC"));
    QCOMPARE(r.diagnostics.first().line, 3);
    QTemporaryDir dir;
    const Finished f = runToEnd(std::make_shared<const AltFile>(*r.file), testConfig(dir.path()));
    QCOMPARE(f.result.outcome, RunOutcome::Success);
    QCOMPARE(f.last.value(u"metadata")[u"alt_format"].toString(),
             QStringLiteral("segmentation-yaml"));
    QCOMPARE(f.last.value(u"mode").toString(), QStringLiteral("dream"));
}

void tst_Segmentation::outputSchemasInYaml()
{
    // The same keys as in JSON (docs/outputs.md): the file's model and named schemas, a
    // segment's output_schema (a parameter) and repair_attempts; a field placeholder checked.
    const QByteArray yaml = R"(id: seg-schema
version: '1.0'
timestamp: '2026-12-05T10:00:00Z'
command: List and announce
language: en
mode: Normal
persona: writer
chaos_level: null
model: writer
schemas:
  changes:
    type: object
    required: [items]
    properties:
      items:
        type: array
        items:
          type: object
          required: [name]
          properties:
            name: {type: string}
segments:
- id: collect
  task_type: execute
  content: List the changes
  repair_attempts: 1
  parameters:
  - name: output_schema
    value: changes
  dependencies: []
- id: announce
  task_type: execute
  content: "Announce {{collect.items.0.name}}"
  parameters: []
  dependencies: [collect]
)";
    const AltLoader::Result r = AltLoader::loadBytes(yaml, QStringLiteral("seg.alt.yaml"));
    QVERIFY2(r.ok(),
             qPrintable(r.diagnostics.isEmpty() ? QString() : r.diagnostics.first().toText()));
    QCOMPARE(r.file->model, QStringLiteral("writer"));
    QVERIFY(r.file->schemaNames.contains(QStringLiteral("changes")));
    QVERIFY(r.file->schemaOf(0));
    QCOMPARE(r.file->tasks.at(0).repairAttempts, 1);
    QCOMPARE(r.file->tasks.at(1).promptSlots.first().path,
             (QStringList {QStringLiteral("items"), QStringLiteral("0"), QStringLiteral("name")}));
    const AltLoader::Result wrong
            = AltLoader::loadBytes(yaml
                                           + "- id: wrong\n  task_type: execute\n  content: "
                                             "\"Announce {{collect.title}}\"\n"
                                             "  parameters: []\n  dependencies: [collect]\n",
                                   QStringLiteral("seg.alt.yaml"));
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.diagnostics.first().pointer, QStringLiteral("/segments/2/content"));
    QVERIFY(wrong.diagnostics.first().message.contains(u"the schema declares no 'title'"));
}

void tst_Segmentation::mapping()
{
    const AltLoader::Result r = AltLoader::loadBytes(kGood, QStringLiteral("seg.alt.yaml"));
    QVERIFY(r.ok());
    const AltFile &alt = *r.file;
    QCOMPARE(alt.id, QStringLiteral("seg-1"));
    QCOMPARE(alt.createdAt, QStringLiteral("2025-04-28T00:28:21.922739Z"));
    QCOMPARE(alt.title, QStringLiteral("Dosyaları sırala ve en büyük 10 tanesini göster"));
    QCOMPARE(alt.mode, Mode::Dream);
    QCOMPARE(alt.persona.value_or(QString()), QStringLiteral("technical_expert"));
    QCOMPARE(alt.metadata.value(u"language").toString(), QStringLiteral("tr"));
    QVERIFY(alt.metadata.value(u"chaos_level").isNull());
    const AltTask &s1 = alt.tasks.at(0);
    QCOMPARE(s1.kind, TaskKind::Ai);
    QCOMPARE(s1.prompt, QStringLiteral("Dosyaları sırala"));
    QCOMPARE(s1.parameters.value(u"segment_type").toString(), QStringLiteral("execute"));
    QCOMPARE(s1.parameters.value(u"max_tokens").toInt(), 64);
    QCOMPARE(s1.parameters.value(u"content").toString(), QStringLiteral("Dosyaları sırala"));
    QCOMPARE(alt.tasks.at(1).dependencies, QList<int> {0});
}

void tst_Segmentation::rules_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("pointer");

    QTest::newRow("chaos_level in Chaos mode above 10")
            << with("mode: Dream", "mode: CHAOS").replace("chaos_level: null", "chaos_level: 11")
            << "from 1 to 10 in Chaos mode" << 8 << 14 << "/chaos_level";
    QTest::newRow("chaos_level missing in Chaos mode")
            << with("mode: Dream", "mode: Chaos") << "from 1 to 10 in Chaos mode" << 8 << 14
            << "/chaos_level";
    QTest::newRow("chaos_level outside Chaos mode")
            << with("chaos_level: null", "chaos_level: 5") << "must be null unless" << 8 << 14
            << "/chaos_level";
    QTest::newRow("a parameter without a name")
            << with("{name: max_tokens, value: 64}", "{value: 64}") << "needs a 'name'" << 15 << 5
            << "/segments/0/parameters/1/name";
    QTest::newRow("a parameter without a value")
            << with("{name: max_tokens, value: 64}", "{name: max_tokens}") << "needs a 'value'"
            << 15 << 5 << "/segments/0/parameters/1/value";
    QTest::newRow("a parameter's value checked as the task's")
            << with("value: 64}", "value: lots}") << "'max_tokens' must be" << 15 << 31
            << "/segments/0/parameters/1/value";
    QTest::newRow("duplicate segment ids")
            << with("- id: s2", "- id: s1") << "duplicate task id 's1'" << 18 << 7
            << "/segments/1/id";
    QTest::newRow("unknown dependency")
            << with("dependencies: [s1]", "dependencies: [zz]") << "unknown task 'zz'" << 21 << 18
            << "/segments/1/dependencies/0";
    QTest::newRow("empty content")
            << with("content: \"en büyük 10 tanesini göster\"", "content: ''")
            << "'content' must not be empty" << 20 << 12 << "/segments/1/content";
    QTest::newRow("no command") << with(
            "command: \"Dosyaları sırala ve en büyük 10 tanesini göster\"\n", "")
                                << "missing required field 'command'" << 1 << 1 << "/command";
    QTest::newRow("no segments list") << with("segments:\n", "segments: 3\nx:\n")
                                      << "'segments' must be a list" << 9 << 11 << "/segments";
    for (const char *construct :
         {"variables", "conditions", "loops", "functions", "function_calls"}) {
        const QByteArray key(construct);
        QTest::addRow("%s", construct)
                << with("metadata: {}", key + ": [1]\nmetadata: {}")
                << QString(QString::fromLatin1(construct).replace(u'_', u' ')
                           + u" are not supported by ALT Runner")
                << 22 << int(key.size()) + 3 << QString(u'/' + QString::fromLatin1(construct));
    }
    QTest::newRow("a construct inside a segment")
            << with("  metadata: {confidence: 0.5}", "  metadata: {confidence: 0.5}\n  loops: []")
            << "loops are not supported" << 18 << 10 << "/segments/0/loops";
}

void tst_Segmentation::rules()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, message);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, pointer);
    const AltLoader::Result r = AltLoader::loadBytes(yaml, QStringLiteral("seg.alt.yaml"));
    QVERIFY(!r.ok());
    const Diagnostic *found = nullptr;
    for (const Diagnostic &d : r.diagnostics) {
        if (d.isError() && d.message.contains(message))
            found = &d;
    }
    QStringList all;
    for (const Diagnostic &d : r.diagnostics)
        all.append(d.toText());
    QVERIFY2(found, qPrintable(all.join(u'\n')));
    QCOMPARE(found->pointer, pointer);
    QCOMPARE(found->line, line);
    QCOMPARE(found->column, column);
    QCOMPARE(found->file, QStringLiteral("seg.alt.yaml"));
}

void tst_Segmentation::minefield_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("line");

    QTest::newRow("a tab in the indentation")
            << QByteArray("id: x\nsegments:\n\t- id: a\n") << "YAML syntax" << 3;
    QTest::newRow("an anchor") << QByteArray("id: &name x\n") << "anchors (&name)" << 1;
    QTest::newRow("an alias") << QByteArray("a: 1\nb: *a\n") << "aliases (*a)" << 2;
    QByteArray laughs
            = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n";
    for (char c = 'b'; c <= 'j'; ++c)
        laughs += QByteArray(1, c) + ": &" + QByteArray(1, c) + " [*" + QByteArray(1, char(c - 1))
                + ",*" + QByteArray(1, char(c - 1)) + "]\n";
    QTest::newRow("billion laughs") << laughs << "anchors (&a)" << 1;
    QTest::newRow("duplicate keys") << QByteArray("id: x\nversion: '1'\nid: y\n")
                                    << "duplicate key 'id' (first at line 1)" << 3;
    QTest::newRow("deep nesting, flow") << QByteArray(200, '[') << "nesting deeper than 64" << 1;
    QByteArray block;
    for (int i = 0; i < 100; ++i)
        block += QByteArray(i * 2, ' ') + "k:\n";
    QTest::newRow("deep nesting, block") << block << "nesting deeper than 64" << 65;
    QTest::newRow("not UTF-8") << QByteArray("id: \xff\xfe\n") << "not valid UTF-8" << 1;
    QTest::newRow("two documents")
            << QByteArray("id: x\n---\nid: y\n") << "more than one YAML document" << 2;
    QTest::newRow("a custom tag") << QByteArray("id: !!python/object:os.system x\n")
                                  << "YAML tag tag:yaml.org,2002:python/object:os.system" << 1;
    QTest::newRow("a list as a key") << QByteArray("? [a, b]\n: 1\n") << "mapping key must be" << 1;
    QTest::newRow("a list at the top")
            << QByteArray("- a\n- b\n") << "top level must be a mapping" << 1;
    QTest::newRow("a scalar at the top")
            << QByteArray("hello\n") << "top level must be a mapping" << 1;
    QTest::newRow("an unclosed quote") << QByteArray("id: \"x\nversion: 1\n") << "YAML syntax" << 1;
    QTest::newRow("a bad indentation")
            << QByteArray("id: x\n  version: 1\n bad: 2\n") << "YAML syntax" << 2;
}

void tst_Segmentation::minefield()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    QFETCH(int, line);
    const AltLoader::Result r = AltLoader::loadBytes(bytes, QStringLiteral("bad.yaml"));
    QVERIFY(!r.ok());
    QVERIFY(!r.diagnostics.isEmpty());
    const Diagnostic &d = r.diagnostics.first();
    QVERIFY2(d.message.contains(message), qPrintable(d.toText()));
    QCOMPARE(d.line, line);
    QVERIFY(d.column >= 1);
    QVERIFY(d.isError());
}

void tst_Segmentation::segmentationJson()
{
    const QByteArray json = R"({
  "id": "seg-json",
  "version": "1.0",
  "timestamp": "2025-04-28T00:28:21Z",
  "command": "c",
  "mode": "Normal",
  "chaos_level": null,
  "segments": [
    {"id": "a", "task_type": "analyze", "content": "first", "parameters": [], "dependencies": []},
    {"id": "b", "task_type": "create", "content": "second", "dependencies": ["nope"]}
  ]
})";
    const AltLoader::Result bad = AltLoader::loadBytes(json, QStringLiteral("s.alt.json"));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.diagnostics.size(), 1);
    QCOMPARE(bad.diagnostics.first().pointer, QStringLiteral("/segments/1/dependencies/0"));
    QCOMPARE(bad.diagnostics.first().line, 10);
    QByteArray good = json;
    good.replace("\"nope\"", "\"a\"");
    const AltLoader::Result ok = AltLoader::loadBytes(good, QStringLiteral("s.alt.json"));
    QVERIFY(ok.ok());
    QCOMPARE(ok.file->format, QStringLiteral("segmentation-json"));
    QCOMPARE(ok.diagnostics.size(), 0); // the time stamp has a zone
    QCOMPARE(ok.file->tasks.at(1).dependencies, QList<int> {0});
}

QTEST_GUILESS_MAIN(tst_Segmentation)
#include "tst_segmentation.moc"
