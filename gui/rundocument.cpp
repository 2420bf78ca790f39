// SPDX-License-Identifier: GPL-3.0-or-later
#include "rundocument.h"

#include "background.h"
#include "graph/criticalpath.h"

#include <QCoreApplication>
#include <QPointer>

namespace altrunner {

namespace {

} // namespace

RunDocument::RunDocument(QObject *parent)
    : QObject(parent)
{
}

RunDocument::~RunDocument() = default;

void RunDocument::setSketch(std::shared_ptr<const AltFile> alt, const QSet<int> &problemTasks,
                            const QString &note)
{
    replace(std::move(alt), {}, {}, problemTasks, note, true);
}

void RunDocument::clear(const QString &note)
{
    replace(nullptr, {}, {}, {}, note, false);
}

void RunDocument::setPlan(const std::shared_ptr<const AltFile> &alt, const QStringList &texts)
{
    if (alt != m_alt)
        return; // a plan of a file no longer shown
    m_plan = texts;
    emit planChanged();
}

void RunDocument::setAltFile(std::shared_ptr<const AltFile> alt)
{
    replace(std::move(alt), {}, {}, {}, QString(), false);
}

void RunDocument::setPastRun(std::shared_ptr<const AltFile> alt, const QList<TaskUpdate> &tasks,
                             const RunSnapshot &snapshot)
{
    replace(std::move(alt), tasks, snapshot, {}, QString(), false);
}

void RunDocument::replace(std::shared_ptr<const AltFile> alt, QList<TaskUpdate> tasks,
                          RunSnapshot snapshot, const QSet<int> &problems, const QString &note,
                          bool sketch)
{
    // Everything that describes the old file goes in one step, before any view hears of the new
    // one: a view that paints while it is told (a synchronous repaint anywhere in the window
    // flushes every dirty widget) reads a document whose file, states and layout agree. The old
    // layout's positions indexed the old file's tasks; keeping them for the new file was the
    // crash of issue 25.
    m_alt = std::move(alt);
    const int n = taskCount();
    if (tasks.size() != n) {
        tasks = QList<TaskUpdate>(n);
        for (int i = 0; i < n; ++i)
            tasks[i].index = i;
        snapshot = RunSnapshot();
        snapshot.total = n;
        snapshot.counts[size_t(TaskStatus::Pending)] = n;
    }
    m_tasks = std::move(tasks); // the old states are freed once, not overwritten one by one
    m_snapshot = std::move(snapshot);
    m_problems = problems;
    m_note = note;
    m_sketch = sketch;
    m_plan.clear();
    m_live = false;
    m_layout = {};
    m_layoutReady = false;
    ++m_layoutGeneration;
    m_critical.clear();
    m_criticalSet.clear();
    ++m_criticalGeneration;
    m_origin = m_snapshot.startedAtMs > 0 ? m_snapshot.startedAtMs : -1;
    for (const TaskUpdate &t : std::as_const(m_tasks)) {
        if (!t.isCarried() && t.startMs >= 0 && (m_origin < 0 || t.startMs < m_origin))
            m_origin = t.startMs;
    }
    Q_ASSERT(m_tasks.size() == taskCount());
    emit layoutChanged(); // no layout: views drop what they kept of the old one
    emit reset();
    emit snapshotChanged(); // no run's figures stay on screen
    emit planChanged();
    updateCriticalPath();
    startLayout();
}

void RunDocument::resetStates()
{
    const int n = taskCount();
    QList<TaskUpdate> fresh(n);
    for (int i = 0; i < n; ++i)
        fresh[i].index = i;
    m_tasks = std::move(fresh); // the old states are freed once, not overwritten one by one
    m_snapshot = RunSnapshot();
    m_snapshot.total = n;
    m_snapshot.counts[size_t(TaskStatus::Pending)] = n;
    m_origin = -1;
    updateCriticalPath();
    emit reset();
    emit snapshotChanged();
}

void RunDocument::apply(const RunSnapshot &snapshot, const QList<TaskUpdate> &updates)
{
    m_live = !snapshot.finished;
    m_snapshot = snapshot;
    if (m_origin < 0 && snapshot.startedAtMs > 0)
        m_origin = snapshot.startedAtMs;
    QList<int> changed;
    changed.reserve(updates.size());
    for (const TaskUpdate &u : updates) {
        if (u.index < 0 || u.index >= m_tasks.size())
            continue;
        m_tasks[u.index] = u;
        if (!u.isCarried() && u.startMs >= 0 && (m_origin < 0 || u.startMs < m_origin))
            m_origin = u.startMs;
        changed.append(u.index);
    }
    if (snapshot.finished)
        updateCriticalPath(); // with the real durations
    if (!changed.isEmpty())
        emit tasksChanged(changed);
    emit snapshotChanged();
}

void RunDocument::updateCriticalPath()
{
    m_critical.clear();
    m_criticalSet.clear();
    if (!m_alt) {
        ++m_criticalGeneration;
        return;
    }
    QList<double> weights;
    weights.reserve(m_tasks.size());
    for (int i = 0; i < m_tasks.size(); ++i) {
        const TaskUpdate &t = m_tasks.at(i);
        const AltTask &task = m_alt->tasks.at(i);
        if (t.startMs >= 0 && t.endMs >= t.startMs)
            weights.append(double(t.endMs - t.startMs));
        else if (t.status == TaskStatus::Cancelled || t.isCarried())
            weights.append(0.0); // never ran in this run: it cannot have made it longer
        else
            weights.append(task.kind == TaskKind::Noop ? double(task.durationMs) + 1 : 1000.0);
    }
    // Off the GUI thread, like the layout: 100,000 tasks take tens of milliseconds.
    const int generation = ++m_criticalGeneration;
    inBackground<QList<int>>(
            this,
            [alt = m_alt, weights = std::move(weights)] {
                QList<int> path = CriticalPath::compute(alt->dependencyLists(), weights);
                // Tasks that took no time at either end (cancelled ones after a failure) are
                // not what made the run long.
                while (!path.isEmpty() && weights.at(path.constLast()) <= 0)
                    path.removeLast();
                while (!path.isEmpty() && weights.at(path.constFirst()) <= 0)
                    path.removeFirst();
                return path;
            },
            [this, generation](const QList<int> &path) {
                if (generation != m_criticalGeneration)
                    return;
                m_criticalSet = QSet<int>(path.cbegin(), path.cend());
                m_critical = path;
                emit criticalPathChanged();
            });
}

void RunDocument::startLayout()
{
    const int generation = ++m_layoutGeneration;
    if (!m_alt)
        return;
    // Off the GUI thread: 10,000 tasks take a noticeable fraction of a second to lay out.
    inBackground<DagLayout::Result>(
            this,
            // The file is immutable and shared: its dependency lists are made here, not on the
            // GUI thread.
            [alt = m_alt] { return DagLayout::compute(alt->dependencyLists()); },
            [this, generation](const DagLayout::Result &result) {
                if (generation != m_layoutGeneration)
                    return; // a newer file was opened meanwhile
                Q_ASSERT(result.positions.size() == taskCount());
                m_layout = result;
                m_layoutReady = true;
                emit layoutChanged();
            });
}

void RunDocument::computeLayoutNow()
{
    if (!m_alt)
        return;
    ++m_layoutGeneration;
    m_layout = DagLayout::compute(m_alt->dependencyLists());
    m_layoutReady = true;
    emit layoutChanged();
}

} // namespace altrunner
