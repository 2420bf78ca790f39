// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aiprovider.h"
#include "config/engineconfig.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QUrl>

#include <memory>
#include <optional>
#include <vector>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace altrunner {

class ChatStream;

// What the two HTTP providers share: a pool of QNetworkAccessManagers, fault classification
// (docs/engine.md "Retries"), Retry-After, readable errors, and the bearer token.
//
// Qt 6.4 runs at most 6 HTTP/1.1 requests per host per QNetworkAccessManager and queues the
// rest, counting queued time against its transfer time-out. So each manager here is given at
// most 6 requests at a time and a new one is made when all are busy: a request is on the wire
// the moment it is started, and the attempt's time-out (the scheduler's) counts from then.
class HttpProvider : public AiProvider
{
    Q_DECLARE_TR_FUNCTIONS(altrunner::HttpProvider)

public:
    explicit HttpProvider(const EngineConfig &config);
    ~HttpProvider() override;

    AiCall *start(const AiRequest &request, AiCallback done, QObject *parent) override;

    // Classification of a finished exchange; public for the connection check and tests.
    static AiReply classify(QNetworkReply *reply, const QByteArray &body, const QUrl &url);
    static qint64 parseRetryAfter(const QByteArray &value); // -1 if absent or unreadable
    static QString readableDetail(const QByteArray &body);
    static QUrl join(const QUrl &base, const QString &path);

    // How many requests are on the wire now, and the most there ever were at once.
    int inFlight() const;
    int peakInFlight() const { return m_peak; }

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

    QNetworkRequest makeRequest(const QUrl &url) const;
    const EngineConfig &config() const { return m_config; }

private:
    friend class HttpCall;
    QNetworkAccessManager *acquire();
    void release(QNetworkAccessManager *manager);

    EngineConfig m_config;
    std::vector<std::unique_ptr<QNetworkAccessManager>> m_managers;
    QHash<QNetworkAccessManager *, int> m_active;
    int m_peak = 0;
};

} // namespace altrunner
