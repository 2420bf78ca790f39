// SPDX-License-Identifier: GPL-3.0-or-later
#include "taskfiltermodel.h"

#include "model/taskstatus.h"
#include "tasktablemodel.h"

namespace altrunner {

TaskFilterModel::TaskFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(TaskTableModel::SortRole);
    setDynamicSortFilter(true);
}

void TaskFilterModel::setShow(Show show)
{
    if (show == m_show)
        return;
    m_show = show;
    invalidateRowsFilter();
}

void TaskFilterModel::setText(const QString &text)
{
    if (text.trimmed() == m_text)
        return;
    m_text = text.trimmed();
    invalidateRowsFilter();
}

bool TaskFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &parent) const
{
    if (m_show == All && m_text.isEmpty())
        return true; // the common case, asked for every row of every batch: nothing to read
    const QAbstractItemModel *source = sourceModel();
    const QModelIndex status = source->index(sourceRow, TaskTableModel::StatusColumn, parent);
    const auto s = TaskStatus(source->data(status, TaskTableModel::StatusRole).toInt());
    bool shown = true;
    switch (m_show) {
    case All:
        break;
    case Failures:
        shown = isFailure(s);
        break;
    case Running:
        shown = s == TaskStatus::Running || s == TaskStatus::Retrying;
        break;
    case Waiting:
        shown = s == TaskStatus::Waiting;
        break;
    case Pending:
        shown = s == TaskStatus::Pending;
        break;
    case Completed:
        shown = s == TaskStatus::Completed;
        break;
    case Cached:
        shown = source->data(status, TaskTableModel::SortRole).toInt() % 2 == 1;
        break;
    case ChecksFailed:
    case WithChecks: {
        const int checks = source->data(status, TaskTableModel::ChecksRole).toInt();
        shown = m_show == ChecksFailed ? checks == TaskTableModel::ChecksFailed
                                       : checks != TaskTableModel::NoChecks;
        break;
    }
    }
    if (!shown || m_text.isEmpty())
        return shown;
    for (int column : {int(TaskTableModel::IdColumn), int(TaskTableModel::DescriptionColumn)}) {
        if (source->index(sourceRow, column, parent)
                    .data()
                    .toString()
                    .contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

int TaskFilterModel::nextFailure(int sourceRow) const
{
    const QAbstractItemModel *source = sourceModel();
    const int rows = source ? source->rowCount() : 0;
    auto failed = [&](int row) {
        const QModelIndex i = source->index(row, TaskTableModel::StatusColumn);
        return isFailure(TaskStatus(i.data(TaskTableModel::StatusRole).toInt()));
    };
    // In the order the table shows first, then among the hidden rows in the file's order.
    const int shown = rowCount();
    const int from = mapFromSource(source ? source->index(sourceRow, 0) : QModelIndex()).row();
    for (int k = 1; k <= shown; ++k) {
        const int row = mapToSource(index((from + k + shown) % shown, 0)).row();
        if (row != sourceRow && failed(row))
            return row;
    }
    for (int k = 1; k <= rows; ++k) {
        const int row = (std::max(sourceRow, -1) + k) % rows;
        if (failed(row))
            return row;
    }
    return -1;
}

} // namespace altrunner
