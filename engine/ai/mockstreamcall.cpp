// SPDX-License-Identifier: GPL-3.0-or-later
#include "mockstreamcall.h"

#include <QRegularExpression>
#include <QTimerEvent>

#include <algorithm>

namespace altrunner {

MockStreamCall::MockStreamCall(int latencyMs, AiReply reply, AiCallback done, QObject *parent)
    : AiCall(parent)
    , m_reply(std::move(reply))
    , m_done(std::move(done))
    , m_latencyMs(std::max(1, latencyMs))
{
    static const QRegularExpression word(QStringLiteral("\\s*\\S+"));
    for (auto it = word.globalMatch(m_reply.text); it.hasNext();)
        m_words.append(it.next().captured());
    m_clock.start();
    m_timer.start(std::max(1, m_latencyMs / 4), Qt::PreciseTimer, this);
}

void MockStreamCall::abort()
{
    m_timer.stop();
    m_done = nullptr;
}

void MockStreamCall::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_timer.timerId())
        return;
    const qint64 now = m_clock.elapsed();
    if (m_firstMs < 0) {
        m_firstMs = now;
        emit answerStarted();
    }
    // Words due by now: spread evenly from the first word to the end of the latency.
    const qint64 span = std::max<qint64>(1, m_latencyMs - m_firstMs);
    const qsizetype due = now >= m_latencyMs
            ? m_words.size()
            : std::max<qsizetype>(1, qsizetype(m_words.size() * (now - m_firstMs) / span));
    if (due > m_shown) {
        m_shown = std::min(due, m_words.size());
        emit answerGrew(m_words.mid(0, m_shown).join(QString()));
    }
    if (m_shown < m_words.size()) {
        const int step = int(std::max<qint64>(20, span / std::max<qsizetype>(1, m_words.size())));
        m_timer.start(step, Qt::PreciseTimer, this);
        return;
    }
    m_timer.stop();
    m_reply.ttftMs = m_firstMs;
    m_reply.generationMs = now - m_firstMs;
    if (auto done = std::exchange(m_done, nullptr))
        done(m_reply);
}

} // namespace altrunner
