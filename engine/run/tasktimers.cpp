// SPDX-License-Identifier: GPL-3.0-or-later
#include "tasktimers.h"

#include "ai/aicall.h"

#include <QDeadlineTimer>
#include <QTimerEvent>

#include <algorithm>
#include <memory>

#include <climits>

namespace altrunner {

namespace {
int timerMs(qint64 ms)
{
    return int(std::clamp<qint64>(ms, 0, INT_MAX));
}
} // namespace

TaskTimers::TaskTimers(QObject *parent)
    : QObject(parent)
{
    m_clock.start();
}

void TaskTimers::startTimeout(int task, int ms)
{
    stopTimeout(task); // a new deadline replaces the old one
    const int id = startTimer(ms, Qt::PreciseTimer);
    m_timeouts.insert(id, task);
    m_timeoutOf.insert(task, id);
}

void TaskTimers::watchAttempt(int task, AiCall *call, int firstByteMs, int wholeMs)
{
    auto whole = std::make_shared<QDeadlineTimer>(wholeMs);
    if (call->isQueued()) {
        // Waiting for a worker is not the attempt's time: its clock starts when one takes it.
        connect(call, &AiCall::sent, this, [this, task, firstByteMs, wholeMs, whole] {
            *whole = QDeadlineTimer(wholeMs);
            startTimeout(task, firstByteMs);
        });
    } else {
        startTimeout(task, firstByteMs);
    }
    connect(call, &AiCall::answerStarted, this, [this, task, whole] {
        startTimeout(task, int(std::max<qint64>(1, whole->remainingTime())));
    });
}

void TaskTimers::stopTimeout(int task)
{
    if (const int id = m_timeoutOf.take(task)) {
        killTimer(id);
        m_timeouts.remove(id);
    }
}

void TaskTimers::startBackoff(int task, qint64 ms)
{
    m_backoffs.insert(startTimer(timerMs(ms), Qt::PreciseTimer), task);
}

QList<int> TaskTimers::stopBackoffs()
{
    QList<int> tasks;
    for (auto it = m_backoffs.cbegin(); it != m_backoffs.cend(); ++it) {
        killTimer(it.key());
        tasks.append(it.value());
    }
    m_backoffs.clear();
    return tasks;
}

void TaskTimers::wakeIn(qint64 ms)
{
    const qint64 at = m_clock.elapsed() + ms;
    if (m_wake.isActive() && at >= m_wakeAt)
        return;
    m_wakeAt = at;
    m_wake.start(timerMs(ms), Qt::PreciseTimer, this);
}

void TaskTimers::timerEvent(QTimerEvent *event)
{
    const int id = event->timerId();
    if (id == m_wake.timerId()) {
        m_wake.stop();
        emit wakeUpDue();
    } else if (const auto timeout = m_timeouts.constFind(id); timeout != m_timeouts.cend()) {
        const int task = *timeout;
        stopTimeout(task);
        emit timedOut(task);
    } else if (const auto backoff = m_backoffs.constFind(id); backoff != m_backoffs.cend()) {
        const int task = *backoff;
        killTimer(id);
        m_backoffs.erase(backoff);
        emit backoffEnded(task);
    }
}

} // namespace altrunner
