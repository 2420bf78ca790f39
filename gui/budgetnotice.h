// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/engineconfig.h"
#include "model/runsnapshot.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace altrunner {

class RunSettingsBar;

// The bar above the views that says a budget stopped the run (docs/gui.md "Budgets"): how much
// was spent of what, how many tasks were not sent, and "Raise the Budget and Continue", which
// asks for the new limits and re-runs what did not complete, keeping what did.
class BudgetNotice final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BudgetNotice)

public:
    explicit BudgetNotice(QWidget *parent = nullptr);

    // Shown when `result`'s budget was exhausted, hidden otherwise.
    void showFor(const RunResult &result);
    QString text() const; // for tests

    // Where the new limits go before continuing: the run settings of the next run.
    void setRunSettings(RunSettingsBar *bar) { m_runSettings = bar; }

signals:
    // The new limits are in the run settings; re-run what did not complete.
    void continueRequested(const altrunner::BudgetLimits &budget);

private:
    void askForLimits();

    QLabel *m_text;
    QPushButton *m_continue;
    BudgetState m_budget;
    int m_notDone = 0;
    QString m_currency;
    RunSettingsBar *m_runSettings = nullptr;
};

} // namespace altrunner
