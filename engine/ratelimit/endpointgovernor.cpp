// SPDX-License-Identifier: GPL-3.0-or-later
#include "endpointgovernor.h"

#include <QElapsedTimer>
#include <QHash>

#include <algorithm>

namespace altrunner {

std::shared_ptr<EndpointGovernor> EndpointGovernor::forEndpoint(const QString &endpoint)
{
    static QMutex mutex;
    static QHash<QString, std::weak_ptr<EndpointGovernor>> governors;
    QMutexLocker lock(&mutex);
    std::shared_ptr<EndpointGovernor> g = governors.value(endpoint).lock();
    if (!g) {
        g = std::make_shared<EndpointGovernor>();
        governors.insert(endpoint, g);
    }
    return g;
}

qint64 EndpointGovernor::clockMs()
{
    static const QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.elapsed();
}

EndpointGovernor::Decision EndpointGovernor::acquire(const RateLimits &limits, qint64 tokens,
                                                     qint64 nowMs)
{
    QMutexLocker lock(&m_mutex);
    if (nowMs < m_pausedUntilMs)
        return {m_pausedUntilMs - nowMs, false};
    if (m_learnFrom)
        learnFromRateLimit(nowMs);
    const bool declared = limits.requestsPerMinute > 0 || limits.tokensPerMinute > 0;
    m_requests.setRate((declared ? limits.requestsPerMinute : m_learnedRpm) * kPaceShare);
    m_tokens.setRate((declared ? double(limits.tokensPerMinute) : m_learnedTpm) * kPaceShare);
    if (m_inFlight >= m_window.limit())
        return {0, true};
    const qint64 wait = std::max(m_requests.waitFor(nowMs), m_tokens.waitFor(nowMs));
    if (wait > 0)
        return {wait, false};
    m_requests.take(1, nowMs);
    m_tokens.take(double(tokens), nowMs);
    ++m_inFlight;
    return {};
}

void EndpointGovernor::withdrawn()
{
    QMutexLocker lock(&m_mutex);
    m_inFlight = std::max(0, m_inFlight - 1);
}

void EndpointGovernor::learnFromRateLimit(qint64 nowMs)
{
    // Answers to what was sent before the 429'd request have come back by the end of the pause.
    const qint64 to = *m_learnFrom;
    m_learnFrom.reset();
    if (m_fromHeaders)
        return;
    int requests = 0;
    for (const auto &[sentAt, tokens] : m_successes)
        requests += sentAt > to - 1000 && sentAt <= to;
    const double estimate = std::max(1, requests) * 60.0;
    // The same ceiling found again: it is the limit, and growing past it only buys 429s.
    m_confirmed = m_learnedRpm > 0 && estimate >= m_learnedRpm * 0.9;
    m_learnedRpm = m_confirmed ? std::max(estimate, m_learnedRpm / 1.02) : estimate;
    m_learnedTpm = 0;
    m_successesSinceGrowth = 0;
    Q_UNUSED(nowMs)
}

void EndpointGovernor::ended(const Outcome &outcome, qint64 nowMs, int ceiling)
{
    QMutexLocker lock(&m_mutex);
    const RateLimitHeaders &h = outcome.headers;
    if (h.limitRequests || h.limitTokens) {
        m_fromHeaders = true;
        m_learnedRpm = double(h.limitRequests.value_or(0));
        m_learnedTpm = double(h.limitTokens.value_or(0));
    }
    if (outcome.rateLimited) {
        m_window.rateLimited(m_inFlight, outcome.sentAtMs, nowMs);
        const qint64 pause = outcome.retryAfterMs >= 0 ? outcome.retryAfterMs : kDefaultPauseMs;
        m_pausedUntilMs = std::max(m_pausedUntilMs, nowMs + std::min(pause, kMaxPauseMs));
        if (!m_learnFrom || outcome.sentAtMs < *m_learnFrom)
            m_learnFrom = outcome.sentAtMs;
    } else if (outcome.succeeded) {
        m_window.succeeded(ceiling);
        m_successes.emplace_back(outcome.sentAtMs, outcome.tokens);
        while (!m_successes.empty() && m_successes.front().first < nowMs - 5000)
            m_successes.pop_front();
        if (!m_fromHeaders && !m_confirmed && m_learnedRpm > 0 && ++m_successesSinceGrowth >= 50) {
            m_successesSinceGrowth = 0;
            m_learnedRpm *= 1.02;
        }
    }
    // Used up before any 429: wait for the reset rather than be told.
    if (const qint64 pause = outcome.headers.pauseMs(); pause > 0)
        m_pausedUntilMs = std::max(m_pausedUntilMs, nowMs + std::min(pause, kMaxPauseMs));
    m_inFlight = std::max(0, m_inFlight - 1);
}

qint64 EndpointGovernor::pausedUntilMs() const
{
    QMutexLocker lock(&m_mutex);
    return m_pausedUntilMs;
}

double EndpointGovernor::learnedRequestsPerMinute() const
{
    QMutexLocker lock(&m_mutex);
    return m_learnedRpm;
}

int EndpointGovernor::concurrencyLimit() const
{
    QMutexLocker lock(&m_mutex);
    return m_window.limit();
}

int EndpointGovernor::inFlight() const
{
    QMutexLocker lock(&m_mutex);
    return m_inFlight;
}

} // namespace altrunner
