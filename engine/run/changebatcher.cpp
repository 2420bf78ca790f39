// SPDX-License-Identifier: GPL-3.0-or-later
#include "changebatcher.h"

#include <QTimerEvent>

namespace altrunner {

ChangeBatcher::ChangeBatcher(qsizetype taskCount, int intervalMs, std::function<void()> flush,
                             QObject *parent)
    : QObject(parent)
    , m_intervalMs(intervalMs)
    , m_flush(std::move(flush))
    , m_marked(taskCount, false)
{
}

void ChangeBatcher::resize(qsizetype taskCount)
{
    m_marked.fill(false, taskCount);
    m_changed.clear();
}

void ChangeBatcher::mark(int task)
{
    Q_ASSERT(task >= 0 && task < m_marked.size());
    if (m_marked.at(task))
        return;
    m_marked[task] = true;
    m_changed.append(task);
    if (!m_timer.isActive() && !m_stopped)
        m_timer.start(m_intervalMs, this);
}

QList<int> ChangeBatcher::take()
{
    m_timer.stop();
    for (int t : std::as_const(m_changed)) {
        Q_ASSERT(m_marked.at(t)); // each changed task once per batch
        m_marked[t] = false;
    }
    return std::exchange(m_changed, {});
}

void ChangeBatcher::stop()
{
    m_stopped = true;
    m_timer.stop();
}

void ChangeBatcher::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_timer.timerId())
        return QObject::timerEvent(event);
    m_timer.stop();
    Q_ASSERT(!m_stopped);
    m_flush();
}

} // namespace altrunner
