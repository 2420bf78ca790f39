// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include "ai/connectioncheck.h"
#include "appsettings.h"
#include "config/modelcatalog.h"
#include "jsonfileeditor.h"
#include "spend/pricing.h"
#include "statusstyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUuid>
#include <QVBoxLayout>

#include <limits>

namespace altrunner {

SettingsDialog::SettingsDialog(const EngineConfig &config, QWidget *parent)
    : QDialog(parent)
    , m_config(config)
    , m_provider(new QComboBox)
    , m_url(new QLineEdit)
    , m_model(new QLineEdit)
    , m_apiKey(new QLineEdit)
    , m_aiTimeout(new QDoubleSpinBox)
    , m_taskTimeout(new QDoubleSpinBox)
    , m_concurrency(new QSpinBox)
    , m_outputDir(new QLineEdit)
    , m_fallback(new QCheckBox(
              tr("Answer from the simulated provider when the AI service keeps failing")))
    , m_stream(new QCheckBox(tr("Stream answers as they are written (OpenAI-compatible services)")))
    , m_pricing(new QLineEdit)
    , m_models(new QLineEdit)
    , m_maxTokens(new QSpinBox)
    , m_rpm(new QSpinBox)
    , m_tpm(new QSpinBox)
    , m_language(new QComboBox)
    , m_cache(new QComboBox)
    , m_proxy(new QLineEdit)
    , m_caFile(new QLineEdit)
    , m_port(new QSpinBox)
    , m_token(new QLineEdit)
    , m_workers(new QLineEdit)
    , m_result(new QLabel)
{
    setWindowTitle(tr("Settings"));
    m_provider->addItem(tr("Simulated (offline, for trying things out)"), int(ProviderKind::Mock));
    m_provider->addItem(tr("ALT_LAS AI Orchestrator"), int(ProviderKind::Orchestrator));
    m_provider->addItem(tr("OpenAI-compatible server"), int(ProviderKind::OpenAi));
    m_provider->setCurrentIndex(m_provider->findData(int(config.provider)));
    m_url->setText(config.aiServiceUrl.toString());
    // "e.g.": an example in grey still read as a value (issue 25).
    m_url->setPlaceholderText(tr("e.g. http://localhost:11434 for Ollama"));
    m_model->setText(config.aiModel);
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_apiKey->setText(config.aiApiKey);
    m_apiKey->setPlaceholderText(tr("kept for this session only, never saved"));
    for (QDoubleSpinBox *box : {m_aiTimeout, m_taskTimeout}) {
        box->setRange(0.1, 86400);
        box->setDecimals(1);
        box->setSuffix(tr(" s"));
    }
    m_aiTimeout->setValue(config.aiTimeoutSeconds);
    m_taskTimeout->setValue(config.taskTimeoutSeconds);
    m_concurrency->setRange(1, 1024);
    m_concurrency->setValue(config.maxConcurrentTasks);
    m_outputDir->setText(config.outputDir);
    m_fallback->setChecked(config.fallbackToMock);
    m_stream->setChecked(config.aiStream);
    m_aiTimeout->setToolTip(
            tr("How long to wait for the first byte of an answer; a streamed answer "
               "may then take up to the task time-out"));
    m_pricing->setText(config.pricingPath);
    m_pricing->setPlaceholderText(QDir::toNativeSeparators(Pricing::userPricingPath()));
    m_pricing->setToolTip(tr("The pricing file: what tokens cost per provider and model. Empty: "
                             "the one in your settings folder, if it exists."));
    m_models->setText(config.modelsPath);
    m_models->setPlaceholderText(QDir::toNativeSeparators(ModelCatalog::userModelsPath()));
    m_models->setToolTip(tr("The models file: aliases that tasks name as their model, with the "
                            "models asked when one fails. Empty: the one in your settings "
                            "folder, if it exists."));
    m_maxTokens->setRange(1, 1000000000);
    m_maxTokens->setValue(config.aiMaxTokens);
    m_maxTokens->setToolTip(tr("max_tokens of every AI request whose task sets none; with the "
                               "prompt it bounds what a request can cost"));
    m_rpm->setRange(0, 100000000);
    m_rpm->setValue(config.requestsPerMinute);
    m_rpm->setSpecialValueText(tr("no limit"));
    m_tpm->setRange(0, std::numeric_limits<int>::max());
    m_tpm->setValue(int(std::min<qint64>(config.tokensPerMinute, m_tpm->maximum())));
    m_tpm->setSpecialValueText(tr("no limit"));
    m_tpm->setGroupSeparatorShown(true);
    for (QSpinBox *box : {m_rpm, m_tpm})
        box->setToolTip(tr("The AI endpoint's limit: requests are paced evenly under it, and a "
                           "429 pauses the endpoint whatever is set here"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Türkçe"), QStringLiteral("tr"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(AppSettings::language())));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_cache->addItem(tr("auto: reuse answers of temperature ≤ 0.2 or with a seed"),
                     int(CacheMode::Auto));
    m_cache->addItem(tr("off: neither read nor write"), int(CacheMode::Off));
    m_cache->addItem(tr("refresh: ask afresh, keep the answers"), int(CacheMode::Refresh));
    m_cache->addItem(tr("always: reuse any identical request's answer"), int(CacheMode::Always));
    m_cache->setCurrentIndex(m_cache->findData(int(config.cacheMode)));
    m_cache->setToolTip(tr("The result cache: an identical request's stored answer instead of "
                           "asking again (the run settings bar can change it per run)"));
    m_proxy->setText(config.proxy.override);
    m_proxy->setPlaceholderText(
            tr("the system's (http_proxy, https_proxy, no_proxy); none: direct"));
    m_proxy->setToolTip(tr("A proxy for AI requests, such as http://proxy:3128 (AI_PROXY); "
                           "\"none\" goes direct; empty: the environment's"));
    m_caFile->setText(config.aiCaFile);
    m_caFile->setPlaceholderText(tr("the system's certificate authorities"));
    m_caFile->setToolTip(tr("A PEM file of certificate authorities to trust for https besides "
                            "the system's, for a service with a private CA (AI_CA_FILE)"));
    m_port->setRange(1, 65535);
    m_port->setValue(AppSettings::serverPort());
    m_port->setToolTip(tr("The port Server ▸ Serve REST API listens on, on this computer"));
    m_token->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    m_token->setText(config.apiToken);
    m_token->setPlaceholderText(tr("none: only programs on this computer; kept for this session"));
    m_token->setToolTip(tr("Clients send it as Authorization: Bearer <token>. Kept for this "
                           "session only, never saved; ALTRUNNER_API_TOKEN sets it for good."));

    m_workers->setText(config.workersUrl);
    m_workers->setPlaceholderText(tr("off: AI calls are made on this computer"));
    m_workers->setToolTip(tr("nats://HOST:4222 sends the AI calls to workers (altrunner-cli "
                             "worker) through NATS JetStream; each worker uses its own API key "
                             "(ALTRUNNER_WORKERS)"));

    auto *browse = new QPushButton(tr("Browse..."));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir
                = QFileDialog::getExistingDirectory(this, tr("Output Folder"), m_outputDir->text());
        if (!dir.isEmpty())
            m_outputDir->setText(dir);
    });
    auto *outputRow = new QHBoxLayout;
    outputRow->addWidget(m_outputDir, 1);
    outputRow->addWidget(browse);
    auto *browsePricing = new QPushButton(tr("Browse..."));
    connect(browsePricing, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
                this, tr("Pricing File"), m_pricing->text(), tr("JSON files (*.json)"));
        if (!file.isEmpty())
            m_pricing->setText(file);
    });
    auto *editPricing = new QPushButton(tr("Edit Prices..."));
    connect(editPricing, &QPushButton::clicked, this, &SettingsDialog::editPricing);
    auto *browseModels = new QPushButton(tr("Browse..."));
    connect(browseModels, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Models File"), m_models->text(),
                                                          tr("JSON files (*.json)"));
        if (!file.isEmpty())
            m_models->setText(file);
    });
    auto *editModels = new QPushButton(tr("Edit Models..."));
    connect(editModels, &QPushButton::clicked, this, &SettingsDialog::editModels);
    auto *modelsRow = new QHBoxLayout;
    modelsRow->addWidget(m_models, 1);
    modelsRow->addWidget(browseModels);
    modelsRow->addWidget(editModels);
    auto *pricingRow = new QHBoxLayout;
    pricingRow->addWidget(m_pricing, 1);
    pricingRow->addWidget(browsePricing);
    pricingRow->addWidget(editPricing);
    auto *browseCa = new QPushButton(tr("Browse..."));
    connect(browseCa, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
                this, tr("Certificate Authorities"), m_caFile->text(),
                tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty())
            m_caFile->setText(file);
    });
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browseCa);
    auto *generate = new QPushButton(tr("Generate"));
    connect(generate, &QPushButton::clicked, this, [this] {
        m_token->setText(QString::fromLatin1(QUuid::createUuid().toRfc4122().toBase64(
                QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
    });
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(generate);
    auto *test = new QPushButton(tr("Test Connection"));
    connect(test, &QPushButton::clicked, this, &SettingsDialog::testConnection);

    auto *form = new QFormLayout;
    form->addRow(tr("Provider:"), m_provider);
    form->addRow(tr("Service URL:"), m_url);
    form->addRow(tr("Model:"), m_model);
    form->addRow(tr("API key:"), m_apiKey);
    form->addRow(tr("Proxy:"), m_proxy);
    form->addRow(tr("Trusted CAs:"), caRow);
    form->addRow(tr("AI request time-out:"), m_aiTimeout);
    form->addRow(tr("Task time-out:"), m_taskTimeout);
    form->addRow(tr("Tasks at once:"), m_concurrency);
    form->addRow(tr("Max tokens per request:"), m_maxTokens);
    form->addRow(tr("Requests per minute:"), m_rpm);
    form->addRow(tr("Tokens per minute:"), m_tpm);
    form->addRow(tr("Prices:"), pricingRow);
    form->addRow(tr("Models:"), modelsRow);
    form->addRow(tr("Output folder:"), outputRow);
    form->addRow(tr("Result cache:"), m_cache);
    form->addRow(tr("Run on workers:"), m_workers);
    form->addRow(tr("REST API port:"), m_port);
    form->addRow(tr("REST API token:"), tokenRow);
    form->addRow(QString(), m_fallback);
    form->addRow(QString(), m_stream);
    form->addRow(tr("Language:"), m_language);
    // The answer gets a row of its own, wrapped: it is never cut short (issue 25).
    form->addRow(QString(), test);
    form->addRow(QString(), m_result);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    const QStringList overrides = AppSettings::environmentOverrides();
    if (!overrides.isEmpty()) {
        auto *note = new QLabel(
                tr("Set in the environment, and used instead of what is saved here: %1")
                        .arg(overrides.join(QStringLiteral(", "))));
        note->setWordWrap(true);
        note->setEnabled(false);
        layout->addWidget(note);
    }
    auto *language = new QLabel(tr("A change of language takes effect at the next start."));
    language->setEnabled(false);
    layout->addWidget(language);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_provider, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateEnabled);
    updateEnabled();
    resize(560, sizeHint().height());
}

void SettingsDialog::updateEnabled()
{
    const bool remote = m_provider->currentData().toInt() != int(ProviderKind::Mock);
    m_url->setEnabled(remote);
    m_model->setEnabled(remote);
    m_apiKey->setEnabled(remote);
    m_proxy->setEnabled(remote);
    m_caFile->setEnabled(remote);
    m_fallback->setEnabled(remote);
    m_stream->setEnabled(m_provider->currentData().toInt() == int(ProviderKind::OpenAi));
}

EngineConfig SettingsDialog::config() const
{
    EngineConfig c = m_config;
    c.provider = ProviderKind(m_provider->currentData().toInt());
    c.aiServiceUrl = QUrl(m_url->text().trimmed());
    c.aiModel = m_model->text().trimmed().isEmpty() ? QStringLiteral("default")
                                                    : m_model->text().trimmed();
    c.aiApiKey = m_apiKey->text();
    c.aiTimeoutSeconds = m_aiTimeout->value();
    c.taskTimeoutSeconds = m_taskTimeout->value();
    c.maxConcurrentTasks = m_concurrency->value();
    c.outputDir = m_outputDir->text().trimmed().isEmpty() ? EngineConfig::defaultOutputDir()
                                                          : m_outputDir->text().trimmed();
    c.fallbackToMock = m_fallback->isChecked();
    c.aiStream = m_stream->isChecked();
    c.pricingPath = m_pricing->text().trimmed();
    c.modelsPath = m_models->text().trimmed();
    c.aiMaxTokens = m_maxTokens->value();
    c.requestsPerMinute = m_rpm->value();
    c.tokensPerMinute = m_tpm->value();
    c.cacheMode = CacheMode(m_cache->currentData().toInt());
    c.proxy.override = m_proxy->text().trimmed();
    c.aiCaFile = m_caFile->text().trimmed();
    c.apiToken = m_token->text().trimmed();
    c.workersUrl = m_workers->text().trimmed();
    return c;
}

void SettingsDialog::editFile(QLineEdit *field, const QString &userPath,
                              const std::function<JsonFileEditor *(const QString &)> &make)
{
    // The file the field names, else the per-user one; a file saved elsewhere is named.
    const QString path = field->text().trimmed().isEmpty() ? userPath : field->text().trimmed();
    JsonFileEditor *editor = make(path);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [field, editor, userPath] {
        if (editor->path() != userPath)
            field->setText(editor->path());
    });
    editor->open();
}

