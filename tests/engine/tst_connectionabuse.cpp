// SPDX-License-Identifier: GPL-3.0-or-later
// The REST API's connection layer under the attacks third-party tools make (slowhttptest's
// slowloris, slow body and slow read; ApacheBench one connection over the cap), bounded and on
// 127.0.0.1, with a well-behaved client measured beside each (docs/rest-api.md "Connections"):
// it must be served, the process must return to its size, and nothing must stay open.

#include "api/apiserver.h"
#include "metrics/memoryusage.h"
#include "run/runregistry.h"
#include "testutil.h"

#include <algorithm>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>
#include <vector>

using namespace altrunner;
using namespace altrunner::test;

namespace {

// A client that asks GET /health on a new connection every `everyMs` and counts the answers
// that were 200 within two seconds.
class Prober final : public QObject
{
public:
    Prober(quint16 port, int everyMs)
        : m_port(port)
    {
        connect(&m_timer, &QTimer::timeout, this, &Prober::probe);
        m_timer.start(everyMs);
    }
    void stop() { m_timer.stop(); }
    int sent = 0;
    int ok = 0;
    int done = 0;

private:
    void probe()
    {
        ++sent;
        auto *s = new QTcpSocket(this);
        auto *answer = new QByteArray;
        auto *clock = new QElapsedTimer;
        clock->start();
        connect(s, &QTcpSocket::connected, s, [s] {
            s->write("GET /health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        });
        auto finish = [this, s, answer, clock] {
            if (!clock->isValid())
                return;
            ok += answer->startsWith("HTTP/1.1 200 ") && clock->elapsed() < 2000;
            ++done;
            clock->invalidate();
            s->deleteLater();
        };
        connect(s, &QTcpSocket::readyRead, s, [s, answer] { *answer += s->readAll(); });
        connect(s, &QTcpSocket::disconnected, s, finish);
        connect(s, &QTcpSocket::errorOccurred, s, finish);
        connect(s, &QObject::destroyed, [answer, clock] {
            delete answer;
            delete clock;
        });
        QTimer::singleShot(2500, s, finish);
        s->connectToHost(QHostAddress::LocalHost, m_port);
    }

    quint16 m_port;
    QTimer m_timer;
};

int openDescriptors()
{
    return int(QDir(QStringLiteral("/proc/self/fd"))
                       .entryList(QDir::NoDotAndDotDot | QDir::System)
                       .size());
}

} // namespace

class tst_ConnectionAbuse : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void attacks_data();
    void attacks();
    void oneOverTheCap();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<RunRegistry> m_runs;
    std::unique_ptr<ApiServer> m_server;
    QString m_lastId;
};

void tst_ConnectionAbuse::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // A 3 MB LAST file to read slowly.
    m_lastId = QStringLiteral("12345678-1234-1234-1234-123456789abc");
    QFile last(m_dir.filePath(QStringLiteral("last_%1.json").arg(m_lastId)));
    QVERIFY(last.open(QIODevice::WriteOnly));
    last.write("{\"tasks\": \"" + QByteArray(3 * 1024 * 1024, 'x') + "\"}");
    last.close();
    m_runs = std::make_unique<RunRegistry>(testConfig(m_dir.path(), 4, 1));
    m_server = std::make_unique<ApiServer>(m_runs.get());
    ApiServer::Options o;
    o.port = 0;
    QString error;
    QVERIFY2(m_server->listen(o, &error), qPrintable(error));
}

void tst_ConnectionAbuse::attacks_data()
{
    QTest::addColumn<QString>("attack");
    QTest::newRow("slowloris: heads a byte at a time") << u"slowloris"_qs;
    QTest::newRow("slow body") << u"slow body"_qs;
    QTest::newRow("slow read of a 3 MB LAST file") << u"slow read"_qs;
}

void tst_ConnectionAbuse::attacks()
{
    QFETCH(QString, attack);
    const quint16 port = m_server->port();
    // The server's idle size: no connection, no hand-back of freed memory still due.
    QTRY_VERIFY(m_server->openConnections() + m_server->waitingConnections() == 0);
    QTRY_VERIFY_WITH_TIMEOUT(!m_server->isMemoryTrimPending(), 5000);
    const qint64 idleBytes = MemoryUsage::currentResidentBytes();
    const int idleFds = openDescriptors();

    // 150 attackers (more than twice the cap), each trickling every 200 ms for 4 s.
    std::vector<std::unique_ptr<QTcpSocket>> attackers;
    QTimer trickle;
    connect(&trickle, &QTimer::timeout, this, [&] {
        for (auto &s : attackers) {
            if (s->state() != QAbstractSocket::ConnectedState)
                continue;
            if (attack == u"slowloris")
                s->write("X-a: b\r\n");
            else if (attack == u"slow body")
                s->write("0123456789");
        }
    });
    for (int i = 0; i < 150; ++i) {
        auto s = std::make_unique<QTcpSocket>();
        if (attack == u"slow read") {
            s->setReadBufferSize(1); // reads nothing more until told
            s->setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 2048);
        }
        s->connectToHost(QHostAddress::LocalHost, port);
        QTcpSocket *raw = s.get();
        connect(raw, &QTcpSocket::connected, raw, [raw, attack, this] {
            if (attack == u"slowloris")
                raw->write("GET /health HTTP/1.1\r\nHost: localhost\r\n");
            else if (attack == u"slow body")
                raw->write("POST /run HTTP/1.1\r\nHost: localhost\r\nContent-Type: "
                           "application/json\r\n"
                           "Content-Length: 100000\r\n\r\n{");
            else
                raw->write("GET /files/last/" + m_lastId.toLatin1()
                           + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
        });
        attackers.push_back(std::move(s));
        if (i % 25 == 24) // as slowhttptest opens them: a few dozen at a time
            QTRY_VERIFY(std::all_of(attackers.cbegin(), attackers.cend(), [](const auto &a) {
                return a->state() == QAbstractSocket::ConnectedState;
            }));
    }
    trickle.start(200);
    Prober good(port, 50);
    // The attack goes on while the well-behaved client sends 80 requests (about 4 s).
    QTRY_VERIFY_WITH_TIMEOUT(good.sent >= 80, 30000);
    good.stop();
    QTRY_COMPARE_WITH_TIMEOUT(good.done, good.sent, 5000);
    QVERIFY(m_server->openConnections() <= 64);
    const qint64 during = MemoryUsage::currentResidentBytes();
    trickle.stop();
    attackers.clear();

    QVERIFY2(good.ok * 100 >= good.sent * 95,
             qPrintable(QStringLiteral("%1 of %2 served").arg(good.ok).arg(good.sent)));
    // Back to its size and its descriptors once the attack is over.
    QTRY_VERIFY_WITH_TIMEOUT(m_server->openConnections() + m_server->waitingConnections() == 0,
                             10000);
    QTRY_VERIFY_WITH_TIMEOUT(openDescriptors() <= idleFds + 2, 10000);
    // Once the hand-back of freed memory after the flood has happened.
    QTRY_VERIFY_WITH_TIMEOUT(!m_server->isMemoryTrimPending(), 5000);
    const qint64 after = MemoryUsage::currentResidentBytes();
    qInfo("%s: %d of %d served; memory %lld MB idle, %lld MB during, %lld MB after",
          qPrintable(attack), good.ok, good.sent, idleBytes >> 20, during >> 20, after >> 20);
    QVERIFY2(after - idleBytes < 20 * 1024 * 1024,
             qPrintable(QStringLiteral("%1 MB after, %2 MB idle")
                                .arg(after >> 20)
                                .arg(idleBytes >> 20)));
}

void tst_ConnectionAbuse::oneOverTheCap()
{
    // 65 clients (one over the cap) asking as fast as they can, each on a new connection, as
    // ApacheBench -c 65 does; then the same on kept-alive connections (ab -k).
    const quint16 port = m_server->port();
    for (bool keepAlive : {false, true}) {
        int answered = 0, ok = 0;
        std::vector<std::unique_ptr<QTcpSocket>> clients;
        std::function<void(QTcpSocket *)> ask = [&](QTcpSocket *s) {
            s->write(keepAlive ? QByteArray("GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n")
                               : QByteArray("GET /health HTTP/1.1\r\nHost: localhost\r\n"
                                            "Connection: close\r\n\r\n"));
        };
        bool running = true;
        for (int i = 0; i < 65; ++i) {
            clients.push_back(std::make_unique<QTcpSocket>());
            QTcpSocket *s = clients.back().get();
            auto *buffer = new QByteArray;
            connect(s, &QObject::destroyed, [buffer] { delete buffer; });
            connect(s, &QTcpSocket::connected, s, [&, s] { ask(s); });
            connect(s, &QTcpSocket::readyRead, s, [&, s, buffer] {
                *buffer += s->readAll();
                // Whole answers: a head, and as many bytes of body as it says.
                for (;;) {
                    const qsizetype headEnd = buffer->indexOf("\r\n\r\n");
                    if (headEnd < 0)
                        break;
                    const qsizetype at = buffer->indexOf("Content-Length: ");
                    const qsizetype length
                            = buffer->mid(at + 16, buffer->indexOf('\r', at) - at - 16)
                                      .toLongLong();
                    if (buffer->size() < headEnd + 4 + length)
                        break;
                    ++answered;
                    ok += buffer->startsWith("HTTP/1.1 200 ");
                    buffer->remove(0, headEnd + 4 + length);
                    if (keepAlive && running && s->state() == QAbstractSocket::ConnectedState)
                        ask(s);
                }
            });
            connect(s, &QTcpSocket::disconnected, s, [&, s] {
                if (running)
                    s->connectToHost(QHostAddress::LocalHost, port);
            });
            s->connectToHost(QHostAddress::LocalHost, port);
        }
        Prober good(port, 50);
        // The 65 go on while the well-behaved client sends 60 requests (about 3 s).
        QTRY_VERIFY_WITH_TIMEOUT(good.sent >= 60, 30000);
        good.stop();
        running = false;
        QTRY_COMPARE_WITH_TIMEOUT(good.done, good.sent, 5000);
        clients.clear();
        qInfo("keep-alive %d: %d answers to the 65, %d of them 200; the prober %d of %d", keepAlive,
              answered, ok, good.ok, good.sent);
        QVERIFY(answered > 1000);
        QVERIFY2(ok * 100 >= answered * 95, qPrintable(QString::number(ok)));
        QVERIFY2(good.ok * 100 >= good.sent * 95,
                 qPrintable(QStringLiteral("%1 of %2 served").arg(good.ok).arg(good.sent)));
        QTRY_VERIFY_WITH_TIMEOUT(m_server->openConnections() + m_server->waitingConnections() == 0,
                                 10000);
    }
}

QTEST_GUILESS_MAIN(tst_ConnectionAbuse)
#include "tst_connectionabuse.moc"
