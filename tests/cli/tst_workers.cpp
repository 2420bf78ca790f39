// SPDX-License-Identifier: GPL-3.0-or-later
// Workers on NATS JetStream (docs/distributed.md "How it is shown to work"), with the real
// parts: a real nats-server -js on a free port with its own store, real `altrunner-cli worker`
// processes and a real coordinator (`altrunner-cli run --workers`), against the loopback AI
// server, which counts what it is asked.
#include "fakeaiserver.h"
#include "natsserver.h"
#include "testutil.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <nats/nats.h>

#include <csignal>

using namespace altrunner;
using namespace altrunner::test;
using namespace Qt::StringLiterals;

namespace {

const QString kCli = QStringLiteral(ALTRUNNER_BIN_DIR "/altrunner-cli");

QJsonObject aiTask(const QString &id, const QString &prompt, int maxTokens = 16,
                   const QStringList &deps = {})
{
    QJsonObject t = task(id, deps, {{u"prompt"_s, prompt}, {u"max_tokens"_s, maxTokens}});
    t.insert(u"retry_count"_s, 2);
    return t;
}

QString writeAlt(const QString &dir, const QString &name, int count, int withDependents = 0,
                 int retries = 2)
{
    QJsonArray tasks;
    for (int i = 0; i < count; ++i) {
        QJsonObject t = aiTask(u"t%1"_s.arg(i), u"question %1"_s.arg(i));
        t.insert(u"retry_count"_s, retries);
        tasks.append(t);
    }
    for (int i = 0; i < withDependents; ++i)
        tasks.append(aiTask(u"after%1"_s.arg(i), u"about {{t%1}}"_s.arg(i), 16, {u"t%1"_s.arg(i)}));
    return writeFile(dir, name, QJsonDocument(altDocument(tasks)).toJson());
}

QJsonObject readLast(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

// What a run's LAST file says of each task, apart from times and worker names.
QHash<QString, QString> content(const QJsonObject &last)
{
    QHash<QString, QString> out;
    const QJsonObject results = last.value(u"task_results").toObject();
    for (auto it = results.begin(); it != results.end(); ++it) {
        const QJsonObject r = it.value().toObject();
        out.insert(it.key(),
                   r.value(u"status").toString() + u'|' + r.value(u"output")[u"text"].toString()
                           + u'|'
                           + QString::number(
                                   r.value(u"output")[u"usage"][u"total_tokens"].toInteger()));
    }
    return out;
}

} // namespace

class tst_Workers : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void twoThousandTasksOverFourWorkers();
    void badAddressesAreRefused();
    void workerKilledMidRun();
    void natsRestartedMidRun();
    void coordinatorKilledAndResumed();
    void requestLimitHeldAcrossWorkers();
    void budgetHeldAcrossWorkers();
    void serverListsItsWorkers();
    void poisonCallFailsItsAttempt();
    void callOverOneMebibyteFails();
    void noWorkerSaysItWaits();
    void twoCoordinatorsShareTheWorkers();
    void gatesWaitAtTheCoordinator();

private:
    // Starts `count` workers of `concurrency` each; their key is the workers', never the
    // coordinator's.
    void startWorkers(int count, int concurrency = 16);
    QProcessEnvironment coordinatorEnv(const QStringList &extra = {}) const;
    QProcess *startCoordinator(const QStringList &args, const QProcessEnvironment &env);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<NatsServer> m_nats;
    std::unique_ptr<FakeAiServer> m_ai;
    QList<QProcess *> m_workers;
    QString m_out;
};

void tst_Workers::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_out = m_dir->filePath(u"out"_s);
    QDir().mkpath(m_out);
    m_nats = std::make_unique<NatsServer>(m_dir->filePath(u"store"_s));
    QVERIFY2(m_nats->start(), "nats-server -js did not start (Debian's nats-server package)");
    m_ai = std::make_unique<FakeAiServer>();
    QVERIFY(m_ai->listen());
    m_ai->setDefaultLatencyMs(5);
}

void tst_Workers::cleanup()
{
    for (QProcess *w : std::as_const(m_workers)) {
        w->kill();
        w->waitForFinished();
        delete w;
    }
    m_workers.clear();
    m_nats.reset();
    m_ai.reset();
    m_dir.reset();
}

