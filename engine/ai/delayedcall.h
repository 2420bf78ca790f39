// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aicall.h"

#include <QBasicTimer>

namespace altrunner {

// An attempt whose reply is known up front and arrives after a delay: the mock's answers and
// noop tasks' durations.
class DelayedCall final : public AiCall
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DelayedCall)

public:
    DelayedCall(int delayMs, AiReply reply, AiCallback done, QObject *parent);

    void abort() override;

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    QBasicTimer m_timer;
    AiReply m_reply;
    AiCallback m_done;
};

} // namespace altrunner
