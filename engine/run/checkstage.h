// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/check.h"
#include "checks/checkevaluator.h"

#include <QHash>
#include <QList>
#include <QObject>

namespace altrunner {

// The checks stage of the run pipeline (docs/outputs.md "Checks on answers"; docs/engine.md "The
// run pipeline"): it holds each task's results while its checks are under way. The immediate
// checks are evaluated on the spot, each `javascript` one on Qt's global thread pool (it may run
// up to its time limit; the run's thread never waits for it), and it hands out the `llm-rubric`
// entries one at a time, for the scheduler to send to a grader through admission like any
// request. Lives in the run's thread; a result that arrives after the task was forgotten (the run
// stopped) is dropped.
class CheckStage final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckStage)

public:
    explicit CheckStage(QObject *parent = nullptr);
    ~CheckStage() override;

    void begin(int task, std::shared_ptr<const TaskChecks> checks, const CheckInput &input);
    bool isChecking(int task) const { return m_tasks.contains(task); }
    bool isEmpty() const { return m_tasks.isEmpty(); }
    // Whether a `javascript` check of `task` is still running.
    bool isWaiting(int task) const;
    // The next `llm-rubric` entry of `task` to grade (its index in `assert`), or -1.
    int nextRubric(int task);
    const Check &check(int task, int entry) const;
    // A grader's verdict on entry `entry` (already negated for `not-`).
    void graded(int task, int entry, const CheckResult &result);
    // Every result of `task`, in `assert` order; it is forgotten.
    QList<CheckResult> take(int task);
    void forget(int task) { m_tasks.remove(task); }
    QList<int> tasks() const { return m_tasks.keys(); }

signals:
    // A `javascript` check of `task` finished.
    void progressed(int task);

private:
    struct Pending
    {
        std::shared_ptr<const TaskChecks> checks;
        QString output; // what the llm-rubric grader is shown
        QList<CheckResult> results;
        int running = 0; // javascript checks on the thread pool
        QList<int> rubrics; // llm-rubric entries still to grade
        quint64 generation = 0; // tells a result for this round from one for an earlier round
    };
    QHash<int, Pending> m_tasks;
    quint64 m_generation = 0;
};

} // namespace altrunner
