// SPDX-License-Identifier: GPL-3.0-or-later
// How AI requests travel (docs/engine.md "The AI client", "Proxies", "TLS"), with real parts on
// 127.0.0.1: a forwarding proxy that counts what it forwards (absolute-form requests and
// CONNECT tunnels) and can demand credentials, a TLS front (QSslServer) with certificates of a
// private CA made by tests/tls/make_certs.sh, and the fake AI service behind both.

#include "ai/connectioncheck.h"
#include "fakeaiserver.h"
#include "testutil.h"

#include <QFile>
#include <QProcess>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace altrunner;
using namespace altrunner::test;

namespace {

// A forwarding HTTP proxy: one request per client connection, forwarded in origin form with
// "Connection: close", the answer relayed whole; CONNECT opens a tunnel. With `demand407` set,
// every request gets 407 Proxy Authentication Required.
class TestProxy final : public QObject
{
public:
    TestProxy()
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection())
                serve(client);
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(port()); }
    int forwarded() const { return m_forwarded; }
    int tunnels() const { return m_tunnels; }
    QList<QByteArray> heads() const { return m_heads; }
    bool demand407 = false;

private:
    void serve(QTcpSocket *client)
    {
        auto *buffer = new QByteArray;
        connect(client, &QObject::destroyed, this, [buffer] { delete buffer; });
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        connect(client, &QTcpSocket::readyRead, this, [this, client, buffer] {
            if (client->property("piping").toBool())
                return;
            *buffer += client->readAll();
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = buffer->left(end);
            m_heads.append(head);
            const QList<QByteArray> words = head.left(head.indexOf('\r')).split(' ');
            if (demand407) {
                client->write("HTTP/1.1 407 Proxy Authentication Required\r\n"
                              "Proxy-Authenticate: Basic realm=\"test\"\r\n"
                              "Content-Length: 0\r\nConnection: close\r\n\r\n");
                client->disconnectFromHost();
                return;
            }
            if (words.value(0) == "CONNECT") {
                ++m_tunnels;
                const QList<QByteArray> hostPort = words.value(1).split(':');
                client->setProperty("piping", true);
                pipe(client, QString::fromLatin1(hostPort.value(0)),
                     quint16(hostPort.value(1).toUInt()),
                     "HTTP/1.1 200 Connection established\r\n\r\n", buffer->mid(end + 4));
                return;
            }
            qsizetype length = 0;
            for (const QByteArray &line : head.split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (buffer->size() < end + 4 + length)
                return;
            ++m_forwarded;
            const QUrl target(QString::fromLatin1(words.value(1)));
            QByteArray forward = words.value(0) + ' ' + target.path(QUrl::FullyEncoded).toLatin1()
                    + (target.hasQuery() ? '?' + target.query(QUrl::FullyEncoded).toLatin1()
                                         : QByteArray())
                    + " HTTP/1.1\r\n";
            for (const QByteArray &line : head.split('\n').mid(1)) {
                const QByteArray l = line.trimmed();
                if (!l.toLower().startsWith("proxy-") && !l.toLower().startsWith("connection:"))
                    forward += l + "\r\n";
            }
            forward += "Connection: close\r\n\r\n" + buffer->mid(end + 4, length);
            client->setProperty("piping", true);
            relay(client, target.host(), quint16(target.port(80)), forward);
        });
    }

    // One request to host:port and its answer back, told "Connection: close", then both ends
    // closed: the client opens a new connection to the proxy for its next request.
    void relay(QTcpSocket *client, const QString &host, quint16 port, const QByteArray &request)
    {
        auto *upstream = new QTcpSocket(client);
        auto *answer = new QByteArray;
        connect(upstream, &QObject::destroyed, this, [answer] { delete answer; });
        connect(upstream, &QTcpSocket::connected, upstream,
                [upstream, request] { upstream->write(request); });
        auto deliver = [client, upstream, answer] {
            *answer += upstream->readAll();
            const qsizetype end = answer->indexOf("\r\n\r\n");
            if (end < 0)
                return false;
            qsizetype length = -1;
            for (const QByteArray &line : answer->left(end).split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            const bool closed = upstream->state() != QAbstractSocket::ConnectedState;
            if (length >= 0 ? answer->size() < end + 4 + length : !closed)
                return false;
            const qsizetype statusEnd = answer->indexOf("\r\n");
            client->write(answer->left(statusEnd + 2) + "Connection: close\r\n"
                          + answer->mid(statusEnd + 2,
                                        length >= 0 ? end + 4 + length - statusEnd - 2 : -1));
            client->disconnectFromHost();
            upstream->abort();
            return true;
        };
        connect(upstream, &QTcpSocket::readyRead, client, deliver);
        connect(upstream, &QTcpSocket::disconnected, client, deliver);
        upstream->connectToHost(host, port);
    }

    // Both ways between the client and host:port, `hello` to the client once connected and
    // `first` to the server.
    void pipe(QTcpSocket *client, const QString &host, quint16 port, const QByteArray &hello,
              const QByteArray &first)
    {
        auto *upstream = new QTcpSocket(client);
        connect(upstream, &QTcpSocket::connected, client, [client, upstream, hello, first] {
            if (!hello.isEmpty())
                client->write(hello);
            if (!first.isEmpty())
                upstream->write(first);
            const QByteArray early = client->readAll();
            if (!early.isEmpty())
                upstream->write(early);
        });
        connect(upstream, &QTcpSocket::readyRead, client,
                [client, upstream] { client->write(upstream->readAll()); });
        connect(client, &QTcpSocket::readyRead, upstream, [client, upstream] {
            if (upstream->state() == QAbstractSocket::ConnectedState)
                upstream->write(client->readAll());
        });
        connect(upstream, &QTcpSocket::disconnected, client,
                [client] { client->disconnectFromHost(); });
        upstream->connectToHost(host, port);
    }

    QTcpServer m_server;
    int m_forwarded = 0;
    int m_tunnels = 0;
    QList<QByteArray> m_heads;
};

// TLS in front of a plain server: each connection's decrypted bytes go to 127.0.0.1:`upstream`.
class TlsFront final : public QObject
{
public:
    TlsFront(const QString &certificate, const QString &key, quint16 upstreamPort)
        : m_upstream(upstreamPort)
    {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        QFile c(certificate), k(key);
        c.open(QIODevice::ReadOnly);
        k.open(QIODevice::ReadOnly);
        tls.setLocalCertificate(QSslCertificate(&c, QSsl::Pem));
        tls.setPrivateKey(QSslKey(&k, QSsl::Rsa, QSsl::Pem));
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_server.setSslConfiguration(tls);
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                auto *client = qobject_cast<QSslSocket *>(s);
                auto *upstream = new QTcpSocket(client);
                connect(client, &QSslSocket::readyRead, upstream, [client, upstream] {
                    if (upstream->state() == QAbstractSocket::ConnectedState)
                        upstream->write(client->readAll());
                });
                connect(upstream, &QTcpSocket::connected, client,
                        [client, upstream] { upstream->write(client->readAll()); });
                connect(upstream, &QTcpSocket::readyRead, client,
                        [client, upstream] { client->write(upstream->readAll()); });
                connect(upstream, &QTcpSocket::disconnected, client,
                        [client] { client->disconnectFromHost(); });
                connect(client, &QSslSocket::disconnected, client, &QObject::deleteLater);
                upstream->connectToHost(QHostAddress::LocalHost, m_upstream);
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }

private:
    QSslServer m_server;
    quint16 m_upstream;
};

QJsonObject result(const Finished &f, const QString &id)
{
    return f.last.value(u"task_results").toObject().value(id).toObject();
}

std::shared_ptr<const AltFile> twoTasks()
{
    return load(altDocument(
            {task(QStringLiteral("a"), {}, {{QStringLiteral("prompt"), QStringLiteral("first")}}),
             task(QStringLiteral("b"), {QStringLiteral("a")},
                  {{QStringLiteral("prompt"), QStringLiteral("second {{a}}")}})}));
}

} // namespace

