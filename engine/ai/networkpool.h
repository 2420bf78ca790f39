// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/engineconfig.h"
#include "networkexchange.h"

#include <QCoreApplication>
#include <QHash>

#include <memory>
#include <optional>
#include <vector>

class QNetworkAccessManager;

namespace altrunner {

// The AI client's network managers (docs/engine.md "The AI client"), made on the thread that
// sends (the run's): Qt opens at most six HTTP/1.1 connections per host and manager, so a run
// that keeps N requests in flight against one host gets ceil(N / 6) managers, and each request
// goes out on the one with the fewest in flight. Every manager asks ProxyChoice for its proxy
// and trusts the system's certificate authorities plus AI_CA_FILE's.
class NetworkPool final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkPool)

public:
    static constexpr int kConnectionsPerManager = 6; // Qt 6.4's HTTP/1.1 per host

    explicit NetworkPool(const EngineConfig &config, QObject *parent = nullptr);
    ~NetworkPool() override;

    // One POST, on the least busy manager; the exchange is the caller's (parented to `parent`).
    NetworkExchange *post(const QUrl &url, HttpHeaderList headers, QByteArray body,
                          QObject *parent = nullptr);
    int managerCount() const { return int(m_managers.size()); }
    int inFlight() const;
    void setMaxAnswerBytes(qint64 bytes) { m_settings.maxAnswerBytes = bytes; }

    // The TLS configuration of AI requests: the system's CAs and those of `caFile` (PEM); empty
    // `caFile`: the system's alone. Nullopt with `error` when the file has no certificate.
    static std::optional<QSslConfiguration> tlsConfiguration(const QString &caFile, QString *error);
    // A manager set up as the pool's are (proxy, no automatic redirects), for one-off requests
    // such as the connection check.
    static QNetworkAccessManager *createManager(const EngineConfig &config, QObject *parent);

private:
    QNetworkAccessManager *acquire();

    EngineConfig m_config;
    NetworkExchange::Settings m_settings;
    std::vector<std::unique_ptr<QNetworkAccessManager>> m_managers;
    QHash<QNetworkAccessManager *, int> m_active;
};

} // namespace altrunner
