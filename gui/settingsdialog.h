// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/engineconfig.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace altrunner {

class JsonFileEditor;

class ConnectionCheck;

// Where and how runs talk to an AI service (with a "test connection" button that asks the service
// itself), its rate limits and prices, where results go, and the language.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(const EngineConfig &config, QWidget *parent = nullptr);

    EngineConfig config() const;
    QString apiKey() const;
    QString language() const;
    // Keeps the choices: the settings saved, the API key for the session, the language.
    void save() const;
    QString connectionResult() const; // for tests

public slots:
    void testConnection();

private:
    void updateEnabled();
    void editPricing();
    void editModels();
    // Opens `make(path)` on the file `field` names (else `userPath`).
    void editFile(QLineEdit *field, const QString &userPath,
                  const std::function<JsonFileEditor *(const QString &)> &make);

    EngineConfig m_config;
    QComboBox *m_provider;
    QLineEdit *m_url;
    QLineEdit *m_model;
    QLineEdit *m_apiKey;
    QDoubleSpinBox *m_aiTimeout;
    QDoubleSpinBox *m_taskTimeout;
    QSpinBox *m_concurrency;
    QLineEdit *m_outputDir;
    QCheckBox *m_fallback;
    QCheckBox *m_stream;
    QLineEdit *m_pricing;
    QLineEdit *m_models;
    QSpinBox *m_maxTokens;
    QSpinBox *m_rpm;
    QSpinBox *m_tpm;
    QComboBox *m_language;
    QComboBox *m_cache;
    QLineEdit *m_proxy;
    QLineEdit *m_caFile;
    QSpinBox *m_port;
    QLineEdit *m_token;
    QLineEdit *m_workers;
    QLabel *m_result;
    ConnectionCheck *m_check = nullptr;
};

} // namespace altrunner
