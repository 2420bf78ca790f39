// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alt/altfile.h"
#include "graph/daglayout.h"
#include "model/runsnapshot.h"

#include <QObject>
#include <QSet>

#include <memory>

namespace altrunner {

class Run;

// What the views show: one ALT file and the state of its tasks, from a live run's batches or
// from a past run's LAST file. Views read it on the GUI thread; it changes only when a batch
// arrives (at most ~30 times a second), never once per task. The graph layout is computed on a
// worker thread and arrives with layoutChanged().
class RunDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunDocument)

public:
    explicit RunDocument(QObject *parent = nullptr);
    ~RunDocument() override;

    void setAltFile(std::shared_ptr<const AltFile> alt);
    void setPastRun(std::shared_ptr<const AltFile> alt, const QList<TaskUpdate> &tasks,
                    const RunSnapshot &snapshot);
    // A file that does not validate: what can be drawn of it, its problem tasks marked, and a
    // note for the graph view.
    void setSketch(std::shared_ptr<const AltFile> alt, const QSet<int> &problemTasks,
                   const QString &note);
    // Nothing shown; `note` says why (the graph view shows it).
    void clear(const QString &note = QString());
    // A run of the current file starts: every task pending again.
    void resetStates();
    void apply(const RunSnapshot &snapshot, const QList<TaskUpdate> &updates);

    const std::shared_ptr<const AltFile> &altFile() const { return m_alt; }
    int taskCount() const { return m_alt ? int(m_alt->tasks.size()) : 0; }
    const TaskUpdate &task(int index) const { return m_tasks.at(index); }
    const RunSnapshot &snapshot() const { return m_snapshot; }
    bool isLive() const { return m_live; }
    bool isProblem(int index) const { return m_problems.contains(index); }
    bool isSketch() const { return m_sketch; }
    QString note() const { return m_note; }

    bool hasLayout() const { return m_layoutReady; }
    const DagLayout::Result &layout() const { return m_layout; }
    // Computed off the GUI thread after each reset and at a run's end; criticalPathChanged()
    // says when it is there.
    const QList<int> &criticalPath() const { return m_critical; }
    // What the next run would do per task (RunPlan::text), for the file shown; empty: not known.
    void setPlan(const std::shared_ptr<const AltFile> &alt, const QStringList &texts);
    QString planText(int index) const { return m_plan.value(index); }
    bool isCritical(int index) const { return m_criticalSet.contains(index); }
    // When the shown run started (the earliest start of its own tasks): the timeline's zero.
    // Tasks carried over from an earlier run started before it and do not count.
    qint64 timeOrigin() const { return m_origin; }
    // For tests: wait for layoutChanged() instead.
    void computeLayoutNow();

signals:
    void reset();
    void tasksChanged(const QList<int> &indices);
    void snapshotChanged();
    void layoutChanged();
    void criticalPathChanged();
    void planChanged();

private:
    // Shows `alt` with `tasks` (pending states when they do not fit) in one step: nothing of
    // the file shown before stays behind for a view to paint from.
    void replace(std::shared_ptr<const AltFile> alt, QList<TaskUpdate> tasks, RunSnapshot snapshot,
                 const QSet<int> &problems, const QString &note, bool sketch);
    void startLayout();
    void updateCriticalPath();

    std::shared_ptr<const AltFile> m_alt;
    QList<TaskUpdate> m_tasks;
    RunSnapshot m_snapshot;
    bool m_live = false;
    qint64 m_origin = -1;
    DagLayout::Result m_layout;
    bool m_layoutReady = false;
    int m_layoutGeneration = 0;
    int m_criticalGeneration = 0;
    QList<int> m_critical;
    QSet<int> m_criticalSet;
    QStringList m_plan;
    QSet<int> m_problems;
    QString m_note;
    bool m_sketch = false;
};

} // namespace altrunner
