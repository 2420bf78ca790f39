// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpcall.h"

#include "httpprovider.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QTimerEvent>

namespace altrunner {

HttpCall::HttpCall(HttpProvider *provider, QNetworkAccessManager *manager, QNetworkReply *reply,
                   AiRequest request, AiCallback done, QObject *parent, int streamIdleMs)
    : AiCall(parent)
    , m_provider(provider)
    , m_manager(manager)
    , m_reply(reply)
    , m_request(std::move(request))
    , m_done(std::move(done))
    , m_streamIdleMs(std::max(1, streamIdleMs))
{
    m_clock.start();
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpCall::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &HttpCall::onFinished);
}

HttpCall::~HttpCall()
{
    abort();
}

void HttpCall::detach()
{
    m_idle.stop();
    if (!m_reply)
        return;
    m_reply->disconnect(this);
    m_reply->deleteLater();
    m_reply = nullptr;
    m_provider->release(m_manager);
}

void HttpCall::abort()
{
    m_done = nullptr;
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        detach();
        reply->abort(); // closes the connection: the server sees the request go away
    }
}

void HttpCall::onReadyRead()
{
    if (!m_reply)
        return;
    if (!m_started) {
        m_started = true;
        const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray type = m_reply->header(QNetworkRequest::ContentTypeHeader)
                                        .toByteArray()
                                        .split(';')
                                        .first()
                                        .trimmed()
                                        .toLower();
        if (status >= 200 && status < 300 && type == "text/event-stream")
            m_stream = std::make_unique<ChatStream>();
        emit answerStarted();
    }
    if (!m_stream)
        return; // read whole when finished
    m_idle.start(m_streamIdleMs, this);
    if (m_stream->feed(m_reply->readAll())) {
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
    if (!m_reply)
        return;
    // Stalled: finished() follows the abort, and says so.
    m_stalled = true;
    m_reply->abort();
}

void HttpCall::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    const QUrl url = reply->request().url();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    AiReply result;
    if (m_stream) {
        if (!m_stalled && m_stream->feed(reply->readAll()))
            emit answerGrew(m_stream->text());
        finishStream(result, url);
    } else {
        const QByteArray body = reply->readAll();
        result = HttpProvider::classify(reply, body, url);
        if (result.ok) {
            // Classified as a 2xx; now the provider-specific shape.
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
            std::optional<AiReply> parsed;
            if (parseError.error == QJsonParseError::NoError && doc.isObject())
                parsed = m_provider->parseAnswer(doc.object(), m_request);
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
                result = AiReply();
                result.retryable = true;
                result.error
                        = HttpProvider::tr("the AI service at %1 answered %2 with a body that is "
                                           "not the expected JSON: %3")
                                  .arg(url.toDisplayString(QUrl::RemoveUserInfo
                                                           | QUrl::RemoveQuery))
                                  .arg(status)
                                  .arg(HttpProvider::readableDetail(body));
            }
        }
    }
    result.httpStatus = status;
    for (const auto &[name, value] : reply->rawHeaderPairs()) {
        if (name.size() > 12 && qstrnicmp(name.constData(), "x-ratelimit-", 12) == 0)
            result.rateLimitHeaders.append({name, value});
    }
    detach();
    report(std::move(result));
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