class tst_AiTransport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void proxies_data();
    void proxies();
    void proxyWantsCredentials();
    void deadProxyIsNamed();
    void httpsWithAPrivateCa_data();
    void httpsWithAPrivateCa();
    void httpsThroughAProxyTunnels();
    void manyInFlightAgainstOneHost_data();
    void manyInFlightAgainstOneHost();

private:
    EngineConfig config(const QUrl &url, ProviderKind kind = ProviderKind::OpenAi) const;
    QTemporaryDir m_dir;
    QString m_certs;
};

void tst_AiTransport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_certs = m_dir.filePath(QStringLiteral("certs"));
    QProcess make;
    make.start(QStringLiteral("bash"),
               {QStringLiteral(ALTRUNNER_SOURCE_DIR "/tests/tls/make_certs.sh"), m_certs});
    QVERIFY(make.waitForFinished(60000));
    QVERIFY2(make.exitCode() == 0, make.readAllStandardError().constData());
}

EngineConfig tst_AiTransport::config(const QUrl &url, ProviderKind kind) const
{
    EngineConfig c = testConfig(m_dir.path(), 4);
    c.provider = kind;
    c.aiServiceUrl = url;
    c.aiModel = QStringLiteral("model-a");
    c.aiStream = false;
    return c;
}

