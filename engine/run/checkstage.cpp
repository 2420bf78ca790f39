// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkstage.h"

#include "checks/javascriptcheck.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace altrunner {

CheckStage::CheckStage(QObject *parent)
    : QObject(parent)
{
}

CheckStage::~CheckStage() = default;

void CheckStage::begin(int task, std::shared_ptr<const TaskChecks> checks, const CheckInput &input)
{
    Q_ASSERT(checks && !checks->checks.isEmpty());
    Pending &p = m_tasks[task];
    p = Pending {};
    p.checks = std::move(checks);
    p.output = input.output;
    p.generation = ++m_generation;
    p.results.resize(p.checks->checks.size());
    for (qsizetype i = 0; i < p.checks->checks.size(); ++i) {
        const Check &c = p.checks->checks.at(i);
        if (CheckEvaluator::isImmediate(c)) {
            p.results[i] = CheckEvaluator::evaluate(c, input);
        } else if (c.type == Check::Type::LlmRubric) {
            p.rubrics.append(int(i));
        } else {
            ++p.running;
            // The check and its input are copied into the job: it may outlive this round.
            auto *watcher = new QFutureWatcher<CheckResult>(this);
            const quint64 generation = p.generation;
            connect(watcher, &QFutureWatcher<CheckResult>::finished, this,
                    [this, watcher, task, entry = int(i), generation] {
                        watcher->deleteLater();
                        const auto it = m_tasks.find(task);
                        if (it == m_tasks.end() || it->generation != generation)
                            return; // the run stopped, or the task moved on
                        it->results[entry] = watcher->result();
                        --it->running;
                        Q_ASSERT(it->running >= 0);
                        emit progressed(task);
                    });
            watcher->setFuture(QtConcurrent::run(
                    [c, output = input.output, json = input.json, context = input.context] {
                        return JavaScriptCheck::run(c, output, json, context);
                    }));
        }
    }
}

bool CheckStage::isWaiting(int task) const
{
    const auto it = m_tasks.constFind(task);
    return it != m_tasks.cend() && it->running > 0;
}

int CheckStage::nextRubric(int task)
{
    const auto it = m_tasks.find(task);
    if (it == m_tasks.end() || it->rubrics.isEmpty())
        return -1;
    return it->rubrics.takeFirst();
}

const Check &CheckStage::check(int task, int entry) const
{
    Q_ASSERT(m_tasks.contains(task));
    return m_tasks.value(task).checks->checks.at(entry);
}

void CheckStage::graded(int task, int entry, const CheckResult &result)
{
    const auto it = m_tasks.find(task);
    if (it != m_tasks.end())
        it->results[entry] = result;
}

QList<CheckResult> CheckStage::take(int task)
{
    Q_ASSERT(!isWaiting(task));
    return m_tasks.take(task).results;
}

} // namespace altrunner
