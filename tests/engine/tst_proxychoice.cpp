// SPDX-License-Identifier: GPL-3.0-or-later
// Which proxy an AI request goes through (docs/engine.md "Proxies"), a row per case: AI_PROXY
// over the environment, https_proxy for https, http_proxy for http, all_proxy as the fallback,
// no_proxy's hosts, suffixes, ports, addresses and ranges, and "none".

#include "ai/proxychoice.h"
#include "config/configloader.h"

#include <QProcessEnvironment>
#include <QTest>

using namespace altrunner;

class tst_ProxyChoice : public QObject
{
    Q_OBJECT

private slots:
    void forUrl_data();
    void forUrl();
    void fromTheEnvironment_data();
    void fromTheEnvironment();
    void credentialsAreNeverShown();
};

void tst_ProxyChoice::forUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("aiProxy");
    QTest::addColumn<QString>("http");
    QTest::addColumn<QString>("https");
    QTest::addColumn<QString>("all");
    QTest::addColumn<QString>("noProxy");
    QTest::addColumn<QString>("expected"); // "direct" or "http://host:port" / "socks5://host:port"

    const QString plain = QStringLiteral("http://ai.example:8000/v1");
    const QString tls = QStringLiteral("https://ai.example/v1");
    QTest::newRow("nothing set") << plain << ""
                                 << ""
                                 << ""
                                 << ""
                                 << ""
                                 << "direct";
    QTest::newRow("http_proxy for http") << plain << ""
                                         << "http://p:3128"
                                         << ""
                                         << ""
                                         << ""
                                         << "http://p:3128";
    QTest::newRow("http_proxy not for https") << tls << ""
                                              << "http://p:3128"
                                              << ""
                                              << ""
                                              << ""
                                              << "direct";
    QTest::newRow("https_proxy for https") << tls << ""
                                           << ""
                                           << "http://s:3129"
                                           << ""
                                           << ""
                                           << "http://s:3129";
    QTest::newRow("all_proxy as the fallback") << tls << ""
                                               << ""
                                               << ""
                                               << "socks5://a:1080"
                                               << ""
                                               << "socks5://a:1080";
    QTest::newRow("host:port without a scheme") << plain << ""
                                                << "p:8080"
                                                << ""
                                                << ""
                                                << ""
                                                << "http://p:8080";
    QTest::newRow("default port") << plain << ""
                                  << "http://p"
                                  << ""
                                  << ""
                                  << ""
                                  << "http://p:80";
    QTest::newRow("AI_PROXY wins") << plain << "http://mine:9000"
                                   << "http://p:3128"
                                   << ""
                                   << ""
                                   << ""
                                   << "http://mine:9000";
    QTest::newRow("AI_PROXY=none goes direct") << plain << "none"
                                               << "http://p:3128"
                                               << ""
                                               << ""
                                               << ""
                                               << "direct";
    QTest::newRow("AI_PROXY for https too") << tls << "http://mine:9000"
                                            << ""
                                            << ""
                                            << ""
                                            << ""
                                            << "http://mine:9000";
    QTest::newRow("no_proxy host") << plain << ""
                                   << "http://p:3128"
                                   << ""
                                   << ""
                                   << "localhost,ai.example"
                                   << "direct";
    QTest::newRow("no_proxy suffix with a dot") << plain << ""
                                                << "http://p:3128"
                                                << ""
                                                << ""
                                                << ".example"
                                                << "direct";
    QTest::newRow("no_proxy domain without a dot") << plain << ""
                                                   << "http://p:3128"
                                                   << ""
                                                   << ""
                                                   << "example"
                                                   << "direct";
    QTest::newRow("no_proxy *.domain") << plain << ""
                                       << "http://p:3128"
                                       << ""
                                       << ""
                                       << "*.example"
                                       << "direct";
    QTest::newRow("no_proxy other domain") << plain << ""
                                           << "http://p:3128"
                                           << ""
                                           << ""
                                           << "other.example,notexample"
                                           << "http://p:3128";
    QTest::newRow("no_proxy a suffix is not a substring") << plain << ""
                                                          << "http://p:3128"
                                                          << ""
                                                          << ""
                                                          << "ample"
                                                          << "http://p:3128";
    QTest::newRow("no_proxy *") << plain << ""
                                << "http://p:3128"
                                << ""
                                << ""
                                << "*"
                                << "direct";
    QTest::newRow("no_proxy host:port, same port") << plain << ""
                                                   << "http://p:3128"
                                                   << ""
                                                   << ""
                                                   << "ai.example:8000"
                                                   << "direct";
    QTest::newRow("no_proxy host:port, other port") << plain << ""
                                                    << "http://p:3128"
                                                    << ""
                                                    << ""
                                                    << "ai.example:9000"
                                                    << "http://p:3128";
    QTest::newRow("no_proxy address") << "http://127.0.0.1:8000/"
                                      << ""
                                      << "http://p:3128"
                                      << ""
                                      << ""
                                      << "127.0.0.1"
                                      << "direct";
    QTest::newRow("no_proxy range") << "http://10.1.2.3:8000/"
                                    << ""
                                    << "http://p:3128"
                                    << ""
                                    << ""
                                    << "10.0.0.0/8"
                                    << "direct";
    QTest::newRow("no_proxy range, outside") << "http://11.1.2.3:8000/"
                                             << ""
                                             << "http://p:3128"
                                             << ""
                                             << ""
                                             << "10.0.0.0/8"
                                             << "http://p:3128";
    QTest::newRow("no_proxy IPv6") << "http://[::1]:8000/"
                                   << ""
                                   << "http://p:3128"
                                   << ""
                                   << ""
                                   << "::1"
                                   << "direct";
    QTest::newRow("no_proxy keeps local hosts direct under AI_PROXY") << "http://localhost:8000/"
                                                                      << "http://mine:9000"
                                                                      << ""
                                                                      << ""
                                                                      << ""
                                                                      << "localhost"
                                                                      << "direct";
    QTest::newRow("an unreadable environment proxy is not guessed at") << plain << ""
                                                                       << "ftp://p:21"
                                                                       << ""
                                                                       << ""
                                                                       << ""
                                                                       << "direct";
}

