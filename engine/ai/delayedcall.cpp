// SPDX-License-Identifier: GPL-3.0-or-later
#include "delayedcall.h"

#include <QTimerEvent>

namespace altrunner {

DelayedCall::DelayedCall(int delayMs, AiReply reply, AiCallback done, QObject *parent)
    : AiCall(parent)
    , m_reply(std::move(reply))
    , m_done(std::move(done))
{
    // Even a zero delay goes through the event loop: callers rely on never being called back
    // from inside start().
    m_timer.start(std::max(0, delayMs), Qt::PreciseTimer, this);
}

void DelayedCall::abort()
{
    m_timer.stop();
    m_done = nullptr;
}

void DelayedCall::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_timer.timerId())
        return;
    m_timer.stop();
    if (auto done = std::exchange(m_done, nullptr))
        done(m_reply);
}

} // namespace altrunner
