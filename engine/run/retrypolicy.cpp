// SPDX-License-Identifier: GPL-3.0-or-later
#include "retrypolicy.h"

#include <algorithm>
#include <cmath>

namespace altrunner {

RetryPolicy::RetryPolicy(const Limits &limits, std::optional<quint32> seed)
    : m_limits(limits)
    , m_random(seed ? *seed : QRandomGenerator::system()->generate())
{
}

std::optional<qint64> RetryPolicy::next(int attemptsMade, int retryCount, bool retryable,
                                        qint64 retryAfterMs)
{
    if (!retryable || attemptsMade >= 1 + retryCount)
        return std::nullopt;
    return delay(attemptsMade, m_random.generateDouble(), retryAfterMs, m_limits);
}

qint64 RetryPolicy::delay(int retryNumber, double jitter, qint64 retryAfterMs, const Limits &limits)
{
    const double cap = std::min<double>(
            double(limits.maxBackoffMs),
            double(limits.baseDelayMs) * std::pow(2.0, double(std::max(0, retryNumber - 1))));
    qint64 ms = qint64(std::llround(jitter * cap));
    if (retryAfterMs >= 0)
        ms = std::max(ms, std::min(retryAfterMs, limits.maxRetryAfterMs));
    return ms;
}

RetryPolicy::Decision RetryPolicy::decide(TaskRecord &r, int retryCount, bool retryable,
                                          qint64 retryAfterMs, bool rateLimited)
{
    if (rateLimited && r.rateLimitedSends < kMaxRateLimitedSends) {
        ++r.rateLimitedSends;
        return {Decision::Kind::Resend, 0};
    }
    int made = 0;
    for (qsizetype i = r.extra().routeFirstAttempt; i < r.attempts.size(); ++i)
        made += r.attempts.at(i).outcome != AttemptOutcome::InvalidOutput
                && !r.attempts.at(i).detail.contains(QStringLiteral("grades"));
    if (const auto delay = next(made - r.rateLimitedSends, retryCount, retryable, retryAfterMs))
        return {Decision::Kind::BackOff, *delay};
    return {};
}

} // namespace altrunner
