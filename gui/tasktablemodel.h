// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alt/altfile.h"
#include "run/runsnapshot.h"

#include <QAbstractTableModel>

#include <memory>

namespace altrunner {

// The tasks of the open file with their live status. It is fed whole batches (a snapshot and the
// tasks that changed), so a burst of changes costs one dataChanged per batch, not one per task.
class TaskTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskTableModel)

public:
    enum Column {
        IdColumn,
        StatusColumn,
        KindColumn,
        DependenciesColumn,
        DescriptionColumn,
        ColumnCount
    };

    explicit TaskTableModel(QObject *parent = nullptr);

    void setAltFile(std::shared_ptr<const AltFile> alt);
    void applySnapshot(const RunSnapshot &snapshot, const QList<int> &changed);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const AltFile> m_alt;
    QList<TaskStatus> m_statuses;
};

} // namespace altrunner
