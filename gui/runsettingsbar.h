// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/engineconfig.h"

#include <QToolBar>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace altrunner {

struct RunRequest;

// The run settings toolbar (docs/gui.md "Run settings"): mode, persona, how many at once, where
// AI tasks go and the budget, applied to the next run on top of the saved settings.
class RunSettingsBar final : public QToolBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunSettingsBar)

public:
    explicit RunSettingsBar(QWidget *parent = nullptr);

    // Shows what the saved settings say (on start and after the settings dialog).
    void setConfig(const EngineConfig &config);
    // The choices made here, into a run's options and configuration.
    void applyTo(RunRequest &request) const;
    ProviderKind provider() const;
    QString providerText() const;
    void setRunning(bool running);
    // The budget the next run gets (docs/gui.md "Run settings"); unset limits: none.
    void setBudget(const BudgetLimits &budget);
    BudgetLimits budget() const;

signals:
    void providerChanged();

private:
    QComboBox *m_mode;
    QLineEdit *m_persona;
    QSpinBox *m_concurrency;
    QComboBox *m_provider;
    QSpinBox *m_maxTokens;
    QDoubleSpinBox *m_maxCost;
};

} // namespace altrunner
