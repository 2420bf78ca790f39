// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/engineconfig.h"

#include <QCoreApplication>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QUrl>

namespace altrunner {

// Which proxy an AI request goes through (docs/engine.md "Proxies"), as a pure function of the
// settings and the URL: AI_PROXY ("none": direct) over the environment's https_proxy (https),
// http_proxy (http), all_proxy; no_proxy lists hosts, domain suffixes (".corp" or "corp"),
// host:port, IP addresses and CIDR ranges, or "*", that go direct. Qt's own factory reads only
// lower-case names and no AI_PROXY.
class ProxyChoice final
{
    Q_DECLARE_TR_FUNCTIONS(altrunner::ProxyChoice)

public:
    static QNetworkProxy forUrl(const QUrl &url, const ProxySettings &settings);
    // Whether `url`'s host is in the no_proxy list.
    static bool bypassed(const QUrl &url, const QString &noProxy);
    // "http://user:pass@host:3128", "socks5://host:1080" or "host:3128" as a proxy; NoProxy for
    // "none" or an empty text; DefaultProxy (meaning: unusable) when it cannot be read.
    static QNetworkProxy parse(const QString &text);
    // How a proxy is named in errors and logs: scheme, host and port, never its credentials.
    static QString shown(const QNetworkProxy &proxy);
};

// The proxy factory of the AI client's network managers: ProxyChoice, per request.
class AiProxyFactory final : public QNetworkProxyFactory
{
public:
    explicit AiProxyFactory(ProxySettings settings)
        : m_settings(std::move(settings))
    {
    }
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        QNetworkProxy proxy = ProxyChoice::forUrl(query.url(), m_settings);
        // A request forwarded to an HTTP proxy carries its credentials itself
        // (NetworkExchange, preemptively): Qt would answer a 407 by sending the request again,
        // which a body it cannot rewind forbids. A CONNECT tunnel (https) authenticates before
        // any request, so Qt keeps them there.
        if (proxy.type() == QNetworkProxy::HttpProxy && query.url().scheme() != u"https") {
            proxy.setUser(QString());
            proxy.setPassword(QString());
        }
        return {proxy};
    }

private:
    ProxySettings m_settings;
};

} // namespace altrunner
