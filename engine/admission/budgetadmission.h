// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "admission.h"
#include "spend/budget.h"
#include "spend/pricing.h"

#include <QHash>

namespace altrunner {

// The budget as an admission policy (docs/engine.md "Budgets"): reserves an attempt's worst case
// (prompt bytes + max_tokens, priced) before it is sent, holds it back while it does not fit and
// others are in flight, refuses it when nothing in flight can make room, and replaces the
// reservation with what the provider reported when the attempt ends.
class BudgetAdmission final : public Admission
{
    Q_DECLARE_TR_FUNCTIONS(altrunner::BudgetAdmission)
    Q_DISABLE_COPY_MOVE(BudgetAdmission)

public:
    // `budget` and `pricing` (may be null) outlive the policy. Each request is priced as the
    // provider and model it goes to (AiRequest::provider, AiRequest::model).
    BudgetAdmission(Budget &budget, const Pricing *pricing);

    Verdict admit(int task, const AiRequest &request, int inFlight) override;
    void settled(int task, const AiRequest &request, const AiReply &reply) override;
    void withdrawn(int task, const AiRequest &request) override;

    // What `request` may cost at worst; nullopt when a cost limit is set and it has no price.
    std::optional<Spend> worstCase(const AiRequest &request) const;
    // What an attempt that reserved `reserved` is charged for `reply`.
    Spend charge(const AiRequest &request, const AiReply &reply) const;

private:
    std::optional<Price> priceOf(const AiRequest &request) const;

    Budget &m_budget;
    const Pricing *m_pricing;
    QHash<int, Spend> m_reserved; // task -> its attempt's reservation
};

} // namespace altrunner
