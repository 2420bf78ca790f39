// SPDX-License-Identifier: GPL-3.0-or-later
#include "proxychoice.h"

#include <QHostAddress>

namespace altrunner {

QNetworkProxy ProxyChoice::parse(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || t.compare(u"none", Qt::CaseInsensitive) == 0)
        return QNetworkProxy(QNetworkProxy::NoProxy);
    const QUrl url(t.contains(QStringLiteral("://")) ? t : QStringLiteral("http://") + t);
    if (!url.isValid() || url.host().isEmpty())
        return QNetworkProxy(QNetworkProxy::DefaultProxy);
    const QString scheme = url.scheme().toLower();
    QNetworkProxy::ProxyType type = QNetworkProxy::HttpProxy;
    int defaultPort = 80;
    if (scheme == u"socks5" || scheme == u"socks5h") {
        type = QNetworkProxy::Socks5Proxy;
        defaultPort = 1080;
    } else if (scheme == u"https") {
        defaultPort = 443;
    } else if (scheme != u"http") {
        return QNetworkProxy(QNetworkProxy::DefaultProxy);
    }
    QNetworkProxy proxy(type, url.host(), quint16(url.port(defaultPort)),
                        QUrl::fromPercentEncoding(url.userName(QUrl::FullyEncoded).toUtf8()),
                        QUrl::fromPercentEncoding(url.password(QUrl::FullyEncoded).toUtf8()));
    return proxy;
}

QString ProxyChoice::shown(const QNetworkProxy &proxy)
{
    const QString scheme = proxy.type() == QNetworkProxy::Socks5Proxy ? QStringLiteral("socks5")
                                                                      : QStringLiteral("http");
    const QString host
            = proxy.hostName().contains(u':') ? u'[' + proxy.hostName() + u']' : proxy.hostName();
    return QStringLiteral("%1://%2:%3").arg(scheme, host).arg(proxy.port());
}

bool ProxyChoice::bypassed(const QUrl &url, const QString &noProxy)
{
    const QString host = url.host().toLower();
    const int port = url.port(url.scheme() == u"https" ? 443 : 80);
    const QHostAddress address(host);
    for (QString entry : noProxy.split(u',', Qt::SkipEmptyParts)) {
        entry = entry.trimmed().toLower();
        if (entry.isEmpty())
            continue;
        if (entry == u"*")
            return true;
        // host:port narrows to one port (not for IPv6 literals without brackets).
        int entryPort = -1;
        if (entry.startsWith(u'[')) {
            const qsizetype close = entry.indexOf(u']');
            if (close > 0 && entry.size() > close + 2 && entry.at(close + 1) == u':')
                entryPort = entry.mid(close + 2).toInt();
            entry = entry.mid(1, close > 0 ? close - 1 : -1);
        } else if (entry.count(u':') == 1) {
            entryPort = entry.section(u':', 1).toInt();
            entry = entry.section(u':', 0, 0);
        }
        if (entryPort > 0 && entryPort != port)
            continue;
        if (entry.contains(u'/') && !address.isNull()) {
            if (address.isInSubnet(QHostAddress::parseSubnet(entry)))
                return true;
            continue;
        }
        if (!address.isNull() && QHostAddress(entry) == address)
            return true;
        if (entry.startsWith(u"*."))
            entry = entry.mid(1);
        if (entry.startsWith(u'.') ? host.endsWith(entry) || host == entry.mid(1)
                                   : host == entry || host.endsWith(u'.' + entry))
            return true;
    }
    return false;
}

QNetworkProxy ProxyChoice::forUrl(const QUrl &url, const ProxySettings &s)
{
    if (!s.override.isEmpty()) {
        // AI_PROXY is the person's explicit choice: no_proxy still keeps local hosts direct.
        const QNetworkProxy chosen = parse(s.override);
        if (chosen.type() == QNetworkProxy::NoProxy || bypassed(url, s.noProxy))
            return QNetworkProxy(QNetworkProxy::NoProxy);
        return chosen.type() == QNetworkProxy::DefaultProxy ? QNetworkProxy(QNetworkProxy::NoProxy)
                                                            : chosen;
    }
    if (bypassed(url, s.noProxy))
        return QNetworkProxy(QNetworkProxy::NoProxy);
    QString text = url.scheme() == u"https" ? s.https : s.http;
    if (text.isEmpty())
        text = s.all;
    const QNetworkProxy proxy = parse(text);
    // An unreadable environment proxy is not guessed at: direct.
    return proxy.type() == QNetworkProxy::DefaultProxy ? QNetworkProxy(QNetworkProxy::NoProxy)
                                                       : proxy;
}

} // namespace altrunner