void tst_Workers::startWorkers(int count, int concurrency)
{
    const QProcessEnvironment env = cliEnvironment(
            m_dir->path(), m_out, {u"AI_API_KEY=key-of-the-workers"_s, u"AI_STREAM=false"_s});
    for (int i = 0; i < count; ++i) {
        auto *w = new QProcess;
        w->setProcessEnvironment(env);
        w->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        w->start(kCli,
                 {u"worker"_s, u"--nats"_s, m_nats->url(), u"--name"_s,
                  u"w%1"_s.arg(m_workers.size() + 1), u"--concurrency"_s,
                  QString::number(concurrency)});
        QVERIFY(w->waitForStarted());
        m_workers.append(w);
    }
}

QProcessEnvironment tst_Workers::coordinatorEnv(const QStringList &extra) const
{
    QStringList env {u"AI_PROVIDER=openai"_s, u"AI_SERVICE_URL="_s + m_ai->url().toString(),
                     u"AI_API_KEY=secret-of-the-coordinator"_s, u"AI_STREAM=false"_s,
                     u"ALTRUNNER_WORKERS_ACK_WAIT_SECONDS=2"_s};
    return cliEnvironment(m_dir->path(), m_out, env + extra);
}

QProcess *tst_Workers::startCoordinator(const QStringList &args, const QProcessEnvironment &env)
{
    auto *p = new QProcess(this);
    p->setProcessEnvironment(env);
    p->start(kCli, args);
    return p;
}

