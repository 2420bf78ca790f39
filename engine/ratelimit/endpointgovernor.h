// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aimdwindow.h"
#include "pacer.h"
#include "ratelimitheaders.h"

#include <QMutex>
#include <QString>

#include <deque>
#include <memory>
#include <optional>

namespace altrunner {

// The limits a user declares for an AI endpoint (--rpm, --tpm); 0: none.
struct RateLimits
{
    int requestsPerMinute = 0;
    qint64 tokensPerMinute = 0;
};

// Everything known about one AI endpoint's rate limit (docs/engine.md "Rate limits"): the
// declared limits as evenly paced buckets, a pause after a 429 or used-up x-ratelimit headers,
// and the AIMD concurrency window. Shared by every run in the process that calls the endpoint
// (base URL + model), since the provider counts them together; thread-safe for that reason.
//
// With no declared limit it learns one: the x-ratelimit-limit-* headers when the provider sends
// them, else from a 429, what got through in the second before the refused request was sent
// (providers enforce a minute's limit over short windows), growing by 2% every 50 answers
// without a 429 so a low first estimate does not stay low, until a 429 finds the same ceiling.
class EndpointGovernor final
{
    Q_DISABLE_COPY_MOVE(EndpointGovernor)

public:
    // The limits are paced at this share of themselves: requests leave this process evenly, but
    // arrive with the network's jitter, and a provider's window is strict (README "Benchmarks":
    // 95% of the limit reached, no 429).
    static constexpr double kPaceShare = 0.97;

    EndpointGovernor() = default;

    // The process's governor for `endpoint`; kept while any run holds it.
    static std::shared_ptr<EndpointGovernor> forEndpoint(const QString &endpoint);
    // A steady clock for the governors, in milliseconds.
    static qint64 clockMs();

    struct Decision
    {
        qint64 waitMs = 0; // > 0: ask again after this long
        bool waitForSlot = false; // the endpoint's concurrency is used up: ask when one ends
        bool admitted() const { return waitMs == 0 && !waitForSlot; }
    };
    // May an attempt that reserves `tokens` go now? If it may, it is counted as sent.
    Decision acquire(const RateLimits &limits, qint64 tokens, qint64 nowMs);
    // An acquired attempt was not sent after all. Its place in the buckets stays spent: other
    // runs may have been paced after it, and giving it back could let a burst through.
    void withdrawn();

    struct Outcome
    {
        qint64 sentAtMs = 0;
        bool succeeded = false;
        bool rateLimited = false; // a 429
        qint64 retryAfterMs = -1;
        RateLimitHeaders headers;
        qint64 tokens = 0; // what the attempt reserved
    };
    // An acquired attempt ended. `ceiling` is the run's MAX_CONCURRENT_TASKS.
    void ended(const Outcome &outcome, qint64 nowMs, int ceiling);

    // For the views and tests.
    qint64 pausedUntilMs() const;
    // Requests per minute it paces at when none is declared (0: none known).
    double learnedRequestsPerMinute() const;
    int concurrencyLimit() const;
    int inFlight() const;

    static constexpr qint64 kDefaultPauseMs = 1000; // a 429 without Retry-After
    // A hostile or confused server cannot park the endpoint for a day (RetryPolicy's cap too).
    static constexpr qint64 kMaxPauseMs = 120000;

private:
    void learnFromRateLimit(qint64 nowMs);

    mutable QMutex m_mutex;
    std::deque<std::pair<qint64, qint64>> m_successes; // (sent at, tokens) of the last seconds
    std::optional<qint64> m_learnFrom; // a 429 for a request sent then, still to learn from
    double m_learnedRpm = 0;
    double m_learnedTpm = 0;
    bool m_fromHeaders = false; // the learnt limits are the provider's own
    int m_successesSinceGrowth = 0;
    bool m_confirmed = false; // a second 429 found the same ceiling: no more growth
    Pacer m_requests;
    Pacer m_tokens;
    AimdWindow m_window;
    int m_inFlight = 0;
    qint64 m_pausedUntilMs = 0;
};

} // namespace altrunner
