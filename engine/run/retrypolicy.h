// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/taskrecord.h"

#include <QRandomGenerator>

#include <optional>

namespace altrunner {

// When a failed attempt is tried again (docs/engine.md "Retries"): only a retryable failure, only
// while the task has retries left, after a full-jitter back-off that never comes before the
// server's Retry-After.
class RetryPolicy final
{
public:
    struct Limits
    {
        qint64 baseDelayMs = 1000;
        qint64 maxBackoffMs = 30000;
        // A hostile or confused server cannot park a task for a day.
        qint64 maxRetryAfterMs = 120000;
    };

    // A 429 is the endpoint's answer, not the task's failure: the attempt is sent again once the
    // endpoint's pause is over, without using up a retry, this many times at most.
    static constexpr int kMaxRateLimitedSends = 20;

    // What follows a failed attempt of `r` (its attempts include the one that failed).
    struct Decision
    {
        enum class Kind { GiveUp, Resend, BackOff };
        Kind kind = Kind::GiveUp;
        qint64 delayMs = 0; // BackOff: how long
    };
    // A 429 (`rateLimited`) is resent at once, counted in r.rateLimitedSends, while there are
    // resends left; otherwise the task's own retries apply, the 429s not counted. Only the
    // attempts on the model the task asks now count (each model of a fallback chain has the
    // full retry_count), and repairs never do (docs/outputs.md).
    Decision decide(TaskRecord &r, int retryCount, bool retryable, qint64 retryAfterMs,
                    bool rateLimited);

    explicit RetryPolicy(const Limits &limits, std::optional<quint32> seed = std::nullopt);

    // The back-off before the next attempt, or nullopt when the task has no attempt left.
    // `attemptsMade` counts the one that just failed; `retryAfterMs` < 0: the server sent none.
    std::optional<qint64> next(int attemptsMade, int retryCount, bool retryable,
                               qint64 retryAfterMs);

    // The delay itself, pure: `jitter` in [0, 1) picks within [0, min(max, base * 2^(n-1))].
    static qint64 delay(int retryNumber, double jitter, qint64 retryAfterMs, const Limits &limits);

private:
    Limits m_limits;
    QRandomGenerator m_random;
};

} // namespace altrunner
