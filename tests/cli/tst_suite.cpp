// SPDX-License-Identifier: GPL-3.0-or-later
// An ALT file as a test suite (docs/outputs.md): `altrunner-cli test` with its summary, exit codes
// and JUnit XML read by a real JUnit reader (Debian's python3-junitparser); a suite recorded
// against a loopback AI server and replayed with --cache always and no request; a javascript
// check that never ends; `diff`; and `report` loaded in headless Chromium (Debian's chromium).

#include "fakeaiserver.h"
#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace altrunner;

namespace {

using Outcome = test::CliOutcome;

QByteArray header(const char *id)
{
    return QByteArray(R"("id": ")") + id
            + R"(", "version": "1.0", "created_at": "2026-12-06T00:00:00Z", "title": "suite")";
}

} // namespace

class tst_Suite : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void suiteExitCodesSummaryAndJUnit();
    void passingSuiteExitsZero();
    void invalidFileIsAnErrorCase();
    void javascriptThatNeverEndsFailsAndTheRunGoesOn();
    void recordedSuiteReplaysWithNoRequest();
    void rubricIsGradedByTheGraderAlias();
    void diffFindsExactlyTheChangedTasks();
    void diffRefusesBadInput_data();
    void diffRefusesBadInput();
    void reportOpensInChromiumWithNoRequest();

private:
    Outcome cli(const QStringList &args, const QStringList &extraEnv = {});
    QString writeFile(const QString &name, const QByteArray &content);
    QString runLast(const QString &file, const QStringList &extraEnv = {});
    static QJsonObject readJunit(const QString &path);

    QTemporaryDir m_dir;
    QString m_out;
};

void tst_Suite::init()
{
    QVERIFY(m_dir.isValid());
    m_out = m_dir.filePath(
            QStringLiteral("out-%1").arg(QLatin1String(QTest::currentTestFunction())));
}

Outcome tst_Suite::cli(const QStringList &args, const QStringList &extraEnv)
{
    return test::runCli(args, test::cliEnvironment(m_dir.path(), m_out, extraEnv));
}

QString tst_Suite::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        return {};
    return path;
}

QString tst_Suite::runLast(const QString &file, const QStringList &extraEnv)
{
    const Outcome o = cli({QStringLiteral("run"), file}, extraEnv);
    if (o.exitCode != 0 && o.exitCode != 1)
        return {};
    return o.out.trimmed();
}

QJsonObject tst_Suite::readJunit(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"),
            {QStringLiteral(ALTRUNNER_SOURCE_DIR "/tests/cli/junit_read.py"), path});
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        qWarning().noquote() << p.readAllStandardError();
        return {};
    }
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

