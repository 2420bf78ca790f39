// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "last/runsummary.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace altrunner {

class Run;
class RunRegistry;

// Every run of this session (the window's and the REST API's, live while they go on) and every
// LAST file in the output folder, newest first (docs/gui.md "Runs, not files"). A live run keeps
// its tasks' states here, so it can be shown at any moment without disturbing the run shown.
class RunsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunsModel)

public:
    enum Column {
        TitleColumn,
        StatusColumn,
        StartColumn,
        DurationColumn,
        TokensColumn,
        CostColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit RunsModel(RunRegistry *registry, QObject *parent = nullptr);

    // Lists the LAST files of `dir` again (read off the GUI thread; answers when done).
    void scanFolder(const QString &dir);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const RunSummary &summary(int row) const { return m_entries.at(row).summary; }
    // The run while it goes on (null once it has finished, or for a past run).
    Run *liveRun(int row) const;
    // A live run's tasks so far, by index.
    const QList<TaskUpdate> &liveTasks(int row) const { return m_entries.at(row).tasks; }
    int rowOf(const QString &executionId) const;

signals:
    void scanned();

private:
    struct Entry
    {
        RunSummary summary;
        QPointer<Run> run;
        QList<TaskUpdate> tasks;
        bool session = false;
    };

    void add(Run *run);
    void onProgressed(Run *run, const RunSnapshot &snapshot, const QList<TaskUpdate> &changed);
    void onFinished(Run *run, const RunResult &result);
    void setPast(const QList<RunSummary> &past);
    void rowChanged(int row);

    QList<Entry> m_entries;
    int m_scanGeneration = 0;
};

} // namespace altrunner
