// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/engineconfig.h"
#include "model/runsnapshot.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace altrunner {

// An amount of spend: what an attempt may cost at worst (a reservation), or what it did cost.
struct Spend
{
    qint64 tokens = 0;
    double cost = 0;

    Spend &operator+=(const Spend &o)
    {
        tokens += o.tokens;
        cost += o.cost;
        return *this;
    }
    Spend &operator-=(const Spend &o)
    {
        tokens -= o.tokens;
        cost -= o.cost;
        return *this;
    }
};

// The reservation arithmetic that keeps a run within its budget at any concurrency: an attempt
// reserves its worst case before it is sent, and the reservation is replaced by the real charge
// when it ends. Charged + reserved never exceeds a limit, so charged never does either.
class Budget final
{
    Q_DECLARE_TR_FUNCTIONS(altrunner::Budget)

public:
    enum class Fit {
        Fits, // reserve it and send
        Wait, // does not fit now, but reservations in flight may come back
        Exhausted, // does not fit and nothing will come back: do not send it
    };

    explicit Budget(BudgetLimits limits = {}, QString currency = {});

    const BudgetLimits &limits() const { return m_limits; }
    // The limits to continue a run that `state` stopped with `notDone` tasks not completed:
    // enough for each of them at the refused request's worst case, never less than twice each
    // limit that was set, rounded up (an offer that fails again sends a person in circles).
    // The window offers them; the console suggests them.
    static BudgetLimits raisedToContinue(const BudgetState &state, int notDone);
    Fit fit(const Spend &worst) const;
    void reserve(const Spend &worst);
    // An attempt ended: its reservation goes, what it cost is charged.
    void settle(const Spend &reserved, const Spend &charged);
    // Spend that needed no reservation (nothing else may be in flight for it to matter).
    void charge(const Spend &charged) { m_used += charged; }

    // "budget exhausted: needs up to N tokens, M left" (or the cost form), for `worst`.
    QString exhaustedMessage(const Spend &worst) const;
    // The budget cannot admit `refused` (nothing in flight to wait for): the run stops asking.
    // The first refused request's worst case is kept, so a person can be told what would fit.
    void markExhausted(const Spend &refused)
    {
        if (!m_exhausted)
            m_refused = refused;
        m_exhausted = true;
    }
    bool exhausted() const { return m_exhausted; }

    const Spend &used() const { return m_used; }
    const Spend &reserved() const { return m_reserved; }
    int inFlight() const { return m_inFlight; }
    QString currency() const { return m_currency; }

    BudgetState state() const;
    // The LAST file's metadata.budget: {"tokens": {"limit", "used"}, "cost": {...}, "exhausted"}.
    QJsonObject toJson() const;

private:
    bool tokensFit(const Spend &worst) const;
    bool costFits(const Spend &worst) const;

    BudgetLimits m_limits;
    QString m_currency;
    Spend m_used;
    Spend m_reserved;
    Spend m_refused; // the worst case of the first request refused
    int m_inFlight = 0;
    bool m_exhausted = false;
};

} // namespace altrunner