void tst_Suite::suiteExitCodesSummaryAndJUnit()
{
    // Passing, failing, warning, a task that fails before its checks, and one cancelled by it.
    const QString file = writeFile(QStringLiteral("suite.alt"), "{" + header("suite") + R"(,
      "tasks": [
        {"id": "passes", "description": "Say hello", "assert": [
          {"type": "contains", "value": "hello"}, {"type": "not-icontains", "value": "GOODBYE"},
          {"type": "javascript", "value": "output.length > 5 && context.task_id === 'passes'"}]},
        {"id": "warns", "description": "Say hi", "assert": [
          {"type": "contains", "value": "hi"},
          {"type": "starts-with", "value": "Dear", "severity": "warn"}]},
        {"id": "fails", "description": "Say no", "assert": [
          {"type": "contains", "value": "no"}, {"type": "equals", "value": "exactly this"}]},
        {"id": "errs", "description": "Break", "retry_count": 0,
         "parameters": {"mock_fail_attempts": 5}, "assert": [{"type": "contains", "value": "x"}]},
        {"id": "after", "description": "After", "dependencies": ["errs"],
         "assert": [{"type": "contains", "value": "x"}]},
        {"id": "plain", "description": "No checks"}
      ]})");
    const QString junit = m_dir.filePath(QStringLiteral("junit.xml"));
    const Outcome o = cli({QStringLiteral("test"), file, QStringLiteral("--junit"), junit});
    QCOMPARE(o.exitCode, 1);
    QVERIFY2(o.out.contains(QStringLiteral("\n2 passed, 3 failed\n")), qPrintable(o.out));
    QVERIFY(o.out.contains(QStringLiteral("PASS  ") + file + QStringLiteral(" \u203a passes")));
    QVERIFY(o.out.contains(QStringLiteral("FAIL  ") + file
                           + QStringLiteral(" \u203a fails \u2014 checks failed: equals: ")));
    QVERIFY(o.out.contains(QStringLiteral("ERROR ") + file + QStringLiteral(" \u203a after")));
    QVERIFY(!o.out.contains(QStringLiteral("plain"))); // no checks: not a test case

    const QJsonObject read = readJunit(junit);
    const QJsonArray suites = read.value(u"suites").toArray();
    QCOMPARE(suites.size(), 1);
    const QJsonObject suite = suites.at(0).toObject();
    QCOMPARE(suite.value(u"name").toString(), file);
    QCOMPARE(suite.value(u"tests").toInt(), 5);
    QCOMPARE(suite.value(u"failures").toInt(), 1);
    QCOMPARE(suite.value(u"errors").toInt(), 2);
    QVERIFY(QFileInfo::exists(suite.value(u"properties")[u"last_file"].toString()));
    QHash<QString, QJsonObject> cases;
    for (const QJsonValue &c : suite.value(u"cases").toArray())
        cases.insert(c[u"name"].toString(), c.toObject());
    QCOMPARE(cases.value(u"passes"_qs).value(u"result").toString(), u"passed"_qs);
    QCOMPARE(cases.value(u"warns"_qs).value(u"result").toString(), u"passed"_qs);
    QCOMPARE(cases.value(u"fails"_qs).value(u"result").toString(), u"failure"_qs);
    QVERIFY(cases.value(u"fails"_qs)
                    .value(u"message")
                    .toString()
                    .startsWith(u"checks failed: equals: the answer"));
    QCOMPARE(cases.value(u"errs"_qs).value(u"result").toString(), u"error"_qs);
    QCOMPARE(cases.value(u"after"_qs).value(u"result").toString(), u"error"_qs);
    QVERIFY(cases.value(u"after"_qs).value(u"message").toString().contains(u"dependency 'errs'"));
    QVERIFY(cases.value(u"passes"_qs).value(u"time").toDouble() > 0);

    // The LAST file carries the checks, per task and per run.
    QFile last(suite.value(u"properties")[u"last_file"].toString());
    QVERIFY(last.open(QIODevice::ReadOnly));
    const QJsonObject doc = QJsonDocument::fromJson(last.readAll()).object();
    QCOMPARE(doc.value(u"metadata")[u"checks"].toObject(),
             (QJsonObject {{u"passed"_qs, 5}, {u"failed"_qs, 1}, {u"warned"_qs, 1}}));
    const QJsonArray warns = doc.value(u"task_results")[u"warns"][u"metadata"][u"checks"].toArray();
    QCOMPARE(warns.size(), 2);
    QCOMPARE(warns.at(1)[u"type"].toString(), u"starts-with"_qs);
    QCOMPARE(warns.at(1)[u"pass"].toBool(), false);
    QCOMPARE(warns.at(1)[u"severity"].toString(), u"warn"_qs);
    QCOMPARE(doc.value(u"task_results")[u"fails"][u"status"].toString(), u"failed"_qs);
    QCOMPARE(doc.value(u"task_results")[u"fails"][u"metadata"][u"checks"][0][u"pass"].toBool(),
             true);
}

void tst_Suite::passingSuiteExitsZero()
{
    const Outcome o = cli(
            {QStringLiteral("test"), QStringLiteral(ALTRUNNER_EXAMPLES_DIR "/answer_checks.alt")});
    QCOMPARE(o.exitCode, 0);
    QVERIFY2(o.out.endsWith(QStringLiteral("3 passed, 0 failed\n")), qPrintable(o.out));
}

void tst_Suite::invalidFileIsAnErrorCase()
{
    const QString bad = writeFile(QStringLiteral("bad.alt"), "{" + header("bad") + R"(,
      "tasks": [{"id": "a", "description": "x", "assert": [
        {"type": "contians", "value": "x"}, {"type": "regex", "value": "(("},
        {"type": "cost"}, {"type": "javascript", "value": "output.length >"}]}]})");
    const QString junit = m_dir.filePath(QStringLiteral("bad.xml"));
    const Outcome o = cli({QStringLiteral("test"), bad, QStringLiteral("--junit"), junit});
    QCOMPARE(o.exitCode, 2);
    QVERIFY(o.err.contains(u"unknown check type \"contians\""));
    QVERIFY(o.err.contains(u"[/tasks/0/assert/1/value]"));
    QVERIFY(o.err.contains(u"'cost' needs a 'threshold'"));
    QVERIFY(o.err.contains(u"the JavaScript does not compile"));
    QVERIFY(o.out.contains(u"0 passed, 1 failed"));
    const QJsonObject read = readJunit(junit);
    QCOMPARE(read.value(u"suites")[0][u"errors"].toInt(), 1);
    QVERIFY(read.value(u"suites")[0][u"cases"][0][u"message"].toString().contains(u"4 errors"));
}

