// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace altrunner {

// Exact percentiles of AI request latencies, cheap to ask for repeatedly while values keep
// arriving: only the values added since the last question are sorted, then merged.
class LatencyStats final
{
public:
    void add(qint64 ms)
    {
        m_values.append(ms);
        m_sum += ms;
    }
    qsizetype count() const { return m_values.size(); }
    // p in [0, 100], nearest-rank; -1 when there are no values.
    qint64 percentile(double p) const;
    qint64 sum() const { return m_sum; }
    // Cumulative counts of values <= each bound (Prometheus histogram buckets).
    QList<qint64> cumulativeCounts(const QList<qint64> &bounds) const;

private:
    void sort() const;

    mutable QList<qint64> m_values;
    mutable qsizetype m_sorted = 0;
    qint64 m_sum = 0;
};

} // namespace altrunner
