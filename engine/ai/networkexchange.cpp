// SPDX-License-Identifier: GPL-3.0-or-later
#include "networkexchange.h"

#include "onceonlybody.h"
#include "proxychoice.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslError>

namespace altrunner {

namespace {

constexpr int kMaxRedirects = 5;

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    auto defaultPort = [](const QUrl &u) {
        return u.scheme() == u"https" ? 443 : 80;
    };
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
            && a.port(defaultPort(a)) == b.port(defaultPort(b));
}

} // namespace

NetworkExchange::Failure NetworkExchange::failureOf(int networkError, bool viaProxy)
{
    if (viaProxy
        && (networkError == QNetworkReply::ConnectionRefusedError
            || networkError == QNetworkReply::HostNotFoundError
            || networkError == QNetworkReply::TimeoutError))
        return Failure::Proxy;
    switch (QNetworkReply::NetworkError(networkError)) {
    case QNetworkReply::ConnectionRefusedError:
        return Failure::Refused;
    case QNetworkReply::HostNotFoundError:
        return Failure::HostNotFound;
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ContentReSendError:
        // Qt would have sent the request again on a new connection (the old one closed, or
        // answered with what it cannot read): it cannot rewind the body, so it is not sent
        // twice, and the engine's retry policy decides.
        return Failure::Closed;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return Failure::TimedOut;
    case QNetworkReply::SslHandshakeFailedError:
        return Failure::Certificate;
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
        return Failure::Proxy;
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::TooManyRedirectsError:
        return Failure::Unsupported;
    case QNetworkReply::ProtocolFailure:
        return Failure::Malformed;
    default:
        return Failure::Network;
    }
}

NetworkExchange::NetworkExchange(QNetworkAccessManager *manager, const QUrl &url,
                                 HttpHeaderList headers, QByteArray body, const Settings &settings,
                                 QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_url(url)
    , m_requestHeaders(std::move(headers))
    , m_body(std::move(body))
    , m_settings(settings)
{
    send();
}

NetworkExchange::~NetworkExchange()
{
    abort();
}

void NetworkExchange::send()
{
    QNetworkRequest request(m_url);
    for (const auto &[name, value] : std::as_const(m_requestHeaders))
        request.setRawHeader(name, value);
    request.setHeader(QNetworkRequest::ContentLengthHeader, m_body.size());
    // Redirects are ours to judge (same origin, 307/308 only): the key never leaves the service.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    // Streamed from a body Qt cannot rewind, not buffered: Qt cannot send it twice.
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);
    // The engine owns the time-outs; Qt's would also count time spent queued.
    request.setTransferTimeout(0);
    if (m_url.scheme() == u"https")
        request.setSslConfiguration(m_settings.tls);
    if (const QNetworkProxy proxy = ProxyChoice::forUrl(m_url, m_settings.proxy);
        proxy.type() == QNetworkProxy::HttpProxy && m_url.scheme() != u"https"
        && !proxy.user().isEmpty())
        request.setRawHeader(
                "Proxy-Authorization",
                "Basic " + (proxy.user() + u':' + proxy.password()).toUtf8().toBase64());
    auto *device = new OnceOnlyBody(m_body);
    m_reply = m_manager->post(request, device);
    device->setParent(m_reply);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &NetworkExchange::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &NetworkExchange::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &NetworkExchange::onFinished);
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            m_sslErrors.append(e.errorString());
    });
}

void NetworkExchange::detach()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->deleteLater();
}

void NetworkExchange::abort()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    detach();
    reply->abort(); // closes the connection: the server sees the request go away
}

