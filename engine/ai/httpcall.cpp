// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpcall.h"

#include "httpprovider.h"
#include "networkexchange.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimerEvent>

namespace altrunner {

HttpCall::HttpCall(HttpProvider *provider, NetworkExchange *exchange, AiRequest request,
                   AiCallback done, QObject *parent, int streamIdleMs)
    : AiCall(parent)
    , m_provider(provider)
    , m_exchange(exchange)
    , m_request(std::move(request))
    , m_done(std::move(done))
    , m_streamIdleMs(std::max(1, streamIdleMs))
{
    m_clock.start();
    m_exchange->setParent(this);
    connect(m_exchange, &NetworkExchange::headReceived, this, &HttpCall::onHeadReceived);
    connect(m_exchange, &NetworkExchange::readyRead, this, &HttpCall::onReadyRead);
    connect(m_exchange, &NetworkExchange::finished, this, &HttpCall::onFinished);
}

HttpCall::~HttpCall()
{
    abort();
}

void HttpCall::detach()
{
    m_idle.stop();
    if (!m_exchange)
        return;
    m_exchange->disconnect(this);
    m_exchange->deleteLater();
    m_exchange = nullptr;
}

void HttpCall::abort()
{
    m_done = nullptr;
    if (m_exchange) {
        m_exchange->abort(); // closes the connection: the server sees the request go away
        detach();
    }
}

void HttpCall::onHeadReceived()
{
    const int status = m_exchange->status();
    const QByteArray type
            = m_exchange->header("content-type").split(';').first().trimmed().toLower();
    if (status >= 200 && status < 300 && type == "text/event-stream") {
        m_stream = std::make_unique<ChatStream>();
        m_idle.start(m_streamIdleMs, this);
    }
    emit answerStarted();
}

void HttpCall::onReadyRead()
{
    if (!m_exchange || !m_stream)
        return; // a plain answer is read whole when finished
    m_idle.start(m_streamIdleMs, this);
    if (m_stream->feed(m_exchange->readAll())) {
        if (m_firstTokenMs < 0)
            m_firstTokenMs = m_clock.elapsed();
        emit answerGrew(m_stream->text());
    }
}

void HttpCall::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_idle.timerId()) {
        AiCall::timerEvent(event);
        return;
    }
    m_idle.stop();
    if (!m_exchange)
        return;
    // Stalled in the middle of a stream: the attempt ends here, and says why.
    m_stalled = true;
    m_exchange->abort();
    onFinished();
}

void HttpCall::onFinished()
{
    NetworkExchange *exchange = m_exchange;
    if (!exchange)
        return;
    const QUrl url = exchange->url();
    const int status = exchange->status();
    AiReply result;
    if (m_stream) {
        if (!m_stalled && m_stream->feed(exchange->readAll()))
            emit answerGrew(m_stream->text());
        finishStream(result, url);
    } else if (status == 0
               || (status >= 200 && status < 300
                   && exchange->failure() != NetworkExchange::Failure::None)) {
        // No answer, or a good one cut short: an error status is shown even when cut short.
        result = HttpProvider::noAnswer(exchange->failure(), exchange->errorString(), url);
    } else {
        const QByteArray body = exchange->readAll();
        result = HttpProvider::answered(status, body, url, exchange->header("location"),
                                        exchange->header("retry-after"));
        if (result.ok)
            result = answerOf(body);
    }
    result.httpStatus = status;
    for (const auto &[name, value] : exchange->headers()) {
        if (name.size() > 12 && qstrnicmp(name.constData(), "x-ratelimit-", 12) == 0)
            result.rateLimitHeaders.append({name, value});
    }
    detach();
    report(std::move(result));
}

AiReply HttpCall::answerOf(const QByteArray &body)
{
    // A 2xx; now the provider-specific shape.
    const QUrl url = m_exchange->url();
    const std::optional<AiReply> parsed = m_provider->answerOf(body, m_request);
    AiReply result;
    if (!parsed && m_provider->streams() && body.trimmed().startsWith("data:")) {
        // Server-sent events under another Content-Type: read them as a stream.
        m_stream = std::make_unique<ChatStream>();
        m_stream->feed(body);
        finishStream(result, url);
    } else if (parsed) {
        result = *parsed;
        result.ok = result.error.isEmpty();
        result.ttftMs = m_clock.elapsed();
        result.generationMs = 0;
    } else {
        result.retryable = true;
        result.error = HttpProvider::tr("the AI service at %1 answered %2 with a body that is not "
                                        "the expected JSON: %3")
                               .arg(url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery))
                               .arg(m_exchange->status())
                               .arg(HttpProvider::readableDetail(body));
    }
    return result;
}

void HttpCall::finishStream(AiReply &result, const QUrl &url)
{
    result = AiReply();
    const QString where = url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    if (!m_stream->error().isEmpty()) {
        result.retryable = true;
        result.error = HttpProvider::tr("the AI service at %1 broke off its answer: %2")
                               .arg(where, m_stream->error());
        return;
    }
    if (!m_stream->isDone()) {
        result.retryable = true;
        result.error = m_stalled
                ? HttpProvider::tr("the AI service at %1 sent nothing for %2 s in the middle of "
                                   "its answer (AI_STREAM_IDLE_SECONDS)")
                          .arg(where)
                          .arg(m_streamIdleMs / 1000.0)
                : HttpProvider::tr("the AI service at %1 ended its answer's stream before "
                                   "[DONE] (after %2 characters)")
                          .arg(where)
                          .arg(m_stream->text().size());
        return;
    }
    result = m_provider->streamedAnswer(*m_stream, m_request);
    const qint64 end = m_clock.elapsed();
    result.ttftMs = m_firstTokenMs >= 0 ? m_firstTokenMs : end;
    result.generationMs = end - result.ttftMs;
}

void HttpCall::report(AiReply result)
{
    if (auto done = std::exchange(m_done, nullptr))
        done(result);
}

} // namespace altrunner
