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

} // namespace altrunner
