// SPDX-License-Identifier: GPL-3.0-or-later
#include "rundiffmodel.h"

#include "statusstyle.h"

namespace altrunner {

namespace {

QString pair(const QString &a, const QString &b)
{
    return a == b ? a : QString(a + QStringLiteral(" \u2192 ") + b);
}

} // namespace

RunDiffModel::RunDiffModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RunDiffModel::setDiff(RunDiff::Result diff)
{
    beginResetModel();
    m_diff = std::move(diff);
    endResetModel();
}

int RunDiffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_diff.tasks.size());
}

int RunDiffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RunDiffModel::changeLabel(RunDiff::Change change)
{
    switch (change) {
    case RunDiff::Change::Same:
        return tr("same");
    case RunDiff::Change::Added:
        return tr("added");
    case RunDiff::Change::Removed:
        return tr("removed");
    case RunDiff::Change::StatusChanged:
        return tr("status changed");
    case RunDiff::Change::AnswerChanged:
        return tr("answer changed");
    }
    return {};
}

QVariant RunDiffModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RunDiff::Task &t = m_diff.tasks.at(index.row());
    if (role == DiffersRole)
        return t.differs();
    auto status = [](const RunDiff::Side &s) {
        if (!s.present)
            return QStringLiteral("\u2014");
        const auto parsed = parseStatus(s.status);
        return parsed ? StatusStyle::label(*parsed) : s.status;
    };
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TaskColumn:
            return t.id;
        case ChangeColumn:
            return QString(changeLabel(t.change)
                           + (t.change == RunDiff::Change::StatusChanged && t.answerChanged
                                      ? tr(", answer changed")
                                      : QString()));
        case StatusColumn:
            return pair(status(t.a), status(t.b));
        case TokensColumn:
            return pair(QString::number(t.a.tokens), QString::number(t.b.tokens));
        case CostColumn:
            return pair(t.a.cost ? QString::number(*t.a.cost, 'f', 6) : QString(),
                        t.b.cost ? QString::number(*t.b.cost, 'f', 6) : QString());
        case DurationColumn:
            return pair(StatusStyle::duration(t.a.durationMs),
                        StatusStyle::duration(t.b.durationMs));
        case ChecksColumn:
            return t.a.checks == 0 && t.b.checks == 0
                    ? QString()
                    : pair(QStringLiteral("%1/%2").arg(t.a.checksPassed).arg(t.a.checks),
                           QStringLiteral("%1/%2").arg(t.b.checksPassed).arg(t.b.checks));
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == ChangeColumn && t.differs())
        return t.change == RunDiff::Change::StatusChanged ? StatusStyle::fill(TaskStatus::Failed)
                                                          : StatusStyle::fill(TaskStatus::Retrying);
    if (role == Qt::ToolTipRole && (!t.a.error.isEmpty() || !t.b.error.isEmpty()))
        return QStringList {t.a.error.isEmpty() ? QString() : tr("A: %1").arg(t.a.error),
                            t.b.error.isEmpty() ? QString() : tr("B: %1").arg(t.b.error)}
                .join(u'\n')
                .trimmed();
    return {};
}

QVariant RunDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TaskColumn:
        return tr("Task");
    case ChangeColumn:
        return tr("Change");
    case StatusColumn:
        return tr("Status A \u2192 B");
    case TokensColumn:
        return tr("Tokens");
    case CostColumn:
        return tr("Cost");
    case DurationColumn:
        return tr("Time");
    case ChecksColumn:
        return tr("Checks");
    default:
        return {};
    }
}

} // namespace altrunner
