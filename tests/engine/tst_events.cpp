// SPDX-License-Identifier: GPL-3.0-or-later
// Live events over real sockets (docs/rest-api.md "Live events"): every task's started and
// finished in order, CloudEvents envelopes, resuming with Last-Event-ID without a gap or a
// repeat, a late client that still sees the whole run, heartbeats, the token, unknown runs, and a
// client that never reads cut off with stream.lagged without slowing the run.

#include "ai/sseparser.h"
#include "api/apiserver.h"
#include "api/eventlog.h"
#include "run/run.h"
#include "run/runregistry.h"
#include "testutil.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace altrunner;
using namespace altrunner::test;

namespace {

struct Event
{
    qint64 id = 0;
    QString type;
    QJsonObject envelope;
};

// A client of one event stream: sends the request, then parses what comes.
class Listener
{
public:
    Listener(quint16 port, const QString &path, const QByteArray &extraHeaders = {})
    {
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        m_socket.waitForConnected(3000);
        m_socket.write("GET " + path.toUtf8() + " HTTP/1.1\r\nHost: localhost\r\n" + extraHeaders
                       + "\r\n");
    }
    // Reads what has come; true once the server has closed the stream.
    bool poll()
    {
        m_raw += m_socket.readAll();
        if (!m_headDone) {
            const qsizetype end = m_raw.indexOf("\r\n\r\n");
            if (end < 0)
                return closed();
            head = m_raw.left(end);
            m_raw.remove(0, end + 4);
            m_headDone = true;
        }
        comments += m_raw.count("\n: keep-alive") + m_raw.startsWith(": keep-alive");
        for (const SseParser::Event &e : m_parser.feed(m_raw)) {
            Event ev;
            ev.id = e.id.toLongLong();
            ev.type = QString::fromUtf8(e.type);
            ev.envelope = QJsonDocument::fromJson(e.data).object();
            events.append(ev);
        }
        m_raw.clear();
        return closed();
    }
    bool readUntil(const std::function<bool()> &done, int ms = 20000)
    {
        // Waits on the stream's state (new events, or the connection closing), not on time.
        return QTest::qWaitFor([&] { return poll() || done(); }, ms) && done();
    }
    bool closed() const { return m_socket.state() != QAbstractSocket::ConnectedState; }
    QTcpSocket &socket() { return m_socket; }

    QByteArray head;
    QList<Event> events;
    int comments = 0;

private:
    QTcpSocket m_socket;
    QByteArray m_raw;
    bool m_headDone = false;
    SseParser m_parser;
};

QJsonObject tasks(int n, int latencyMs)
{
    QJsonArray list;
    for (int i = 0; i < n; ++i) {
        QStringList deps;
        if (i >= 10)
            deps.append(QStringLiteral("t%1").arg(i - 10));
        list.append(task(QStringLiteral("t%1").arg(i), deps,
                         {{QStringLiteral("mock_latency_ms"), latencyMs}}));
    }
    return altDocument(list);
}

} // namespace

class tst_Events : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void everyTaskInOrder();
    void resumeWithLastEventId();
    void lateClientSeesTheWholeRun();
    void allRunsAndHeartbeats();
    void allRunsStartWithThoseGoingOn();
    void streamedTextArrivesAsDeltas();
    void refusals_data();
    void refusals();
    void neverReadingClientIsCutOff();

private:
    void start(ApiServer::Options options = {});
    // The run's execution id (the registry drops its Run object once it has finished).
    QString startRun(const QJsonObject &doc);
    bool waitFinished(const QString &id);
    qint64 makespan(const QString &id) const;

    QTemporaryDir m_dir;
    std::unique_ptr<RunRegistry> m_runs;
    std::unique_ptr<ApiServer> m_server;
};

void tst_Events::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void tst_Events::cleanup()
{
    m_server.reset();
    m_runs.reset();
}

void tst_Events::start(ApiServer::Options options)
{
    m_server.reset();
    m_runs = std::make_unique<RunRegistry>(testConfig(m_dir.path(), 8, 2), 8);
    m_server = std::make_unique<ApiServer>(m_runs.get());
    options.port = 0;
    QString error;
    QVERIFY2(m_server->listen(options, &error), qPrintable(error));
}

