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
    m_requests.setRate(limits.requestsPerMinute * kPaceShare);
    m_tokens.setRate(double(limits.tokensPerMinute) * kPaceShare);
    if (nowMs < m_pausedUntilMs)
        return {m_pausedUntilMs - nowMs, false};
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

void EndpointGovernor::ended(const Outcome &outcome, qint64 nowMs, int ceiling)
{
    QMutexLocker lock(&m_mutex);
    if (outcome.rateLimited) {
        m_window.rateLimited(m_inFlight, outcome.sentAtMs, nowMs);
        const qint64 pause = outcome.retryAfterMs >= 0 ? outcome.retryAfterMs : kDefaultPauseMs;
        m_pausedUntilMs = std::max(m_pausedUntilMs, nowMs + pause);
    } else if (outcome.succeeded) {
        m_window.succeeded(ceiling);
    }
    // Used up before any 429: wait for the reset rather than be told.
    if (const qint64 pause = outcome.headers.pauseMs(); pause > 0)
        m_pausedUntilMs = std::max(m_pausedUntilMs, nowMs + pause);
    m_inFlight = std::max(0, m_inFlight - 1);
}

qint64 EndpointGovernor::pausedUntilMs() const
{
    QMutexLocker lock(&m_mutex);
    return m_pausedUntilMs;
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
