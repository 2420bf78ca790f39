// SPDX-License-Identifier: GPL-3.0-or-later
#include "dependencytracker.h"

#include "graph/topology.h"

namespace altrunner {

void DependencyTracker::reset(const QList<QList<int>> &dependencies)
{
    m_dependents = Topology::of(dependencies).dependents;
    m_remaining.reserve(dependencies.size());
    m_remaining.resize(dependencies.size());
    for (qsizetype i = 0; i < dependencies.size(); ++i)
        m_remaining[i] = int(dependencies.at(i).size());
}

void DependencyTracker::release()
{
    m_remaining = {};
    m_dependents = {};
}

} // namespace altrunner
