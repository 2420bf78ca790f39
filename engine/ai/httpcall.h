// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aicall.h"
#include "chatstream.h"

#include <QBasicTimer>
#include <QElapsedTimer>
#include <QUrl>

#include <memory>

namespace altrunner {

class NetworkExchange;
class HttpProvider;

// One HTTP request of an attempt: reports through the callback once the reply is complete, or
// never, if aborted first. A streamed answer (text/event-stream) is read as it comes: its text
// is told through answerGrew, a gap longer than the idle time-out or a stream that ends before
// [DONE] fails the attempt (retryably), and a plain JSON answer is read as ever.
class HttpCall final : public AiCall
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpCall)

public:
    HttpCall(HttpProvider *provider, NetworkExchange *exchange, AiRequest request, AiCallback done,
             QObject *parent, int streamIdleMs);
    ~HttpCall() override;

    void abort() override;

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    void onHeadReceived();
    void onReadyRead();
    void onFinished();
    AiReply answerOf(const QByteArray &body);
    void finishStream(AiReply &result, const QUrl &url);
    void report(AiReply result);
    void detach();

    HttpProvider *m_provider;
    NetworkExchange *m_exchange;
    AiRequest m_request;
    AiCallback m_done;
    QElapsedTimer m_clock; // from when the request went out
    qint64 m_firstTokenMs = -1;
    std::unique_ptr<ChatStream> m_stream; // set once the answer turns out to be a stream
    int m_streamIdleMs;
    QBasicTimer m_idle;
    bool m_stalled = false;
};

} // namespace altrunner
