// SPDX-License-Identifier: GPL-3.0-or-later
#include "runsnapshot.h"

namespace altrunner {

QJsonObject BudgetState::toJson(const QString &currency) const
{
    QJsonObject o;
    if (tokensLimit)
        o.insert(QStringLiteral("tokens"),
                 QJsonObject {{QStringLiteral("limit"), *tokensLimit},
                              {QStringLiteral("used"), tokensUsed}});
    if (costLimit)
        o.insert(QStringLiteral("cost"),
                 QJsonObject {{QStringLiteral("limit"), *costLimit},
                              {QStringLiteral("used"), costUsed},
                              {QStringLiteral("currency"),
                               currency.isEmpty() ? QJsonValue() : QJsonValue(currency)}});
    o.insert(QStringLiteral("exhausted"), exhausted);
    if (exhausted && (refusedTokens || refusedCost)) {
        // What the request that did not fit would have needed at worst: the budget to raise to.
        QJsonObject refused;
        if (tokensLimit && refusedTokens)
            refused.insert(QStringLiteral("tokens"), *refusedTokens);
        if (costLimit && refusedCost)
            refused.insert(QStringLiteral("cost"), *refusedCost);
        o.insert(QStringLiteral("refused_request"), refused);
    }
    return o;
}

QJsonObject RunSnapshot::costJson() const
{
    return {{QStringLiteral("amount"), costKnown() ? QJsonValue(cost) : QJsonValue()},
            {QStringLiteral("currency"), currency.isEmpty() ? QJsonValue() : QJsonValue(currency)},
            {QStringLiteral("unpriced_tasks"), unpricedTasks}};
}

} // namespace altrunner
