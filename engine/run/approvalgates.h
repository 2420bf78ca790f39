// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/approval.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <functional>

class QTimer;

namespace altrunner {

// The approval gates of one run that wait for a person (docs/approvals.md): what each shows, in
// the order they opened, and each one's time-out. The scheduler opens and closes them and
// decides what a decision does; this unit only remembers and keeps time.
class ApprovalGates final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApprovalGates)

public:
    // `now`: the run's clock, in ms since the epoch (deadlines are on it).
    ApprovalGates(std::function<qint64()> now, QObject *parent = nullptr);

    // Starts waiting; with a deadline, timedOut() comes when it passes (at once if it has).
    void open(const PendingApproval &pending);
    void close(int task);
    void clear();
    bool isWaiting(int task) const { return indexOf(task) >= 0; }
    const QList<PendingApproval> &pending() const { return m_pending; }

signals:
    void timedOut(int task);

private:
    qsizetype indexOf(int task) const;
    void arm(int task, qint64 deadlineMs);

    std::function<qint64()> m_now;
    QList<PendingApproval> m_pending;
    QHash<int, QTimer *> m_timers;
};

} // namespace altrunner