void tst_Workers::twoThousandTasksOverFourWorkers()
{
    const QString file = writeAlt(m_dir->path(), u"many.alt"_s, 1900, 100);
    // The same file run here, the calls made by this process: what the workers' run must equal.
    const CliOutcome local
            = runCli({u"run"_s, file, u"--concurrency"_s, u"64"_s}, coordinatorEnv(), 300000);
    QCOMPARE(local.exitCode, 0);
    const QJsonObject localLast = readLast(local.out.trimmed());
    const qsizetype localRequests = m_ai->inferenceRequests().size();
    QCOMPARE(localRequests, 2000);

    startWorkers(4);
    const CliOutcome distributed
            = runCli({u"run"_s, file, u"--concurrency"_s, u"64"_s, u"--workers"_s, m_nats->url()},
                     coordinatorEnv(), 300000);
    QVERIFY2(distributed.exitCode == 0, qPrintable(distributed.err.right(2000)));
    const QJsonObject last = readLast(distributed.out.trimmed());

    // Every task completed exactly once, by a worker, with the same content as the local run.
    const auto requests = m_ai->inferenceRequests();
    QCOMPARE(requests.size() - localRequests, 2000);
    QCOMPARE(content(last), content(localLast));
    QSet<QString> workers;
    const QJsonObject results = last.value(u"task_results").toObject();
    for (auto it = results.begin(); it != results.end(); ++it) {
        const QJsonArray log = it.value()[u"metadata"][u"attempt_log"].toArray();
        QCOMPARE(log.size(), 1);
        const QString worker = log.at(0)[u"worker"].toString();
        QVERIFY2(!worker.isEmpty(), qPrintable(it.key()));
        workers.insert(worker);
    }
    QCOMPARE(workers.size(), 4); // all of them took a share

    // The key the workers sent is their own; the coordinator's never left it (not on the wire,
    // not in the stream's files).
    for (qsizetype i = localRequests; i < requests.size(); ++i)
        QCOMPARE(requests.at(i).headers.value("authorization"), "Bearer key-of-the-workers");
    QDirIterator files(m_dir->filePath(u"store"_s), QDir::Files, QDirIterator::Subdirectories);
    int storeFiles = 0;
    while (files.hasNext()) {
        QFile f(files.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY2(!bytes.contains("secret-of-the-coordinator"), qPrintable(f.fileName()));
        QVERIFY2(!bytes.contains("key-of-the-workers"), qPrintable(f.fileName()));
        ++storeFiles;
    }
    QVERIFY(storeFiles > 0);
}

void tst_Workers::badAddressesAreRefused()
{
    const QString file = writeAlt(m_dir->path(), u"one.alt"_s, 1);
    const CliOutcome badUrl
            = runCli({u"run"_s, file, u"--workers"_s, u"http://x"_s}, coordinatorEnv());
    QCOMPARE(badUrl.exitCode, 2);
    QVERIFY2(badUrl.err.contains(u"--workers: expected nats://HOST:PORT"_s),
             qPrintable(badUrl.err));

    const CliOutcome nobody
            = runCli({u"run"_s, file, u"--workers"_s, u"nats://127.0.0.1:%1"_s.arg(freePort())},
                     coordinatorEnv());
    QCOMPARE(nobody.exitCode, 2);
    QVERIFY2(nobody.err.contains(u"cannot reach the NATS server"_s), qPrintable(nobody.err));
    QCOMPARE(m_ai->inferenceRequests().size(), 0);

    const CliOutcome worker = runCli({u"worker"_s}, coordinatorEnv());
    QCOMPARE(worker.exitCode, 2);
    QVERIFY2(worker.err.contains(u"--nats"_s), qPrintable(worker.err));
}

void tst_Workers::workerKilledMidRun()
{
    m_ai->setDefaultLatencyMs(100);
    const QString file = writeAlt(m_dir->path(), u"kill.alt"_s, 300);
    startWorkers(4, 8);
    QProcess *run = startCoordinator(
            {u"run"_s, file, u"--concurrency"_s, u"32"_s, u"--workers"_s, m_nats->url()},
            coordinatorEnv());
    QTRY_VERIFY_WITH_TIMEOUT(m_ai->inferenceRequests().size() >= 60, 60000);
    ::kill(pid_t(m_workers.first()->processId()), SIGKILL);
    QVERIFY(m_workers.first()->waitForFinished());
    QTRY_VERIFY_WITH_TIMEOUT(run->state() == QProcess::NotRunning, 120000);
    QCOMPARE(run->exitCode(), 0);
    const QJsonObject last = readLast(QString::fromUtf8(run->readAllStandardOutput()).trimmed());
    const QJsonObject results = last.value(u"task_results").toObject();
    QCOMPARE(results.size(), 300);
    int redelivered = 0;
    for (auto it = results.begin(); it != results.end(); ++it) {
        QCOMPARE(it.value()[u"status"].toString(), u"completed"_s);
        redelivered += it.value()[u"metadata"][u"redelivered"].toInt();
    }
    // Asked at most once more for each call the killed worker held (its 8 slots).
    const qsizetype asked = m_ai->inferenceRequests().size();
    QVERIFY2(asked <= 300 + 8, qPrintable(QString::number(asked)));
    // Handed out again: what the killed worker held or had been sent, never more than the run
    // had out (its width).
    QVERIFY2(redelivered <= 32, qPrintable(QString::number(redelivered)));
}

void tst_Workers::natsRestartedMidRun()
{
    m_ai->setDefaultLatencyMs(50);
    const QString file = writeAlt(m_dir->path(), u"restart.alt"_s, 400);
    startWorkers(4, 8);
    QProcess *run = startCoordinator(
            {u"run"_s, file, u"--concurrency"_s, u"32"_s, u"--workers"_s, m_nats->url()},
            coordinatorEnv());
    QTRY_VERIFY_WITH_TIMEOUT(m_ai->inferenceRequests().size() >= 100, 60000);
    m_nats->stop();
    const qsizetype whileDown = m_ai->inferenceRequests().size();
    QVERIFY(m_nats->start());
    QTRY_VERIFY_WITH_TIMEOUT(run->state() == QProcess::NotRunning, 180000);
    QVERIFY2(run->exitCode() == 0, run->readAllStandardError().right(2000).constData());
    const QJsonObject last = readLast(QString::fromUtf8(run->readAllStandardOutput()).trimmed());
    const QJsonObject results = last.value(u"task_results").toObject();
    QCOMPARE(results.size(), 400);
    for (auto it = results.begin(); it != results.end(); ++it)
        QCOMPARE(it.value()[u"status"].toString(), u"completed"_s);
    QVERIFY(m_ai->inferenceRequests().size() > whileDown);
    // The calls in flight when the server went away may be asked twice, no more.
    QVERIFY2(m_ai->inferenceRequests().size() <= 400 + 32,
             qPrintable(QString::number(m_ai->inferenceRequests().size())));
}

void tst_Workers::coordinatorKilledAndResumed()
{
    m_ai->setDefaultLatencyMs(100);
    const QString file = writeAlt(m_dir->path(), u"resume.alt"_s, 300);
    startWorkers(4, 8);
    const QProcessEnvironment env = coordinatorEnv();
    QProcess *run = startCoordinator(
            {u"run"_s, file, u"--concurrency"_s, u"32"_s, u"--workers"_s, m_nats->url()}, env);
    QTRY_VERIFY_WITH_TIMEOUT(m_ai->inferenceRequests().size() >= 100, 60000);
    ::kill(pid_t(run->processId()), SIGKILL);
    QVERIFY(run->waitForFinished());
    QDir out(m_out);
    const QStringList journals = out.entryList({u"*.journal"_s});
    QCOMPARE(journals.size(), 1);
    // The workers go on with what they held; their results wait in the stream.
    const CliOutcome resumed
            = runCli({u"resume"_s, out.filePath(journals.first()), u"--workers"_s, m_nats->url()},
                     env, 180000);
    QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err.right(2000)));
    const QJsonObject last = readLast(resumed.out.trimmed());
    const QJsonObject results = last.value(u"task_results").toObject();
    QCOMPARE(results.size(), 300);
    for (auto it = results.begin(); it != results.end(); ++it)
        QCOMPARE(it.value()[u"status"].toString(), u"completed"_s);
    // Nothing answered in the results stream was asked again; at most the calls in flight at
    // the kill that had no result yet, and were published again after the stream's
    // de-duplication window, could be.
    const qsizetype asked = m_ai->inferenceRequests().size();
    QVERIFY2(asked <= 300 + 32, qPrintable(QString::number(asked)));
}