void tst_AiTransport::proxies_data()
{
    QTest::addColumn<QString>("aiProxy"); // "PROXY": the test proxy's URL
    QTest::addColumn<QString>("httpProxy");
    QTest::addColumn<QString>("noProxy");
    QTest::addColumn<bool>("throughProxy");
    QTest::newRow("AI_PROXY") << "PROXY"
                              << ""
                              << "" << true;
    QTest::newRow("http_proxy") << ""
                                << "PROXY"
                                << "" << true;
    QTest::newRow("AI_PROXY=none over http_proxy") << "none"
                                                   << "PROXY"
                                                   << "" << false;
    QTest::newRow("no_proxy names the host") << ""
                                             << "PROXY"
                                             << "127.0.0.1" << false;
    QTest::newRow("no_proxy names another host") << ""
                                                 << "PROXY"
                                                 << "elsewhere.example" << true;
    QTest::newRow("nothing set: direct") << ""
                                         << ""
                                         << "" << false;
}

void tst_AiTransport::proxies()
{
    QFETCH(QString, aiProxy);
    QFETCH(QString, httpProxy);
    QFETCH(QString, noProxy);
    QFETCH(bool, throughProxy);
    FakeAiServer server;
    QVERIFY(server.listen());
    TestProxy proxy;
    EngineConfig c = config(server.url());
    c.proxy.override = aiProxy == u"PROXY" ? proxy.url() : aiProxy;
    c.proxy.http = httpProxy == u"PROXY" ? proxy.url() : httpProxy;
    c.proxy.noProxy = noProxy;
    const Finished f = runToEnd(twoTasks(), c);
    QVERIFY2(f.result.outcome == RunOutcome::Success,
             qPrintable(result(f, QStringLiteral("a")).value(u"error").toString() + u" | "
                        + QString::fromLatin1(proxy.heads().value(0))));
    QCOMPARE(server.inferenceRequests().size(), 2);
    QCOMPARE(proxy.forwarded(), throughProxy ? 2 : 0); // every request, or none
    QCOMPARE(proxy.tunnels(), 0); // plain HTTP is forwarded, not tunnelled
    if (throughProxy)
        QVERIFY2(proxy.heads().first().startsWith("POST http://127.0.0.1:"),
                 proxy.heads().first().constData()); // absolute form
}

void tst_AiTransport::proxyWantsCredentials()
{
    FakeAiServer server;
    QVERIFY(server.listen());
    TestProxy proxy;
    proxy.demand407 = true;
    EngineConfig c = config(server.url());
    c.proxy.override = QStringLiteral("http://alice:s3cret@127.0.0.1:%1").arg(proxy.port());
    const Finished f = runToEnd(twoTasks(), c);
    QCOMPARE(f.result.outcome, RunOutcome::Failure);
    const QString error = result(f, QStringLiteral("a")).value(u"error").toString();
    QVERIFY2(error.contains(u"proxy") && error.contains(u"407"), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("127.0.0.1:%1").arg(proxy.port())), qPrintable(error));
    QCOMPARE(server.inferenceRequests().size(), 0);
    QFile last(f.result.lastFilePath);
    QVERIFY(last.open(QIODevice::ReadOnly));
    QVERIFY(!last.readAll().contains("s3cret")); // the proxy's credentials are written nowhere
}

void tst_AiTransport::deadProxyIsNamed()
{
    FakeAiServer server;
    QVERIFY(server.listen());
    quint16 dead = 0;
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost);
        dead = probe.serverPort();
    }
    EngineConfig c = config(server.url());
    c.proxy.http = QStringLiteral("http://127.0.0.1:%1").arg(dead);
    const Finished f = runToEnd(twoTasks(), c);
    QCOMPARE(f.result.outcome, RunOutcome::Failure);
    const QString error = result(f, QStringLiteral("a")).value(u"error").toString();
    QVERIFY2(error.contains(u"through its proxy")
                     && error.contains(QStringLiteral("127.0.0.1:%1").arg(dead)),
             qPrintable(error));
    QCOMPARE(server.inferenceRequests().size(), 0);
    // The check before a run names the proxy too, not the service it could not reach.
    const ConnectionCheck::Result check = ConnectionCheck::runBlocking(c, 5000);
    QVERIFY(!check.healthy);
    QVERIFY2(check.message.contains(QStringLiteral("proxy http://127.0.0.1:%1").arg(dead)),
             qPrintable(check.message));
}

