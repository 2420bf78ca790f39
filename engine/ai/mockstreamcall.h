// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aicall.h"

#include <QBasicTimer>
#include <QElapsedTimer>
#include <QStringList>

namespace altrunner {

// The simulated AI's answer told word by word over its latency, as a streaming server would:
// the first word after a quarter of it, the rest evenly after. So the window shows an answer
// growing with the built-in simulated AI too.
class MockStreamCall final : public AiCall
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MockStreamCall)

public:
    MockStreamCall(int latencyMs, AiReply reply, AiCallback done, QObject *parent);

    void abort() override;

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    QBasicTimer m_timer;
    QElapsedTimer m_clock;
    AiReply m_reply;
    AiCallback m_done;
    QStringList m_words; // each with the space before it
    qsizetype m_shown = 0;
    int m_latencyMs;
    qint64 m_firstMs = -1;
};

} // namespace altrunner
