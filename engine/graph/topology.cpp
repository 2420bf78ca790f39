// SPDX-License-Identifier: GPL-3.0-or-later
#include "topology.h"

#include <algorithm>

namespace altrunner {

Topology Topology::of(const QList<QList<int>> &dependencies)
{
    const qsizetype n = dependencies.size();
    Topology t;
    t.dependents = Adjacency::reversed(dependencies);
    QList<int> indegree(n, 0);
    for (qsizetype i = 0; i < n; ++i)
        indegree[i] = int(dependencies.at(i).size());
    t.order.reserve(n);
    for (qsizetype i = 0; i < n; ++i) {
        if (indegree.at(i) == 0)
            t.order.append(int(i));
    }
    for (qsizetype k = 0; k < t.order.size(); ++k) {
        for (int w : t.dependents.at(t.order.at(k))) {
            if (--indegree[w] == 0)
                t.order.append(w);
        }
    }
    return t;
}

QList<int> Topology::longestDependentChains(const QList<QList<int>> &dependencies)
{
    // In reverse topological order, so every dependent's chain is known before its own.
    const Topology topology = of(dependencies);
    QList<int> chain(dependencies.size(), 1);
    for (qsizetype k = topology.order.size() - 1; k >= 0; --k) {
        const int v = topology.order.at(k);
        for (int w : topology.dependents.at(v))
            chain[v] = std::max(chain[v], chain[w] + 1);
    }
    return chain;
}

} // namespace altrunner
