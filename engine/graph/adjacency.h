// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include <span>

namespace altrunner {

// Each task's neighbours in one flat list (compressed rows): two allocations for a whole graph
// instead of one list per task, which for 100,000 tasks costs megabytes of list headers and
// spare capacity. Read-only once made.
class Adjacency final
{
public:
    Adjacency() = default;

    // The reverse of `edges`: for each v, the u that list v in edges[u], in increasing u.
    static Adjacency reversed(const QList<QList<int>> &edges);

    qsizetype size() const { return m_from.isEmpty() ? 0 : m_from.size() - 1; }
    std::span<const int> at(qsizetype v) const
    {
        return {m_targets.constData() + m_from.at(v), size_t(m_from.at(v + 1) - m_from.at(v))};
    }

private:
    QList<int> m_from; // v's neighbours are m_targets[m_from[v], m_from[v + 1])
    QList<int> m_targets;
};

} // namespace altrunner