void tst_Workers::requestLimitHeldAcrossWorkers()
{
    // The server allows 1,200 a minute; four workers of 16 would send 64 at once, but the one
    // governor at the coordinator paces them.
    m_ai->setRateLimits(1200, 0);
    m_ai->setDefaultLatencyMs(20);
    // A 429 now and then is the machine's jitter, not the engine's (tst_spendrun says why): it
    // is retried, and every task must complete.
    const QString file = writeAlt(m_dir->path(), u"rpm.alt"_s, 60, 0, 8);
    startWorkers(4);
    const CliOutcome r = runCli({u"run"_s, file, u"--concurrency"_s, u"64"_s, u"--rpm"_s, u"1200"_s,
                                 u"--workers"_s, m_nats->url()},
                                coordinatorEnv(), 120000);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err.right(2000)));
    // Paced: one call every 50 ms against 20 ms answers is one at a time; NATS may hand a few
    // over together on a loaded machine (4 seen under TSan in CI), never the 64 that four
    // workers of 16 would send unpaced.
    QVERIFY2(m_ai->peakInFlight() <= 8, qPrintable(QString::number(m_ai->peakInFlight())));
    QCOMPARE(m_ai->inferenceRequests().size() - m_ai->rateLimitedCount(), 60);
}

void tst_Workers::budgetHeldAcrossWorkers()
{
    m_ai->setUsage(FakeAiServer::Usage::Varying);
    m_ai->setDefaultLatencyMs(20);
    const QString file = writeAlt(m_dir->path(), u"budget.alt"_s, 400);
    startWorkers(4);
    const qint64 limit = 3000;
    const CliOutcome r
            = runCli({u"run"_s, file, u"--concurrency"_s, u"64"_s, u"--max-tokens-total"_s,
                      QString::number(limit), u"--workers"_s, m_nats->url()},
                     coordinatorEnv(), 120000);
    QCOMPARE(r.exitCode, 3); // a budget stopped the run
    const QJsonObject last = readLast(r.out.trimmed());
    qint64 charged = 0;
    int completed = 0;
    const QJsonObject results = last.value(u"task_results").toObject();
    for (auto it = results.begin(); it != results.end(); ++it) {
        if (it.value()[u"status"].toString() == u"completed") {
            ++completed;
            charged += it.value()[u"output"][u"usage"][u"total_tokens"].toInteger();
        }
    }
    QVERIFY(completed > 0);
    QVERIFY2(charged <= limit, qPrintable(QString::number(charged)));
    // What the server was asked is what was charged: no answer was bought and thrown away.
    QCOMPARE(m_ai->inferenceRequests().size(), completed);
}

