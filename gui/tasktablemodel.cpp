// SPDX-License-Identifier: GPL-3.0-or-later
#include "tasktablemodel.h"

#include "rundocument.h"
#include "statusstyle.h"

#include <algorithm>

namespace altrunner {

TaskTableModel::TaskTableModel(RunDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &RunDocument::reset, this, [this] {
        beginResetModel();
        m_rows = m_document->taskCount();
        endResetModel();
    });
    connect(document, &RunDocument::tasksChanged, this, [this](const QList<int> &indices) {
        if (indices.isEmpty() || m_rows == 0)
            return;
        const auto [lo, hi] = std::minmax_element(indices.cbegin(), indices.cend());
        emit dataChanged(index(*lo, 0), index(std::min(*hi, m_rows - 1), ColumnCount - 1));
    });
    connect(document, &RunDocument::planChanged, this, [this] {
        if (m_rows > 0)
            emit dataChanged(index(0, PlanColumn), index(m_rows - 1, PlanColumn));
    });
    m_rows = document->taskCount();
}

int TaskTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int TaskTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.row() >= m_document->taskCount())
        return {};
    const AltTask &task = m_document->altFile()->tasks.at(index.row());
    const TaskUpdate &t = m_document->task(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case IdColumn:
            return task.id;
        case StatusColumn:
            return QString(StatusStyle::label(t.status)
                           + (t.aiFallback            ? tr(" (mock)")
                                      : t.fromCache() ? tr(" (cached)")
                                                      : QString()));
        case AttemptsColumn:
            return t.attempts.isEmpty() ? QVariant() : QVariant(int(t.attempts.size()));
        case DurationColumn:
            return t.startMs >= 0 && t.endMs >= t.startMs
                    ? QVariant(StatusStyle::duration(t.endMs - t.startMs))
                    : QVariant();
        case ChecksColumn:
            return checksText(task, t);
        case PlanColumn:
            return m_document->planText(index.row());
        case DependenciesColumn: {
            QStringList ids;
            for (int d : task.dependencies)
                ids.append(m_document->altFile()->tasks.at(d).id);
            return ids.join(QStringLiteral(", "));
        }
        case DescriptionColumn:
            return task.description;
        default:
            return {};
        }
    }
    if (role == StatusRole)
        return int(t.status);
    if (role == ChecksRole)
        return int(checksState(task, t));
    if (role == SortRole) {
        switch (index.column()) {
        case StatusColumn:
            return int(t.status) * 2 + (t.fromCache() ? 1 : 0);
        case AttemptsColumn:
            return int(t.attempts.size());
        case DurationColumn:
            return t.startMs >= 0 && t.endMs >= t.startMs ? t.endMs - t.startMs : qint64(-1);
        case ChecksColumn:
            return int(checksState(task, t));
        case IdColumn:
            return index.row(); // the file's order
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::DecorationRole && index.column() == StatusColumn)
        return StatusStyle::taskFill(t);
    if (role == Qt::ForegroundRole && index.column() == ChecksColumn
        && checksState(task, t) == ChecksFailed)
        return StatusStyle::fill(TaskStatus::Failed);
    if (role == Qt::ToolTipRole) {
        // A cut cell says the whole of it on hover: the plan's reason, the description, ids.
        if (index.column() == PlanColumn && !m_document->planText(index.row()).isEmpty())
            return tr("Next run: %1").arg(m_document->planText(index.row()));
        if (index.column() == ChecksColumn && !t.extra().checks.isEmpty())
            return StatusStyle::checkLines(t.extra().checks).join(u'\n');
        if (!t.error.isEmpty())
            return t.error;
        if (index.column() == DescriptionColumn || index.column() == IdColumn
            || index.column() == DependenciesColumn)
            return data(index, Qt::DisplayRole);
        return {};
    }
    if (role == Qt::TextAlignmentRole
        && (index.column() == AttemptsColumn || index.column() == DurationColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

TaskTableModel::ChecksState TaskTableModel::checksState(const AltTask &task, const TaskUpdate &t)
{
    if (task.checks < 0 && t.extra().checks.isEmpty())
        return NoChecks;
    if (t.extra().checks.isEmpty())
        return ChecksPending;
    ChecksState state = ChecksPassed;
    for (const QJsonValue &c : t.extra().checks) {
        if (c[u"pass"].toBool())
            continue;
        if (c[u"severity"].toString() != u"warn")
            return ChecksFailed;
        state = ChecksWarned;
    }
    return state;
}

QString TaskTableModel::checksText(const AltTask &task, const TaskUpdate &t)
{
    if (t.extra().checks.isEmpty())
        return task.checks >= 0 ? QStringLiteral("\u2014") : QString();
    int passed = 0;
    for (const QJsonValue &c : t.extra().checks)
        passed += c[u"pass"].toBool();
    switch (checksState(task, t)) {
    case ChecksFailed:
        return tr("\u2717 %1/%2").arg(passed).arg(t.extra().checks.size());
    case ChecksWarned:
        return tr("! %1/%2").arg(passed).arg(t.extra().checks.size());
    default:
        return tr("\u2713 %1/%2").arg(passed).arg(t.extra().checks.size());
    }
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
    case AttemptsColumn:
        return tr("Attempts");
    case DurationColumn:
        return tr("Time");
    case ChecksColumn:
        return tr("Checks");
    case PlanColumn:
        return tr("Next run");
    case DependenciesColumn:
        return tr("Depends on");
    case DescriptionColumn:
        return tr("Description");
    default:
        return {};
    }
}

} // namespace altrunner
