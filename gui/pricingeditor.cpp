// SPDX-License-Identifier: GPL-3.0-or-later
#include "pricingeditor.h"

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
    : QDialog(parent)
    , m_path(path)
    , m_text(new QPlainTextEdit)
    , m_problem(new QLabel)
{
    setWindowTitle(tr("Prices — %1").arg(QDir::toNativeSeparators(path)));
    QFile file(path);
    m_text->setPlainText(
            QString::fromUtf8(file.open(QIODevice::ReadOnly) ? file.readAll() : example()));
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *help = new QLabel(
            tr("What a million input and output tokens cost, per provider (mock, orchestrator, "
               "openai) and model; \"*\" is any model of the provider. A model with no entry "
               "has no known cost."));
    help->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &PricingEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(help);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(720, 420);
}

QString PricingEditor::problem() const
{
    return m_problem->text();
}

void PricingEditor::accept()
{
    const QByteArray text = m_text->toPlainText().toUtf8();
    QString error;
    if (!Pricing::fromJson(text, &error)) {
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

} // namespace altrunner
