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
    // No two nodes overlap: within a layer, neighbours are at least a node apart.
    int placed = 0;
    for (const QList<int> &layer : r.order) {
        placed += int(layer.size());
        for (int i = 1; i < layer.size(); ++i) {
            const double gap
                    = r.positions.at(layer.at(i)).x() - r.positions.at(layer.at(i - 1)).x();
            QVERIFY2(gap >= o.nodeWidth + o.nodeGap - 1e-6, qPrintable(QString::number(gap)));
        }
    }
    QCOMPARE(placed, graph.size());
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
