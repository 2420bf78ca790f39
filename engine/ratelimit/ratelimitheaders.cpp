// SPDX-License-Identifier: GPL-3.0-or-later
#include "ratelimitheaders.h"

#include <algorithm>
#include <cmath>

namespace altrunner {

namespace {

std::optional<qint64> count(const QByteArray &value)
{
    bool ok = false;
    const qint64 n = value.trimmed().toLongLong(&ok);
    return ok && n >= 0 ? std::optional(n) : std::nullopt;
}

} // namespace

RateLimitHeaders RateLimitHeaders::parse(const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    RateLimitHeaders h;
    for (const auto &[rawName, value] : headers) {
        const QByteArray name = rawName.toLower();
        if (name == "x-ratelimit-remaining-requests")
            h.remainingRequests = count(value);
        else if (name == "x-ratelimit-remaining-tokens")
            h.remainingTokens = count(value);
        else if (name == "x-ratelimit-reset-requests")
            h.resetRequestsMs = parseDuration(value);
        else if (name == "x-ratelimit-reset-tokens")
            h.resetTokensMs = parseDuration(value);
        else if (name == "x-ratelimit-limit-requests")
            h.limitRequests = count(value);
        else if (name == "x-ratelimit-limit-tokens")
            h.limitTokens = count(value);
    }
    return h;
}

std::optional<qint64> RateLimitHeaders::parseDuration(QByteArrayView text)
{
    const QByteArray t = text.trimmed().toByteArray();
    if (t.isEmpty() || t.size() > 64)
        return std::nullopt;
    bool bare = false;
    const double seconds = t.toDouble(&bare);
    if (bare)
        return std::isfinite(seconds) && seconds >= 0
                ? std::optional(qint64(std::ceil(seconds * 1000)))
                : std::nullopt;
    double ms = 0;
    qsizetype i = 0;
    while (i < t.size()) {
        const qsizetype numberStart = i;
        while (i < t.size() && (std::isdigit(uchar(t[i])) || t[i] == '.'))
            ++i;
        if (i == numberStart)
            return std::nullopt;
        bool ok = false;
        const double n = t.mid(numberStart, i - numberStart).toDouble(&ok);
        if (!ok)
            return std::nullopt;
        const qsizetype unitStart = i;
        while (i < t.size() && !std::isdigit(uchar(t[i])) && t[i] != '.')
            ++i;
        const QByteArray unit = t.mid(unitStart, i - unitStart);
        double factor = 0;
        if (unit == "h")
            factor = 3600000;
        else if (unit == "m")
            factor = 60000;
        else if (unit == "s")
            factor = 1000;
        else if (unit == "ms")
            factor = 1;
        else if (unit == "us" || unit == "\xc2\xb5s")
            factor = 0.001;
        else if (unit == "ns")
            factor = 0.000001;
        else
            return std::nullopt;
        ms += n * factor;
    }
    return qint64(std::ceil(ms));
}

qint64 RateLimitHeaders::pauseMs() const
{
    qint64 pause = 0;
    if (remainingRequests == 0 && resetRequestsMs)
        pause = std::max(pause, *resetRequestsMs);
    if (remainingTokens == 0 && resetTokensMs)
        pause = std::max(pause, *resetTokensMs);
    return pause;
}

} // namespace altrunner
