// SPDX-License-Identifier: GPL-3.0-or-later
#include "adjacency.h"

namespace altrunner {

Adjacency Adjacency::reversed(const QList<QList<int>> &edges)
{
    const qsizetype n = edges.size();
    Adjacency a;
    // Counted first, so both lists are made at their exact size.
    a.m_from.reserve(n + 1);
    a.m_from.resize(n + 1);
    for (const QList<int> &targets : edges) {
        for (int v : targets)
            ++a.m_from[v + 1];
    }
    for (qsizetype v = 0; v < n; ++v)
        a.m_from[v + 1] += a.m_from.at(v);
    a.m_targets.reserve(a.m_from.at(n));
    a.m_targets.resize(a.m_from.at(n));
    QList<int> next(a.m_from.cbegin(), a.m_from.cend() - 1);
    for (qsizetype u = 0; u < n; ++u) {
        for (int v : edges.at(u))
            a.m_targets[next[v]++] = int(u);
    }
    return a;
}

} // namespace altrunner
