// SPDX-License-Identifier: GPL-3.0-or-later
#include "cycles.h"

#include <QHash>

#include <algorithm>

namespace altrunner {

namespace {

// Tarjan's strongly connected components; `componentOf[v]` is -1 for a task in no cycle.
QList<QList<int>> cyclicComponents(const QList<QList<int>> &deps, QList<int> &componentOf)
{
    const qsizetype n = deps.size();
    QList<int> index(n, -1), low(n, 0);
    QList<bool> onStack(n, false);
    QList<int> sccStack;
    QList<std::pair<int, int>> callStack; // (node, next dependency position)
    int counter = 0;
    componentOf.fill(-1, n);
    QList<QList<int>> components;
    for (int start = 0; start < n; ++start) {
        if (index[start] != -1)
            continue;
        callStack.append({start, 0});
        while (!callStack.isEmpty()) {
            auto &[v, next] = callStack.last();
            if (next == 0 && index[v] == -1) {
                index[v] = low[v] = counter++;
                sccStack.append(v);
                onStack[v] = true;
            }
            if (next < deps.at(v).size()) {
                const int w = deps.at(v).at(next++);
                if (index[w] == -1)
                    callStack.append({w, 0});
                else if (onStack[w])
                    low[v] = std::min(low[v], index[w]);
                continue;
            }
            const int node = v;
            callStack.removeLast();
            if (!callStack.isEmpty()) {
                const int parent = callStack.last().first;
                low[parent] = std::min(low[parent], low[node]);
            }
            if (low[node] != index[node])
                continue;
            QList<int> component;
            int w;
            do {
                w = sccStack.takeLast();
                onStack[w] = false;
                componentOf[w] = int(components.size());
                component.append(w);
            } while (w != node);
            if (component.size() > 1) {
                std::sort(component.begin(), component.end());
                components.append(component);
            } else {
                componentOf[w] = -1;
            }
        }
    }
    return components;
}

} // namespace

QList<QList<int>> Cycles::find(const QList<QList<int>> &deps)
{
    QList<int> componentOf;
    const QList<QList<int>> components = cyclicComponents(deps, componentOf);
    QList<QList<int>> cycles;
    for (qsizetype c = 0; c < components.size(); ++c) {
        const int first = components.at(c).first();
        // Breadth-first inside the component for the shortest way back to `first`.
        QHash<int, int> parent;
        QList<int> queue {first};
        int last = -1;
        for (qsizetype q = 0; q < queue.size() && last < 0; ++q) {
            const int v = queue.at(q);
            for (int w : deps.at(v)) {
                if (componentOf[w] != c)
                    continue;
                if (w == first) {
                    last = v;
                    break;
                }
                if (!parent.contains(w)) {
                    parent.insert(w, v);
                    queue.append(w);
                }
            }
        }
        // Walked backwards from `last`, then turned round: inserting at the front instead made
        // a 200,000-task ring quadratic.
        QList<int> path;
        for (int v = last; v != first; v = parent.value(v))
            path.append(v);
        path.append(first);
        std::reverse(path.begin(), path.end());
        cycles.append(path);
    }
    return cycles;
}

} // namespace altrunner
