// SPDX-License-Identifier: GPL-3.0-or-later
#include "approvalbanner.h"

#include "rundocument.h"
#include "statusstyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace altrunner {

ApprovalBanner::ApprovalBanner(RunDocument *document, QWidget *parent)
    : QFrame(parent)
    , m_document(document)
    , m_text(new QLabel)
    , m_show(new QPushButton(tr("Show Them")))
{
    setObjectName(QStringLiteral("approvalBanner"));
    StatusStyle::tint(this, TaskStatus::Waiting, 60);
    m_show->setToolTip(tr("List the tasks that wait for your decision"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(10, 6, 10, 6);
    row->addWidget(m_text, 1);
    row->addWidget(m_show);
    connect(m_show, &QPushButton::clicked, this, &ApprovalBanner::showRequested);
    connect(document, &RunDocument::snapshotChanged, this, &ApprovalBanner::refresh);
    connect(document, &RunDocument::reset, this, &ApprovalBanner::refresh);
    hide();
}

QString ApprovalBanner::text() const
{
    return m_text->text();
}

void ApprovalBanner::refresh()
{
    const RunSnapshot &s = m_document->snapshot();
    const int n = s.finished ? 0 : int(s.approvals.size());
    if (n > m_waiting)
        emit gateOpened(s.approvals.constLast().question);
    m_waiting = n;
    if (n == 0) {
        hide();
        return;
    }
    // Two sentences, not a plural form: it reads right without a translation loaded too.
    m_text->setText(n == 1 ? tr("1 task waits for you: approve, edit or reject it before what "
                                "depends on it runs.")
                           : tr("%1 tasks wait for you: approve, edit or reject them before what "
                                "depends on them runs.")
                                     .arg(QLocale().toString(n)));
    show();
}

} // namespace altrunner