void tst_Workers::serverListsItsWorkers()
{
    startWorkers(2, 4);
    QProcess serve;
    serve.setProcessEnvironment(coordinatorEnv());
    serve.start(kCli, {u"serve"_s, u"--port"_s, u"0"_s, u"--workers"_s, m_nats->url()});
    QTRY_VERIFY_WITH_TIMEOUT(serve.canReadLine(), 20000);
    const QString line = QString::fromUtf8(serve.readLine()).trimmed();
    QVERIFY2(line.startsWith(u"listening on "_s), qPrintable(line));
    const QUrl base(line.mid(13));
    QNetworkAccessManager net;
    auto get = [&](const QString &path) {
        QNetworkReply *reply = net.get(QNetworkRequest(base.resolved(QUrl(path))));
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(10000);
        reply->deleteLater();
        return reply->readAll();
    };
    auto listed = [&] {
        return QJsonDocument::fromJson(get(u"/workers"_s)).object();
    };
    // Workers announce themselves every 5 s; both are heard within one round.
    QTRY_COMPARE_WITH_TIMEOUT(listed().value(u"workers").toArray().size(), 2, 15000);
    const QJsonObject body = listed();
    QCOMPARE(body.value(u"enabled").toBool(), true);
    QCOMPARE(body.value(u"connected").toBool(), true);
    QCOMPARE(body.value(u"workers")[0][u"name"].toString(), u"w1"_s);
    QCOMPARE(body.value(u"workers")[0][u"concurrency"].toInt(), 4);
    const QByteArray metrics = get(u"/metrics"_s);
    QVERIFY2(metrics.contains(
                     QByteArray("altrunner_workers{nats=\"" + m_nats->url().toUtf8() + "\"} 2")),
             metrics.constData());
    QVERIFY(metrics.contains("altrunner_worker_calls_in_flight{worker=\"w2\"} 0"));
    // A worker stopped cleanly says it leaves; the list shrinks at once.
    m_workers.first()->terminate();
    QVERIFY(m_workers.first()->waitForFinished()); // its stderr is forwarded to the test's
    QCOMPARE(m_workers.first()->exitCode(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(listed().value(u"workers").toArray().size(), 1, 5000);
    serve.terminate();
    QVERIFY(serve.waitForFinished());
}

void tst_Workers::poisonCallFailsItsAttempt()
{
    // A "worker" that takes the call and dies on it every time: it fetches, says it took it,
    // and never answers or acks. JetStream hands the call out again after each AckWait (1 s);
    // the coordinator counts the deliveries and fails the attempt after the fifth.
    const QString file = writeAlt(m_dir->path(), u"poison.alt"_s, 1);
    QJsonObject doc = QJsonDocument::fromJson([&] {
                          QFile f(file);
                          f.open(QIODevice::ReadOnly);
                          return f.readAll();
                      }())
                              .object();
    QJsonArray tasks = doc.value(u"tasks").toArray();
    QJsonObject t = tasks.at(0).toObject();
    t.insert(u"retry_count"_s, 0);
    tasks.replace(0, t);
    doc.insert(u"tasks"_s, tasks);
    writeFile(m_dir->path(), u"poison.alt"_s, QJsonDocument(doc).toJson());

    QProcess *run = startCoordinator({u"run"_s, file, u"--workers"_s, m_nats->url()},
                                     coordinatorEnv({u"ALTRUNNER_WORKERS_ACK_WAIT_SECONDS=1"_s}));
    natsConnection *nc = nullptr;
    QCOMPARE(natsConnection_ConnectTo(&nc, m_nats->url().toUtf8().constData()), NATS_OK);
    jsCtx *js = nullptr;
    QCOMPARE(natsConnection_JetStream(&js, nc, nullptr), NATS_OK);
    natsSubscription *sub = nullptr;
    jsSubOptions so;
    jsSubOptions_Init(&so);
    so.Stream = "ALTRUNNER_CALLS";
    so.Consumer = "workers";
    jsErrCode code = jsErrCode(0);
    // The coordinator makes the consumer as it starts (asked for without subscribing: a pull
    // subscription that fails to bind is not freed by libnats 3.4).
    auto consumerExists = [&] {
        jsConsumerInfo *info = nullptr;
        const bool there
                = js_GetConsumerInfo(&info, js, "ALTRUNNER_CALLS", "workers", nullptr, &code)
                == NATS_OK;
        if (info)
            jsConsumerInfo_Destroy(info);
        return there;
    };
    QTRY_VERIFY_WITH_TIMEOUT(consumerExists(), 20000);
    QCOMPARE(js_PullSubscribe(&sub, js, "altrunner.calls.>", "workers", nullptr, &so, &code),
             NATS_OK);
    int deliveries = 0;
    while (run->state() != QProcess::NotRunning && deliveries < 10) {
        natsMsgList list {};
        if (natsSubscription_Fetch(&list, sub, 1, 200, &code) == NATS_OK) {
            for (int i = 0; i < list.Count; ++i) {
                jsMsgMetaData *meta = nullptr;
                QCOMPARE(natsMsg_GetMetaData(&meta, list.Msgs[i]), NATS_OK);
                const QJsonObject call
                        = QJsonDocument::fromJson(QByteArray(natsMsg_GetData(list.Msgs[i]),
                                                             natsMsg_GetDataLength(list.Msgs[i])))
                                  .object();
                const QByteArray taken
                        = QJsonDocument(QJsonObject {{u"run"_s, call.value(u"run")},
                                                     {u"task"_s, call.value(u"task")},
                                                     {u"attempt"_s, call.value(u"attempt")},
                                                     {u"worker"_s, u"doomed"_s},
                                                     {u"delivered"_s, qint64(meta->NumDelivered)},
                                                     {u"seq"_s, qint64(meta->Sequence.Stream)}})
                                  .toJson(QJsonDocument::Compact);
                const QByteArray subject
                        = "altrunner.taken." + call.value(u"run").toString().toUtf8();
                natsConnection_Publish(nc, subject.constData(), taken.constData(),
                                       int(taken.size()));
                natsConnection_Flush(nc);
                deliveries = int(meta->NumDelivered);
                jsMsgMetaData_Destroy(meta);
            }
            natsMsgList_Destroy(&list);
        }
        QCoreApplication::processEvents();
    }
    natsSubscription_Destroy(sub);
    jsCtx_Destroy(js);
    natsConnection_Close(nc);
    natsConnection_Destroy(nc);
    QTRY_VERIFY_WITH_TIMEOUT(run->state() == QProcess::NotRunning, 20000);
    QCOMPARE(run->exitCode(), 1);
    const QJsonObject last = readLast(QString::fromUtf8(run->readAllStandardOutput()).trimmed());
    const QJsonObject r = last.value(u"task_results")[u"t0"].toObject();
    QCOMPARE(r.value(u"status").toString(), u"failed"_s);
    QVERIFY2(r.value(u"error").toString().contains(u"delivered to workers 6 times"_s),
             qPrintable(r.value(u"error").toString()));
    QCOMPARE(r.value(u"metadata")[u"redelivered"].toInt(), 5);
    QCOMPARE(deliveries, 6); // and then it was taken out of the stream
    QCOMPARE(m_ai->inferenceRequests().size(), 0);
}

void tst_Workers::callOverOneMebibyteFails()
{
    QJsonArray tasks {aiTask(u"small"_s, u"a short question"_s),
                      aiTask(u"huge"_s, QString(1100 * 1024, u'x'))};
    const QString file
            = writeFile(m_dir->path(), u"huge.alt"_s, QJsonDocument(altDocument(tasks)).toJson());
    startWorkers(1);
    const CliOutcome r = runCli({u"run"_s, file, u"--workers"_s, m_nats->url()}, coordinatorEnv());
    QCOMPARE(r.exitCode, 1);
    const QJsonObject results = readLast(r.out.trimmed()).value(u"task_results").toObject();
    QCOMPARE(results.value(u"small")[u"status"].toString(), u"completed"_s);
    QCOMPARE(results.value(u"huge")[u"status"].toString(), u"failed"_s);
    const QString error = results.value(u"huge")[u"error"].toString();
    QVERIFY2(error.contains(u"at most 1048576 bytes (1 MiB)"_s), qPrintable(error));
    QCOMPARE(results.value(u"huge")[u"metadata"][u"attempt_log"].toArray().size(), 1);
    QCOMPARE(m_ai->inferenceRequests().size(), 1);
}

void tst_Workers::gatesWaitAtTheCoordinator()
{
    // Approval gates are the coordinator's (docs/approvals.md): a run on workers stops with its
    // gates waiting, and its resume asks nothing again that a worker already answered.
    startWorkers(2, 4);
    const QString file = QStringLiteral(ALTRUNNER_EXAMPLES_DIR "/approval_gates.alt");
    const CliOutcome first
            = runCli({u"run"_s, file, u"--workers"_s, m_nats->url()}, coordinatorEnv(), 60000);
    QVERIFY2(first.exitCode == 4, qPrintable(first.err.right(2000)));
    QCOMPARE(readLast(first.out.trimmed()).value(u"status").toString(), u"waiting"_s);
    const qsizetype askedBefore = m_ai->inferenceRequests().size();
    QCOMPARE(askedBefore, 3); // draft, background, budget_plan
    const QStringList journals = QDir(m_out).entryList({u"*.journal"_s});
    QCOMPARE(journals.size(), 1);
    const CliOutcome resumed = runCli({u"resume"_s, QDir(m_out).filePath(journals.first()),
                                       u"--workers"_s, m_nats->url(), u"--approve"_s, u"all"_s},
                                      coordinatorEnv(), 60000);
    QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err.right(2000)));
    const QJsonObject last = readLast(resumed.out.trimmed());
    QCOMPARE(last.value(u"status").toString(), u"success"_s);
    QCOMPARE(m_ai->inferenceRequests().size(), askedBefore + 2); // send and book only
    QVERIFY(!last.value(u"task_results")[u"send"][u"metadata"][u"attempt_log"][0][u"worker"]
                     .toString()
                     .isEmpty());
}