void tst_Suite::javascriptThatNeverEndsFailsAndTheRunGoesOn()
{
    const QString file = writeFile(QStringLiteral("loop.alt"), "{" + header("loop") + R"(,
      "tasks": [
        {"id": "loops", "description": "x", "assert": [{"type": "javascript", "value": "while (true) {}"}]},
        {"id": "throws", "description": "x", "assert": [{"type": "javascript", "value": "null.length"}]},
        {"id": "a", "description": "x"}, {"id": "b", "description": "y", "dependencies": ["a"]},
        {"id": "c", "description": "z", "dependencies": ["b"],
         "assert": [{"type": "javascript", "value": "json === null && context.vars.b.length > 0"}]}
      ]})");
    QElapsedTimer clock;
    clock.start();
    const QString path = runLast(file);
    QVERIFY(!path.isEmpty());
    // Bounded so that a hang fails here rather than at CTest's time-out: the check itself stops
    // after 1 s.
    QVERIFY2(clock.elapsed() < 20000, qPrintable(QString::number(clock.elapsed())));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject results
            = QJsonDocument::fromJson(f.readAll()).object()[u"task_results"].toObject();
    QCOMPARE(results[u"loops"][u"status"].toString(), u"failed"_qs);
    QVERIFY(results[u"loops"][u"error"].toString().contains(u"ran past 1 s"));
    QCOMPARE(results[u"throws"][u"status"].toString(), u"failed"_qs);
    QVERIFY(results[u"throws"][u"error"].toString().contains(u"TypeError"));
    for (const char *id : {"a", "b", "c"})
        QCOMPARE(results[QLatin1StringView(id)][u"status"].toString(), u"completed"_qs);
}

void tst_Suite::recordedSuiteReplaysWithNoRequest()
{
    auto server = std::make_unique<test::FakeAiServer>();
    QVERIFY(server->listen());
    QList<test::FakeAiServer::Action> verdicts;
    for (int i = 0; i < 4; ++i)
        verdicts.append(test::FakeAiServer::chatAnswer(
                QStringLiteral(R"({"pass": true, "reason": "polite enough"})")));
    server->script("Rubric:", verdicts);
    const QByteArray tasks = R"(
        {"id": "greet", "description": "Greet the customer", "parameters": {"temperature": 0.7},
         "assert": [{"type": "contains", "value": "Greet"},
                    {"type": "llm-rubric", "value": "It is polite."}]},
        {"id": "sign", "description": "Sign the letter", "dependencies": ["greet"],
         "assert": [{"type": "icontains", "value": "echo"}]})";
    const QString file = writeFile(QStringLiteral("recorded.alt"),
                                   "{" + header("recorded") + R"(, "tasks": [)" + tasks + "]}");
    const QStringList ai {QStringLiteral("--provider"), QStringLiteral("openai"),
                          QStringLiteral("--ai-url"), server->url().toString()};
    const QStringList cacheOn {QStringLiteral("ALTRUNNER_CACHE=auto")};

    const Outcome recorded = cli(QStringList {QStringLiteral("test"), file} + ai, cacheOn);
    QCOMPARE(recorded.exitCode, 0);
    QVERIFY2(recorded.out.contains(u"2 passed, 0 failed"), qPrintable(recorded.out + recorded.err));
    const qsizetype asked = server->inferenceRequests().size();
    QCOMPARE(asked, 3); // two answers and one grader's verdict

    const Outcome replayed
            = cli(QStringList {QStringLiteral("test"), file} + ai
                          + QStringList {QStringLiteral("--cache"), QStringLiteral("always")},
                  cacheOn);
    QCOMPARE(replayed.exitCode, 0);
    QVERIFY(replayed.out.contains(u"2 passed, 0 failed"));
    QCOMPARE(server->inferenceRequests().size(), asked); // nothing sent

    // A task with no stored answer is an error that says so; still nothing is sent.
    const QString grown = writeFile(QStringLiteral("grown.alt"),
                                    "{" + header("recorded") + R"(, "tasks": [)" + tasks + R"(,
            {"id": "new", "description": "Never asked", "assert": [{"type": "contains", "value": "x"}]}]})");
    const Outcome missing
            = cli(QStringList {QStringLiteral("test"), grown} + ai
                          + QStringList {QStringLiteral("--cache"), QStringLiteral("always")},
                  cacheOn);
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.out.contains(QStringLiteral("ERROR ") + grown
                                  + QStringLiteral(" \u203a new \u2014 ")),
             qPrintable(missing.out));
    QVERIFY(missing.out.contains(u"no stored answer for this request in the result cache"));
    QVERIFY(missing.out.contains(u"2 passed, 1 failed"));
    QCOMPARE(server->inferenceRequests().size(), asked);

    // With no AI service at all (it was at this address when the suite was recorded): the same,
    // and nothing asks whether one is there.
    server.reset();
    const Outcome offline
            = cli(QStringList {QStringLiteral("test"), file} + ai
                          + QStringList {QStringLiteral("--cache"), QStringLiteral("always")},
                  cacheOn);
    QVERIFY2(offline.exitCode == 0 && offline.out.contains(u"2 passed, 0 failed"),
             qPrintable(offline.out + offline.err));
}

