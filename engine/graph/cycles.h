// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace altrunner {

// The cycles of a dependency graph, one per strongly connected component of more than one task
// (docs/formats.md "Cycles"): the shortest cycle through the component's first task in file
// order, as the tasks in order of dependency (first depends on second, ..., last on first).
// Tarjan's algorithm, iterative, so a 1,000,000-task chain cannot overflow the stack.
class Cycles final
{
public:
    static QList<QList<int>> find(const QList<QList<int>> &dependencies);
};

} // namespace altrunner