void SettingsDialog::editPricing()
{
    editFile(m_pricing, Pricing::userPricingPath(),
             [this](const QString &path) { return new PricingEditor(path, this); });
}

void SettingsDialog::editModels()
{
    editFile(m_models, ModelCatalog::userModelsPath(),
             [this](const QString &path) { return new ModelsEditor(path, this); });
}

QString SettingsDialog::apiKey() const
{
    return m_apiKey->text();
}

QString SettingsDialog::language() const
{
    return m_language->currentData().toString();
}

QString SettingsDialog::connectionResult() const
{
    return m_result->text();
}

void SettingsDialog::testConnection()
{
    const EngineConfig c = config();
    if (c.provider != ProviderKind::Mock
        && (!c.aiServiceUrl.isValid() || c.aiServiceUrl.host().isEmpty())) {
        m_result->setText(tr("Enter the service URL first, such as http://localhost:8000."));
        return;
    }
    delete m_check;
    m_check = new ConnectionCheck(c, this);
    m_result->setText(tr("Asking %1...").arg(c.aiServiceUrl.toDisplayString()));
    connect(m_check, &ConnectionCheck::finished, this, [this](const ConnectionCheck::Result &r) {
        m_result->setText(StatusStyle::breakable(
                (r.healthy ? QStringLiteral("✔ ") : QStringLiteral("✘ ")) + r.message));
    });
    m_check->start(5000);
}

void SettingsDialog::save() const
{
    AppSettings::save(config());
    AppSettings::setSessionApiKey(apiKey());
    AppSettings::setSessionApiToken(m_token->text().trimmed());
    AppSettings::setServerPort(quint16(m_port->value()));
    AppSettings::setLanguage(language());
}

} // namespace altrunner
