// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpcall.h"

#include "httpprovider.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

namespace altrunner {

HttpCall::HttpCall(HttpProvider *provider, QNetworkAccessManager *manager, QNetworkReply *reply,
                   AiRequest request, AiCallback done, QObject *parent)
    : AiCall(parent)
    , m_provider(provider)
    , m_manager(manager)
    , m_reply(reply)
    , m_request(std::move(request))
    , m_done(std::move(done))
{
    connect(m_reply, &QNetworkReply::finished, this, &HttpCall::onFinished);
}

HttpCall::~HttpCall()
{
    abort();
}

void HttpCall::detach()
{
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

void HttpCall::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    const QByteArray body = reply->readAll();
    const QUrl url = reply->request().url();
    AiReply result = HttpProvider::classify(reply, body, url);
    if (result.ok) {
        // Classified as a 2xx; now the provider-specific shape.
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
        std::optional<AiReply> parsed;
        if (parseError.error == QJsonParseError::NoError && doc.isObject())
            parsed = m_provider->parseAnswer(doc.object(), m_request);
        if (parsed) {
            result = *parsed;
            result.ok = true;
        } else {
            result = AiReply();
            result.retryable = true;
            result.error
                    = HttpProvider::tr("the AI service at %1 answered %2 with a body that is not "
                                       "the expected JSON: %3")
                              .arg(url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery))
                              .arg(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute)
                                           .toInt())
                              .arg(HttpProvider::readableDetail(body));
        }
    }
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto &[name, value] : reply->rawHeaderPairs()) {
        if (name.size() > 12 && qstrnicmp(name.constData(), "x-ratelimit-", 12) == 0)
            result.rateLimitHeaders.append({name, value});
    }
    detach();
    if (auto done = std::exchange(m_done, nullptr))
        done(result);
}

} // namespace altrunner