void tst_AiTransport::httpsWithAPrivateCa_data()
{
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<bool>("trustTheCa");
    QTest::addColumn<QString>("problem"); // empty: the run succeeds
    QTest::newRow("without AI_CA_FILE") << "good" << false << "not trusted";
    QTest::newRow("with AI_CA_FILE") << "good" << true << "";
    QTest::newRow("another host's certificate") << "wronghost" << true << "host name";
    QTest::newRow("an expired certificate") << "expired" << true << "expired";
}

void tst_AiTransport::httpsWithAPrivateCa()
{
    QFETCH(QString, certificate);
    QFETCH(bool, trustTheCa);
    QFETCH(QString, problem);
    FakeAiServer server;
    QVERIFY(server.listen());
    TlsFront front(m_certs + u'/' + certificate + QStringLiteral(".pem"),
                   m_certs + u'/' + certificate + QStringLiteral(".key"), server.url().port());
    EngineConfig c = config(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(front.port())));
    if (trustTheCa)
        c.aiCaFile = m_certs + QStringLiteral("/ca.pem");
    const Finished f = runToEnd(twoTasks(), c);
    if (problem.isEmpty()) {
        QCOMPARE(f.result.outcome, RunOutcome::Success);
        QCOMPARE(server.inferenceRequests().size(), 2);
        return;
    }
    QCOMPARE(f.result.outcome, RunOutcome::Failure);
    const QJsonObject a = result(f, QStringLiteral("a"));
    const QString error = a.value(u"error").toString();
    QVERIFY2(error.contains(problem, Qt::CaseInsensitive) && error.contains(u"127.0.0.1"),
             qPrintable(error));
    QCOMPARE(a.value(u"metadata")[u"attempts"].toInt(), 1); // a certificate is not retried
    QCOMPARE(server.inferenceRequests().size(), 0);
}

void tst_AiTransport::httpsThroughAProxyTunnels()
{
    FakeAiServer server;
    QVERIFY(server.listen());
    TlsFront front(m_certs + QStringLiteral("/good.pem"), m_certs + QStringLiteral("/good.key"),
                   server.url().port());
    TestProxy proxy;
    EngineConfig c = config(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(front.port())));
    c.aiCaFile = m_certs + QStringLiteral("/ca.pem");
    c.proxy.https = proxy.url();
    const Finished f = runToEnd(twoTasks(), c);
    QCOMPARE(f.result.outcome, RunOutcome::Success);
    QVERIFY(proxy.tunnels() >= 1); // CONNECT, then TLS inside the tunnel
    QCOMPARE(proxy.forwarded(), 0);
    QVERIFY2(proxy.heads().first().startsWith(
                     QStringLiteral("CONNECT 127.0.0.1:%1 ").arg(front.port()).toLatin1()),
             proxy.heads().first().constData());
    QCOMPARE(server.inferenceRequests().size(), 2);
}

void tst_AiTransport::manyInFlightAgainstOneHost_data()
{
    QTest::addColumn<ProviderKind>("kind");
    QTest::newRow("orchestrator") << ProviderKind::Orchestrator;
    QTest::newRow("openai") << ProviderKind::OpenAi;
}

void tst_AiTransport::manyInFlightAgainstOneHost()
{
    // 64 independent requests of 500 ms at width 64 against one plain-HTTP host: all in flight
    // at once (Qt's six connections per manager are not the limit), so the run takes about half
    // a second, not 64 / 6 of them.
    QFETCH(ProviderKind, kind);
    FakeAiServer server;
    QVERIFY(server.listen());
    server.setDefaultLatencyMs(500);
    QJsonArray tasks;
    for (int i = 0; i < 64; ++i)
        tasks.append(task(QStringLiteral("t%1").arg(i), {},
                          {{QStringLiteral("prompt"), QStringLiteral("question %1").arg(i)}}));
    EngineConfig c = config(server.url(), kind);
    c.maxConcurrentTasks = 64;
    const Finished f = runToEnd(load(altDocument(tasks)), c);
    QCOMPARE(f.result.outcome, RunOutcome::Success);
    QCOMPARE(server.inferenceRequests().size(), 64);
    QCOMPARE(server.peakInFlight(), 64);
}

QTEST_GUILESS_MAIN(tst_AiTransport)
#include "tst_aitransport.moc"
