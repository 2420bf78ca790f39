// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QBasicTimer>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>

namespace altrunner {

// The clocks of a run's tasks: each attempt's time-out, each back-off before a retry, and one
// wake-up for attempts the admission stage holds back. Lives in the run's thread, as a child of
// the scheduler, and reports on that thread.
class AiCall;

class TaskTimers final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskTimers)

public:
    explicit TaskTimers(QObject *parent = nullptr);

    void startTimeout(int task, int ms);
    // An attempt's deadline: `firstByteMs` (AI_TIMEOUT_SECONDS) until its answer starts, then
    // what is left of `wholeMs` (the task's own time-out) from when it was sent: a streamed
    // answer may take longer than the wait for its first byte (docs/engine.md "Streaming").
    void watchAttempt(int task, AiCall *call, int firstByteMs, int wholeMs);
    void stopTimeout(int task);
    void startBackoff(int task, qint64 ms);
    bool hasBackoffs() const { return !m_backoffs.isEmpty(); }
    // Stops every back-off; returns the tasks that were waiting one out.
    QList<int> stopBackoffs();
    // Asks for wakeUpDue() after `ms`, unless an earlier wake-up is already set.
    void wakeIn(qint64 ms);
    void stopWake() { m_wake.stop(); }

signals:
    void timedOut(int task);
    void backoffEnded(int task);
    void wakeUpDue();

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    QHash<int, int> m_timeouts; // timer id -> task
    QHash<int, int> m_timeoutOf; // task -> timer id
    QHash<int, int> m_backoffs; // timer id -> task
    QBasicTimer m_wake;
    qint64 m_wakeAt = 0;
    QElapsedTimer m_clock;
};

} // namespace altrunner