void tst_Workers::noWorkerSaysItWaits()
{
    // No worker yet: the calls wait in the stream (no attempt times out meanwhile) and the run
    // says so; a worker that comes later takes them.
    const QString file = writeAlt(m_dir->path(), u"wait.alt"_s, 3);
    QProcess *run = startCoordinator(
            {u"run"_s, file, u"--ai-timeout"_s, u"1"_s, u"--workers"_s, m_nats->url()},
            coordinatorEnv());
    QByteArray err;
    QTRY_VERIFY2_WITH_TIMEOUT(
            (err += run->readAllStandardError()).contains("waiting for workers at "),
            QByteArray(err + run->readAllStandardOutput()).constData(), 20000);
    // Longer than the attempt's time-out, unless the run ends first (which it must not):
    // waiting for a worker is not attempting.
    QElapsedTimer waited;
    waited.start();
    QTRY_VERIFY_WITH_TIMEOUT(run->state() != QProcess::Running || waited.elapsed() > 1500, 5000);
    QCOMPARE(run->state(), QProcess::Running);
    startWorkers(1);
    QTRY_VERIFY_WITH_TIMEOUT(run->state() == QProcess::NotRunning, 30000);
    err += run->readAllStandardError();
    QVERIFY2(run->exitCode() == 0, err.constData());
    QVERIFY(err.contains("a worker took the calls"));
    const QJsonObject results = readLast(QString::fromUtf8(run->readAllStandardOutput()).trimmed())
                                        .value(u"task_results")
                                        .toObject();
    for (auto it = results.begin(); it != results.end(); ++it)
        QCOMPARE(it.value()[u"metadata"][u"attempt_log"].toArray().size(), 1);
}

