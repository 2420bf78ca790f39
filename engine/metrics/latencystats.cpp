// SPDX-License-Identifier: GPL-3.0-or-later
#include "latencystats.h"

#include <algorithm>
#include <cmath>

namespace altrunner {

void LatencyStats::sort() const
{
    if (m_sorted == m_values.size())
        return;
    std::sort(m_values.begin() + m_sorted, m_values.end());
    std::inplace_merge(m_values.begin(), m_values.begin() + m_sorted, m_values.end());
    m_sorted = m_values.size();
}

qint64 LatencyStats::percentile(double p) const
{
    if (m_values.isEmpty())
        return -1;
    sort();
    const auto n = m_values.size();
    auto rank = qsizetype(std::ceil(p / 100.0 * double(n)));
    rank = std::clamp<qsizetype>(rank, 1, n);
    return m_values.at(rank - 1);
}

QList<qint64> LatencyStats::cumulativeCounts(const QList<qint64> &bounds) const
{
    sort();
    QList<qint64> counts;
    counts.reserve(bounds.size());
    for (qint64 b : bounds)
        counts.append(std::upper_bound(m_values.cbegin(), m_values.cend(), b) - m_values.cbegin());
    return counts;
}

} // namespace altrunner
