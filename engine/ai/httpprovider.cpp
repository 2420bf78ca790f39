// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpprovider.h"

#include "chatstream.h"
#include "httpcall.h"
#include "networkpool.h"
#include "proxychoice.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>

#include <algorithm>
#include <cmath>

namespace altrunner {

namespace {

QString shownUrl(const QUrl &url)
{
    return url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
}

} // namespace

HttpProvider::HttpProvider(const EngineConfig &config)
    : m_config(config)
{
}

HttpProvider::~HttpProvider() = default;

QUrl HttpProvider::join(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString basePath = url.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + path);
    return url;
}

AiCall *HttpProvider::start(const AiRequest &request, AiCallback done, QObject *parent)
{
    if (!m_pool)
        m_pool = std::make_unique<NetworkPool>(m_config);
    HttpHeaderList headers {
            {"Content-Type", "application/json"},
            {"Accept", streams() ? "text/event-stream, application/json" : "application/json"},
            {"User-Agent", "altrunner"}};
    const QUrl url = endpoint();
    if (!m_config.aiApiKey.isEmpty())
        headers.append({"Authorization", "Bearer " + m_config.aiApiKey.toUtf8()});
    else if (!url.userName().isEmpty()) // http://user:password@host/: HTTP basic authentication
        headers.append({"Authorization",
                        "Basic " + (url.userName() + u':' + url.password()).toUtf8().toBase64()});
    QUrl target = url;
    target.setUserInfo(QString()); // sent as the header above, never in the request line
    QByteArray body = QJsonDocument(requestBody(request)).toJson(QJsonDocument::Compact);
    NetworkExchange *exchange = m_pool->post(target, std::move(headers), std::move(body));
    return new HttpCall(this, exchange, request, std::move(done), parent,
                        int(m_config.aiStreamIdleSeconds * 1000));
}

NetworkPool *HttpProvider::pool()
{
    if (!m_pool)
        m_pool = std::make_unique<NetworkPool>(m_config);
    return m_pool.get();
}

AiReply HttpProvider::streamedAnswer(const ChatStream &stream, const AiRequest &) const
{
    AiReply r;
    r.ok = true;
    r.text = stream.text();
    return r;
}

qint64 HttpProvider::parseRetryAfter(const QByteArray &value)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    bool ok = false;
    const double seconds = v.toDouble(&ok);
    if (ok) {
        // A wait beyond a day is no wait a run should take at its word (and 1e70 seconds does
        // not fit a millisecond count: the fuzz target's first finding).
        constexpr double kLongestSeconds = 24 * 3600;
        if (!(seconds >= 0) || !std::isfinite(seconds))
            return -1;
        return qint64(std::min(seconds, kLongestSeconds) * 1000);
    }
    const QDateTime at = QDateTime::fromString(QString::fromLatin1(v), Qt::RFC2822Date);
    if (!at.isValid())
        return -1;
    return std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(at));
}

QString HttpProvider::readableDetail(const QByteArray &body)
{
    // FastAPI: {"detail": "text"} or {"detail": [{"loc": [...], "msg": "..."}]}; OpenAI-style
    // servers: {"error": {"message": "..."}} or {"error": "..."}; anything else: the text itself.
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        const QJsonValue detail = o.value(QStringLiteral("detail"));
        if (detail.isString())
            return detail.toString();
        if (detail.isArray()) {
            QStringList parts;
            for (const QJsonValue &item : detail.toArray()) {
                QStringList loc;
                for (const QJsonValue &l : item[QStringLiteral("loc")].toArray())
                    loc.append(l.isString() ? l.toString() : QString::number(l.toInt()));
                const QString msg = item[QStringLiteral("msg")].toString();
                parts.append(loc.isEmpty() ? msg : loc.join(u'.') + QStringLiteral(": ") + msg);
            }
            return parts.join(QStringLiteral("; "));
        }
        const QJsonValue error = o.value(QStringLiteral("error"));
        if (error.isString())
            return error.toString();
        if (error.isObject() && error[QStringLiteral("message")].isString())
            return error[QStringLiteral("message")].toString();
    }
    QString text = QString::fromUtf8(body).simplified();
    if (text.isEmpty())
        return tr("(empty body)");
    if (text.size() > 300)
        text = text.left(297) + QStringLiteral("...");
    return text;
}

