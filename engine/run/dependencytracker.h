// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/adjacency.h"

#include <QList>

namespace altrunner {

// Who waits for whom in a run (docs/engine.md "Scheduling"): for each task how many of its
// dependencies it still waits for, and which tasks depend on it, so the end of a task tells at
// once what became ready, or what must be cancelled. Templates take the callbacks so that a run
// of 100,000 instant tasks allocates nothing per task here.
class DependencyTracker final
{
public:
    // `dependencies[t]`: the tasks t waits for. Everyone waits for all of them to begin with.
    void reset(const QList<QList<int>> &dependencies);
    void release();

    // `task` waits for those of `dependencies` that `done` does not hold for; returns how many.
    template <typename Done> int wait(int task, const QList<int> &dependencies, Done done)
    {
        int remaining = 0;
        for (int d : dependencies)
            remaining += !done(d);
        m_remaining[task] = remaining;
        return remaining;
    }

    // `task` completed: `ready(d)` for each dependent that waits for nothing more.
    template <typename Ready> void completed(int task, Ready ready)
    {
        for (int d : m_dependents.at(task)) {
            if (--m_remaining[d] == 0)
                ready(d);
        }
    }

    // Everything downstream of `task`, breadth first: `visit(d)` is asked of each dependent
    // reached, and the walk goes on through it only when it says so (a task already dealt with
    // stops it, which also keeps a task from being visited twice).
    template <typename Visit> void downstream(int task, Visit visit) const
    {
        QList<int> queue {task};
        for (qsizetype q = 0; q < queue.size(); ++q) {
            for (int d : m_dependents.at(queue.at(q))) {
                if (visit(d))
                    queue.append(d);
            }
        }
    }

private:
    QList<int> m_remaining;
    Adjacency m_dependents;
};

} // namespace altrunner
