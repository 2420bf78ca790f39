// SPDX-License-Identifier: GPL-3.0-or-later
#include "tasktablemodel.h"

#include <QColor>
#include <QGuiApplication>
#include <QPalette>

#include <algorithm>

namespace altrunner {

TaskTableModel::TaskTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TaskTableModel::setAltFile(std::shared_ptr<const AltFile> alt)
{
    beginResetModel();
    m_alt = std::move(alt);
    m_statuses.fill(TaskStatus::Pending, m_alt ? m_alt->tasks.size() : 0);
    endResetModel();
}

void TaskTableModel::applySnapshot(const RunSnapshot &snapshot, const QList<int> &changed)
{
    if (!m_alt || snapshot.statuses.size() != m_statuses.size())
        return;
    m_statuses = snapshot.statuses;
    if (changed.isEmpty())
        return;
    // One signal for the span of changed rows: views repaint what is visible of it.
    const auto [lo, hi] = std::minmax_element(changed.cbegin(), changed.cend());
    emit dataChanged(index(*lo, StatusColumn), index(*hi, StatusColumn));
}

int TaskTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_alt ? 0 : int(m_alt->tasks.size());
}

int TaskTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AltTask &t = m_alt->tasks.at(index.row());
    const TaskStatus status = m_statuses.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case IdColumn:
            return t.id;
        case StatusColumn:
            return status == TaskStatus::Retrying ? tr("retrying") : statusName(status);
        case KindColumn:
            return t.kind == TaskKind::Ai ? tr("AI") : tr("noop");
        case DependenciesColumn: {
            QStringList ids;
            for (int d : t.dependencies)
                ids.append(m_alt->tasks.at(d).id);
            return ids.join(QStringLiteral(", "));
        }
        case DescriptionColumn:
            return t.description;
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == StatusColumn) {
        switch (status) {
        case TaskStatus::Completed:
            return QColor(0x2e, 0x9d, 0x4f);
        case TaskStatus::Failed:
        case TaskStatus::Timeout:
            return QColor(0xd0, 0x3b, 0x3b);
        case TaskStatus::Running:
        case TaskStatus::Retrying:
            return QColor(0x2f, 0x7d, 0xd1);
        default:
            return {};
        }
    }
    return {};
}

QVariant TaskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("Task");
    case StatusColumn:
        return tr("Status");
    case KindColumn:
        return tr("Kind");
    case DependenciesColumn:
        return tr("Depends on");
    case DescriptionColumn:
        return tr("Description");
    default:
        return {};
    }
}

} // namespace altrunner