QString tst_Events::startRun(const QJsonObject &doc)
{
    Run *run = m_runs->start(load(doc), {});
    return run ? run->executionId() : QString();
}

bool tst_Events::waitFinished(const QString &id)
{
    return QTest::qWaitFor(
            [&] {
                const RunRegistry::Entry *e = m_runs->find(id);
                return e && e->result;
            },
            60000);
}

qint64 tst_Events::makespan(const QString &id) const
{
    const RunRegistry::Entry *e = m_runs->find(id);
    return e && e->result ? e->result->snapshot.elapsedMs : -1;
}

void tst_Events::everyTaskInOrder()
{
    start();
    const QString id = startRun(tasks(40, 3));
    Listener l(m_server->port(), QStringLiteral("/task/%1/events").arg(id));
    QVERIFY(l.readUntil([&] { return l.closed(); })); // ends after run.finished
    QVERIFY(l.head.startsWith("HTTP/1.1 200 OK"));
    QVERIFY(l.head.contains("Content-Type: text/event-stream"));
    QVERIFY(!l.events.isEmpty());
    QCOMPARE(l.events.first().type, u"io.altrunner.run.started"_qs);
    QCOMPARE(l.events.last().type, u"io.altrunner.run.finished"_qs);
    QCOMPARE(l.events.last().envelope[u"data"][u"outcome"].toString(), u"success"_qs);
    // Ids strictly increase; every envelope is CloudEvents 1.0 and names the run.
    QHash<QString, QStringList> perTask;
    for (qsizetype i = 0; i < l.events.size(); ++i) {
        const Event &e = l.events.at(i);
        if (i > 0)
            QVERIFY(e.id > l.events.at(i - 1).id);
        QCOMPARE(e.envelope[u"specversion"].toString(), u"1.0"_qs);
        QCOMPARE(e.envelope[u"id"].toString(), QString::number(e.id));
        QCOMPARE(e.envelope[u"source"].toString(), u"/runs/"_qs + id);
        QCOMPARE(e.envelope[u"type"].toString(), e.type);
        QCOMPARE(e.envelope[u"datacontenttype"].toString(), u"application/json"_qs);
        QVERIFY(e.envelope[u"time"].toString().endsWith(u'Z'));
        const QString task = e.envelope[u"data"][u"task_id"].toString();
        if (!task.isEmpty())
            perTask[task].append(e.type.section(u'.', 3));
    }
    QCOMPARE(perTask.size(), 40);
    for (auto it = perTask.cbegin(); it != perTask.cend(); ++it)
        QCOMPARE(it.value(), (QStringList {u"started"_qs, u"finished"_qs}));
    // A task after the one it depends on.
    auto finishedAt = [&](const QString &task) {
        for (qsizetype i = 0; i < l.events.size(); ++i)
            if (l.events.at(i).type.endsWith(u"finished")
                && l.events.at(i).envelope[u"data"][u"task_id"].toString() == task)
                return i;
        return qsizetype(-1);
    };
    auto startedAt = [&](const QString &task) {
        for (qsizetype i = 0; i < l.events.size(); ++i)
            if (l.events.at(i).type.endsWith(u"task.started")
                && l.events.at(i).envelope[u"data"][u"task_id"].toString() == task)
                return i;
        return qsizetype(-1);
    };
    for (int i = 10; i < 40; ++i)
        QVERIFY(finishedAt(QStringLiteral("t%1").arg(i - 10))
                < startedAt(QStringLiteral("t%1").arg(i)));
    QVERIFY(waitFinished(id));
}