void NetworkExchange::onMetaData()
{
    if (!m_reply || m_headSent)
        return;
    const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid())
        return;
    const int code = status.toInt();
    if (code == 407
        && ProxyChoice::forUrl(m_url, m_settings.proxy).type() != QNetworkProxy::NoProxy)
        return; // the proxy's answer: told as the proxy's failure when it ends
    if ((code == 307 || code == 308) && m_redirects < kMaxRedirects) {
        const QUrl next = m_url.resolved(QUrl::fromEncoded(m_reply->rawHeader("Location")));
        if (sameOrigin(m_url, next))
            return; // followed when this answer ends (its body is not read)
    }
    m_status = code;
    m_headers.clear();
    for (const auto &[name, value] : m_reply->rawHeaderPairs())
        m_headers.append({name, value});
    m_headSent = true;
    emit headReceived();
}

void NetworkExchange::onReadyRead()
{
    if (!m_reply)
        return;
    if (!m_headSent) {
        onMetaData();
        if (!m_headSent)
            return; // a redirect being followed: its body is dropped when it ends
    }
    const QByteArray bytes = m_reply->readAll();
    m_bodyBytes += bytes.size();
    if (m_bodyBytes > m_settings.maxAnswerBytes) {
        abort();
        finish(Failure::Truncated,
               tr("the answer is larger than %1 MiB").arg(m_settings.maxAnswerBytes >> 20));
        return;
    }
    m_received += bytes;
    emit readyRead();
}

bool NetworkExchange::followRedirect()
{
    if (!m_reply || m_headSent)
        return false;
    const int code = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (code != 307 && code != 308)
        return false;
    const QUrl next = m_url.resolved(QUrl::fromEncoded(m_reply->rawHeader("Location")));
    if (!sameOrigin(m_url, next) || ++m_redirects > kMaxRedirects)
        return false;
    detach();
    m_url = next;
    send(); // the same POST, with the same body: the server did not act on the first
    return true;
}

void NetworkExchange::onFinished()
{
    if (!m_reply)
        return;
    if (followRedirect())
        return;
    const QNetworkProxy proxy = ProxyChoice::forUrl(m_url, m_settings.proxy);
    const bool viaProxy = proxy.type() != QNetworkProxy::NoProxy;
    if (viaProxy && m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 407) {
        // The forwarding proxy's answer, not the service's.
        detach();
        finish(Failure::Proxy,
               tr("the proxy %1 wants credentials (407 Proxy Authentication Required); give "
                  "them in the proxy's URL")
                       .arg(ProxyChoice::shown(proxy)));
        return;
    }
    if (!m_headSent)
        onMetaData();
    const QNetworkReply::NetworkError error = m_reply->error();
    const QString detail = m_reply->errorString();
    if (m_headSent) {
        const QByteArray rest = m_reply->readAll();
        m_bodyBytes += rest.size();
        m_received += rest;
        // An error status is an answer; a connection lost in the middle of one is not whole.
        const bool cut = error == QNetworkReply::RemoteHostClosedError
                || error == QNetworkReply::NetworkSessionFailedError
                || error == QNetworkReply::UnknownNetworkError
                || error == QNetworkReply::ProtocolFailure;
        detach();
        finish(cut ? Failure::Truncated : Failure::None, cut ? detail : QString());
        return;
    }
    const Failure failure = failureOf(error, viaProxy);
    QString why = detail;
    if (failure == Failure::Certificate && !m_sslErrors.isEmpty())
        why = tr("the certificate of %1 is not trusted: %2")
                      .arg(m_url.host(), m_sslErrors.join(QStringLiteral("; ")));
    else if (failure == Failure::Certificate)
        why = tr("TLS with %1 failed: %2").arg(m_url.host(), detail);
    if (failure == Failure::Proxy) {
        // Named by where it is, never with its credentials.
        why = error == QNetworkReply::ProxyAuthenticationRequiredError
                ? tr("the proxy %1 wants credentials (407 Proxy Authentication Required)")
                          .arg(ProxyChoice::shown(proxy))
                : tr("the proxy %1: %2").arg(ProxyChoice::shown(proxy), detail);
    }
    detach();
    finish(failure, why);
}

void NetworkExchange::finish(Failure failure, const QString &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_failure = failure;
    m_error = error;
    emit finished();
}

} // namespace altrunner
