// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonfileeditor.h"

#include "config/modelcatalog.h"
#include "spend/pricing.h"
#include "util/atomicfile.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace altrunner {

JsonFileEditor::JsonFileEditor(const QString &path, const QString &title, const QString &help,
                               const QByteArray &example, Check check, QWidget *parent)
    : QDialog(parent)
    , m_path(path)
    , m_check(std::move(check))
    , m_text(new QPlainTextEdit)
    , m_problem(new QLabel)
{
    setWindowTitle(title.arg(QDir::toNativeSeparators(path)));
    QFile file(path);
    m_text->setPlainText(
            QString::fromUtf8(file.open(QIODevice::ReadOnly) ? file.readAll() : example));
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *helpLabel = new QLabel(help);
    helpLabel->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &JsonFileEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(helpLabel);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(720, 420);
}

QString JsonFileEditor::problem() const
{
    return m_problem->text();
}

void JsonFileEditor::accept()
{
    const QByteArray text = m_text->toPlainText().toUtf8();
    QString error;
    if (!m_check(text, &error)) {
        m_problem->setText(tr("Not saved: %1").arg(error));
        return;
    }
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    if (!writeFileAtomically(m_path, text, &error)) {
        m_problem->setText(tr("Not saved: %1").arg(error));
        return;
    }
    m_problem->clear();
    QDialog::accept();
}

QByteArray PricingEditor::example()
{
    return R"({
  "currency": "USD",
  "models": [
    {"provider": "openai", "model": "gpt-4o-mini", "input_per_million": 0.15, "output_per_million": 0.60},
    {"provider": "openai", "model": "*", "input_per_million": 0, "output_per_million": 0},
    {"provider": "orchestrator", "model": "*", "input_per_million": 0, "output_per_million": 0}
  ]
}
)";
}

PricingEditor::PricingEditor(const QString &path, QWidget *parent)
    : JsonFileEditor(
            path, tr("Prices — %1"),
            tr("What a million input and output tokens cost, per provider (mock, "
               "orchestrator, openai) and model; \"*\" is any model of the provider. A "
               "model with no entry has no known cost."),
            example(),
            [](const QByteArray &text, QString *problem) {
                return Pricing::fromJson(text, problem).has_value();
            },
            parent)
{
}

QByteArray ModelsEditor::example()
{
    return R"({
  "models": {
    "fast": {"provider": "openai", "url": "https://api.openai.com/v1", "model": "gpt-4o-mini", "api_key_env": "OPENAI_API_KEY"},
    "local": {"provider": "openai", "url": "http://127.0.0.1:11434/v1", "model": "llama3.1:8b"},
    "altlas": {"provider": "orchestrator", "url": "http://127.0.0.1:8001"}
  },
  "fallbacks": {"fast": ["local", "altlas"]}
}
)";
}

ModelsEditor::ModelsEditor(const QString &path, QWidget *parent)
    : JsonFileEditor(
            path, tr("Models — %1"),
            tr("Model aliases a task names in parameters.model (or the file's model): "
               "each with its provider, base URL, model and the environment variable "
               "that holds its key (never the key itself). \"fallbacks\" lists, per "
               "alias, the aliases asked when it fails."),
            example(),
            [](const QByteArray &text, QString *problem) {
                return ModelCatalog::fromJson(text, problem) != nullptr;
            },
            parent)
{
}

} // namespace altrunner
