// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/engineconfig.h"
#include "util/httpheaders.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QStringList>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace altrunner {

// One POST to the AI service and its answer, through Qt's QNetworkAccessManager (docs/engine.md
// "The AI client"): the status and headers as soon as they arrive (headReceived), the body as it
// comes (readyRead), then finished() once. Same-origin 307 and 308 redirects are followed (the
// server did not act on the request; the same body is sent again as the same attempt); other
// redirects are the answer. The body is a device Qt cannot rewind, so Qt never sends a request
// twice on its own: a connection that closes before answering fails the exchange, and the
// engine's retry policy decides. An answer larger than the bound is cut off.
class NetworkExchange final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkExchange)

public:
    // Why an exchange ended without a whole answer.
    enum class Failure {
        None,
        Refused, // nothing listens there
        HostNotFound,
        Closed, // closed before any answer
        Truncated, // closed in the middle of the answer
        Malformed, // not an HTTP answer we can read
        TimedOut,
        Unsupported, // not HTTP, a protocol Qt cannot speak
        Certificate, // TLS: the service's certificate is not trusted (not retried)
        Proxy, // the proxy refused, wanted credentials (407), or cannot be reached
        Network, // anything else below HTTP
    };

    struct Settings
    {
        QSslConfiguration tls; // for https: the system's CAs and AI_CA_FILE's
        qint64 maxAnswerBytes = 64 * 1024 * 1024;
        ProxySettings proxy; // to send a forwarding proxy's credentials with the request
    };

    // What a QNetworkReply's error means for a request that got no answer (one mapping for the
    // AI requests and the service check).
    // Through a proxy, the only connection made is to the proxy: a refused connection, an
    // unknown host or a time-out is the proxy's failure (`viaProxy`).
    static Failure failureOf(int networkError, bool viaProxy = false);

    NetworkExchange(QNetworkAccessManager *manager, const QUrl &url, HttpHeaderList headers,
                    QByteArray body, const Settings &settings, QObject *parent = nullptr);
    ~NetworkExchange() override;

    // Ends the exchange at once (the server sees the request go away); no signal follows.
    void abort();

    const QUrl &url() const { return m_url; } // after redirects
    int status() const { return m_status; } // 0 until the head arrived
    QByteArray header(QByteArrayView name) const { return httpHeader(m_headers, name); }
    const HttpHeaderList &headers() const { return m_headers; }
    QByteArray readAll() { return std::exchange(m_received, {}); }
    bool isFinished() const { return m_finished; }
    Failure failure() const { return m_failure; }
    const QString &errorString() const { return m_error; }
    // The manager it went out on (the pool counts what each has in flight).
    QNetworkAccessManager *manager() const { return m_manager; }

signals:
    void headReceived();
    void readyRead();
    void finished();

private:
    void send();
    void onMetaData();
    void onReadyRead();
    void onFinished();
    bool followRedirect();
    void finish(Failure failure, const QString &error);
    void detach();

    QNetworkAccessManager *m_manager;
    QUrl m_url;
    HttpHeaderList m_requestHeaders;
    QByteArray m_body;
    Settings m_settings;
    QPointer<QNetworkReply> m_reply;
    int m_status = 0;
    HttpHeaderList m_headers;
    QByteArray m_received;
    qint64 m_bodyBytes = 0;
    int m_redirects = 0;
    bool m_headSent = false;
    bool m_finished = false;
    Failure m_failure = Failure::None;
    QString m_error;
    QStringList m_sslErrors; // what the TLS handshake found wrong, in words
};

} // namespace altrunner
