// SPDX-License-Identifier: GPL-3.0-or-later
// What the window draws of a file that does not validate (AltSketch): the tasks with the
// dependencies that resolve, cycles cut so layers exist, the problem tasks marked, and nothing
// (with a note) when not even the task list reads.

#include "alt/altloader.h"
#include "alt/altsketch.h"
#include "graph/topology.h"

#include <QTest>

using namespace altrunner;

class tst_AltSketch : public QObject
{
    Q_OBJECT

private slots:
    void sketches_data();
    void sketches();
};

void tst_AltSketch::sketches_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("tasks"); // -1: no sketch
    QTest::addColumn<int>("edges");
    QTest::addColumn<QList<int>>("problems");
    QTest::newRow("not JSON") << QByteArray("{\"tasks\": [") << -1 << 0 << QList<int> {};
    QTest::newRow("no task list") << QByteArray(R"({"id": "x"})") << -1 << 0 << QList<int> {};
    QTest::newRow("unknown dependency dropped")
            << QByteArray(R"({"tasks": [{"id": "a"}, {"id": "b", "dependencies": ["a", "zz"]}]})")
            << 2 << 1 << QList<int> {1};
    QTest::newRow("cycle cut") << QByteArray(R"({"tasks": [{"id": "a", "dependencies": ["c"]},
                                        {"id": "b", "dependencies": ["a"]},
                                        {"id": "c", "dependencies": ["b"]}]})")
                               << 3 << 2 << QList<int> {};
    QTest::newRow("self and duplicate ids")
            << QByteArray(R"({"tasks": [{"id": "a", "dependencies": ["a"]}, {"id": "a"},
                                        {"description": "no id", "dependencies": ["a"]}]})")
            << 3 << 1 << QList<int> {};
}

void tst_AltSketch::sketches()
{
    QFETCH(QByteArray, json);
    QFETCH(int, tasks);
    QFETCH(int, edges);
    QFETCH(QList<int>, problems);
    // The loader's own diagnostics point at the problem tasks.
    const AltLoader::Result loaded = AltLoader::loadBytes(json, QStringLiteral("t.alt"));
    QVERIFY(!loaded.ok());
    const AltSketch s = AltSketch::ofBytes(json, loaded.diagnostics);
    QVERIFY(!s.note.isEmpty());
    if (tasks < 0) {
        QVERIFY(!s.file);
        return;
    }
    QVERIFY(s.file);
    QCOMPARE(s.file->tasks.size(), tasks);
    int count = 0;
    QList<QList<int>> deps;
    for (const AltTask &t : s.file->tasks) {
        count += int(t.dependencies.size());
        deps.append(t.dependencies);
    }
    QCOMPARE(count, edges);
    QCOMPARE(Topology::of(deps).order.size(), tasks); // acyclic: every task has a layer
    for (int p : problems)
        QVERIFY2(s.problemTasks.contains(p), qPrintable(QString::number(p)));
    QSet<QString> ids;
    for (const AltTask &t : s.file->tasks)
        ids.insert(t.id);
    QCOMPARE(ids.size(), tasks); // ids made unique for drawing
}

QTEST_GUILESS_MAIN(tst_AltSketch)
#include "tst_altsketch.moc"
