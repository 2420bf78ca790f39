// SPDX-License-Identifier: GPL-3.0-or-later
// The layered layout and the critical path: valid layering, no overlapping nodes, edges that
// run from a dependency's bottom to its dependent's top, and fewer crossings than the input
// order on graphs that have them.

#include "graph/criticalpath.h"
#include "graph/daglayout.h"

#include <QRandomGenerator>
#include <QTest>

using namespace altrunner;
using Graph = QList<QList<int>>;

Q_DECLARE_METATYPE(Graph)

namespace {

Graph randomDag(int n, quint32 seed, int maxDeps)
{
    QRandomGenerator rng(seed);
    Graph g(n);
    for (int i = 1; i < n; ++i) {
        const int k = int(rng.bounded(maxDeps + 1));
        for (int j = 0; j < k; ++j) {
            const int d = int(rng.bounded(i));
            if (!g[i].contains(d))
                g[i].append(d);
        }
    }
    return g;
}

} // namespace

class tst_DagLayout : public QObject
{
    Q_OBJECT

private slots:
    void layoutIsValid_data();
    void layoutIsValid();
    void reducesCrossings_data();
    void reducesCrossings();
    void wrapsWideLayers_data();
    void wrapsWideLayers();
    void criticalPath_data();
    void criticalPath();
};

void tst_DagLayout::layoutIsValid_data()
{
    QTest::addColumn<Graph>("graph");
    QTest::newRow("single") << Graph {{}};
    QTest::newRow("chain") << Graph {{}, {0}, {1}, {2}};
    QTest::newRow("diamond") << Graph {{}, {0}, {0}, {1, 2}};
    QTest::newRow("long edge") << Graph {{}, {0}, {1}, {2}, {0, 3}};
    QTest::newRow("disconnected") << Graph {{}, {}, {0}, {1}, {}};
    QTest::newRow("fan-out 50") << [] {
        Graph g(51);
        for (int i = 1; i <= 50; ++i)
            g[i] = {0};
        return g;
    }();
    QTest::newRow("random 300") << randomDag(300, 1, 3);
    QTest::newRow("random 2000") << randomDag(2000, 2, 2);
    QTest::newRow("wide 3000") << [] {
        Graph g(3000);
        for (int i = 1000; i < 3000; ++i)
            g[i] = {i % 1000};
        return g;
    }();
}

void tst_DagLayout::layoutIsValid()
{
    QFETCH(Graph, graph);
    const DagLayout::Options o;
    const DagLayout::Result r = DagLayout::compute(graph, o);
    QCOMPARE(r.positions.size(), graph.size());
    // Every dependency is on a higher layer (drawn above) than its dependent.
    for (int v = 0; v < graph.size(); ++v) {
        for (int d : graph.at(v))
            QVERIFY2(r.layers.at(d) < r.layers.at(v),
                     qPrintable(QStringLiteral("%1 -> %2").arg(d).arg(v)));
    }
    // No two nodes overlap: within a drawn row, neighbours are at least a node apart; rows are
    // a node apart vertically, top to bottom.
    int placed = 0;
    QCOMPARE(r.rows.size(), r.rowY.size());
    for (qsizetype row = 0; row < r.rows.size(); ++row) {
        const QList<int> &nodes = r.rows.at(row);
        placed += int(nodes.size());
        if (row > 0)
            QVERIFY(r.rowY.at(row) - r.rowY.at(row - 1) >= o.nodeHeight);
        for (int i = 0; i < nodes.size(); ++i) {
            QCOMPARE(r.positions.at(nodes.at(i)).y(), r.rowY.at(row));
            if (i == 0)
                continue;
            const double gap
                    = r.positions.at(nodes.at(i)).x() - r.positions.at(nodes.at(i - 1)).x();
            QVERIFY2(gap >= o.nodeWidth + o.nodeGap - 1e-6, qPrintable(QString::number(gap)));
        }
        if (r.rowLength > 0)
            QVERIFY(nodes.size() <= r.rowLength);
    }
    QCOMPARE(placed, graph.size());
    // A dependency is drawn above its dependent, wrapped or not.
    for (int v = 0; v < graph.size(); ++v) {
        for (int d : graph.at(v))
            QVERIFY(r.positions.at(d).y() < r.positions.at(v).y());
    }
    // Nodes inside the bounds; edges from the dependency's bottom to the dependent's top.
    for (const QPointF &p : r.positions)
        QVERIFY(r.bounds.adjusted(-1, -1, 1, 1)
                        .contains(QRectF(p.x() - o.nodeWidth / 2, p.y() - o.nodeHeight / 2,
                                         o.nodeWidth, o.nodeHeight)));
    QCOMPARE(r.edges.size(), r.edgeList.size());
    for (qsizetype e = 0; e < r.edges.size(); ++e) {
        const auto [from, to] = r.edgeList.at(e);
        QCOMPARE(r.edges.at(e).first(), r.positions.at(from) + QPointF(0, o.nodeHeight / 2));
        QCOMPARE(r.edges.at(e).last(), r.positions.at(to) - QPointF(0, o.nodeHeight / 2));
    }
    QVERIFY(r.crossings <= r.initialCrossings);
}