void tst_Events::resumeWithLastEventId()
{
    start();
    const QString id = startRun(tasks(60, 5));
    const QString path = QStringLiteral("/task/%1/events").arg(id);
    QList<qint64> got;
    {
        Listener first(m_server->port(), path);
        QVERIFY(first.readUntil([&] { return first.events.size() >= 30; }));
        for (const Event &e : first.events)
            got.append(e.id);
    } // the client goes away in the middle of the run
    Listener again(m_server->port(), path,
                   "Last-Event-ID: " + QByteArray::number(got.last()) + "\r\n");
    QVERIFY(again.readUntil([&] { return again.closed(); }));
    for (const Event &e : again.events)
        got.append(e.id);
    QVERIFY(waitFinished(id));
    // Everything the run said, once each, in order.
    Listener whole(m_server->port(), path);
    QVERIFY(whole.readUntil([&] { return whole.closed(); }));
    QList<qint64> all;
    for (const Event &e : whole.events)
        all.append(e.id);
    QCOMPARE(got, all);
    // A Last-Event-ID that is not a number is refused.
    Listener bad(m_server->port(), path, "Last-Event-ID: yesterday\r\n");
    QVERIFY(bad.readUntil([&] { return !bad.head.isEmpty(); }, 5000));
    QVERIFY(bad.head.startsWith("HTTP/1.1 400 "));
}

void tst_Events::lateClientSeesTheWholeRun()
{
    start();
    const QString id = startRun(tasks(5, 1));
    QVERIFY(waitFinished(id));
    Listener l(m_server->port(), QStringLiteral("/task/%1/events").arg(id));
    QVERIFY(l.readUntil([&] { return l.closed(); }));
    QCOMPARE(l.events.size(), 1 + 5 * 2 + 1);
    // Unknown runs and a missing token.
    Listener unknown(m_server->port(), QStringLiteral("/task/nope/events"));
    QVERIFY(unknown.readUntil([&] { return !unknown.head.isEmpty(); }, 5000));
    QVERIFY(unknown.head.startsWith("HTTP/1.1 404 "));
    ApiServer::Options o;
    o.token = QStringLiteral("sesame");
    start(o);
    Listener denied(m_server->port(), QStringLiteral("/events"));
    QVERIFY(denied.readUntil([&] { return !denied.head.isEmpty(); }, 5000));
    QVERIFY(denied.head.startsWith("HTTP/1.1 401 "));
    Listener allowed(m_server->port(), QStringLiteral("/events"),
                     "Authorization: Bearer sesame\r\n");
    QVERIFY(allowed.readUntil([&] { return !allowed.head.isEmpty(); }, 5000));
    QVERIFY(allowed.head.startsWith("HTTP/1.1 200 "));
}

void tst_Events::allRunsAndHeartbeats()
{
    ApiServer::Options o;
    o.limits.heartbeatMs = 100;
    start(o);
    Listener l(m_server->port(), QStringLiteral("/events"));
    // Listening before the runs start: /events begins with the runs going on, so a run that
    // ended before the server read the request would (rightly) not be in it.
    QVERIFY(l.readUntil([&] { return !l.head.isEmpty(); }, 5000));
    const QString a = startRun(tasks(3, 1));
    const QString b = startRun(tasks(4, 1));
    QVERIFY(waitFinished(a));
    QVERIFY(waitFinished(b));
    QVERIFY(l.readUntil(
            [&] { return l.events.size() >= (1 + 6 + 1) + (1 + 8 + 1) && l.comments >= 3; }));
    QSet<QString> sources;
    for (const Event &e : l.events)
        sources.insert(e.envelope[u"source"].toString());
    QCOMPARE(sources.size(), 2);
    QVERIFY(!l.closed()); // the stream of every run goes on
    QCOMPARE(m_server->eventStreams(), 1);
}

void tst_Events::allRunsStartWithThoseGoingOn()
{
    // GET /events without Last-Event-ID: the runs still going, from their start, then new ones;
    // a finished run's events only on asking for them (Last-Event-ID, or its own stream).
    start();
    const QString done = startRun(tasks(3, 1));
    QVERIFY(waitFinished(done));
    const QString going = startRun(tasks(2, 400));
    Listener fresh(m_server->port(), QStringLiteral("/events"));
    Listener resumed(m_server->port(), QStringLiteral("/events"), "Last-Event-ID: 0\r\n");
    QVERIFY(waitFinished(going));
    QVERIFY(fresh.readUntil([&] {
        return !fresh.events.isEmpty() && fresh.events.last().type == u"io.altrunner.run.finished";
    }));
    QVERIFY(resumed.readUntil([&] { return resumed.events.size() >= (1 + 6 + 1) + (1 + 4 + 1); }));
    for (const Event &e : fresh.events)
        QCOMPARE(e.envelope[u"source"].toString(), u"/runs/"_qs + going);
    QCOMPARE(fresh.events.first().type, u"io.altrunner.run.started"_qs);
    QCOMPARE(resumed.events.first().envelope[u"source"].toString(), u"/runs/"_qs + done);
}

