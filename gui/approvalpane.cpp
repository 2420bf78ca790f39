// SPDX-License-Identifier: GPL-3.0-or-later
#include "approvalpane.h"

#include "rundocument.h"
#include "statusstyle.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace altrunner {

ApprovalPane::ApprovalPane(RunDocument *document, QWidget *parent)
    : QFrame(parent)
    , m_document(document)
    , m_question(new QLabel)
    , m_approve(new QPushButton(tr("Approve")))
    , m_edit(new QPushButton(tr("Edit and Approve…")))
    , m_reject(new QPushButton(tr("Reject…")))
{
    setObjectName(QStringLiteral("approvalPane"));
    setFrameShape(QFrame::StyledPanel);
    StatusStyle::tint(this, TaskStatus::Waiting, 40);
    m_question->setWordWrap(true);
    m_question->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_approve->setToolTip(tr("Let the answer flow on to the tasks that depend on it"));
    m_edit->setToolTip(tr("Change the answer, then approve it: later tasks receive your version"));
    m_reject->setToolTip(tr("Stop here: the tasks that depend on it are cancelled"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_approve);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_reject);
    buttons->addStretch(1);
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(8, 6, 8, 6);
    column->addWidget(m_question);
    column->addLayout(buttons);
    connect(m_approve, &QPushButton::clicked, this, [this] {
        ApprovalDecision d;
        d.approve = true;
        emit decided(m_gate.taskId, d);
    });
    connect(m_edit, &QPushButton::clicked, this, &ApprovalPane::editAndApprove);
    connect(m_reject, &QPushButton::clicked, this, &ApprovalPane::reject);
    connect(document, &RunDocument::snapshotChanged, this, &ApprovalPane::refresh);
    hide();
}

void ApprovalPane::showTask(int task)
{
    m_task = task;
    refresh();
}

void ApprovalPane::refresh()
{
    m_gate = {};
    for (const PendingApproval &p : m_document->snapshot().approvals) {
        if (p.task == m_task)
            m_gate = p;
    }
    if (m_gate.task < 0) {
        hide();
        return;
    }
    QString text
            = QStringLiteral("<b>%1</b><br>%2")
                      .arg(tr("Waiting for you").toHtmlEscaped(),
                           m_gate.question.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
    if (m_gate.deadlineMs >= 0)
        text += QStringLiteral("<br><small>%1</small>")
                        .arg((m_gate.approveOnTimeout
                                      ? tr("Approved by itself at %1 unless you decide first.")
                                      : tr("Rejected by itself at %1 unless you decide first."))
                                     .arg(StatusStyle::localTime(m_gate.deadlineMs))
                                     .toHtmlEscaped());
    m_question->setText(text);
    m_edit->setVisible(!m_gate.editable.isEmpty());
    show();
}

void ApprovalPane::editAndApprove()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Edit and Approve"));
    auto *label = new QLabel(
            tr("The answer of '%1' as the tasks after it will receive it:").arg(m_gate.editable));
    label->setWordWrap(true);
    auto *editor = new QPlainTextEdit(m_gate.answer);
    editor->setObjectName(QStringLiteral("editedAnswer"));
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    box->button(QDialogButtonBox::Ok)->setText(tr("Approve"));
    connect(box, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *column = new QVBoxLayout(&dialog);
    column->addWidget(label);
    column->addWidget(editor, 1);
    column->addWidget(box);
    dialog.resize(560, 380);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ApprovalDecision d;
    d.approve = true;
    d.output = ApprovalDecision::editedOutput(editor->toPlainText());
    emit decided(m_gate.taskId, d);
}

void ApprovalPane::reject()
{
    bool ok = false;
    const QString reason = QInputDialog::getText(
            this, tr("Reject"),
            tr("Why is '%1' rejected? The tasks that depend on it are cancelled.")
                    .arg(m_gate.taskId),
            QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    ApprovalDecision d;
    d.approve = false;
    d.note = reason.trimmed();
    emit decided(m_gate.taskId, d);
}

} // namespace altrunner
