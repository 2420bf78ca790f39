// SPDX-License-Identifier: GPL-3.0-or-later
#include "criticalpath.h"

#include "topology.h"

#include <algorithm>

namespace altrunner {

QList<int> CriticalPath::compute(const QList<QList<int>> &dependencies,
                                 const QList<double> &weights, double *length)
{
    const int n = int(dependencies.size());
    const QList<int> order = Topology::of(dependencies).order;
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
