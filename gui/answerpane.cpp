// SPDX-License-Identifier: GPL-3.0-or-later
#include "answerpane.h"

#include "rundocument.h"
#include "taskdetails.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QToolButton>
#include <QVBoxLayout>

namespace altrunner {

AnswerPane::AnswerPane(RunDocument *document, bool offerLargeView, QWidget *parent)
    : QWidget(parent)
    , m_details(new TaskDetails(document))
    , m_copyAnswer(new QToolButton)
    , m_copyPrompt(new QToolButton)
    , m_copyAll(new QToolButton)
{
    m_copyAnswer->setText(tr("Copy Answer"));
    m_copyPrompt->setText(tr("Copy Prompt"));
    m_copyAll->setText(tr("Copy Both"));
    auto copy = [](const QString &text) {
        QApplication::clipboard()->setText(text);
    };
    connect(m_copyAnswer, &QToolButton::clicked, this,
            [this, copy] { copy(m_details->answerText()); });
    connect(m_copyPrompt, &QToolButton::clicked, this,
            [this, copy] { copy(m_details->promptText()); });
    connect(m_copyAll, &QToolButton::clicked, this, [this, copy] {
        copy(tr("Prompt:") + u'\n' + m_details->promptText() + u"\n\n" + tr("Answer:") + u'\n'
             + m_details->answerText());
    });
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 2);
    bar->addWidget(m_copyAnswer);
    bar->addWidget(m_copyPrompt);
    bar->addWidget(m_copyAll);
    bar->addStretch(1);
    if (offerLargeView) {
        auto *large = new QToolButton;
        large->setText(tr("Read in a Tab"));
        large->setToolTip(tr("Show this task in the large Answer tab"));
        connect(large, &QToolButton::clicked, this, &AnswerPane::largeViewRequested);
        bar->addWidget(large);
    }
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addLayout(bar);
    column->addWidget(m_details, 1);
    connect(m_details, &QTextBrowser::textChanged, this, &AnswerPane::updateButtons);
    updateButtons();
}

void AnswerPane::updateButtons()
{
    const bool any = m_details->task() >= 0;
    m_copyAnswer->setEnabled(any && !m_details->answerText().isEmpty());
    m_copyPrompt->setEnabled(any && !m_details->promptText().isEmpty());
    m_copyAll->setEnabled(any);
}

} // namespace altrunner
