// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <climits>

namespace altrunner {

// How many attempts an endpoint may have in flight, learnt from its 429s (docs/engine.md "Rate
// limits"): a 429 halves it (never below 1), ten successes grow it by one, and once it is back
// at the run's MAX_CONCURRENT_TASKS the endpoint is unlimited again (the run's own limit holds).
class AimdWindow final
{
public:
    static constexpr int kUnlimited = INT_MAX;
    static constexpr int kSuccessesPerStep = 10;

    int limit() const { return m_limit; }
    // A 429 for an attempt sent at `sentAtMs` while `inFlight` were in flight. The attempts
    // sent before the last decrease were sent at the old rate: their 429s do not halve again.
    void rateLimited(int inFlight, qint64 sentAtMs, qint64 nowMs);
    // A success; `ceiling` is the run's MAX_CONCURRENT_TASKS.
    void succeeded(int ceiling);

private:
    int m_limit = kUnlimited;
    int m_successes = 0;
    qint64 m_lastDecreaseMs = LLONG_MIN;
};

} // namespace altrunner