void tst_ProxyChoice::forUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, aiProxy);
    QFETCH(QString, http);
    QFETCH(QString, https);
    QFETCH(QString, all);
    QFETCH(QString, noProxy);
    QFETCH(QString, expected);
    const QNetworkProxy p
            = ProxyChoice::forUrl(QUrl(url), ProxySettings {aiProxy, http, https, all, noProxy});
    const QString got
            = p.type() == QNetworkProxy::NoProxy ? QStringLiteral("direct") : ProxyChoice::shown(p);
    QCOMPARE(got, expected);
}

void tst_ProxyChoice::fromTheEnvironment_data()
{
    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("valid");
    QTest::newRow("upper case names")
            << QStringList {u"HTTP_PROXY=http://up:1"_qs, u"NO_PROXY=other"_qs} << u"http://up:1"_qs
            << true;
    QTest::newRow("lower case wins over upper")
            << QStringList {u"HTTP_PROXY=http://up:1"_qs, u"http_proxy=http://low:2"_qs}
            << u"http://low:2"_qs << true;
    QTest::newRow("AI_PROXY") << QStringList {u"AI_PROXY=socks5://s:1080"_qs}
                              << u"socks5://s:1080"_qs << true;
    QTest::newRow("AI_PROXY none") << QStringList {u"http_proxy=http://p:3"_qs, u"AI_PROXY=none"_qs}
                                   << u"direct"_qs << true;
    QTest::newRow("AI_PROXY not a proxy URL")
            << QStringList {u"AI_PROXY=ftp://x:1"_qs} << QString() << false;
}

void tst_ProxyChoice::fromTheEnvironment()
{
    QFETCH(QStringList, environment);
    QFETCH(QString, expected);
    QFETCH(bool, valid);
    QProcessEnvironment env;
    for (const QString &kv : environment)
        env.insert(kv.section(u'=', 0, 0), kv.section(u'=', 1));
    QStringList errors;
    const EngineConfig config = ConfigLoader::fromEnvironment(env, &errors);
    QCOMPARE(errors.isEmpty(), valid);
    if (!valid) {
        QVERIFY(errors.first().startsWith(u"AI_PROXY"));
        return;
    }
    const QNetworkProxy p = ProxyChoice::forUrl(QUrl(u"http://ai.example/v1"_qs), config.proxy);
    QCOMPARE(p.type() == QNetworkProxy::NoProxy ? u"direct"_qs : ProxyChoice::shown(p), expected);
}

void tst_ProxyChoice::credentialsAreNeverShown()
{
    const QNetworkProxy p = ProxyChoice::parse(u"http://alice:s3cret@proxy.corp:3128"_qs);
    QCOMPARE(p.user(), u"alice"_qs);
    QCOMPARE(p.password(), u"s3cret"_qs);
    QCOMPARE(ProxyChoice::shown(p), u"http://proxy.corp:3128"_qs);
    QProcessEnvironment env;
    env.insert(u"AI_PROXY"_qs, u"gopher://alice:s3cret@x"_qs);
    QStringList errors;
    ConfigLoader::fromEnvironment(env, &errors);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(!errors.first().contains(u"s3cret"), qPrintable(errors.first()));
}

QTEST_GUILESS_MAIN(tst_ProxyChoice)
#include "tst_proxychoice.moc"
