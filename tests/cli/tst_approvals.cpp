// SPDX-License-Identifier: GPL-3.0-or-later
// Approval gates with real processes and sockets (docs/approvals.md "How it is shown to work"):
// the console with and without a terminal (a pseudo-terminal drives the prompt), `resume
// --approve`, the REST API of a real `serve` against the loopback AI server, time-outs, and a
// serve killed with -9 while its gates wait.
#include "fakeaiserver.h"
#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <csignal>
#include <poll.h>
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace altrunner;
using namespace altrunner::test;
using namespace Qt::StringLiterals;

namespace {

const QString kCli = QStringLiteral(ALTRUNNER_BIN_DIR "/altrunner-cli");

// draft -> review (a gate that may edit draft) -> send -> after_send; other alone; plan (an AI
// task that requires approval) -> spend.
QJsonObject gatesDocument(const QJsonObject &reviewExtra = {}, const QJsonObject &planExtra = {})
{
    QJsonObject review = task(u"review"_s, {u"draft"_s},
                              {{u"task_type"_s, u"approval"_s},
                               {u"question"_s, u"Send this summary? {{draft}}"_s},
                               {u"editable"_s, u"draft"_s}});
    for (auto it = reviewExtra.begin(); it != reviewExtra.end(); ++it)
        review.insert(it.key(), it.value());
    QJsonObject plan = task(u"plan"_s, {}, {{u"prompt"_s, u"Plan the spend."_s}});
    plan.insert(u"requires_approval"_s, true);
    for (auto it = planExtra.begin(); it != planExtra.end(); ++it)
        plan.insert(it.key(), it.value());
    return altDocument({task(u"draft"_s, {}, {{u"prompt"_s, u"Draft the summary."_s}}), review,
                        task(u"send"_s, {u"review"_s}, {{u"prompt"_s, u"Send: {{draft}}"_s}}),
                        noop(u"after_send"_s, {u"send"_s}),
                        task(u"other"_s, {}, {{u"prompt"_s, u"Independent work."_s}}), plan,
                        task(u"spend"_s, {u"plan"_s}, {{u"prompt"_s, u"Spend per {{plan}}"_s}})});
}

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QHash<QString, QString> statuses(const QJsonObject &last)
{
    QHash<QString, QString> out;
    const QJsonObject results = last.value(u"task_results").toObject();
    for (auto it = results.begin(); it != results.end(); ++it)
        out.insert(it.key(), it.value()[u"status"].toString());
    return out;
}

QString textOf(const QJsonObject &last, const QString &task)
{
    return last.value(u"task_results")[task][u"output"][u"text"].toString();
}

QString errorOf(const QJsonObject &last, const QString &task)
{
    return last.value(u"task_results")[task][u"error"].toString();
}

// A real `altrunner-cli serve` on a free port.
class Server
{
public:
    explicit Server(const QProcessEnvironment &env)
    {
        m_process.setProcessEnvironment(env);
        m_process.start(kCli, {u"serve"_s, u"--port"_s, u"0"_s});
    }
    ~Server()
    {
        m_process.kill();
        m_process.waitForFinished();
    }
    bool waitUntilListening()
    {
        QSignalSpy ready(&m_process, &QProcess::readyReadStandardOutput);
        while (!m_process.canReadLine()) {
            if (!ready.wait(20000))
                return false;
        }
        const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
        if (!line.startsWith(u"listening on "_s))
            return false;
        m_base = QUrl(line.mid(13));
        return true;
    }
    struct Answer
    {
        int status = 0;
        QJsonObject body;
    };
    Answer send(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                const QByteArray &type = "application/json")
    {
        QNetworkRequest request(m_base.resolved(QUrl(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, type);
        QNetworkReply *reply = method == "GET"
                ? m_net.get(request)
                : m_net.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(15000);
        Answer a;
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.body = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return a;
    }
    QByteArray getRaw(const QString &path)
    {
        QNetworkReply *reply = m_net.get(QNetworkRequest(m_base.resolved(QUrl(path))));
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(15000);
        reply->deleteLater();
        return reply->readAll();
    }
    QProcess &process() { return m_process; }

private:
    QProcess m_process;
    QUrl m_base;
    QNetworkAccessManager m_net;
};

// A program on a pseudo-terminal: what a person at a terminal sees and types.
class Terminal
{
public:
    Terminal(const QStringList &args, const QProcessEnvironment &env)
    {
        QList<QByteArray> argv {kCli.toLocal8Bit()};
        for (const QString &a : args)
            argv.append(a.toLocal8Bit());
        QList<QByteArray> envp;
        for (const QString &kv : env.toStringList())
            envp.append(kv.toLocal8Bit());
        // Everything the child needs is made before the fork: after it, in a process with
        // threads, the child may only call what is async-signal-safe (no malloc) until exec.
        std::vector<char *> a;
        for (QByteArray &s : argv)
            a.push_back(s.data());
        a.push_back(nullptr);
        std::vector<char *> e;
        for (QByteArray &s : envp)
            e.push_back(s.data());
        e.push_back(nullptr);
        m_pid = forkpty(&m_master, nullptr, nullptr, nullptr);
        if (m_pid == 0) {
            execve(a.front(), a.data(), e.data());
            _exit(127);
        }
    }
    ~Terminal()
    {
        if (m_pid > 0 && m_status < 0) {
            ::kill(m_pid, SIGKILL);
            ::waitpid(m_pid, nullptr, 0);
        }
        if (m_master >= 0)
            ::close(m_master);
    }
    bool started() const { return m_pid > 0 && m_master >= 0; }
    // Reads until `text` appeared after what was already consumed; false after `ms` without it.
    bool waitFor(const QByteArray &text, int ms = 20000)
    {
        QElapsedTimer clock;
        clock.start();
        while (m_seen.indexOf(text, m_consumed) < 0) {
            if (clock.elapsed() > ms || !readSome(int(ms - clock.elapsed())))
                return false;
        }
        m_consumed = m_seen.indexOf(text, m_consumed) + text.size();
        return true;
    }
    // Which of `texts` comes first from here on; -1 if none within `ms`.
    int waitForAny(const QList<QByteArray> &texts, int ms = 20000)
    {
        QElapsedTimer clock;
        clock.start();
        while (true) {
            qsizetype best = -1;
            int which = -1;
            for (int i = 0; i < texts.size(); ++i) {
                const qsizetype at = m_seen.indexOf(texts.at(i), m_consumed);
                if (at >= 0 && (best < 0 || at < best)) {
                    best = at;
                    which = i;
                }
            }
            if (which >= 0) {
                m_consumed = best + texts.at(which).size();
                return which;
            }
            if (clock.elapsed() > ms || !readSome(int(ms - clock.elapsed())))
                return -1;
        }
    }
    void type(const QByteArray &line)
    {
        const QByteArray bytes = line + '\n';
        [[maybe_unused]] const auto written = ::write(m_master, bytes.constData(), bytes.size());
    }
    // Its exit code once it ended, reading what it still writes; -1 after `ms`.
    int exitCode(int ms = 30000)
    {
        QElapsedTimer clock;
        clock.start();
        while (m_status < 0 && clock.elapsed() < ms) {
            int status = 0;
            if (::waitpid(m_pid, &status, WNOHANG) == m_pid) {
                m_status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
                break;
            }
            readSome(100); // keeps the terminal drained (a full one would block the program)
        }
        return m_status;
    }
    const QByteArray &seen() const { return m_seen; }

private:
    bool readSome(int ms)
    {
        pollfd p {m_master, POLLIN, 0};
        if (::poll(&p, 1, std::max(1, ms)) <= 0)
            return true; // nothing yet: the caller checks its clock
        char buffer[4096];
        const ssize_t n = ::read(m_master, buffer, sizeof buffer);
        if (n <= 0)
            return n < 0 && errno == EINTR;
        m_seen.append(buffer, n);
        return true;
    }

    int m_master = -1;
    pid_t m_pid = -1;
    int m_status = -1;
    QByteArray m_seen;
    qsizetype m_consumed = 0;
};

} // namespace

class tst_Approvals : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void approveNoneAndAllDecideWithoutAsking();
    void withoutTerminalTheRunStopsWaitingAndResumes();
    void badApproveArgumentsAreRefused();
    void journaledDecisionIsTakenOnceOnResume();
    void decidedOverRestWhileTheRunGoesOn();
    void timeOutsDecide();
    void serveKilledWhileWaitingThenResumed();
    void terminalPromptDecides();
    void terminalSkipStopsWaiting();

private:
    QProcessEnvironment env(const QStringList &extra = {}) const
    {
        return cliEnvironment(m_dir->path(), m_out, extra);
    }
    QString journal() const
    {
        const QStringList j = QDir(m_out).entryList({u"*.journal"_s}, QDir::Files);
        return j.size() == 1 ? QDir(m_out).filePath(j.first()) : QString();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_out;
    QString m_file;
};

void tst_Approvals::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_out = m_dir->filePath(u"out"_s);
    m_file = writeFile(m_dir->path(), u"gates.alt"_s, QJsonDocument(gatesDocument()).toJson());
}

void tst_Approvals::approveNoneAndAllDecideWithoutAsking()
{
    const CliOutcome none = runCli({u"run"_s, m_file, u"--approve"_s, u"none"_s}, env());
    QVERIFY2(none.exitCode == 1, qPrintable(none.err));
    const QJsonObject last = readJson(none.out.trimmed());
    const QHash<QString, QString> s = statuses(last);
    QCOMPARE(s.value(u"review"_s), u"failed"_s);
    QCOMPARE(s.value(u"plan"_s), u"failed"_s);
    // Exactly the gates' downstream is cancelled; what does not depend on them completed.
    QCOMPARE(s.value(u"send"_s), u"cancelled"_s);
    QCOMPARE(s.value(u"after_send"_s), u"cancelled"_s);
    QCOMPARE(s.value(u"spend"_s), u"cancelled"_s);
    QCOMPARE(s.value(u"draft"_s), u"completed"_s);
    QCOMPARE(s.value(u"other"_s), u"completed"_s);
    QCOMPARE(errorOf(last, u"review"_s), u"rejected by --approve none: decided without asking"_s);
    QCOMPARE(last.value(u"metadata")[u"approve"].toString(), u"none"_s);
    QVERIFY(journal().isEmpty());

    const CliOutcome all = runCli({u"run"_s, m_file, u"--approve"_s, u"all"_s}, env());
    QVERIFY2(all.exitCode == 0, qPrintable(all.err));
    const QJsonObject approved = readJson(all.out.trimmed());
    QCOMPARE(approved.value(u"status").toString(), u"success"_s);
    QCOMPARE(approved.value(u"metadata")[u"approve"].toString(), u"all"_s);
    const QJsonObject gate = approved.value(u"task_results")[u"review"].toObject();
    QCOMPARE(gate.value(u"output")[u"decision"].toString(), u"approved"_s);
    QCOMPARE(gate.value(u"output")[u"by"].toString(), u"--approve all"_s);
    QCOMPARE(gate.value(u"output")[u"edited"].toBool(true), false);
    QCOMPARE(approved.value(u"task_results")[u"plan"][u"metadata"][u"approval"][u"decision"]
                     .toString(),
             u"approved"_s);
}

void tst_Approvals::withoutTerminalTheRunStopsWaitingAndResumes()
{
    // No terminal and no --approve: everything else runs, then the run stops with its gates.
    const CliOutcome first = runCli({u"run"_s, m_file}, env());
    QVERIFY2(first.exitCode == 4, qPrintable(first.err));
    const QString lastPath = first.out.trimmed();
    const QJsonObject waiting = readJson(lastPath);
    QCOMPARE(waiting.value(u"status").toString(), u"waiting"_s);
    const QHash<QString, QString> s = statuses(waiting);
    QCOMPARE(s.value(u"review"_s), u"waiting"_s);
    QCOMPARE(s.value(u"plan"_s), u"waiting"_s);
    QCOMPARE(s.value(u"send"_s), u"pending"_s);
    QCOMPARE(s.value(u"spend"_s), u"pending"_s);
    QCOMPARE(s.value(u"other"_s), u"completed"_s);
    // The AI gate's answer is kept while it waits, and since when it waits is told.
    QVERIFY(textOf(waiting, u"plan"_s).contains(u"Plan the spend."_s));
    QVERIFY(!waiting.value(u"task_results")[u"plan"][u"metadata"][u"waiting_since"]
                     .toString()
                     .isEmpty());
    const QString j = journal();
    QVERIFY2(!j.isEmpty(), "the journal stays for resume");
    QVERIFY2(first.err.contains(u"altrunner-cli resume "_s + j), qPrintable(first.err));
    QVERIFY(first.err.contains(u"--approve review=yes|no[:reason]"_s));

    const CliOutcome resumed = runCli({u"resume"_s, j, u"--approve"_s, u"review=yes"_s,
                                       u"--approve"_s, u"plan=no:costs too much"_s},
                                      env());
    QVERIFY2(resumed.exitCode == 1, qPrintable(resumed.err));
    QCOMPARE(resumed.out.trimmed(), lastPath); // the same LAST file, complete now
    const QJsonObject done = readJson(lastPath);
    QCOMPARE(done.value(u"status").toString(), u"partial_success"_s);
    const QHash<QString, QString> after = statuses(done);
    QCOMPARE(after.value(u"review"_s), u"completed"_s);
    QCOMPARE(after.value(u"send"_s), u"completed"_s);
    QCOMPARE(after.value(u"after_send"_s), u"completed"_s);
    QCOMPARE(after.value(u"plan"_s), u"failed"_s);
    QCOMPARE(after.value(u"spend"_s), u"cancelled"_s);
    QCOMPARE(errorOf(done, u"plan"_s), u"rejected by cli: costs too much"_s);
    // Not asked again: the kept answer is the one approved.
    QCOMPARE(textOf(done, u"plan"_s), textOf(waiting, u"plan"_s));
    QVERIFY(journal().isEmpty());
}

void tst_Approvals::badApproveArgumentsAreRefused()
{
    const CliOutcome maybe = runCli({u"run"_s, m_file, u"--approve"_s, u"maybe"_s}, env());
    QCOMPARE(maybe.exitCode, 2);
    QVERIFY2(maybe.err.contains(u"--approve: expected all or none"_s), qPrintable(maybe.err));
    // Per task only on resume: a fresh run's gates have not opened yet.
    const CliOutcome perTask = runCli({u"run"_s, m_file, u"--approve"_s, u"review=yes"_s}, env());
    QCOMPARE(perTask.exitCode, 2);
    const CliOutcome both = runCli(
            {u"run"_s, m_file, u"--approve"_s, u"all"_s, u"--approve"_s, u"none"_s}, env());
    QCOMPARE(both.exitCode, 2);
    QVERIFY(both.err.contains(u"not both"_s));

    // A plan decides nothing; a test suite takes all|none, and without a terminal asks nothing.
    const CliOutcome plan = runCli({u"plan"_s, m_file, u"--approve"_s, u"all"_s}, env());
    QCOMPARE(plan.exitCode, 2);
    const CliOutcome suite = runCli({u"test"_s, m_file, u"--approve"_s, u"maybe"_s}, env());
    QCOMPARE(suite.exitCode, 2);
    const CliOutcome unasked = runCli({u"test"_s, m_file}, env());
    QVERIFY2(!unasked.err.contains(u"waits for you"_s), qPrintable(unasked.err));
    QVERIFY(unasked.err.contains(u"run "_s) && unasked.err.contains(u" waiting: "_s));
    QDir(m_out).removeRecursively();

    QCOMPARE(runCli({u"run"_s, m_file}, env()).exitCode, 4);
    const QString j = journal();
    for (const QString &bad : {u"nosuch=yes"_s, u"other=yes"_s, u"review=perhaps"_s}) {
        const CliOutcome r = runCli({u"resume"_s, j, u"--approve"_s, bad}, env());
        QVERIFY2(r.exitCode == 2, qPrintable(bad + u": "_s + r.err));
    }
    QVERIFY2(!journal().isEmpty(), "a refused resume changes nothing");
}

void tst_Approvals::journaledDecisionIsTakenOnceOnResume()
{
    // Killed after the decision reached the journal, before it took effect: the journal's line
    // is the decision, taken on resume, once.
    QCOMPARE(runCli({u"run"_s, m_file}, env()).exitCode, 4);
    const QString j = journal();
    const QJsonObject waiting
            = readJson(QDir(m_out).filePath(QFileInfo(j).completeBaseName() + u".json"_s));
    const QString original = textOf(waiting, u"draft"_s);
    QFile f(j);
    QVERIFY(f.open(QIODevice::Append));
    f.write(R"({"id":"review","approval":{"decision":"approve","by":"local","note":null,)"
            R"("at_ms":1767225600000,"output":"FROM THE JOURNAL"}})"
            "\n");
    f.close();
    const CliOutcome resumed = runCli({u"resume"_s, j, u"--approve"_s, u"plan=yes"_s}, env());
    QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
    const QJsonObject done = readJson(resumed.out.trimmed());
    QCOMPARE(done.value(u"status").toString(), u"success"_s);
    QCOMPARE(textOf(done, u"draft"_s), u"FROM THE JOURNAL"_s);
    QVERIFY(textOf(done, u"send"_s).contains(u"Send: FROM THE JOURNAL"_s));
    const QJsonObject edited
            = done.value(u"task_results")[u"draft"][u"metadata"][u"edited"].toObject();
    QCOMPARE(edited.value(u"gate").toString(), u"review"_s);
    QCOMPARE(edited.value(u"original").toString(), original);
    QCOMPARE(done.value(u"task_results")[u"review"][u"output"][u"at"].toString(),
             u"2026-01-01T00:00:00.000Z"_s); // the journal's moment, not the resume's
}

void tst_Approvals::decidedOverRestWhileTheRunGoesOn()
{
    FakeAiServer ai;
    QVERIFY(ai.listen());
    ai.setDefaultLatencyMs(5);
    // `other` takes its time: the gates are decided while it still runs.
    FakeAiServer::Action slow;
    slow.delayMs = 4000;
    ai.script("Independent work.", {slow});
    Server server(env({u"AI_PROVIDER=openai"_s, u"AI_SERVICE_URL="_s + ai.url().toString(),
                       u"AI_API_KEY=k"_s, u"AI_STREAM=false"_s}));
    QVERIFY(server.waitUntilListening());
    const Server::Answer started
            = server.send("POST", u"/run"_s, {{u"alt_file"_s, gatesDocument()}});
    QCOMPARE(started.status, 202);
    const QString id = started.body.value(u"id").toString();
    QTRY_COMPARE_WITH_TIMEOUT(
            server.send("GET", u"/approvals"_s).body.value(u"approvals").toArray().size(), 2,
            15000);
    const QJsonArray listed
            = server.send("GET", u"/approvals"_s).body.value(u"approvals").toArray();
    QJsonObject review;
    for (const QJsonValue &v : listed) {
        if (v[u"task_id"].toString() == u"review")
            review = v.toObject();
    }
    QCOMPARE(review.value(u"run_id").toString(), id);
    QVERIFY(review.value(u"question").toString().startsWith(u"Send this summary? "_s));
    QCOMPARE(review.value(u"editable").toString(), u"draft"_s);
    QVERIFY(!review.value(u"answer").toString().isEmpty());
    QVERIFY(!review.value(u"waiting_since").toString().isEmpty());
    const Server::Answer status = server.send("GET", u"/task/"_s + id);
    QCOMPARE(status.body.value(u"metadata")[u"progress"][u"waiting"].toInt(), 2);
    QCOMPARE(status.body.value(u"metadata")[u"progress"][u"running"].toInt(), 1); // `other`

    const QString gate = u"/task/%1/approvals/review"_s.arg(id);
    QCOMPARE(server.send("POST", gate, {{u"decision"_s, u"later"_s}}).status, 400);
    QCOMPARE(server.send("POST", gate, {{u"decision"_s, u"approve"_s}, {u"output"_s, 42}}).status,
             400); // draft's answer is text
    QCOMPARE(server.send("POST", gate, {{u"decision"_s, u"approve"_s}, {u"colour"_s, 1}}).status,
             400);
    QCOMPARE(server.send("POST", gate, {{u"decision"_s, u"approve"_s}}, "text/plain").status, 415);
    QCOMPARE(server.send("POST", u"/task/%1/approvals/nosuch"_s.arg(id),
                         {{u"decision"_s, u"approve"_s}})
                     .status,
             404);
    QCOMPARE(
            server.send("POST", u"/task/nosuch/approvals/review"_s, {{u"decision"_s, u"approve"_s}})
                    .status,
            404);
    QCOMPARE(server.send("POST", u"/task/%1/approvals/other"_s.arg(id),
                         {{u"decision"_s, u"approve"_s}})
                     .status,
             409); // no gate
    const Server::Answer approved = server.send("POST", gate,
                                                {{u"decision"_s, u"approve"_s},
                                                 {u"output"_s, u"EDITED BY A PERSON"_s},
                                                 {u"note"_s, u"shorter"_s}});
    QCOMPARE(approved.status, 200);
    QCOMPARE(approved.body.value(u"status").toString(), u"completed"_s);
    QCOMPARE(approved.body.value(u"metadata")[u"approval"][u"by"].toString(), u"local"_s);
    QCOMPARE(approved.body.value(u"metadata")[u"approval"][u"edited"].toBool(), true);
    QCOMPARE(server.send("POST", gate, {{u"decision"_s, u"approve"_s}}).status, 409);
    const Server::Answer rejected
            = server.send("POST", u"/task/%1/approvals/plan"_s.arg(id),
                          {{u"decision"_s, u"reject"_s}, {u"note"_s, u"too costly"_s}});
    QCOMPARE(rejected.status, 200);
    QCOMPARE(rejected.body.value(u"status").toString(), u"failed"_s);
    QCOMPARE(rejected.body.value(u"error").toString(), u"rejected by local: too costly"_s);
    // It ended when it was rejected, as an approved gate ends when it is approved.
    QCOMPARE(rejected.body.value(u"end_time").toString(),
             rejected.body.value(u"metadata")[u"approval"][u"at"].toString());
    QCOMPARE(approved.body.value(u"end_time").toString(),
             approved.body.value(u"metadata")[u"approval"][u"at"].toString());

    QTRY_COMPARE_WITH_TIMEOUT(server.send("GET", u"/task/"_s + id).body.value(u"status").toString(),
                              u"partial_success"_s, 20000);
    // The edited answer reached the downstream prompt as edited; the rejected gate's downstream
    // was never asked.
    bool sentEdited = false;
    for (const FakeAiServer::Request &r : ai.inferenceRequests()) {
        sentEdited = sentEdited || r.body.contains("Send: EDITED BY A PERSON");
        QVERIFY2(!r.body.contains("Spend per"), r.body.constData());
    }
    QVERIFY(sentEdited);
    const QByteArray events = server.getRaw(u"/task/%1/events"_s.arg(id));
    QVERIFY2(events.contains("io.altrunner.task.waiting"), events.constData());
    QVERIFY(events.contains("io.altrunner.task.approved"));
    QVERIFY(events.contains("io.altrunner.task.rejected"));
    QVERIFY(server.send("GET", u"/approvals"_s).body.value(u"approvals").toArray().isEmpty());
}

void tst_Approvals::timeOutsDecide()
{
    Server server(env());
    QVERIFY(server.waitUntilListening());
    QJsonObject rejectLater
            = task(u"g1"_s, {}, {{u"task_type"_s, u"approval"_s}, {u"question"_s, u"First?"_s}});
    rejectLater.insert(u"approval_timeout_seconds"_s, 0.2);
    QJsonObject approveLater
            = task(u"g2"_s, {}, {{u"task_type"_s, u"approval"_s}, {u"question"_s, u"Second?"_s}});
    approveLater.insert(u"approval_timeout_seconds"_s, 0.2);
    approveLater.insert(u"on_timeout"_s, u"approve"_s);
    const QJsonObject doc = altDocument({rejectLater, approveLater,
                                         task(u"d1"_s, {u"g1"_s}, {{u"prompt"_s, u"one"_s}}),
                                         task(u"d2"_s, {u"g2"_s}, {{u"prompt"_s, u"two"_s}})});
    const Server::Answer started = server.send("POST", u"/run"_s, {{u"alt_file"_s, doc}});
    QCOMPARE(started.status, 202);
    const QString id = started.body.value(u"id").toString();
    QTRY_COMPARE_WITH_TIMEOUT(server.send("GET", u"/task/"_s + id).body.value(u"status").toString(),
                              u"partial_success"_s, 20000);
    const Server::Answer last = server.send("GET", u"/task/%1/last"_s.arg(id));
    const QHash<QString, QString> s = statuses(last.body);
    QCOMPARE(s.value(u"g1"_s), u"failed"_s);
    QCOMPARE(s.value(u"d1"_s), u"cancelled"_s);
    QCOMPARE(s.value(u"g2"_s), u"completed"_s);
    QCOMPARE(s.value(u"d2"_s), u"completed"_s);
    QCOMPARE(errorOf(last.body, u"g1"_s), u"rejected by timeout: no decision within 0.2 s"_s);
    QCOMPARE(last.body.value(u"task_results")[u"g2"][u"output"][u"by"].toString(), u"timeout"_s);
}

void tst_Approvals::serveKilledWhileWaitingThenResumed()
{
    // The same decisions without a kill: what the killed run must come to.
    QCOMPARE(runCli({u"run"_s, m_file}, env()).exitCode, 4);
    const CliOutcome reference = runCli({u"resume"_s, journal(), u"--approve"_s, u"review=yes"_s,
                                         u"--approve"_s, u"plan=yes"_s},
                                        env());
    QCOMPARE(reference.exitCode, 0);
    const QJsonObject expected = readJson(reference.out.trimmed());
    QDir(m_out).removeRecursively();

    {
        Server server(env());
        QVERIFY(server.waitUntilListening());
        const Server::Answer started
                = server.send("POST", u"/run"_s, {{u"alt_file"_s, gatesDocument()}});
        QCOMPARE(started.status, 202);
        QTRY_COMPARE_WITH_TIMEOUT(
                server.send("GET", u"/approvals"_s).body.value(u"approvals").toArray().size(), 2,
                15000);
        ::kill(pid_t(server.process().processId()), SIGKILL);
        QVERIFY(server.process().waitForFinished());
    }
    const QString j = journal();
    QVERIFY2(!j.isEmpty(), "the killed run's journal");
    const CliOutcome resumed = runCli(
            {u"resume"_s, j, u"--approve"_s, u"review=yes"_s, u"--approve"_s, u"plan=yes"_s},
            env());
    QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
    const QJsonObject done = readJson(resumed.out.trimmed());
    QCOMPARE(statuses(done), statuses(expected));
    for (const QString &t : {u"draft"_s, u"send"_s, u"other"_s, u"plan"_s, u"spend"_s})
        QCOMPARE(textOf(done, t), textOf(expected, t));
}

void tst_Approvals::terminalPromptDecides()
{
    Terminal term({u"run"_s, m_file}, env());
    QVERIFY(term.started());
    for (int asked = 0; asked < 2; ++asked) {
        const int which
                = term.waitForAny({"gate 'review' waits for you", "gate 'plan' waits for you"});
        QVERIFY2(which >= 0, term.seen().constData());
        QVERIFY2(term.waitFor("[s]kip for now: "), term.seen().constData());
        if (which == 0) {
            QVERIFY(term.seen().contains("[e]dit"));
            term.type("e");
            QVERIFY2(term.waitFor("ended by a line holding only '.'"), term.seen().constData());
            term.type("EDITED AT THE TERMINAL");
            term.type("second line");
            term.type(".");
            QVERIFY2(term.waitFor("approved 'review'"), term.seen().constData());
        } else {
            term.type("n");
            QVERIFY2(term.waitFor("reason: "), term.seen().constData());
            term.type("too costly");
            QVERIFY2(term.waitFor("rejected 'plan'"), term.seen().constData());
        }
    }
    QCOMPARE(term.exitCode(), 1);
    const QStringList lasts = QDir(m_out).entryList({u"last_*.json"_s});
    QCOMPARE(lasts.size(), 1);
    const QJsonObject done = readJson(QDir(m_out).filePath(lasts.first()));
    QCOMPARE(textOf(done, u"draft"_s), u"EDITED AT THE TERMINAL\nsecond line"_s);
    QVERIFY(textOf(done, u"send"_s).contains(u"EDITED AT THE TERMINAL"_s));
    QCOMPARE(errorOf(done, u"plan"_s), u"rejected by console: too costly"_s);
    QCOMPARE(statuses(done).value(u"spend"_s), u"cancelled"_s);
}

void tst_Approvals::terminalSkipStopsWaiting()
{
    Terminal term({u"run"_s, m_file}, env());
    QVERIFY(term.started());
    for (int asked = 0; asked < 2; ++asked) {
        QVERIFY2(term.waitFor("[s]kip for now: "), term.seen().constData());
        term.type("x"); // not an answer: asked again
        QVERIFY2(term.waitFor("please answer"), term.seen().constData());
        term.type("s");
    }
    // Read before the exit code: the last lines may still be on their way through the
    // pseudo-terminal when the process has gone.
    QVERIFY2(term.waitFor("altrunner-cli resume "), term.seen().constData());
    QCOMPARE(term.exitCode(), 4);
    QVERIFY(!journal().isEmpty());
}

QTEST_MAIN(tst_Approvals)
#include "tst_approvals.moc"