void tst_Suite::rubricIsGradedByTheGraderAlias()
{
    // The task's own model answers; the models file's `grader` alias, a second server, grades.
    test::FakeAiServer answers;
    test::FakeAiServer grader;
    QVERIFY(answers.listen() && grader.listen());
    grader.script("It is kind.",
                  {test::FakeAiServer::chatAnswer(
                          QStringLiteral(R"({"pass": true, "reason": "warm"})"))});
    grader.script("Not rude.",
                  {test::FakeAiServer::chatAnswer(
                          QStringLiteral(R"({"pass": false, "reason": "it is curt"})"))});
    grader.script("It is rude.",
                  {test::FakeAiServer::chatAnswer(
                          QStringLiteral(R"({"pass": false, "reason": "polite"})"))});
    grader.script("prose", {test::FakeAiServer::chatAnswer(QStringLiteral("Looks fine to me."))});
    const QString models = writeFile(QStringLiteral("models.json"),
                                     QStringLiteral(R"({"models": {
                "main": {"provider": "openai", "url": "%1", "model": "m"},
                "grader": {"provider": "openai", "url": "%2", "model": "judge"}}})")
                                             .arg(answers.url().toString(), grader.url().toString())
                                             .toUtf8());
    const QString file = writeFile(QStringLiteral("graded.alt"), "{" + header("graded") + R"x(,
      "model": "main",
      "tasks": [
        {"id": "kind", "description": "Be kind", "assert": [{"type": "llm-rubric", "value": "It is kind."}]},
        {"id": "rude", "description": "Be rude", "assert": [{"type": "llm-rubric", "value": "Not rude."}]},
        {"id": "prose", "description": "Be prose", "assert": [{"type": "llm-rubric", "value": "prose"}]},
        {"id": "negated", "description": "Be rude again", "assert": [{"type": "not-llm-rubric", "value": "It is rude."}]}
      ]})x");
    const Outcome o = cli({QStringLiteral("test"), file, QStringLiteral("--models"), models});
    QVERIFY2(o.exitCode == 1, qPrintable(o.err.right(6000)));
    QVERIFY2(o.out.contains(u"2 passed, 2 failed"), qPrintable(o.out + o.err));
    QVERIFY(o.out.contains(u"\u203a rude \u2014 checks failed: llm-rubric: it is curt"));
    QVERIFY(o.out.contains(u"\u203a prose \u2014 checks failed: llm-rubric: the grader's verdict "
                           u"is not {\"pass\": bool, \"reason\": string}"));
    QCOMPARE(answers.inferenceRequests().size(), 4);
    QCOMPARE(grader.inferenceRequests().size(), 4);
    // The verdict is asked for with the strict schema, of the grader's model, at temperature 0.
    const QJsonObject asked
            = QJsonDocument::fromJson(grader.inferenceRequests().at(0).body).object();
    QCOMPARE(asked.value(u"model").toString(), QStringLiteral("judge"));
    QCOMPARE(asked.value(u"temperature").toDouble(), 0.0);
    QCOMPARE(asked.value(u"response_format")[u"type"].toString(), QStringLiteral("json_schema"));
    QVERIFY(asked.value(u"response_format")[u"json_schema"][u"strict"].toBool());
    QVERIFY(asked.value(u"messages")[1][u"content"].toString().contains(u"Rubric:"));
}

