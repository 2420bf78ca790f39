// SPDX-License-Identifier: GPL-3.0-or-later
#include "runsettingsbar.h"

#include "run/runlauncher.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>

namespace altrunner {

RunSettingsBar::RunSettingsBar(QWidget *parent)
    : QToolBar(tr("Run Settings"), parent)
    , m_mode(new QComboBox)
    , m_persona(new QLineEdit)
    , m_concurrency(new QSpinBox)
    , m_provider(new QComboBox)
{
    setObjectName(QStringLiteral("runSettingsToolBar"));
    m_mode->addItem(tr("File's mode"), QString());
    for (Mode m : {Mode::Normal, Mode::Explore, Mode::Dream, Mode::Chaos})
        m_mode->addItem(modeName(m), modeName(m));
    m_mode->setToolTip(tr("Mode: sets the AI's sampling; the file's unless chosen here"));
    m_persona->setPlaceholderText(tr("File's persona"));
    m_persona->setToolTip(tr("Persona sent to the AI service"));
    m_persona->setMaximumWidth(160);
    m_concurrency->setRange(1, 1024);
    m_concurrency->setPrefix(tr("at once: "));
    m_concurrency->setToolTip(tr("Attempts in flight at most"));
    m_provider->addItem(tr("Simulated AI"), int(ProviderKind::Mock));
    m_provider->addItem(tr("ALT_LAS Orchestrator"), int(ProviderKind::Orchestrator));
    m_provider->addItem(tr("OpenAI-compatible"), int(ProviderKind::OpenAi));
    m_provider->setToolTip(tr("Where AI tasks are sent (the address is in Settings)"));
    addWidget(m_mode);
    addWidget(m_persona);
    addWidget(m_concurrency);
    addWidget(m_provider);
    connect(m_provider, &QComboBox::currentIndexChanged, this, &RunSettingsBar::providerChanged);
}

void RunSettingsBar::setConfig(const EngineConfig &config)
{
    m_provider->setCurrentIndex(m_provider->findData(int(config.provider)));
    m_concurrency->setValue(config.maxConcurrentTasks);
}

void RunSettingsBar::applyTo(RunRequest &request) const
{
    request.config.provider = provider();
    request.config.maxConcurrentTasks = m_concurrency->value();
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
    for (QWidget *w : {static_cast<QWidget *>(m_mode), static_cast<QWidget *>(m_persona),
                       static_cast<QWidget *>(m_concurrency), static_cast<QWidget *>(m_provider)})
        w->setEnabled(!running);
}

} // namespace altrunner
