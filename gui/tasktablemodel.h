// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alt/altfile.h"
#include "model/runsnapshot.h"

#include <QAbstractTableModel>

namespace altrunner {

class RunDocument;

// The tasks of the open file with their live status, one row each. It follows the document's
// batches: one dataChanged per batch for the span of rows that changed.
class TaskTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskTableModel)

public:
    enum Column {
        IdColumn,
        StatusColumn,
        ChecksColumn, // "✓ 3/3", "✗ 1/2" (docs/outputs.md "Checks on answers")
        AttemptsColumn,
        DurationColumn,
        PlanColumn, // what the next run would do: cached, run (why), unknown until x runs
        DependenciesColumn,
        DescriptionColumn,
        ColumnCount
    };

    // What the table sorts by: numbers for numbers, the status in its natural order.
    static constexpr int SortRole = Qt::UserRole + 1;
    // The task's TaskStatus as an int, for filters.
    static constexpr int StatusRole = Qt::UserRole + 2;
    // What its checks found, for the Checks filter: a ChecksState as an int.
    static constexpr int ChecksRole = Qt::UserRole + 3;
    enum ChecksState { NoChecks, ChecksPending, ChecksPassed, ChecksWarned, ChecksFailed };

    explicit TaskTableModel(RunDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    static ChecksState checksState(const AltTask &task, const TaskUpdate &t);
    static QString checksText(const AltTask &task, const TaskUpdate &t);

    RunDocument *m_document;
    int m_rows = 0;
};

} // namespace altrunner
