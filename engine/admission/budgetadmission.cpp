// SPDX-License-Identifier: GPL-3.0-or-later
#include "budgetadmission.h"

#include <QLoggingCategory>

namespace altrunner {

namespace {
Q_LOGGING_CATEGORY(lcBudget, "altrunner.budget")
}

BudgetAdmission::BudgetAdmission(Budget &budget, const Pricing *pricing)
    : m_budget(budget)
    , m_pricing(pricing)
{
}

std::optional<Price> BudgetAdmission::priceOf(const AiRequest &request) const
{
    // At the price of the model it goes to: each model of a fallback chain has its own.
    return Pricing::priceOf(m_pricing,
                            request.provider == ProviderKind::Mock ? QStringLiteral("mock")
                                                                   : providerName(request.provider),
                            request.model);
}

std::optional<Spend> BudgetAdmission::worstCase(const AiRequest &request) const
{
    const std::optional<Price> price = priceOf(request);
    if (m_budget.limits().cost && !price)
        return std::nullopt;
    const qint64 output = request.maxTokens.value_or(0);
    return Spend {request.worstCaseTokens(), price ? price->cost(request.promptBytes, output) : 0};
}

Admission::Verdict BudgetAdmission::admit(int task, const AiRequest &request, int inFlight)
{
    Q_UNUSED(inFlight)
    if (!m_budget.limits().isSet())
        return Verdict::admit();
    const std::optional<Spend> worst = worstCase(request);
    if (!worst)
        return Verdict::refuse(tr("the cost budget cannot be kept: %1 model '%2' has no price in "
                                  "the pricing file")
                                       .arg(providerName(request.provider), request.model));
    switch (m_budget.fit(*worst)) {
    case Budget::Fit::Fits:
        m_budget.reserve(*worst);
        m_reserved.insert(task, *worst);
        return Verdict::admit();
    case Budget::Fit::Wait:
        return Verdict::wait();
    case Budget::Fit::Exhausted:
        break;
    }
    m_budget.markExhausted(*worst);
    return Verdict::refuse(m_budget.exhaustedMessage(*worst));
}

Spend BudgetAdmission::charge(const AiRequest &request, const AiReply &reply) const
{
    const TokenUsage &u = reply.usage;
    // The simulated provider's estimate is its own figure; a real provider's estimate is ours,
    // and then the reservation stands (a failed attempt it reported nothing of costs nothing).
    const bool trusted = reply.simulated;
    const qint64 reservedOutput = request.maxTokens.value_or(0);
    const qint64 input = u.inputReported || trusted ? u.input : reply.ok ? request.promptBytes : 0;
    const qint64 output = u.outputReported || trusted ? u.output : reply.ok ? reservedOutput : 0;
    const std::optional<Price> price = priceOf(request);
    return {input + output, price ? price->cost(input, output) : 0};
}

void BudgetAdmission::settled(int task, const AiRequest &request, const AiReply &reply)
{
    const auto it = m_reserved.constFind(task);
    if (it == m_reserved.cend())
        return;
    const Spend reserved = *it;
    m_reserved.erase(it);
    const Spend charged = charge(request, reply);
    if (charged.tokens > reserved.tokens)
        qCWarning(lcBudget,
                  "task %s: the provider reported %lld tokens, more than the %lld its "
                  "request allowed (max_tokens %d); charged as reported",
                  qUtf8Printable(request.taskId), charged.tokens, reserved.tokens,
                  request.maxTokens.value_or(0));
    m_budget.settle(reserved, charged);
}

void BudgetAdmission::withdrawn(int task, const AiRequest &request)
{
    Q_UNUSED(request)
    if (const auto it = m_reserved.constFind(task); it != m_reserved.cend()) {
        m_budget.settle(*it, {});
        m_reserved.erase(it);
    }
}

} // namespace altrunner
