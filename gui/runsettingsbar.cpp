// SPDX-License-Identifier: GPL-3.0-or-later
#include "runsettingsbar.h"

#include "run/runlauncher.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSpinBox>

#include <limits>

namespace altrunner {

RunSettingsBar::RunSettingsBar(QWidget *parent)
    : QToolBar(tr("Run Settings"), parent)
    , m_mode(new QComboBox)
    , m_persona(new QLineEdit)
    , m_concurrency(new QSpinBox)
    , m_provider(new QComboBox)
    , m_maxTokens(new QSpinBox)
    , m_maxCost(new QDoubleSpinBox)
{
    setObjectName(QStringLiteral("runSettingsToolBar"));
    m_mode->addItem(tr("File's mode"), QString());
    for (Mode m : {Mode::Normal, Mode::Explore, Mode::Dream, Mode::Chaos})
        m_mode->addItem(modeName(m), modeName(m));
    m_mode->setToolTip(tr("Mode: sets the AI's sampling; the file's unless chosen here"));
    m_persona->setPlaceholderText(tr("File's persona"));
    m_persona->setToolTip(tr("Persona sent to the AI service"));
    m_persona->setMinimumWidth(110);
    m_persona->setMaximumWidth(160);
    m_concurrency->setRange(1, 1024);
    m_concurrency->setPrefix(tr("at once: "));
    m_concurrency->setToolTip(tr("Attempts in flight at most"));
    m_provider->addItem(tr("Simulated AI"), int(ProviderKind::Mock));
    m_provider->addItem(tr("ALT_LAS Orchestrator"), int(ProviderKind::Orchestrator));
    m_provider->addItem(tr("OpenAI-compatible"), int(ProviderKind::OpenAi));
    m_provider->setToolTip(tr("Where AI tasks are sent (the address is in Settings)"));
    // 0 reads "no limit": a budget of nothing is no budget anyone sets on purpose here.
    m_maxTokens->setRange(0, std::numeric_limits<int>::max());
    m_maxTokens->setSingleStep(10000);
    m_maxTokens->setSpecialValueText(tr("no token budget"));
    m_maxTokens->setPrefix(tr("tokens ≤ "));
    m_maxTokens->setGroupSeparatorShown(true);
    m_maxTokens->setToolTip(tr("Never spend more tokens than this in one run: an AI request is "
                               "sent only if its worst case still fits"));
    m_maxCost->setRange(0, 1e9);
    m_maxCost->setDecimals(2);
    m_maxCost->setSingleStep(0.5);
    m_maxCost->setSpecialValueText(tr("no cost budget"));
    m_maxCost->setPrefix(tr("cost ≤ "));
    m_maxCost->setToolTip(tr("Never spend more than this in one run, in the pricing file's "
                             "currency (Settings)"));
    m_maxTokens->setMaximumWidth(190);
    m_maxCost->setMaximumWidth(160);
    addWidget(m_mode);
    addWidget(m_persona);
    addWidget(m_concurrency);
    addWidget(m_provider);
    addSeparator();
    addWidget(m_maxTokens);
    addWidget(m_maxCost);
    connect(m_provider, &QComboBox::currentIndexChanged, this, &RunSettingsBar::providerChanged);
}

void RunSettingsBar::setConfig(const EngineConfig &config)
{
    m_provider->setCurrentIndex(m_provider->findData(int(config.provider)));
    m_concurrency->setValue(config.maxConcurrentTasks);
    setBudget(config.budget);
}

void RunSettingsBar::setBudget(const BudgetLimits &budget)
{
    m_maxTokens->setValue(int(std::min<qint64>(budget.tokens.value_or(0), m_maxTokens->maximum())));
    m_maxCost->setValue(budget.cost.value_or(0));
}

BudgetLimits RunSettingsBar::budget() const
{
    BudgetLimits b;
    if (m_maxTokens->value() > 0)
        b.tokens = m_maxTokens->value();
    if (m_maxCost->value() > 0)
        b.cost = m_maxCost->value();
    return b;
}

void RunSettingsBar::applyTo(RunRequest &request) const
{
    request.config.provider = provider();
    request.config.maxConcurrentTasks = m_concurrency->value();
    request.config.budget = budget();
    if (const QString mode = m_mode->currentData().toString(); !mode.isEmpty())
        request.options.mode = parseMode(mode);
    if (!m_persona->text().trimmed().isEmpty())
        request.options.persona = m_persona->text().trimmed();
}

ProviderKind RunSettingsBar::provider() const
{
    return ProviderKind(m_provider->currentData().toInt());
}

QString RunSettingsBar::providerText() const
{
    return m_provider->currentText();
}

void RunSettingsBar::setRunning(bool running)
{
    for (QWidget *w : std::initializer_list<QWidget *> {m_mode, m_persona, m_concurrency,
                                                        m_provider, m_maxTokens, m_maxCost})
        w->setEnabled(!running);
}

} // namespace altrunner
