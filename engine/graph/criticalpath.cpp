// SPDX-License-Identifier: GPL-3.0-or-later
#include "criticalpath.h"

#include <algorithm>

namespace altrunner {

QList<int> CriticalPath::compute(const QList<QList<int>> &dependencies,
                                 const QList<double> &weights, double *length)
{
    const int n = int(dependencies.size());
    QList<int> indegree(n, 0);
    QList<QList<int>> dependents(n);
    for (int i = 0; i < n; ++i) {
        indegree[i] = int(dependencies.at(i).size());
        for (int d : dependencies.at(i))
            dependents[d].append(i);
    }
    QList<int> order;
    for (int i = 0; i < n; ++i) {
        if (indegree.at(i) == 0)
            order.append(i);
    }
    for (qsizetype k = 0; k < order.size(); ++k) {
        for (int w : dependents.at(order.at(k))) {
            if (--indegree[w] == 0)
                order.append(w);
        }
    }
    QList<double> finish(n, 0);
    QList<int> via(n, -1);
    int best = -1;
    for (int v : std::as_const(order)) {
        double start = 0;
        for (int d : dependencies.at(v)) {
            if (finish.at(d) > start) {
                start = finish.at(d);
                via[v] = d;
            }
        }
        finish[v] = start + weights.value(v, 1.0);
        if (best < 0 || finish.at(v) > finish.at(best))
            best = v;
    }
    QList<int> path;
    for (int v = best; v >= 0; v = via.at(v))
        path.prepend(v);
    if (length)
        *length = best >= 0 ? finish.at(best) : 0;
    return path;
}

} // namespace altrunner
