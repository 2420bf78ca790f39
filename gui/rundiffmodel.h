// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "last/rundiff.h"

#include <QAbstractTableModel>

namespace altrunner {

// Two runs compared task by task (RunDiff), one row per task: what changed, and each figure as
// "A → B" (docs/outputs.md "Comparing runs and sharing them").
class RunDiffModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunDiffModel)

public:
    enum Column {
        TaskColumn,
        ChangeColumn,
        StatusColumn,
        TokensColumn,
        CostColumn,
        DurationColumn,
        ChecksColumn,
        ColumnCount
    };
    static constexpr int DiffersRole = Qt::UserRole + 1; // bool

    explicit RunDiffModel(QObject *parent = nullptr);

    void setDiff(RunDiff::Result diff);
    const RunDiff::Result &diff() const { return m_diff; }
    const RunDiff::Task &task(int row) const { return m_diff.tasks.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString changeLabel(RunDiff::Change change); // translated

private:
    RunDiff::Result m_diff;
};

} // namespace altrunner