void tst_Suite::diffFindsExactlyTheChangedTasks()
{
    const QString a = writeFile(QStringLiteral("a.alt"), "{" + header("diffed") + R"(,
      "tasks": [
        {"id": "same", "description": "Stays"},
        {"id": "reworded", "description": "Old words"},
        {"id": "breaks", "description": "Works now"},
        {"id": "dropped", "description": "Goes away"}
      ]})");
    const QString b = writeFile(QStringLiteral("b.alt"), "{" + header("diffed") + R"(,
      "tasks": [
        {"id": "same", "description": "Stays"},
        {"id": "reworded", "description": "New words\nand a second line"},
        {"id": "breaks", "description": "Works now", "retry_count": 0,
         "parameters": {"mock_fail_attempts": 3}},
        {"id": "added", "description": "Comes in"}
      ]})");
    const QString lastA = runLast(a);
    const QString lastB = runLast(b);
    QVERIFY(!lastA.isEmpty() && !lastB.isEmpty());

    const Outcome text = cli({QStringLiteral("diff"), lastA, lastB});
    QCOMPARE(text.exitCode, 1);
    QVERIFY2(text.out.contains(u"reworded: answer changed"), qPrintable(text.out));
    QVERIFY(text.out.contains(u"    -[simulated] Old words\n"));
    QVERIFY(text.out.contains(u"    +[simulated] New words\n    +and a second line\n"));
    QVERIFY(text.out.contains(u"breaks: status changed (completed -> failed)"));
    QVERIFY(text.out.contains(u"dropped: removed (was completed)"));
    QVERIFY(text.out.contains(u"added: added (completed)"));
    // The unchanged task is told only when a figure moved (its time may): never as a change.
    static const QRegularExpression sameChanged(QStringLiteral("^same: (?!same)"),
                                                QRegularExpression::MultilineOption);
    QVERIFY2(!sameChanged.match(text.out).hasMatch(), qPrintable(text.out));
    QVERIFY(text.out.endsWith(u"5 tasks: 1 the same, 1 added, 1 removed, 1 status changed, 1 "
                              u"answer changed\n"));

    const Outcome json = cli({QStringLiteral("diff"), lastA, lastB, QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 1);
    const QJsonObject d = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(d.value(u"totals")[u"differing"].toInt(), 4);
    QSet<QString> differing;
    for (const QJsonValue &t : d.value(u"tasks").toArray())
        if (t[u"differs"].toBool())
            differing.insert(t[u"task_id"].toString());
    QCOMPARE(differing, (QSet<QString> {u"reworded"_qs, u"breaks"_qs, u"dropped"_qs, u"added"_qs}));

    const Outcome same = cli({QStringLiteral("diff"), lastA, lastA});
    QCOMPARE(same.exitCode, 0);
    QVERIFY(same.out.contains(u"4 tasks: 4 the same"));
}

void tst_Suite::diffRefusesBadInput_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QString>("message");
    QTest::newRow("one file") << QStringList {u"x.json"_qs} << u"give two LAST files"_qs;
    QTest::newRow("missing") << QStringList {u"nope1.json"_qs, u"nope2.json"_qs} << u"nope1"_qs;
    QTest::newRow("an ALT file") << QStringList {u"alt"_qs, u"alt"_qs} << u"LAST"_qs;
}

void tst_Suite::diffRefusesBadInput()
{
    QFETCH(QStringList, files);
    QFETCH(QString, message);
    for (QString &f : files) {
        if (f == u"alt")
            f = QStringLiteral(ALTRUNNER_EXAMPLES_DIR "/research_brief.alt");
        else
            f = m_dir.filePath(f);
    }
    const Outcome o = cli(QStringList {QStringLiteral("diff")} + files);
    QCOMPARE(o.exitCode, 2);
    QVERIFY2(o.err.contains(message), qPrintable(o.err));
}

