// SPDX-License-Identifier: GPL-3.0-or-later
#include "aimdwindow.h"

#include <algorithm>

namespace altrunner {

void AimdWindow::rateLimited(int inFlight, qint64 sentAtMs, qint64 nowMs)
{
    m_successes = 0;
    if (sentAtMs < m_lastDecreaseMs)
        return;
    m_limit = std::max(1, std::min(m_limit, std::max(1, inFlight)) / 2);
    m_lastDecreaseMs = nowMs;
}

void AimdWindow::succeeded(int ceiling)
{
    if (m_limit == kUnlimited)
        return;
    if (++m_successes < kSuccessesPerStep)
        return;
    m_successes = 0;
    if (++m_limit >= ceiling)
        m_limit = kUnlimited;
}

} // namespace altrunner
