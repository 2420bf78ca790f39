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
    return o;
}

QJsonObject RunSnapshot::costJson() const
{
    return {{QStringLiteral("amount"), costKnown() ? QJsonValue(cost) : QJsonValue()},
            {QStringLiteral("currency"), currency.isEmpty() ? QJsonValue() : QJsonValue(currency)},
            {QStringLiteral("unpriced_tasks"), unpricedTasks}};
}

} // namespace altrunner
