// SPDX-License-Identifier: GPL-3.0-or-later
#include "networkpool.h"

#include "proxychoice.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSslCertificate>

namespace altrunner {

NetworkPool::NetworkPool(const EngineConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
{
    QString error;
    // A CA file that cannot be read was refused before the run (RunLauncher::preflight); here
    // the system's CAs are the fallback.
    m_settings.tls = tlsConfiguration(config.aiCaFile, &error)
                             .value_or(QSslConfiguration::defaultConfiguration());
    m_settings.proxy = config.proxy;
}

NetworkPool::~NetworkPool() = default;

std::optional<QSslConfiguration> NetworkPool::tlsConfiguration(const QString &caFile,
                                                               QString *error)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setAllowedNextProtocols({QSslConfiguration::ALPNProtocolHTTP2, "http/1.1"});
    if (caFile.isEmpty())
        return tls;
    QFile file(caFile);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("AI_CA_FILE: cannot read %1: %2").arg(caFile, file.errorString());
        return std::nullopt;
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.readAll());
    if (certificates.isEmpty()) {
        if (error)
            *error = tr("AI_CA_FILE: %1 holds no PEM certificate").arg(caFile);
        return std::nullopt;
    }
    tls.addCaCertificates(certificates);
    return tls;
}

QNetworkAccessManager *NetworkPool::createManager(const EngineConfig &config, QObject *parent)
{
    auto *manager = new QNetworkAccessManager(parent);
    manager->setProxyFactory(new AiProxyFactory(config.proxy)); // the manager owns it
    manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    manager->setAutoDeleteReplies(false);
    return manager;
}

QNetworkAccessManager *NetworkPool::acquire()
{
    QNetworkAccessManager *best = nullptr;
    for (const auto &m : m_managers) {
        if (m_active.value(m.get()) < kConnectionsPerManager
            && (!best || m_active.value(m.get()) < m_active.value(best)))
            best = m.get();
    }
    if (!best) {
        m_managers.emplace_back(createManager(m_config, nullptr));
        best = m_managers.back().get();
    }
    ++m_active[best];
    return best;
}

int NetworkPool::inFlight() const
{
    int n = 0;
    for (int a : m_active)
        n += a;
    return n;
}

NetworkExchange *NetworkPool::post(const QUrl &url, HttpHeaderList headers, QByteArray body,
                                   QObject *parent)
{
    QNetworkAccessManager *manager = acquire();
    auto *exchange = new NetworkExchange(manager, url, std::move(headers), std::move(body),
                                         m_settings, parent);
    // Counted until it ends, however it ends (answered, failed, aborted, deleted).
    connect(exchange, &QObject::destroyed, this, [this, manager] {
        if (m_active.contains(manager))
            --m_active[manager];
    });
    return exchange;
}

} // namespace altrunner
