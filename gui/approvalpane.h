// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/approval.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace altrunner {

class RunDocument;

// Where a person decides an approval gate in the window (docs/approvals.md "The window"): the
// gate's question and Approve / Edit and Approve… / Reject…, above the task's details while the
// task shown waits. It asks for the edited answer and the reason itself and says what was
// decided with decided(); the window hands that to the run.
class ApprovalPane final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApprovalPane)

public:
    explicit ApprovalPane(RunDocument *document, QWidget *parent = nullptr);

    // The task the details show (-1: none); the pane shows itself when it waits.
    void showTask(int task);
    const PendingApproval &gate() const { return m_gate; }

    // The pieces a test presses.
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *rejectButton() const { return m_reject; }

signals:
    void decided(const QString &taskId, const altrunner::ApprovalDecision &decision);

private:
    void refresh();
    void editAndApprove();
    void reject();

    RunDocument *m_document;
    int m_task = -1;
    PendingApproval m_gate;
    QLabel *m_question;
    QPushButton *m_approve;
    QPushButton *m_edit;
    QPushButton *m_reject;
};

} // namespace altrunner
