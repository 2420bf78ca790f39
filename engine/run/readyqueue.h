// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alt/altfile.h"

#include <QList>

#include <queue>
#include <vector>

namespace altrunner {

// The tasks whose dependencies have all completed, in the order they start (docs/engine.md
// "Scheduling"): higher priority first, then the longer chain of dependents (so the critical
// path starts early), then file order.
class ReadyQueue final
{
public:
    // `dependencies[i]`: the tasks task i needs; the chain lengths are computed from them.
    void reset(const AltFile &alt, const QList<QList<int>> &dependencies);
    void push(int task);
    int pop(); // the next task; the queue must not be empty
    bool isEmpty() const { return m_heap.empty(); }
    void clear() { m_heap = {}; }
    void release(); // frees the per-task data

private:
    struct Entry
    {
        int priority;
        int chain;
        int index;
        bool operator<(const Entry &o) const // std::priority_queue pops the largest
        {
            if (priority != o.priority)
                return priority < o.priority;
            if (chain != o.chain)
                return chain < o.chain;
            return index > o.index;
        }
    };

    QList<int> m_priority;
    QList<int> m_chain;
    std::priority_queue<Entry, std::vector<Entry>> m_heap;
};

} // namespace altrunner
