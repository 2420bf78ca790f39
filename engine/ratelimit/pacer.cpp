// SPDX-License-Identifier: GPL-3.0-or-later
#include "pacer.h"

#include <algorithm>
#include <cmath>

namespace altrunner {

void Pacer::setRate(double perMinute)
{
    m_msPerUnit = perMinute > 0 ? 60000.0 / perMinute : 0;
}

qint64 Pacer::waitFor(qint64 nowMs) const
{
    if (!isLimited())
        return 0;
    return std::max<qint64>(0, qint64(std::ceil(m_nextMs - double(nowMs))));
}

void Pacer::take(double units, qint64 nowMs)
{
    if (!isLimited())
        return;
    // Time not used is not saved up: after an idle spell one request goes at once, no more.
    m_nextMs = std::max(m_nextMs, double(nowMs)) + units * m_msPerUnit;
}

} // namespace altrunner
