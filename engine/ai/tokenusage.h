// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QStringView>

#include <optional>

namespace altrunner {

// What one AI answer cost in tokens (docs/engine.md "Tokens"): input and output as the provider
// reported them, or estimated (characters ÷ 4, rounded up) where it reported none, and marked so.
// A reported figure counts only when it is a non-negative integer: a provider's -5421390 is no
// figure, so totals and counters never go down.
struct TokenUsage
{
    qint64 input = 0;
    qint64 output = 0;
    bool estimated = false; // some part was not reported
    // Which parts the provider reported (a budget charges a reported part as it is and keeps
    // the reservation for a part it did not report).
    bool inputReported = false;
    bool outputReported = false;

    qint64 total() const { return input + output; }
    // {"input_tokens", "output_tokens", "total_tokens", "estimated"}
    QJsonObject toJson() const;

    static qint64 estimate(QStringView text);
    // A non-negative integer (at most 2^53), or nullopt.
    static std::optional<qint64> figure(const QJsonValue &value);
    // From what the provider gave (any of them may be missing); the rest estimated from the
    // prompt and the answer. A total without its parts gives the output as total - input.
    static TokenUsage from(std::optional<qint64> input, std::optional<qint64> output,
                           std::optional<qint64> total, QStringView prompt, QStringView answer);
};

} // namespace altrunner