void tst_DagLayout::reducesCrossings_data()
{
    QTest::addColumn<Graph>("graph");
    // Two layers wired in reverse: the input order crosses every pair.
    QTest::newRow("reversed bipartite") << Graph {{}, {}, {}, {}, {3}, {2}, {1}, {0}};
    QTest::newRow("criss-cross") << Graph {{}, {}, {1}, {0}, {3}, {2}};
    QTest::newRow("random 500") << randomDag(500, 7, 2);
}

void tst_DagLayout::reducesCrossings()
{
    QFETCH(Graph, graph);
    const DagLayout::Result r = DagLayout::compute(graph);
    QVERIFY(r.initialCrossings > 0);
    QVERIFY2(r.crossings < r.initialCrossings,
             qPrintable(QStringLiteral("%1 vs %2").arg(r.crossings).arg(r.initialCrossings)));
    if (graph.size() == 8)
        QCOMPARE(r.crossings, 0);
}

void tst_DagLayout::wrapsWideLayers_data()
{
    QTest::addColumn<Graph>("graph");
    QTest::addColumn<bool>("wrapped");
    QTest::newRow("small fan-out stays one row") << [] {
        Graph g(51);
        for (int i = 1; i <= 50; ++i)
            g[i] = {0};
        return g;
    }() << false;
    QTest::newRow("deep chain is not wrapped") << [] {
        Graph g(400);
        for (int i = 1; i < 400; ++i)
            g[i] = {i - 1};
        return g;
    }() << false;
    QTest::newRow("one layer of 10,000") << Graph(10000) << true;
    QTest::newRow("two layers of 2,500") << [] {
        Graph g(5000);
        for (int i = 2500; i < 5000; ++i)
            g[i] = {i - 2500};
        return g;
    }() << true;
    QTest::newRow("random 10,000") << randomDag(10000, 3, 2) << true;
}

void tst_DagLayout::wrapsWideLayers()
{
    // A drawing fitted to a window must be a picture, not a hairline: a wide graph comes out
    // near the aimed-at shape, rows no longer than rowLength.
    QFETCH(Graph, graph);
    QFETCH(bool, wrapped);
    const DagLayout::Options o;
    const DagLayout::Result r = DagLayout::compute(graph, o);
    QCOMPARE(r.rowLength > 0, wrapped);
    if (!wrapped)
        return;
    const double aspect = r.bounds.width() / r.bounds.height();
    QVERIFY2(aspect > o.aspect / 2.5 && aspect < o.aspect * 2.5,
             qPrintable(QString::number(aspect)));
    for (const QPointF &p : r.positions)
        QVERIFY(r.bounds.adjusted(-1, -1, 1, 1).contains(p));
    // Every task is found again where it is drawn.
    for (int v : {0, int(graph.size()) / 2, int(graph.size()) - 1}) {
        const int row = DagLayout::rowAt(r, r.positions.at(v).y(), o.nodeHeight);
        QVERIFY(row >= 0);
        QVERIFY(r.rows.at(row).contains(v));
    }
}

void tst_DagLayout::criticalPath_data()
{
    QTest::addColumn<Graph>("graph");
    QTest::addColumn<QList<double>>("weights");
    QTest::addColumn<QList<int>>("path");
    QTest::addColumn<double>("length");
    QTest::newRow("chain") << Graph {{}, {0}, {1}} << QList<double> {1, 2, 3}
                           << QList<int> {0, 1, 2} << 6.0;
    QTest::newRow("heavier branch") << Graph {{}, {0}, {0}, {1, 2}} << QList<double> {1, 5, 2, 1}
                                    << QList<int> {0, 1, 3} << 7.0;
    QTest::newRow("separate chains")
            << Graph {{}, {0}, {}, {2}} << QList<double> {1, 1, 5, 5} << QList<int> {2, 3} << 10.0;
}

void tst_DagLayout::criticalPath()
{
    QFETCH(Graph, graph);
    QFETCH(QList<double>, weights);
    QFETCH(QList<int>, path);
    QFETCH(double, length);
    double got = 0;
    QCOMPARE(CriticalPath::compute(graph, weights, &got), path);
    QCOMPARE(got, length);
}

QTEST_GUILESS_MAIN(tst_DagLayout)
#include "tst_daglayout.moc"
