// SPDX-License-Identifier: GPL-3.0-or-later
#include "readyqueue.h"

#include "graph/topology.h"

namespace altrunner {

void ReadyQueue::reset(const AltFile &alt, const QList<QList<int>> &dependencies)
{
    m_heap = {};
    m_priority.clear();
    m_priority.reserve(alt.tasks.size());
    for (const AltTask &t : alt.tasks)
        m_priority.append(int(t.priority));
    m_chain = Topology::longestDependentChains(dependencies);
}

void ReadyQueue::push(int task)
{
    m_heap.push({m_priority.at(task), m_chain.at(task), task});
}

int ReadyQueue::pop()
{
    const int task = m_heap.top().index;
    m_heap.pop();
    return task;
}

void ReadyQueue::release()
{
    m_heap = {};
    m_priority = {};
    m_chain = {};
}

} // namespace altrunner