void tst_Events::streamedTextArrivesAsDeltas()
{
    start();
    // The simulated AI tells answers of 200 ms and more word by word.
    const QString id = startRun(altDocument(
            {task(QStringLiteral("talk"), {},
                  {{QStringLiteral("prompt"), QStringLiteral("one two three four five six seven")},
                   {QStringLiteral("mock_latency_ms"), 600}})}));
    Listener l(m_server->port(), QStringLiteral("/task/%1/events").arg(id));
    QVERIFY(l.readUntil([&] { return l.closed(); }));
    QString text;
    int deltas = 0;
    for (const Event &e : l.events) {
        if (e.type == u"io.altrunner.task.output.delta") {
            ++deltas;
            text += e.envelope[u"data"][u"text"].toString();
        }
    }
    QVERIFY2(deltas >= 2, qPrintable(QString::number(deltas)));
    QCOMPARE(text, u"[simulated] one two three four five six seven"_qs);
    const Event finished = l.events.at(l.events.size() - 2);
    QCOMPARE(finished.type, u"io.altrunner.task.finished"_qs);
    QVERIFY(finished.envelope[u"data"][u"ttft_ms"].toInteger() >= 100);
    QVERIFY(finished.envelope[u"data"][u"usage"].isObject());
}

void tst_Events::refusals_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<int>("status");
    QTest::newRow("POST") << QByteArray("/events") << QByteArray("POST") << 405;
    QTest::newRow("unknown uuid") << QByteArray("/task/00000000-0000-0000-0000-000000000000/events")
                                  << QByteArray("GET") << 404;
}

void tst_Events::refusals()
{
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, method);
    QFETCH(int, status);
    start();
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(s.waitForConnected(3000));
    s.write(method + ' ' + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\n\r\n");
    QByteArray answer;
    QTRY_VERIFY((answer += s.readAll()).contains("\r\n\r\n"));
    QVERIFY2(answer.startsWith(QByteArray("HTTP/1.1 " + QByteArray::number(status))),
             answer.constData());
}

void tst_Events::neverReadingClientIsCutOff()
{
    ApiServer::Options o;
    o.limits.eventBacklogBytes = 64 * 1024;
    start(o);
    const QJsonObject doc = tasks(3000, 0);
    // The same run without a listener, for its makespan.
    const QString alone = startRun(doc);
    QVERIFY(waitFinished(alone));
    const qint64 baseline = makespan(alone);

    Listener stuck(m_server->port(), QStringLiteral("/events"));
    stuck.socket().setReadBufferSize(4096); // and never reads
    QTRY_COMPARE(m_server->eventStreams(), 1); // the server holds it as a live stream
    const QString id = startRun(doc);
    // The server gives up on it while the run goes on; its last words are the lagged notice,
    // which the client gets if it reads within the lingering close's two seconds.
    QTRY_VERIFY_WITH_TIMEOUT(m_server->eventStreams() == 0, 30000);
    stuck.socket().setReadBufferSize(0);
    QVERIFY(stuck.readUntil([&] { return stuck.closed(); }, 10000));
    QVERIFY(waitFinished(id));
    const qint64 withStuck = makespan(id);
    QVERIFY(!stuck.events.isEmpty());
    QCOMPARE(stuck.events.last().type, u"io.altrunner.stream.lagged"_qs);
    QVERIFY(stuck.events.last().envelope[u"data"][u"last_event_id"].isString());
    // Loose on purpose (a shared, noisy machine, sanitizer builds): a run held up by the client
    // would take many times as long. tests/benchmarks/api_events.sh measures the real cost.
    QVERIFY2(withStuck <= baseline * 2 + 500,
             qPrintable(QStringLiteral("%1 ms alone, %2 ms with a client that never reads")
                                .arg(baseline)
                                .arg(withStuck)));
}

QTEST_GUILESS_MAIN(tst_Events)
#include "tst_events.moc"
