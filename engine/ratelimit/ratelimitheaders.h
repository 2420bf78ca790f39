// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>
#include <utility>

namespace altrunner {

// The OpenAI rate-limit headers (docs/engine.md "Rate limits"): what is left of the minute's
// requests and tokens and when each resets, so dispatch can pause before a 429 rather than after.
struct RateLimitHeaders
{
    std::optional<qint64> remainingRequests;
    std::optional<qint64> remainingTokens;
    std::optional<qint64> resetRequestsMs;
    std::optional<qint64> resetTokensMs;
    // The limits themselves, per minute: what the governor paces at when none was declared.
    std::optional<qint64> limitRequests;
    std::optional<qint64> limitTokens;

    static RateLimitHeaders parse(const QList<std::pair<QByteArray, QByteArray>> &headers);
    // "1s", "6m0s", "250ms", "1h2m3.5s", "20us"; a bare number is seconds. nullopt: unreadable.
    static std::optional<qint64> parseDuration(QByteArrayView text);

    // How long dispatch must pause: until the reset of whatever is used up; 0: no pause.
    qint64 pauseMs() const;
};

} // namespace altrunner
