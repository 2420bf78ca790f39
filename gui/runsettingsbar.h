// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/engineconfig.h"

#include <QToolBar>

#include <optional>

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

    // Shows what the saved settings say: on start all of it, with the choices this bar kept
    // from the last session on top; after the settings dialog only what the dialog changed
    // (its OK must not undo a choice made here).
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
    // Any choice here changed: what the next run would do may differ (the plan column).
    void changed();

private:
    void saveChoices() const;
    void restoreChoices();

    std::optional<EngineConfig> m_applied; // what setConfig() showed last
    bool m_loading = false;
    QComboBox *m_mode;
    QLineEdit *m_persona;
    QSpinBox *m_concurrency;
    QComboBox *m_provider;
    QComboBox *m_cache;
    QSpinBox *m_maxTokens;
    QDoubleSpinBox *m_maxCost;
};

} // namespace altrunner
