// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpprovider.h"

#include "onceonlybody.h"

#include "chatstream.h"
#include "httpcall.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>

namespace altrunner {

namespace {

constexpr int kPerManager = 6; // Qt 6.4's HTTP/1.1 connections per host per manager

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

QNetworkRequest HttpProvider::makeRequest(const QUrl &url) const
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("altrunner"));
    // Redirects only within the service: the bearer token must never reach another host.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);
    // The scheduler owns the time-out; Qt's would also count time spent queued.
    request.setTransferTimeout(0);
    if (!m_config.aiApiKey.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_config.aiApiKey.toUtf8());
    return request;
}

QNetworkAccessManager *HttpProvider::acquire()
{
    QNetworkAccessManager *best = nullptr;
    for (const auto &m : m_managers) {
        if (m_active.value(m.get()) < kPerManager
            && (!best || m_active.value(m.get()) < m_active.value(best)))
            best = m.get();
    }
    if (!best) {
        m_managers.push_back(std::make_unique<QNetworkAccessManager>());
        best = m_managers.back().get();
        best->setAutoDeleteReplies(false);
    }
    ++m_active[best];
    m_peak = std::max(m_peak, inFlight());
    return best;
}

void HttpProvider::release(QNetworkAccessManager *manager)
{
    --m_active[manager];
}

int HttpProvider::inFlight() const
{
    int n = 0;
    for (int a : m_active)
        n += a;
    return n;
}

AiCall *HttpProvider::start(const AiRequest &request, AiCallback done, QObject *parent)
{
    QNetworkAccessManager *manager = acquire();
    const QByteArray body = QJsonDocument(requestBody(request)).toJson(QJsonDocument::Compact);
    // Sent from a body Qt cannot rewind, with its length given, so Qt streams it rather than
    // buffering a copy it could send again (see OnceOnlyBody).
    QNetworkRequest networkRequest = makeRequest(endpoint());
    if (streams())
        networkRequest.setRawHeader("Accept", "text/event-stream, application/json");
    networkRequest.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
    networkRequest.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    auto *device = new OnceOnlyBody(body);
    QNetworkReply *reply = manager->post(networkRequest, device);
    device->setParent(reply);
    return new HttpCall(this, manager, reply, request, std::move(done), parent,
                        int(m_config.aiStreamIdleSeconds * 1000));
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
    if (ok)
        return seconds >= 0 ? qint64(seconds * 1000) : -1;
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

AiReply HttpProvider::classify(QNetworkReply *reply, const QByteArray &body, const QUrl &url)
{
    AiReply r;
    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!statusAttr.isValid()) {
        // No HTTP answer at all: the connection failed.
        r.retryable = true;
        switch (reply->error()) {
        case QNetworkReply::ConnectionRefusedError:
            r.error = tr("cannot connect to the AI service at %1: connection refused")
                              .arg(shownUrl(url));
            break;
        case QNetworkReply::RemoteHostClosedError:
        case QNetworkReply::ContentReSendError: // closed before answering; not sent twice
            r.error = tr("the AI service at %1 closed the connection before answering")
                              .arg(shownUrl(url));
            break;
        case QNetworkReply::HostNotFoundError:
            r.error = tr("cannot connect to the AI service at %1: host not found")
                              .arg(shownUrl(url));
            break;
        case QNetworkReply::TimeoutError:
        case QNetworkReply::OperationCanceledError:
            r.timedOut = true;
            r.error = tr("the AI service at %1 did not answer in time").arg(shownUrl(url));
            break;
        case QNetworkReply::SslHandshakeFailedError:
        case QNetworkReply::InsecureRedirectError:
        case QNetworkReply::TooManyRedirectsError:
        case QNetworkReply::ProtocolUnknownError:
            r.retryable = false;
            r.error = tr("cannot talk to the AI service at %1: %2")
                              .arg(shownUrl(url), reply->errorString());
            break;
        default:
            r.error = tr("network error talking to the AI service at %1: %2")
                              .arg(shownUrl(url), reply->errorString());
            break;
        }
        return r;
    }
    const int status = statusAttr.toInt();
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
                          .arg(shownUrl(url),
                               QString::fromUtf8(reply->rawHeader("Location")).left(200));
    if (reply->hasRawHeader("Retry-After"))
        r.retryAfterMs = parseRetryAfter(reply->rawHeader("Retry-After"));
    return r;
}

} // namespace altrunner
