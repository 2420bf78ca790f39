// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace altrunner {

// The task table as the person narrows it: by what happened (failures, running, ...) and by
// text in the task's id or description; sorted by any column, numbers as numbers.
class TaskFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskFilterModel)

public:
    // Waiting: approval gates that wait for a person (docs/approvals.md); Pending: not started.
    enum Show {
        All,
        Failures,
        Running,
        Waiting,
        Pending,
        Completed,
        Cached,
        ChecksFailed,
        WithChecks
    };

    explicit TaskFilterModel(QObject *parent = nullptr);

    void setShow(Show show);
    Show show() const { return m_show; }
    void setText(const QString &text);
    // The source row of the next task (after `sourceRow`, in the table's order, wrapping) that
    // failed, timed out or was cancelled, shown or not; -1 when none did.
    int nextFailure(int sourceRow) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Show m_show = All;
    QString m_text;
};

} // namespace altrunner
