// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aiprovider.h"
#include "config/engineconfig.h"
#include "networkexchange.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QNetworkProxy>
#include <QUrl>

#include <memory>
#include <optional>

class QNetworkReply;

namespace altrunner {

class ChatStream;
class NetworkPool;

// What the two HTTP providers share: the connections (a NetworkPool of Qt's network managers on
// the run's thread, enough of them to keep MAX_CONCURRENT_TASKS requests in flight against one
// host, with the proxy and the certificate authorities chosen), fault classification
// (docs/engine.md "Retries"), Retry-After, readable errors, and the bearer token.
class HttpProvider : public AiProvider
{
    Q_DECLARE_TR_FUNCTIONS(altrunner::HttpProvider)

public:
    explicit HttpProvider(const EngineConfig &config);
    ~HttpProvider() override;

    AiCall *start(const AiRequest &request, AiCallback done, QObject *parent) override;

    // Classification of a finished exchange; public for the connection check and tests.
    // `proxy`: what the request went through (a failure to reach it is named as the proxy's).
    static AiReply classify(QNetworkReply *reply, const QByteArray &body, const QUrl &url,
                            const QNetworkProxy &proxy = QNetworkProxy(QNetworkProxy::NoProxy));
    // An exchange that got no whole answer.
    static AiReply noAnswer(NetworkExchange::Failure failure, const QString &detail,
                            const QUrl &url);
    // An answer with this status: ok for a 2xx, else the error it states.
    static AiReply answered(int status, const QByteArray &body, const QUrl &url,
                            const QByteArray &location, const QByteArray &retryAfter);
    static qint64 parseRetryAfter(const QByteArray &value); // -1 if absent or unreadable
    static QString readableDetail(const QByteArray &body);
    static QUrl join(const QUrl &base, const QString &path);
    // A 2xx answer's body in this provider's shape (JSON, then parseAnswer); nullopt when it is
    // not the expected JSON. Public for the fuzz target that reads any bytes as an answer.
    std::optional<AiReply> answerOf(const QByteArray &body, const AiRequest &request) const;
    // The provider's network managers (made on first use, on the calling thread).
    NetworkPool *pool();

protected:
    virtual QUrl endpoint() const = 0;
    virtual QJsonObject requestBody(const AiRequest &request) const = 0;
    // The answer of a 2xx response; nullopt when it is not the expected JSON. A reply with an
    // error set is a failure the server stated (a refusal), not one to retry.
    virtual std::optional<AiReply> parseAnswer(const QJsonObject &answer,
                                               const AiRequest &request) const = 0;
    // Whether requests ask for a streamed answer (docs/engine.md "Streaming").
    virtual bool streams() const { return false; }
    // The answer of a complete stream.
    virtual AiReply streamedAnswer(const ChatStream &stream, const AiRequest &request) const;

    const EngineConfig &config() const { return m_config; }

private:
    friend class HttpCall;

    EngineConfig m_config;
    // Made by the first request, on the thread that makes them all (the run's).
    std::unique_ptr<NetworkPool> m_pool;
};

} // namespace altrunner
