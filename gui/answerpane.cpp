// SPDX-License-Identifier: GPL-3.0-or-later
#include "answerpane.h"

#include "approvalpane.h"

#include "jsontreemodel.h"
#include "rundocument.h"
#include "taskdetails.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QSplitter>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace altrunner {

AnswerPane::AnswerPane(RunDocument *document, bool offerLargeView, QWidget *parent)
    : QWidget(parent)
    , m_details(new TaskDetails(document))
    , m_approval(new ApprovalPane(document))
    , m_copyAnswer(new QToolButton)
    , m_copyPrompt(new QToolButton)
    , m_copyAll(new QToolButton)
    , m_document(document)
    , m_json(new JsonTreeModel(this))
    , m_tree(new QTreeView)
    , m_treeTitle(new QLabel)
    , m_treeBox(new QWidget)
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
    auto *bar = m_bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 2);
    if (offerLargeView) {
        // The narrow dock: one Copy button with a menu, so the dock does not widen the window.
        auto *copyMenu = new QToolButton;
        copyMenu->setText(tr("Copy"));
        copyMenu->setPopupMode(QToolButton::InstantPopup);
        auto *menu = new QMenu(copyMenu);
        menu->addAction(tr("Copy Answer"), m_copyAnswer, &QToolButton::click);
        menu->addAction(tr("Copy Prompt"), m_copyPrompt, &QToolButton::click);
        menu->addAction(tr("Copy Both"), m_copyAll, &QToolButton::click);
        copyMenu->setMenu(menu);
        for (QToolButton *b : {m_copyAnswer, m_copyPrompt, m_copyAll}) {
            b->setParent(copyMenu);
            b->hide();
        }
        bar->addWidget(copyMenu);
    } else {
        bar->addWidget(m_copyAnswer);
        bar->addWidget(m_copyPrompt);
        bar->addWidget(m_copyAll);
    }
    bar->addStretch(1);
    if (offerLargeView) {
        auto *large = new QToolButton;
        large->setText(tr("Read in a Tab"));
        large->setToolTip(tr("Show this task in the large Answer tab"));
        connect(large, &QToolButton::clicked, this, &AnswerPane::largeViewRequested);
        bar->addWidget(large);
        m_large = true;
    }
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addLayout(bar);
    column->addWidget(m_approval); // shown while the task waits for a person
    connect(m_approval, &ApprovalPane::decided, this, &AnswerPane::approvalDecided);
    // The details above, the parsed answer below (docs/outputs.md "Used").
    m_tree->setModel(m_json);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(JsonTreeModel::ValueColumn, QHeaderView::Stretch);
    m_tree->header()->resizeSection(JsonTreeModel::KeyColumn, 160);
    m_tree->setAccessibleName(tr("Parsed answer"));
    m_treeTitle->setText(tr("Parsed answer (output.json, matches the output schema)"));
    m_treeTitle->setContentsMargins(4, 4, 4, 2);
    auto *treeColumn = new QVBoxLayout(m_treeBox);
    treeColumn->setContentsMargins(0, 0, 0, 0);
    treeColumn->setSpacing(0);
    treeColumn->addWidget(m_treeTitle);
    treeColumn->addWidget(m_tree, 1);
    if (offerLargeView) {
        // The narrow dock has no room for a tree: the Answer tab shows it.
        m_treeBox->setParent(this);
        m_treeBox->hide();
        column->addWidget(m_details, 1);
    } else {
        auto *split = new QSplitter(Qt::Vertical);
        split->addWidget(m_details);
        split->addWidget(m_treeBox);
        split->setStretchFactor(0, 3);
        split->setStretchFactor(1, 2);
        split->setChildrenCollapsible(false);
        column->addWidget(split, 1);
    }
    connect(m_details, &QTextBrowser::textChanged, this,
            [this] { m_approval->showTask(m_details->task()); });
    connect(m_details, &QTextBrowser::textChanged, this, &AnswerPane::updateButtons);
    connect(m_details, &QTextBrowser::textChanged, this, &AnswerPane::updateTree);
    updateButtons();
    updateTree();
}

void AnswerPane::addActionButton(QAction *action)
{
    auto *button = new QToolButton;
    button->setDefaultAction(action);
    m_bar->insertWidget(m_bar->count() - (m_large ? 1 : 0) - 1, button);
}

void AnswerPane::updateTree()
{
    if (m_large) // the compact pane in the Task dock
        return;
    const int task = m_details->task();
    QJsonValue json(QJsonValue::Undefined);
    if (task >= 0 && task < m_document->taskCount())
        json = m_document->task(task).output.value(QStringLiteral("json"));
    m_treeBox->setVisible(!json.isUndefined());
    if (json == m_treeShown)
        return;
    m_treeShown = json;
    m_json->setDocument(json.isUndefined() ? QJsonValue() : json);
    m_tree->expandToDepth(2);
}

void AnswerPane::updateButtons()
{
    const bool any = m_details->task() >= 0;
    m_copyAnswer->setEnabled(any && !m_details->answerText().isEmpty());
    m_copyPrompt->setEnabled(any && !m_details->promptText().isEmpty());
    m_copyAll->setEnabled(any);
}

} // namespace altrunner
