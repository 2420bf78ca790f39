// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokenusage.h"

#include <cmath>

namespace altrunner {

QJsonObject TokenUsage::toJson() const
{
    return {{QStringLiteral("input_tokens"), input},
            {QStringLiteral("output_tokens"), output},
            {QStringLiteral("total_tokens"), total()},
            {QStringLiteral("estimated"), estimated}};
}

qint64 TokenUsage::estimate(QStringView text)
{
    return (text.size() + 3) / 4;
}

std::optional<qint64> TokenUsage::figure(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (!std::isfinite(d) || d < 0 || d > 9007199254740992.0 || std::floor(d) != d)
        return std::nullopt;
    return qint64(d);
}

TokenUsage TokenUsage::from(std::optional<qint64> input, std::optional<qint64> output,
                            std::optional<qint64> total, QStringView prompt, QStringView answer)
{
    TokenUsage u;
    u.input = input.value_or(estimate(prompt));
    u.inputReported = input.has_value();
    if (output) {
        u.output = *output;
        u.outputReported = true;
    } else if (total && *total >= u.input && input) {
        u.output = *total - u.input;
        u.outputReported = true;
    } else if (total && *total >= u.input) {
        u.output = *total - u.input;
    } else {
        u.output = estimate(answer);
    }
    u.estimated = !u.inputReported || !u.outputReported;
    return u;
}

} // namespace altrunner
