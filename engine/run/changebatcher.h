// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QBasicTimer>
#include <QList>
#include <QObject>

#include <functional>

namespace altrunner {

// Gathers the tasks that changed and hands them over at most once per interval (docs/engine.md
// "Progress"): 100,000 task changes become a few dozen batches, not 100,000 queued signals.
// A task that changes several times within one interval is reported once.
class ChangeBatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeBatcher)

public:
    // `flush` is called from the event loop when a batch is due; it calls take().
    ChangeBatcher(qsizetype taskCount, int intervalMs, std::function<void()> flush,
                  QObject *parent = nullptr);

    void resize(qsizetype taskCount);
    void mark(int task);
    // The tasks marked since the last take, in the order they were first marked.
    QList<int> take();
    bool isPending() const { return !m_changed.isEmpty(); }
    // Whether a batch is due (its timer runs): never without a mark since the last one, never
    // once stopped.
    bool isScheduled() const { return m_timer.isActive(); }
    // No more batches from the timer (the run has ended); take() still works.
    void stop();

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    int m_intervalMs;
    std::function<void()> m_flush;
    QList<int> m_changed;
    QList<bool> m_marked;
    QBasicTimer m_timer;
    bool m_stopped = false;
};

} // namespace altrunner
