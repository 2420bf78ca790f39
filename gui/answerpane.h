// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/approval.h"

#include <QJsonValue>
#include <QWidget>

class QAction;
class QHBoxLayout;
class QLabel;
class QToolButton;
class QTreeView;

namespace altrunner {

class JsonTreeModel;
class RunDocument;
class TaskDetails;

// The selected task's answer to read and take away: the details (answer, live while it streams;
// the prompt as sent; usage, cost, attempts, errors, local times) with buttons that copy the
// answer, the prompt, or both; an answer checked against its output schema also as a JSON tree. The
// Answer tab holds a large one; the Task dock a compact one that can open the tab.
class AnswerPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnswerPane)

public:
    explicit AnswerPane(RunDocument *document, bool offerLargeView, QWidget *parent = nullptr);

    TaskDetails *details() const { return m_details; }
    // The parsed answer (output.json) of a schema-checked task; hidden for other tasks.
    QTreeView *jsonTree() const { return m_tree; }
    // A button for `action` in the pane's bar (re-run from here, beside the copy buttons).
    void addActionButton(QAction *action);

signals:
    // "Read in the Answer tab" was clicked.
    void largeViewRequested();
    // A person decided the approval gate shown (docs/approvals.md).
    void approvalDecided(const QString &taskId, const altrunner::ApprovalDecision &decision);

private:
    void updateButtons();
    void updateTree();

    TaskDetails *m_details;
    class ApprovalPane *m_approval;
    QHBoxLayout *m_bar = nullptr;
    bool m_large = false; // the bar ends with "Read in a Tab"
    QToolButton *m_copyAnswer;
    QToolButton *m_copyPrompt;
    QToolButton *m_copyAll;
    RunDocument *m_document;
    JsonTreeModel *m_json;
    QTreeView *m_tree;
    QLabel *m_treeTitle;
    QWidget *m_treeBox;
    QJsonValue m_treeShown; // what the tree shows, so that a batch that leaves it alone keeps it
};

} // namespace altrunner