void tst_Workers::twoCoordinatorsShareTheWorkers()
{
    // Two coordinators on one NATS server (two people's runs): each reads every result through
    // its own consumer and keeps its own runs'; neither waits for or takes the other's.
    m_ai->setDefaultLatencyMs(20);
    const QString a = writeAlt(m_dir->path(), u"a.alt"_s, 200);
    const QString b = writeAlt(m_dir->path(), u"b.alt"_s, 200);
    startWorkers(2, 16);
    QProcess *first = startCoordinator(
            {u"run"_s, a, u"--concurrency"_s, u"16"_s, u"--workers"_s, m_nats->url()},
            coordinatorEnv());
    QProcess *second = startCoordinator(
            {u"run"_s, b, u"--concurrency"_s, u"16"_s, u"--workers"_s, m_nats->url()},
            coordinatorEnv());
    QTRY_VERIFY_WITH_TIMEOUT(first->state() == QProcess::NotRunning
                                     && second->state() == QProcess::NotRunning,
                             120000);
    for (QProcess *run : {first, second}) {
        QVERIFY2(run->exitCode() == 0, run->readAllStandardError().right(2000).constData());
        const QJsonObject results
                = readLast(QString::fromUtf8(run->readAllStandardOutput()).trimmed())
                          .value(u"task_results")
                          .toObject();
        QCOMPARE(results.size(), 200);
        for (auto it = results.begin(); it != results.end(); ++it)
            QCOMPARE(it.value()[u"metadata"][u"attempt_log"].toArray().size(), 1);
    }
    QCOMPARE(m_ai->inferenceRequests().size(), 400);
}

QTEST_GUILESS_MAIN(tst_Workers)
#include "tst_workers.moc"
