// SPDX-License-Identifier: GPL-3.0-or-later
#include "daglayout.h"

#include "topology.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace altrunner {

namespace {

// Layered graph with dummies: node ids >= realCount are dummies.
struct Layered
{
    int realCount = 0;
    QList<int> layer; // per node
    QList<QList<int>> up, down; // neighbours in the layer above / below
    QList<QList<int>> layers; // node ids per layer, in the current order
    QList<int> pos; // index within its layer
    QList<QList<int>> chains; // per input edge: the node ids from dependency to dependent
};

// Crossings between layer l and l+1 (Barth, Jünger, Mutzel: an accumulator tree).
qint64 crossingsBetween(const Layered &g, int l)
{
    const QList<int> &upper = g.layers.at(l);
    const QList<int> &lower = g.layers.at(l + 1);
    if (upper.isEmpty() || lower.isEmpty())
        return 0;
    QList<int> southern;
    for (int u : upper) {
        QList<int> targets;
        for (int w : g.down.at(u))
            targets.append(g.pos.at(w));
        std::sort(targets.begin(), targets.end());
        southern += targets;
    }
    int first = 1;
    while (first < lower.size())
        first *= 2;
    const int treeSize = 2 * first - 1;
    first -= 1;
    QList<qint64> tree(treeSize, 0);
    qint64 crossings = 0;
    for (int s : std::as_const(southern)) {
        int index = s + first;
        tree[index]++;
        while (index > 0) {
            if (index % 2)
                crossings += tree.at(index + 1);
            index = (index - 1) / 2;
            tree[index]++;
        }
    }
    return crossings;
}

qint64 totalCrossings(const Layered &g)
{
    qint64 c = 0;
    for (int l = 0; l + 1 < g.layers.size(); ++l)
        c += crossingsBetween(g, l);
    return c;
}

void renumber(Layered &g, int l)
{
    const QList<int> &nodes = g.layers.at(l);
    for (int i = 0; i < nodes.size(); ++i)
        g.pos[nodes.at(i)] = i;
}

// Orders layer l by the barycentre of each node's neighbours in the fixed layer.
void sortByBarycentre(Layered &g, int l, bool useUpper)
{
    QList<int> &nodes = g.layers[l];
    QList<std::pair<double, int>> keyed;
    keyed.reserve(nodes.size());
    for (int i = 0; i < nodes.size(); ++i) {
        const int v = nodes.at(i);
        const QList<int> &nb = useUpper ? g.up.at(v) : g.down.at(v);
        double key = g.pos.at(v); // no neighbours: stay where it is
        if (!nb.isEmpty()) {
            double sum = 0;
            for (int w : nb)
                sum += g.pos.at(w);
            key = sum / double(nb.size());
        }
        keyed.append({key, v});
    }
    std::stable_sort(keyed.begin(), keyed.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    for (int i = 0; i < keyed.size(); ++i)
        nodes[i] = keyed.at(i).second;
    renumber(g, l);
}

} // namespace

DagLayout::Result DagLayout::compute(const QList<QList<int>> &dependencies, const Options &o)
{
    Result result;
    const int n = int(dependencies.size());
    if (n == 0)
        return result;

    // 1. Layers by longest path from the sources (Kahn order, no recursion).
    Layered g;
    g.realCount = n;
    g.layer.fill(0, n);
    {
        const Topology topology = Topology::of(dependencies);
        for (int v : topology.order) {
            for (int d : dependencies.at(v))
                g.layer[v] = std::max(g.layer.at(v), g.layer.at(d) + 1);
        }
    }
    const int layerCount = 1 + *std::max_element(g.layer.cbegin(), g.layer.cend());

    // 2. Dummy nodes on edges that span layers (bounded: a pathological graph gets straight lines).
    g.up.resize(n);
    g.down.resize(n);
    qint64 dummies = 0;
    for (int v = 0; v < n; ++v) {
        for (int d : dependencies.at(v)) {
            result.edgeList.append({d, v});
            QList<int> chain {d};
            const int span = g.layer.at(v) - g.layer.at(d);
            if (span > 1 && dummies + span - 1 <= o.maxDummies) {
                for (int l = g.layer.at(d) + 1; l < g.layer.at(v); ++l) {
                    const int id = int(g.layer.size());
                    g.layer.append(l);
                    g.up.append(QList<int>());
                    g.down.append(QList<int>());
                    chain.append(id);
                    ++dummies;
                }
            }
            chain.append(v);
            for (int k = 0; k + 1 < chain.size(); ++k) {
                g.down[chain.at(k)].append(chain.at(k + 1));
                g.up[chain.at(k + 1)].append(chain.at(k));
            }
            g.chains.append(chain);
        }
    }
    const int total = int(g.layer.size());
    g.layers.resize(layerCount);
    g.pos.fill(0, total);
    for (int v = 0; v < total; ++v)
        g.layers[g.layer.at(v)].append(v); // input order first, dummies after
    for (int l = 0; l < layerCount; ++l)
        renumber(g, l);

    // 3. Crossing reduction: barycentre sweeps down and up; keep the best order seen.
    result.initialCrossings = totalCrossings(g);
    qint64 best = result.initialCrossings;
    QList<QList<int>> bestLayers = g.layers;
    // Counting crossings dominates on very large graphs: fewer sweeps there.
    const int sweeps = total > 200000 ? std::min(o.sweeps, 4) : o.sweeps;
    for (int sweep = 0; sweep < sweeps && best > 0; ++sweep) {
        if (sweep % 2 == 0) {
            for (int l = 1; l < layerCount; ++l)
                sortByBarycentre(g, l, true);
        } else {
            for (int l = layerCount - 2; l >= 0; --l)
                sortByBarycentre(g, l, false);
        }
        const qint64 c = totalCrossings(g);
        if (c < best) {
            best = c;
            bestLayers = g.layers;
        }
    }
    g.layers = bestLayers;
    for (int l = 0; l < layerCount; ++l)
        renumber(g, l);
    result.crossings = best;

    // 4. Coordinates: start packed left to right, then pull each node towards the mean x of its
    //    neighbours, alternating directions, and pack again so nothing overlaps.
    const double step = o.nodeWidth + o.nodeGap;
    const double dummyWidth = o.nodeGap; // dummies need only room for a line
    auto widthOf = [&](int v) {
        return v < n ? o.nodeWidth : dummyWidth;
    };
    QList<double> x(total, 0);
    for (int l = 0; l < layerCount; ++l) {
        double cursor = 0;
        for (int v : g.layers.at(l)) {
            x[v] = cursor + widthOf(v) / 2;
            cursor += widthOf(v) + o.nodeGap;
        }
    }
    auto pack = [&](int l) {
        // Keep the order, move as little as possible: left-to-right push, then right-to-left.
        const QList<int> &nodes = g.layers.at(l);
        for (int i = 1; i < nodes.size(); ++i) {
            const double minX = x.at(nodes.at(i - 1))
                    + (widthOf(nodes.at(i - 1)) + widthOf(nodes.at(i))) / 2 + o.nodeGap;
            x[nodes.at(i)] = std::max(x.at(nodes.at(i)), minX);
        }
    };
    for (int iteration = 0; iteration < 4; ++iteration) {
        const bool downward = iteration % 2 == 0;
        for (int k = 0; k < layerCount; ++k) {
            const int l = downward ? k : layerCount - 1 - k;
            const QList<int> &nodes = g.layers.at(l);
            for (int v : nodes) {
                const QList<int> &nb = downward ? g.up.at(v) : g.down.at(v);
                if (nb.isEmpty())
                    continue;
                double sum = 0;
                for (int w : nb)
                    sum += x.at(w);
                x[v] = sum / double(nb.size());
            }
            pack(l);
        }
    }
    double minX = std::numeric_limits<double>::max();
    for (int v = 0; v < total; ++v)
        minX = std::min(minX, x.at(v) - widthOf(v) / 2);
    const double rowHeight = o.nodeHeight + o.layerGap;
    result.positions.resize(n);
    result.layers = g.layer.mid(0, n);
    double maxX = 0;
    for (int v = 0; v < total; ++v) {
        x[v] -= minX;
        maxX = std::max(maxX, x.at(v) + widthOf(v) / 2);
    }
    for (int v = 0; v < n; ++v)
        result.positions[v] = QPointF(x.at(v), g.layer.at(v) * rowHeight + o.nodeHeight / 2);
    result.order.resize(layerCount);
    for (int l = 0; l < layerCount; ++l) {
        for (int v : g.layers.at(l)) {
            if (v < n)
                result.order[l].append(v);
        }
    }
    for (const QList<int> &chain : std::as_const(g.chains)) {
        QList<QPointF> line;
        for (int k = 0; k < chain.size(); ++k) {
            const int v = chain.at(k);
            const double y = g.layer.at(v) * rowHeight + o.nodeHeight / 2;
            if (k == 0)
                line.append(QPointF(x.at(v), y + o.nodeHeight / 2)); // bottom of the dependency
            else if (k + 1 == chain.size())
                line.append(QPointF(x.at(v), y - o.nodeHeight / 2)); // top of the dependent
            else
                line.append(QPointF(x.at(v), y));
        }
        result.edges.append(line);
    }
    result.bounds = QRectF(0, 0, maxX, layerCount * rowHeight - o.layerGap);
    Q_UNUSED(step);
    result.rows = result.order;
    for (int l = 0; l < layerCount; ++l)
        result.rowY.append(l * rowHeight + o.nodeHeight / 2);
    if (const int length = wrapLength(result, o); length > 0)
        wrap(result, o, length);
    return result;
}

int DagLayout::wrapLength(const Result &r, const Options &o)
{
    const int n = int(r.positions.size());
    qsizetype widest = 0;
    for (const QList<int> &layer : r.order)
        widest = std::max(widest, layer.size());
    if (o.wrapAbove <= 0 || n <= o.wrapAbove || widest <= 8)
        return 0;
    // The row length whose drawing comes closest to the aimed-at shape; rows of fewer than 8
    // tasks would only make a tall picture of a wide one.
    const double step = o.nodeWidth + o.nodeGap;
    auto misfit = [&](int length) {
        double height = 0;
        for (const QList<int> &layer : r.order) {
            const qsizetype rows = std::max<qsizetype>(1, (layer.size() + length - 1) / length);
            height += rows * o.nodeHeight + (rows - 1) * o.wrapGap + o.layerGap;
        }
        return std::abs(std::log(length * step / height / o.aspect));
    };
    int best = int(widest);
    double bestMisfit = misfit(best);
    for (int length = 8; length < widest; length = std::max(length + 1, int(length * 1.05))) {
        if (const double m = misfit(length); m < bestMisfit) {
            best = length;
            bestMisfit = m;
        }
    }
    return best < widest ? best : 0;
}

void DagLayout::wrap(Result &r, const Options &o, int length)
{
    // Each layer's tasks keep their order and fill rows of `length`, centred; edges become
    // straight lines (a wrapped drawing is read through focus and selection, not by tracing).
    const double step = o.nodeWidth + o.nodeGap;
    const double width = length * step - o.nodeGap;
    r.rows.clear();
    r.rowY.clear();
    r.rowLength = length;
    double top = 0;
    for (const QList<int> &layer : std::as_const(r.order)) {
        for (qsizetype first = 0; first < std::max<qsizetype>(layer.size(), 1); first += length) {
            const QList<int> row = layer.mid(first, length);
            const double left = (width - (row.size() * step - o.nodeGap)) / 2;
            for (qsizetype i = 0; i < row.size(); ++i)
                r.positions[row.at(i)]
                        = QPointF(left + i * step + o.nodeWidth / 2, top + o.nodeHeight / 2);
            r.rows.append(row);
            r.rowY.append(top + o.nodeHeight / 2);
            top += o.nodeHeight + o.wrapGap;
        }
        top += o.layerGap - o.wrapGap;
    }
    for (qsizetype e = 0; e < r.edgeList.size(); ++e) {
        const auto [from, to] = r.edgeList.at(e);
        r.edges[e] = {r.positions.at(from) + QPointF(0, o.nodeHeight / 2),
                      r.positions.at(to) - QPointF(0, o.nodeHeight / 2)};
    }
    r.bounds = QRectF(0, 0, width, top - o.layerGap);
}

int DagLayout::rowAt(const Result &r, double y, double nodeHeight)
{
    // Rows are sorted by y: the first whose bottom is below `y`.
    const auto it = std::lower_bound(r.rowY.cbegin(), r.rowY.cend(), y - nodeHeight / 2);
    if (it == r.rowY.cend() || y < *it - nodeHeight / 2)
        return -1;
    return int(it - r.rowY.cbegin());
}

} // namespace altrunner
