// SPDX-License-Identifier: GPL-3.0-or-later
#include "runsettingsbar.h"

#include "run/runlauncher.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QProcessEnvironment>
#include <QScopedValueRollback>
#include <QSettings>
#include <QSpinBox>

#include <limits>

namespace altrunner {

RunSettingsBar::RunSettingsBar(QWidget *parent)
    : QToolBar(tr("Run Settings"), parent)
    , m_mode(new QComboBox)
    , m_persona(new QLineEdit)
    , m_concurrency(new QSpinBox)
    , m_provider(new QComboBox)
    , m_cache(new QComboBox)
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
    m_persona->setMinimumWidth(90);
    m_persona->setMaximumWidth(130);
    m_concurrency->setRange(1, 1024);
    m_concurrency->setPrefix(tr("at once: "));
    m_concurrency->setToolTip(tr("Attempts in flight at most"));
    m_provider->addItem(tr("Simulated AI"), int(ProviderKind::Mock));
    m_provider->addItem(tr("ALT_LAS Orchestrator"), int(ProviderKind::Orchestrator));
    m_provider->addItem(tr("OpenAI-compatible"), int(ProviderKind::OpenAi));
    m_provider->setToolTip(tr("Where AI tasks are sent (the address is in Settings)"));
    m_cache->addItem(tr("Cache: auto"), int(CacheMode::Auto));
    m_cache->addItem(tr("Cache: off"), int(CacheMode::Off));
    m_cache->addItem(tr("Cache: refresh"), int(CacheMode::Refresh));
    m_cache->addItem(tr("Cache: always"), int(CacheMode::Always));
    m_cache->setItemData(0,
                         tr("Reuse an identical request's answer when its temperature is at "
                            "most 0.2 or it sets a seed"),
                         Qt::ToolTipRole);
    m_cache->setItemData(1, tr("Neither read nor write the result cache"), Qt::ToolTipRole);
    m_cache->setItemData(2, tr("Ask every request afresh and store the answers"), Qt::ToolTipRole);
    m_cache->setItemData(3, tr("Reuse any identical request's answer"), Qt::ToolTipRole);
    m_cache->setToolTip(tr("The result cache: whether an identical request's stored answer is "
                           "used instead of asking again"));
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
    m_maxTokens->setMaximumWidth(165);
    m_maxCost->setMaximumWidth(140);
    addWidget(m_mode);
    addWidget(m_persona);
    addWidget(m_concurrency);
    addWidget(m_provider);
    addWidget(m_cache);
    addSeparator();
    addWidget(m_maxTokens);
    addWidget(m_maxCost);
    connect(m_provider, &QComboBox::currentIndexChanged, this, &RunSettingsBar::providerChanged);
    connect(m_provider, &QComboBox::currentIndexChanged, this, &RunSettingsBar::changed);
    connect(m_cache, &QComboBox::currentIndexChanged, this, &RunSettingsBar::changed);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &RunSettingsBar::changed);
    connect(m_persona, &QLineEdit::editingFinished, this, &RunSettingsBar::changed);
    connect(m_maxTokens, &QSpinBox::valueChanged, this, &RunSettingsBar::changed);
    connect(m_maxCost, &QDoubleSpinBox::valueChanged, this, &RunSettingsBar::changed);
    // Kept for the next start ("at once" was lost on restart); the budget is per run.
    connect(this, &RunSettingsBar::changed, this, &RunSettingsBar::saveChoices);
    connect(m_concurrency, &QSpinBox::valueChanged, this, &RunSettingsBar::saveChoices);
}

void RunSettingsBar::setConfig(const EngineConfig &config)
{
    // Showing saved values is not a choice made here: nothing is saved meanwhile.
    const QScopedValueRollback<bool> loading(m_loading, true);
    const bool first = !m_applied;
    if (first || m_applied->provider != config.provider)
        m_provider->setCurrentIndex(m_provider->findData(int(config.provider)));
    if (first || m_applied->maxConcurrentTasks != config.maxConcurrentTasks)
        m_concurrency->setValue(config.maxConcurrentTasks);
    if (first || m_applied->cacheMode != config.cacheMode)
        m_cache->setCurrentIndex(m_cache->findData(int(config.cacheMode)));
    if (first || m_applied->budget.tokens != config.budget.tokens
        || m_applied->budget.cost != config.budget.cost)
        setBudget(config.budget);
    m_applied = config;
    if (first)
        restoreChoices();
}

void RunSettingsBar::saveChoices() const
{
    if (m_loading)
        return;
    QSettings settings;
    settings.beginGroup(QStringLiteral("runSettings"));
    settings.setValue(QStringLiteral("mode"), m_mode->currentData());
    settings.setValue(QStringLiteral("persona"), m_persona->text());
    settings.setValue(QStringLiteral("atOnce"), m_concurrency->value());
    settings.setValue(QStringLiteral("provider"), m_provider->currentData());
    settings.setValue(QStringLiteral("cache"), m_cache->currentData());
}

void RunSettingsBar::restoreChoices()
{
    // The environment is stronger than what was chosen here last time (docs/gui.md
    // "Settings"): a value it sets stays.
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QSettings settings;
    settings.beginGroup(QStringLiteral("runSettings"));
    // Read whole before any is shown: each change saves the choices again.
    const QVariant mode = settings.value(QStringLiteral("mode"));
    const QString persona = settings.value(QStringLiteral("persona")).toString();
    const QVariant atOnce = settings.value(QStringLiteral("atOnce"));
    const QVariant provider = settings.value(QStringLiteral("provider"));
    const QVariant cache = settings.value(QStringLiteral("cache"));
    auto choose = [](QComboBox *box, const QVariant &value) {
        if (const int i = box->findData(value); value.isValid() && i >= 0)
            box->setCurrentIndex(i);
    };
    choose(m_mode, mode);
    m_persona->setText(persona);
    if (!env.contains(QStringLiteral("MAX_CONCURRENT_TASKS")) && atOnce.isValid())
        m_concurrency->setValue(atOnce.toInt());
    if (!env.contains(QStringLiteral("AI_PROVIDER")))
        choose(m_provider, provider);
    if (!env.contains(QStringLiteral("ALTRUNNER_CACHE")))
        choose(m_cache, cache);
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
    request.config.cacheMode = CacheMode(m_cache->currentData().toInt());
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
    for (QWidget *w : std::initializer_list<QWidget *> {
                 m_mode, m_persona, m_concurrency, m_provider, m_cache, m_maxTokens, m_maxCost})
        w->setEnabled(!running);
}

} // namespace altrunner
