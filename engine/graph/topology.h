// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "adjacency.h"

#include <QList>

namespace altrunner {

// The two views of a DAG every graph algorithm here starts from: who depends on whom, and an
// order in which every task comes after its dependencies (Kahn's algorithm: linear, no
// recursion, so a 1,000,000-task chain is fine).
struct Topology
{
    Adjacency dependents; // dependents.at(d): the tasks that depend on d
    QList<int> order; // dependencies first; shorter than n if there is a cycle

    static Topology of(const QList<QList<int>> &dependencies);

    // Per task, the longest chain of tasks that depend on it, counted in tasks and including the
    // task itself (docs/engine.md "Scheduling": the ready order's second key). Linear.
    static QList<int> longestDependentChains(const QList<QList<int>> &dependencies);
};

} // namespace altrunner
