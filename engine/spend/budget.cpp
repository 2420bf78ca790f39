// SPDX-License-Identifier: GPL-3.0-or-later
#include "budget.h"

#include "util/costtext.h"

#include <algorithm>
#include <cmath>

namespace altrunner {

namespace {

// Sums of prices are not exact in binary; a reservation that equals what is left fits.
constexpr double kCostSlack = 1e-12;

} // namespace

Budget::Budget(BudgetLimits limits, QString currency)
    : m_limits(limits)
    , m_currency(std::move(currency))
{
}

bool Budget::tokensFit(const Spend &worst) const
{
    return !m_limits.tokens || m_used.tokens + m_reserved.tokens + worst.tokens <= *m_limits.tokens;
}

bool Budget::costFits(const Spend &worst) const
{
    return !m_limits.cost
            || m_used.cost + m_reserved.cost + worst.cost <= *m_limits.cost + kCostSlack;
}

Budget::Fit Budget::fit(const Spend &worst) const
{
    if (tokensFit(worst) && costFits(worst))
        return Fit::Fits;
    return m_inFlight > 0 ? Fit::Wait : Fit::Exhausted;
}

void Budget::reserve(const Spend &worst)
{
    m_reserved += worst;
    ++m_inFlight;
}

void Budget::settle(const Spend &reserved, const Spend &charged)
{
    m_reserved -= reserved;
    if (--m_inFlight == 0)
        m_reserved = {}; // no drift from sums of doubles once nothing is in flight
    m_used += charged;
}

QString Budget::exhaustedMessage(const Spend &worst) const
{
    if (!tokensFit(worst))
        return tr("budget exhausted: needs up to %1 tokens, %2 left")
                .arg(worst.tokens)
                .arg(std::max<qint64>(0, *m_limits.tokens - m_used.tokens - m_reserved.tokens));
    return tr("budget exhausted: needs up to %1, %2 left")
            .arg(CostText::amount(worst.cost, m_currency),
                 CostText::amount(std::max(0.0, *m_limits.cost - m_used.cost - m_reserved.cost),
                                  m_currency));
}

BudgetState Budget::state() const
{
    BudgetState s;
    s.tokensLimit = m_limits.tokens;
    s.tokensUsed = m_used.tokens;
    s.costLimit = m_limits.cost;
    s.costUsed = m_used.cost;
    s.exhausted = m_exhausted;
    if (m_exhausted) {
        s.refusedTokens = m_refused.tokens;
        s.refusedCost = m_refused.cost;
    }
    return s;
}

QJsonObject Budget::toJson() const
{
    return state().toJson(m_currency);
}

BudgetLimits Budget::raisedToContinue(const BudgetState &b, int notDone)
{
    const int left = std::max(1, notDone);
    BudgetLimits limits;
    if (b.tokensLimit) {
        const qint64 needed = b.tokensUsed + b.refusedTokens.value_or(0) * left;
        const qint64 offer = std::max<qint64>({1000, *b.tokensLimit * 2, needed});
        limits.tokens = (offer + 999) / 1000 * 1000; // a round number of thousands
    }
    if (b.costLimit) {
        const double needed = b.costUsed + b.refusedCost.value_or(0) * left;
        const double offer = std::max({1.0, *b.costLimit * 2, needed});
        limits.cost = std::ceil(offer * 100) / 100;
    }
    return limits;
}

} // namespace altrunner