AiReply HttpProvider::classify(QNetworkReply *reply, const QByteArray &body, const QUrl &url,
                               const QNetworkProxy &proxy)
{
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (status.isValid())
        return answered(status.toInt(), body, url, reply->rawHeader("Location"),
                        reply->rawHeader("Retry-After"));
    const bool viaProxy = proxy.type() != QNetworkProxy::NoProxy;
    const NetworkExchange::Failure failure = NetworkExchange::failureOf(reply->error(), viaProxy);
    return noAnswer(
            failure,
            failure == NetworkExchange::Failure::Proxy
                    ? tr("the proxy %1: %2").arg(ProxyChoice::shown(proxy), reply->errorString())
                    : reply->errorString(),
            url);
}

AiReply HttpProvider::noAnswer(NetworkExchange::Failure failure, const QString &detail,
                               const QUrl &url)
{
    using Failure = NetworkExchange::Failure;
    AiReply r;
    r.retryable = true;
    switch (failure) {
    case Failure::Refused:
        r.error = tr("cannot connect to the AI service at %1: connection refused")
                          .arg(shownUrl(url));
        break;
    case Failure::None: // a 2xx cut short is handled by the caller; here for completeness
    case Failure::Closed:
        r.error = tr("the AI service at %1 closed the connection before answering")
                          .arg(shownUrl(url));
        break;
    case Failure::Truncated:
        r.error = tr("the AI service at %1 closed the connection in the middle of its answer")
                          .arg(shownUrl(url));
        break;
    case Failure::HostNotFound:
        r.error = tr("cannot connect to the AI service at %1: host not found").arg(shownUrl(url));
        break;
    case Failure::TimedOut:
        r.timedOut = true;
        r.error = tr("the AI service at %1 did not answer in time").arg(shownUrl(url));
        break;
    case Failure::Malformed:
        r.error = tr("the AI service at %1 sent an answer that is not HTTP/1.x: %2")
                          .arg(shownUrl(url), detail);
        break;
    case Failure::Unsupported:
        r.retryable = false;
        r.error = tr("cannot talk to the AI service at %1: %2").arg(shownUrl(url), detail);
        break;
    case Failure::Certificate:
        // Asking again gets the same certificate: not retried.
        r.retryable = false;
        r.error = tr("cannot talk to the AI service at %1 over https: %2 (AI_CA_FILE names "
                     "certificate authorities to trust)")
                          .arg(shownUrl(url), detail);
        break;
    case Failure::Proxy:
        r.error = tr("cannot reach the AI service at %1 through its proxy: %2 (AI_PROXY=none "
                     "goes direct)")
                          .arg(shownUrl(url), detail);
        break;
    case Failure::Network:
        r.error = tr("network error talking to the AI service at %1: %2")
                          .arg(shownUrl(url), detail);
        break;
    }
    return r;
}

AiReply HttpProvider::answered(int status, const QByteArray &body, const QUrl &url,
                               const QByteArray &location, const QByteArray &retryAfter)
{
    AiReply r;
    if (status >= 200 && status < 300) {
        r.ok = true;
        return r;
    }
    const QString detail = readableDetail(body);
    r.error = tr("HTTP %1 from the AI service at %2: %3").arg(status).arg(shownUrl(url), detail);
    r.retryable = status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
    if (status >= 300 && status < 400)
        r.error = tr("HTTP %1 from the AI service at %2: a redirect to %3, which is not followed")
                          .arg(status)
                          .arg(shownUrl(url), QString::fromUtf8(location).left(200));
    r.retryAfterMs = parseRetryAfter(retryAfter);
    // A prompt longer than the model's context: this model fails it again, a larger one may not
    // (docs/outputs.md "When the next model is asked"). Servers say it in their own words.
    if (status == 400 || status == 413) {
        const QByteArray lower = body.toLower();
        for (const char *phrase : {"context_length_exceeded", "context length", "context window",
                                   "maximum context", "too many tokens", "prompt is too long"})
            if (lower.contains(phrase))
                r.fallBack = true;
        if (status == 413)
            r.fallBack = true;
    }
    return r;
}

std::optional<AiReply> HttpProvider::answerOf(const QByteArray &body,
                                              const AiRequest &request) const
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return parseAnswer(doc.object(), request);
}

} // namespace altrunner
