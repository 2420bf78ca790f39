// SPDX-License-Identifier: GPL-3.0-or-later
// Publishing LAST files to the ALT_LAS archive service over NATS (docs/engine.md "The archive
// service"), against a real nats-server this test starts on a free loopback port: every message
// reaches a real subscriber with the right fields; with the server stopped mid-way the runs are
// unaffected and the messages arrive once it is back; a full queue drops and says so.

#include "archive/archivepublisher.h"
#include "run/run.h"
#include "run/runregistry.h"
#include "testutil.h"

#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <nats/nats.h>

using namespace altrunner;
using namespace altrunner::test;

namespace {

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// A real nats-server on 127.0.0.1.
class NatsServer
{
public:
    explicit NatsServer(quint16 port)
        : m_port(port)
    {
    }
    ~NatsServer() { stop(); }
    bool start()
    {
        const QString program = QStandardPaths::findExecutable(
                QStringLiteral("nats-server"),
                {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
        if (program.isEmpty())
            return false;
        m_process.start(program,
                        {QStringLiteral("-a"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                         QString::number(m_port)});
        if (!m_process.waitForStarted(5000))
            return false;
        // Up once its port takes connections.
        return QTest::qWaitFor(
                [&] {
                    QTcpSocket s;
                    s.connectToHost(QHostAddress::LocalHost, m_port);
                    return s.waitForConnected(100);
                },
                15000);
    }
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    QString url() const { return QStringLiteral("nats://127.0.0.1:%1").arg(m_port); }

private:
    quint16 m_port;
    QProcess m_process;
};

// A subscriber of the archive's subject, as the archive service is.
class Subscriber
{
public:
    bool connect(const QString &url, const char *subject)
    {
        if (natsConnection_ConnectTo(&m_connection, url.toUtf8().constData()) != NATS_OK)
            return false;
        return natsConnection_SubscribeSync(&m_subscription, m_connection, subject) == NATS_OK
                && natsConnection_Flush(m_connection) == NATS_OK;
    }
    ~Subscriber()
    {
        natsSubscription_Destroy(m_subscription);
        natsConnection_Destroy(m_connection);
    }
    QList<QJsonObject> receive(int count, int timeoutMs)
    {
        QList<QJsonObject> out;
        QElapsedTimer t;
        t.start();
        while (out.size() < count && t.elapsed() < timeoutMs) {
            natsMsg *msg = nullptr;
            if (natsSubscription_NextMsg(&msg, m_subscription, 200) == NATS_OK) {
                out.append(QJsonDocument::fromJson(
                                   QByteArray(natsMsg_GetData(msg), natsMsg_GetDataLength(msg)))
                                   .object());
                natsMsg_Destroy(msg);
            }
        }
        return out;
    }

private:
    natsConnection *m_connection = nullptr;
    natsSubscription *m_subscription = nullptr;
};

} // namespace

class tst_Archive : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void message();
    void everyLastFileReachesTheSubscriber();
    void anOutageLosesNothingThatFits();
    void aFullQueueDropsAndSaysSo();

private:
    QList<RunResult> runs(RunRegistry &registry, int count);
    QTemporaryDir m_dir;
};

QList<RunResult> tst_Archive::runs(RunRegistry &registry, int count)
{
    QList<RunResult> results;
    for (int i = 0; i < count; ++i) {
        QJsonObject doc = altDocument(
                {noop(QStringLiteral("a")), noop(QStringLiteral("b"), {QStringLiteral("a")})});
        doc.insert(QStringLiteral("id"), QStringLiteral("alt-%1").arg(i));
        Run *run = registry.start(load(doc), {});
        if (!run)
            return results;
        const QString id = run->executionId();
        QSignalSpy finished(&registry, &RunRegistry::runFinished);
        if (!registry.find(id)->result && !finished.wait(10000))
            return results;
        results.append(registry.find(id)->result.value_or(RunResult {}));
    }
    return results;
}

void tst_Archive::message()
{
    RunResult r;
    r.executionId = QStringLiteral("e-1");
    r.outcome = RunOutcome::PartialSuccess;
    r.lastFilePath = QStringLiteral("/var/altrunner/runs/last_e-1.json");
    r.snapshot.total = 4;
    r.snapshot.counts[size_t(TaskStatus::Completed)] = 3;
    ArchivePublisher::Settings s;
    s.outputDir = QStringLiteral("/var/altrunner/runs/");
    s.pathPrefix = QStringLiteral("/archive/lasts");
    const QJsonObject m
            = QJsonDocument::fromJson(ArchivePublisher::message(r, QStringLiteral("alt-9"), s, 0))
                      .object();
    QCOMPARE(m.value(u"id").toString(), QStringLiteral("e-1"));
    QCOMPARE(m.value(u"file_path").toString(), QStringLiteral("/archive/lasts/last_e-1.json"));
    QCOMPARE(m.value(u"success_rate").toDouble(), 0.75);
    QCOMPARE(m.value(u"timestamp").toString(), QStringLiteral("1970-01-01T00:00:00.000Z"));
    QCOMPARE(m.value(u"metadata")[u"alt_file_id"].toString(), QStringLiteral("alt-9"));
    QCOMPARE(m.value(u"metadata")[u"status"].toString(), QStringLiteral("partial_success"));
    QVERIFY(!m.value(u"metadata")[u"runner_version"].toString().isEmpty());
    s.pathPrefix.clear(); // no prefix: the path as it is here
    QCOMPARE(QJsonDocument::fromJson(ArchivePublisher::message(r, {}, s, 0))
                     .object()
                     .value(u"file_path")
                     .toString(),
             r.lastFilePath);
}

void tst_Archive::everyLastFileReachesTheSubscriber()
{
    NatsServer server(freePort());
    QVERIFY2(server.start(), "nats-server did not start (scripts/install-deps.sh installs it)");
    Subscriber archive;
    QVERIFY(archive.connect(server.url(), "last.files"));
    EngineConfig config = testConfig(m_dir.path());
    config.natsUrl = server.url();
    config.archivePathPrefix = QStringLiteral("/shared/runs");
    RunRegistry registry(config); // the registry announces what its runs write
    QVERIFY(registry.archive());
    ArchivePublisher &publisher = *registry.archive();
    const QList<RunResult> results = runs(registry, 3);
    QCOMPARE(results.size(), 3);
    const QList<QJsonObject> messages = archive.receive(3, 10000);
    QCOMPARE(messages.size(), 3);
    for (int i = 0; i < 3; ++i) {
        const QJsonObject &m = messages.at(i);
        QCOMPARE(m.value(u"id").toString(), results.at(i).executionId);
        QCOMPARE(m.value(u"file_path").toString(),
                 QStringLiteral("/shared/runs/last_%1.json").arg(results.at(i).executionId));
        QCOMPARE(m.value(u"success_rate").toDouble(), 1.0);
        QCOMPARE(m.value(u"metadata")[u"alt_file_id"].toString(), QStringLiteral("alt-%1").arg(i));
        QCOMPARE(m.value(u"metadata")[u"status"].toString(), QStringLiteral("success"));
    }
    QTRY_COMPARE(publisher.state().published, 3);
    QVERIFY(publisher.state().lastError.isEmpty());
}

void tst_Archive::anOutageLosesNothingThatFits()
{
    const quint16 port = freePort();
    NatsServer server(port);
    QVERIFY(server.start());
    EngineConfig config = testConfig(m_dir.path());
    config.natsUrl = server.url();
    RunRegistry registry(config);
    QVERIFY(registry.archive());
    ArchivePublisher &publisher = *registry.archive();
    QCOMPARE(runs(registry, 1).size(), 1);
    QVERIFY(publisher.waitUntilSent(5000));

    server.stop(); // the archive's NATS server goes away mid-way
    QElapsedTimer t;
    t.start();
    const QList<RunResult> during = runs(registry, 4);
    QCOMPARE(during.size(), 4);
    for (const RunResult &r : during) {
        QCOMPARE(r.outcome, RunOutcome::Success); // the runs are unaffected
        QVERIFY(!r.lastFilePath.isEmpty());
    }
    QVERIFY2(t.elapsed() < 5000, "publishing slowed the runs down");
    QTRY_VERIFY_WITH_TIMEOUT(!publisher.state().lastError.isEmpty(), 10000);
    QCOMPARE(publisher.state().queued, 4);

    NatsServer again(port); // and comes back
    QVERIFY(again.start());
    Subscriber archive;
    QVERIFY(archive.connect(again.url(), "last.files"));
    const QList<QJsonObject> messages = archive.receive(4, 15000);
    QCOMPARE(messages.size(), 4);
    QStringList ids;
    for (const QJsonObject &m : messages)
        ids.append(m.value(u"id").toString());
    for (const RunResult &r : during)
        QVERIFY(ids.contains(r.executionId));
    QTRY_COMPARE(publisher.state().queued, 0);
    QVERIFY(publisher.state().lastError.isEmpty());
}

void tst_Archive::aFullQueueDropsAndSaysSo()
{
    // A server that takes the connection and never speaks NATS: the publisher waits for it and
    // cannot send. (A refused connection would be said at once, from the publisher's thread,
    // and could take the place of the "full" message before it is read: seen under TSan on a
    // loaded machine.)
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    ArchivePublisher::Settings s {QStringLiteral("nats://127.0.0.1:%1").arg(silent.serverPort()),
                                  QStringLiteral("last.files"),
                                  m_dir.path(),
                                  {},
                                  2};
    ArchivePublisher publisher(s);
    publisher.setDrainMs(0);
    RunResult r;
    r.lastFilePath = m_dir.filePath(QStringLiteral("last_x.json"));
    QVERIFY(publisher.publish(r, {}));
    QVERIFY(publisher.publish(r, {}));
    QVERIFY(!publisher.publish(r, {}));
    QCOMPARE(publisher.state().dropped, 1);
    QVERIFY(publisher.state().lastError.contains(u"full"));
    QVERIFY(!publisher.waitUntilSent(300));
}

QTEST_GUILESS_MAIN(tst_Archive)
#include "tst_archive.moc"