void tst_Suite::reportOpensInChromiumWithNoRequest()
{
    const QString chromium = QStandardPaths::findExecutable(QStringLiteral("chromium"));
    // install-deps installs Debian's chromium: its absence is a failure, not a skip.
    QVERIFY2(!chromium.isEmpty(), "chromium is not installed (scripts/install-deps.sh)");
    const QString file = writeFile(QStringLiteral("report.alt"), "{" + header("report") + R"(,
      "tasks": [
        {"id": "evil", "description": "</script><script>document.title='pwned'</script><!-- <b>bold</b>",
         "assert": [{"type": "contains", "value": "</script>"}]},
        {"id": "second", "description": "Two", "dependencies": ["evil"]},
        {"id": "third", "description": "Three", "dependencies": ["evil"]}
      ]})");
    const QString last = runLast(file);
    QVERIFY(!last.isEmpty());
    const QString html = m_dir.filePath(QStringLiteral("report.html"));
    const Outcome o = cli({QStringLiteral("report"), last, QStringLiteral("-o"), html});
    QCOMPARE(o.exitCode, 0);
    QCOMPARE(o.out.trimmed(), html);
    QFile page(html);
    QVERIFY(page.open(QIODevice::ReadOnly));
    const QByteArray bytes = page.readAll();
    QVERIFY(!bytes.contains("</script><script>document.title")); // escaped in the file
    QVERIFY(bytes.contains("Content-Security-Policy\" content=\"default-src 'none';"));
    // No address it could fetch: the only URL is SVG's namespace name.
    QCOMPARE(bytes.count("http://") + bytes.count("https://"),
             bytes.count("http://www.w3.org/2000/svg"));

    // Chromium's own services (updates, accounts) talk to Google whatever the page does: every
    // other URL it fetched would be the page's.
    const QString netLog = m_dir.filePath(QStringLiteral("net.json"));
    QProcess browser;
    browser.start(chromium,
                  {QStringLiteral("--headless=new"), QStringLiteral("--no-sandbox"),
                   QStringLiteral("--disable-gpu"), QStringLiteral("--no-first-run"),
                   QStringLiteral("--disable-background-networking"),
                   QStringLiteral("--user-data-dir=") + m_dir.filePath(QStringLiteral("profile")),
                   QStringLiteral("--log-net-log=") + netLog, QStringLiteral("--dump-dom"),
                   QUrl::fromLocalFile(html).toString()});
    QVERIFY(browser.waitForFinished(120000));
    const QString dom = QString::fromUtf8(browser.readAllStandardOutput());
    QVERIFY2(dom.contains(u"<title>ALT Runner report: suite</title>"), qPrintable(dom.left(500)));
    QVERIFY(!dom.contains(u"pwned</title>"));
    // The script in the answer is text in the answer's <pre>; the page's own script ran (it
    // counts the rows it shows).
    QVERIFY(dom.contains(u"&lt;/script&gt;&lt;script&gt;document.title='pwned'&lt;/"
                         u"script&gt;&lt;!-- &lt;b&gt;bold&lt;/b&gt;"));
    QVERIFY(dom.contains(u"<span id=\"shown\" class=\"muted\">3 / 3</span>"));
    for (const char *id : {"evil", "second", "third"})
        QVERIFY(dom.contains(
                QStringLiteral("<tr class=\"task\" data-status=\"completed\" "
                               "data-checks=\"%1\"><td>%2</td>")
                        .arg(QLatin1StringView(qstrcmp(id, "evil") ? "none" : "checks-passed"),
                             QLatin1StringView(id))));
    QFile log(netLog);
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QJsonArray events = QJsonDocument::fromJson(log.readAll()).object()[u"events"].toArray();
    QVERIFY(!events.isEmpty());
    static const QRegularExpression browserOwn(
            QStringLiteral("^https?://([a-z0-9.-]+\\.)?(google\\.com|googleapis\\.com|gvt1\\.com|"
                           "gstatic\\.com)(/|:|$)"));
    for (const QJsonValue &e : events) {
        const QString url = e[u"params"][u"url"].toString();
        if (url.startsWith(u"http"))
            QVERIFY2(browserOwn.match(url).hasMatch(), qPrintable(url));
    }

    // Two runs: their diff as a page.
    const QString diffHtml = m_dir.filePath(QStringLiteral("diff.html"));
    QCOMPARE(cli({QStringLiteral("report"), last, last, QStringLiteral("-o"), diffHtml}).exitCode,
             0);
    QFile diffPage(diffHtml);
    QVERIFY(diffPage.open(QIODevice::ReadOnly));
    QVERIFY(diffPage.readAll().contains("0 of 3 tasks differ"));
}

QTEST_GUILESS_MAIN(tst_Suite)
#include "tst_suite.moc"
