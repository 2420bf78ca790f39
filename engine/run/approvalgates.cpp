// SPDX-License-Identifier: GPL-3.0-or-later
#include "approvalgates.h"

#include <QTimer>

#include <algorithm>

namespace altrunner {

namespace {
// A QTimer counts in int milliseconds (24.8 days); a gate may wait a year: a long wait is
// several shorter ones, each checking the deadline again.
constexpr qint64 kLongestStepMs = qint64(24) * 3600 * 1000;
} // namespace

ApprovalGates::ApprovalGates(std::function<qint64()> now, QObject *parent)
    : QObject(parent)
    , m_now(std::move(now))
{
}

void ApprovalGates::open(const PendingApproval &pending)
{
    Q_ASSERT(pending.task >= 0);
    close(pending.task); // opened again (a resumed run): shown once
    m_pending.append(pending);
    if (pending.deadlineMs >= 0)
        arm(pending.task, pending.deadlineMs);
}

void ApprovalGates::arm(int task, qint64 deadlineMs)
{
    QTimer *timer = m_timers.value(task);
    if (!timer) {
        timer = new QTimer(this);
        timer->setSingleShot(true);
        timer->setTimerType(Qt::CoarseTimer);
        m_timers.insert(task, timer);
        connect(timer, &QTimer::timeout, this, [this, task, deadlineMs] {
            if (m_now() < deadlineMs) {
                arm(task, deadlineMs); // a long wait's next step
                return;
            }
            emit timedOut(task);
        });
    }
    timer->start(int(std::clamp<qint64>(deadlineMs - m_now(), 0, kLongestStepMs)));
}

void ApprovalGates::close(int task)
{
    if (QTimer *timer = m_timers.take(task)) {
        timer->stop();
        timer->deleteLater();
    }
    if (const qsizetype i = indexOf(task); i >= 0)
        m_pending.removeAt(i);
}

void ApprovalGates::clear()
{
    for (QTimer *timer : std::as_const(m_timers)) {
        timer->stop();
        timer->deleteLater();
    }
    m_timers.clear();
    m_pending.clear();
}

qsizetype ApprovalGates::indexOf(int task) const
{
    for (qsizetype i = 0; i < m_pending.size(); ++i) {
        if (m_pending.at(i).task == task)
            return i;
    }
    return -1;
}

} // namespace altrunner
