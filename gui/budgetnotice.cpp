// SPDX-License-Identifier: GPL-3.0-or-later
#include "budgetnotice.h"

#include "metricspanel.h"
#include "runsettingsbar.h"
#include "spend/budget.h"
#include "statusstyle.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>

#include <QLocale>

#include <cmath>
#include <limits>

namespace altrunner {

BudgetNotice::BudgetNotice(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel)
    , m_continue(new QPushButton(tr("Raise the Budget and Continue...")))
{
    setObjectName(QStringLiteral("budgetNotice"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, QColor(0xfd, 0xec, 0xc8));
    pal.setColor(QPalette::WindowText, QColor(0x4a, 0x34, 0x00));
    setPalette(pal);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *close = new QToolButton;
    close->setText(QStringLiteral("✕"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Hide"));
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    connect(m_continue, &QPushButton::clicked, this, &BudgetNotice::askForLimits);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_continue);
    layout->addWidget(close);
    hide();
}

QString BudgetNotice::text() const
{
    return m_text->toolTip();
}

void BudgetNotice::showFor(const RunResult &result)
{
    const RunSnapshot &s = result.snapshot;
    if (!s.budget.exhausted || result.lastFilePath.isEmpty()) {
        hide();
        return;
    }
    m_budget = s.budget;
    m_currency = s.currency;
    const int notDone = s.total - s.count(TaskStatus::Completed);
    m_notDone = notDone;
    const QLocale locale;
    QString why;
    if (s.budget.tokensLimit && s.budget.refusedTokens
        && s.budget.tokensUsed + *s.budget.refusedTokens > *s.budget.tokensLimit)
        why = tr("the next request needs up to %1 tokens and %2 are left")
                      .arg(locale.toString(*s.budget.refusedTokens),
                           locale.toString(std::max<qint64>(
                                   0, *s.budget.tokensLimit - s.budget.tokensUsed)));
    else if (s.budget.costLimit && s.budget.refusedCost)
        why = tr("the next request may cost up to %1 and %2 is left")
                      .arg(StatusStyle::cost(*s.budget.refusedCost, s.currency),
                           StatusStyle::cost(std::max(0.0, *s.budget.costLimit - s.budget.costUsed),
                                             s.currency));
    QString text = tr("The budget stopped this run: %1 spent.").arg(MetricsPanel::budgetSpent(s));
    if (!why.isEmpty())
        text += u' ' + tr("It was not enough for what was left: %1.").arg(why);
    text += u' ' + tr("%n task(s) did not complete; what completed is kept.", "", notDone);
    m_text->setText(StatusStyle::breakable(text));
    m_text->setToolTip(text);
    show();
}

void BudgetNotice::askForLimits()
{
    const BudgetLimits offer = Budget::raisedToContinue(m_budget, m_notDone);
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Raise the Budget"));
    auto *tokens = new QSpinBox;
    tokens->setRange(0, std::numeric_limits<int>::max());
    tokens->setGroupSeparatorShown(true);
    tokens->setSpecialValueText(tr("no token budget"));
    tokens->setValue(int(std::min<qint64>(offer.tokens.value_or(0), tokens->maximum())));
    auto *cost = new QDoubleSpinBox;
    cost->setRange(0, 1e9);
    cost->setDecimals(2);
    cost->setSpecialValueText(tr("no cost budget"));
    cost->setValue(offer.cost.value_or(0));
    if (!m_currency.isEmpty())
        cost->setSuffix(u' ' + m_currency);
    auto *form = new QFormLayout(dialog);
    form->addRow(new QLabel(tr("The run continues with what did not complete; the budget is "
                               "the whole run's, what was spent counts.")));
    form->addRow(tr("Tokens at most:"), tokens);
    form->addRow(tr("Cost at most:"), cost);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Continue"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::accepted, this, [this, tokens, cost] {
        BudgetLimits limits;
        if (tokens->value() > 0)
            limits.tokens = tokens->value();
        if (cost->value() > 0)
            limits.cost = cost->value();
        hide();
        if (m_runSettings)
            m_runSettings->setBudget(limits);
        emit continueRequested(limits);
    });
    dialog->open();
}

} // namespace altrunner
