// SPDX-License-Identifier: GPL-3.0-or-later
// The built altrunner-cli, run as a user or a script would: exit codes, output, written files,
// configuration errors and signals.

#include "alt/altloader.h"
#include "fakeaiserver.h"
#include "lastinvariants.h"
#include "testutil.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace altrunner;

namespace {

using Outcome = test::CliOutcome;

const QString kExamples = QStringLiteral(ALTRUNNER_EXAMPLES_DIR);

} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void validateListsEveryMistake();
    void validateExitCodes_data();
    void validateExitCodes();
    void runExample();
    void runJson();
    void runPartialSuccessExitsOne();
    void runInvalidFileRunsNothing();
    void runWithModelsFile();
    void badConfiguration_data();
    void badConfiguration();
#ifdef Q_OS_UNIX // they send the program POSIX signals (::kill); Windows has none to send
    void signalCancelsAndWritesLast_data();
    void signalCancelsAndWritesLast();
#endif
    void rerunFailed();
    void budgetStopsAndRerunContinues();
    void cacheStatsAndClear();
    void planBeforeAndAfterARun();
    void rerunFromAsksTheChosenAndDownstream();
    void versionAndHelp();
    void runAgainstAiService_data();
    void runAgainstAiService();
    void unreachableServiceIsOneClearMessage();
#ifdef Q_OS_UNIX
    void serveStopsCleanlyOnSignal();
#endif
    void serveRefusesBadOptions_data();
    void serveRefusesBadOptions();

private:
    QProcessEnvironment environment(const QStringList &extraEnv) const;
    // Like cli(), but keeps this process's event loop turning (for an in-process server).
    Outcome cliAsync(const QStringList &args, const QStringList &extraEnv = {});
    Outcome cli(const QStringList &args, const QStringList &extraEnv = {}, int timeoutMs = 60000);
    QString writeFile(const QString &name, const QByteArray &content);
    // Whether a run's crash journal in this test's output folder shows a task running (the
    // journal is written before the engine acts: a state to wait on, not a time).
    bool journalShowsARunningTask() const;

    QTemporaryDir m_dir;
    QString m_out;
};

void tst_Cli::init()
{
    QVERIFY(m_dir.isValid());
    m_out = m_dir.filePath(
            QStringLiteral("out-%1").arg(QLatin1String(QTest::currentTestFunction())));
}

QProcessEnvironment tst_Cli::environment(const QStringList &extraEnv) const
{
    return test::cliEnvironment(m_dir.path(), m_out, extraEnv);
}

Outcome tst_Cli::cli(const QStringList &args, const QStringList &extraEnv, int timeoutMs)
{
    QProcess p;
    p.setProcessEnvironment(environment(extraEnv));
    p.start(QStringLiteral(ALTRUNNER_BIN_DIR "/altrunner-cli"), args);
    Outcome o;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return o;
    }
    o.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    o.out = QString::fromUtf8(p.readAllStandardOutput());
    o.err = QString::fromUtf8(p.readAllStandardError());
    return o;
}

Outcome tst_Cli::cliAsync(const QStringList &args, const QStringList &extraEnv)
{
    return test::runCli(args, environment(extraEnv), 60000);
}

bool tst_Cli::journalShowsARunningTask() const
{
    const QFileInfoList journals
            = QDir(m_out).entryInfoList({QStringLiteral("*.journal")}, QDir::Files);
    for (const QFileInfo &info : journals) {
        QFile journal(info.filePath());
        if (journal.open(QIODevice::ReadOnly) && journal.readAll().contains("\"running\""))
            return true;
    }
    return false;
}

QString tst_Cli::writeFile(const QString &name, const QByteArray &content)
{
    return altrunner::test::writeFile(m_dir.path(), name, content);
}

void tst_Cli::validateListsEveryMistake()
{
    const QString file = kExamples + QStringLiteral("/invalid_example.alt");
    const Outcome o = cli({QStringLiteral("validate"), file});
    QCOMPARE(o.exitCode, 2);
    const QStringList lines = o.err.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 8);
    static const QRegularExpression form(
            QStringLiteral(R"(^(.+):(\d+):(\d+): error: (.+) \[(/[^\]]*)\]$)"));
    for (const QString &line : lines) {
        const auto m = form.match(line);
        QVERIFY2(m.hasMatch(), qPrintable(line));
        QCOMPARE(m.captured(1), file);
    }
    QVERIFY(o.err.contains(u"cycle: a -> c -> b -> a"));
    QVERIFY(o.err.contains(u"unknown task 'ghost'"));
    QVERIFY(o.out.contains(u"invalid, 8 errors"));
}

void tst_Cli::validateExitCodes_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<int>("exitCode");
    const QString valid = kExamples + QStringLiteral("/research_brief.alt");
    const QString invalid = kExamples + QStringLiteral("/invalid_example.alt");
    QTest::newRow("valid") << QStringList {valid} << 0;
    QTest::newRow("ALT_LAS example")
            << QStringList {kExamples + QStringLiteral("/altlas_example_alt_file.json")} << 0;
    QTest::newRow("valid and invalid") << QStringList {valid, invalid} << 2;
    QTest::newRow("missing file") << QStringList {QStringLiteral("/nonexistent.alt")} << 2;
    QTest::newRow("no file") << QStringList {} << 2;
    QTest::newRow("unknown option") << QStringList {QStringLiteral("--strict"), valid} << 2;
}

void tst_Cli::validateExitCodes()
{
    QFETCH(QStringList, files);
    QFETCH(int, exitCode);
    const Outcome o = cli(QStringList {QStringLiteral("validate")} + files);
    QCOMPARE(o.exitCode, exitCode);
}

void tst_Cli::runExample()
{
    const QString file = kExamples + QStringLiteral("/research_brief.alt");
    const Outcome o = cli({QStringLiteral("run"), file});
    QCOMPARE(o.exitCode, 0);
    const QString path = o.out.trimmed();
    QVERIFY2(QFileInfo(path).isAbsolute() && QFile::exists(path), qPrintable(o.out + o.err));
    QCOMPARE(QFileInfo(path).absolutePath(), QDir(m_out).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject last = QJsonDocument::fromJson(f.readAll()).object();
    QCOMPARE(last.value(u"status").toString(), QStringLiteral("success"));
    QCOMPARE(QFileInfo(path).fileName(),
             QStringLiteral("last_%1.json").arg(last.value(u"execution_id").toString()));
    const auto alt = AltLoader::loadFile(file);
    const QStringList violations = test::lastInvariantViolations(last, *alt.file);
    QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u'\n')));
    // No journal or temporary files are left behind.
    QCOMPARE(QDir(m_out).entryList(QDir::Files), QStringList {QFileInfo(path).fileName()});
    // Plain progress lines, not a redrawn bar, when stderr is not a terminal.
    QVERIFY(!o.err.contains(u'\r'));
    QVERIFY(o.err.contains(u"success"));
}

void tst_Cli::runWithModelsFile()
{
    // The offline example: a repair, a field placeholder and a fallback, from the console. The
    // plain configuration names a service that is not there: no task goes to it, so the run
    // must not give up on them before trying (the service check is for the plain route).
    const Outcome o = cli({QStringLiteral("run"), kExamples + QStringLiteral("/release_review.alt"),
                           QStringLiteral("--models"), kExamples + QStringLiteral("/models.json")},
                          {QStringLiteral("AI_PROVIDER=openai"),
                           QStringLiteral("AI_SERVICE_URL=http://127.0.0.1:9")});
    QCOMPARE(o.exitCode, 0);
    QFile f(o.out.trimmed());
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(o.out + o.err));
    const QJsonObject last = QJsonDocument::fromJson(f.readAll()).object();
    const QJsonObject results = last.value(u"task_results").toObject();
    QCOMPARE(results[u"headline"][u"output"][u"model_alias"].toString(), QStringLiteral("backup"));
    QCOMPARE(results[u"headline"][u"metadata"][u"fallbacks"][0][u"model"].toString(),
             QStringLiteral("writer"));
    QCOMPARE(results[u"collect"][u"metadata"][u"attempt_log"][0][u"outcome"].toString(),
             QStringLiteral("invalid_output"));
    QVERIFY(results[u"collect"][u"output"][u"json"].isObject());
    QCOMPARE(last.value(u"metadata")[u"repairs"].toInt(), 1);
    QCOMPARE(last.value(u"metadata")[u"fallbacks"].toInt(), 1);
}

void tst_Cli::runJson()
{
    const Outcome o = cli({QStringLiteral("run"),
                           kExamples + QStringLiteral("/altlas_example_alt_file.json"),
                           QStringLiteral("--json"), QStringLiteral("--mode"),
                           QStringLiteral("dream"), QStringLiteral("--concurrency=2")});
    QCOMPARE(o.exitCode, 0);
    QJsonParseError error;
    const QJsonObject last = QJsonDocument::fromJson(o.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(last.value(u"mode").toString(), QStringLiteral("dream"));
    QCOMPARE(last.value(u"persona").toString(), QStringLiteral("technical_expert"));
    QCOMPARE(last.value(u"metadata")[u"max_concurrent_tasks"].toInt(), 2);
    QCOMPARE(last.value(u"metadata")[u"alt_metadata"][u"source"].toString(),
             QStringLiteral("manual"));
}

void tst_Cli::runPartialSuccessExitsOne()
{
    const QString file = writeFile(QStringLiteral("partial.alt"), R"({"id": "p", "version": "1",
      "created_at": "2026-01-01T00:00:00Z", "title": "P", "tasks": [
      {"id": "ok", "description": "fine", "parameters": {"task_type": "noop"}},
      {"id": "bad", "description": "fails", "parameters": {"mock_fail_attempts": 1}}]})");
    const Outcome o = cli({QStringLiteral("run"), file});
    QCOMPARE(o.exitCode, 1);
    QVERIFY(QFile::exists(o.out.trimmed()));
    QVERIFY(o.err.contains(u"task bad: failed"));
}

void tst_Cli::runInvalidFileRunsNothing()
{
    const Outcome o
            = cli({QStringLiteral("run"), kExamples + QStringLiteral("/invalid_example.alt")});
    QCOMPARE(o.exitCode, 2);
    QVERIFY(o.out.isEmpty());
    QVERIFY(o.err.contains(u": error: "));
    QVERIFY(QDir(m_out).entryList(QDir::Files).isEmpty());
}

void tst_Cli::badConfiguration_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("env");
    QTest::addColumn<QString>("named");
    const QString file = kExamples + QStringLiteral("/research_brief.alt");
    const QString run = QStringLiteral("run");
    QTest::newRow("env concurrency 0")
            << QStringList {run, file} << QStringList {QStringLiteral("MAX_CONCURRENT_TASKS=0")}
            << "MAX_CONCURRENT_TASKS";
    QTest::newRow("env bad url") << QStringList {run, file}
                                 << QStringList {QStringLiteral("AI_SERVICE_URL=not a url")}
                                 << "AI_SERVICE_URL";
    QTest::newRow("env bad bool") << QStringList {run, file}
                                  << QStringList {QStringLiteral("USE_MOCK_AI=perhaps")}
                                  << "USE_MOCK_AI";
    QTest::newRow("flag concurrency")
            << QStringList {run, file, QStringLiteral("--concurrency"), QStringLiteral("0")}
            << QStringList {} << "--concurrency";
    QTest::newRow("flag mode") << QStringList {run, file, QStringLiteral("--mode=sleepy")}
                               << QStringList {} << "--mode";
    QTest::newRow("flag timeout") << QStringList {run, file, QStringLiteral("--task-timeout"),
                                                  QStringLiteral("-3")}
                                  << QStringList {} << "--task-timeout";
    QTest::newRow("flag provider")
            << QStringList {run, file, QStringLiteral("--provider"), QStringLiteral("gpt")}
            << QStringList {} << "--provider";
    QTest::newRow("provider without url")
            << QStringList {run, file, QStringLiteral("--provider"), QStringLiteral("openai")}
            << QStringList {} << "AI_SERVICE_URL";
    QTest::newRow("unknown flag") << QStringList {run, file, QStringLiteral("--turbo")}
                                  << QStringList {} << "--turbo";
    QTest::newRow("flag without value")
            << QStringList {run, file, QStringLiteral("--model")} << QStringList {} << "--model";
    QTest::newRow("two files") << QStringList {run, file, file} << QStringList {} << "exactly one";
    QTest::newRow("output dir is a file")
            << QStringList {run, file, QStringLiteral("--output-dir"), file} << QStringList {}
            << "output folder";
    QTest::newRow("flag token budget")
            << QStringList {run, file, QStringLiteral("--max-tokens-total"), QStringLiteral("lots")}
            << QStringList {} << "--max-tokens-total";
    QTest::newRow("flag cost budget") << QStringList {run, file, QStringLiteral("--max-cost=-1")}
                                      << QStringList {} << "--max-cost";
    QTest::newRow("flag rpm") << QStringList {run, file, QStringLiteral("--rpm"),
                                              QStringLiteral("1.5")}
                              << QStringList {} << "--rpm";
    QTest::newRow("flag tpm") << QStringList {run, file, QStringLiteral("--tpm"),
                                              QStringLiteral("-2")}
                              << QStringList {} << "--tpm";
    QTest::newRow("env cost budget")
            << QStringList {run, file} << QStringList {QStringLiteral("ALTRUNNER_MAX_COST=cheap")}
            << "ALTRUNNER_MAX_COST";
    QTest::newRow("env token budget")
            << QStringList {run, file}
            << QStringList {QStringLiteral("ALTRUNNER_MAX_TOKENS_TOTAL=1e3")}
            << "ALTRUNNER_MAX_TOKENS_TOTAL";
    QTest::newRow("env max tokens")
            << QStringList {run, file} << QStringList {QStringLiteral("AI_MAX_TOKENS=0")}
            << "AI_MAX_TOKENS";
    QTest::newRow("env rpm") << QStringList {run, file}
                             << QStringList {QStringLiteral("AI_REQUESTS_PER_MINUTE=fast")}
                             << "AI_REQUESTS_PER_MINUTE";
    QTest::newRow("missing pricing file")
            << QStringList {run, file, QStringLiteral("--pricing"),
                            QStringLiteral("/nonexistent/pricing.json")}
            << QStringList {} << "/nonexistent/pricing.json";
    QTest::newRow("pricing file from the environment, not JSON")
            << QStringList {run, file}
            << QStringList {QStringLiteral("ALTRUNNER_PRICING=") + kExamples
                            + QStringLiteral("/invalid_example.alt")}
            << "pricing file";
    QTest::newRow("cost budget without prices")
            << QStringList {run,
                            file,
                            QStringLiteral("--max-cost"),
                            QStringLiteral("2"),
                            QStringLiteral("--provider"),
                            QStringLiteral("openai"),
                            QStringLiteral("--ai-url"),
                            QStringLiteral("http://127.0.0.1:9")}
            << QStringList {} << "needs a pricing file";
    const QString review = kExamples + QStringLiteral("/release_review.alt");
    const QString models = kExamples + QStringLiteral("/models.json");
    QTest::newRow("a models file that is not there")
            << QStringList {run, review, QStringLiteral("--models"),
                            QStringLiteral("/nonexistent/m.json")}
            << QStringList {} << "cannot read the models file /nonexistent/m.json";
    QTest::newRow("an alias the models file does not define")
            << QStringList {run,
                            review,
                            QStringLiteral("--models"),
                            models,
                            QStringLiteral("--model"),
                            QStringLiteral("nope")}
            << QStringList {}
            << "model 'nope' is not defined in the models file (it defines: backup, cloud, local, "
               "writer)";
    QTest::newRow("a key variable that is not set")
            << QStringList {run,
                            review,
                            QStringLiteral("--models"),
                            models,
                            QStringLiteral("--model"),
                            QStringLiteral("cloud")}
            << QStringList {QStringLiteral("OPENAI_API_KEY=")} << "OPENAI_API_KEY";
    QTest::newRow("env bad schema mode")
            << QStringList {run, review} << QStringList {QStringLiteral("AI_SCHEMA_MODE=strict")}
            << "AI_SCHEMA_MODE";
    QTest::newRow("env repair attempts out of range")
            << QStringList {run, review} << QStringList {QStringLiteral("AI_REPAIR_ATTEMPTS=9")}
            << "AI_REPAIR_ATTEMPTS";
    QTest::newRow("rerun of a missing file")
            << QStringList {run, file, QStringLiteral("--rerun-failed"),
                            QStringLiteral("/nonexistent.json")}
            << QStringList {} << "--rerun-failed";
}

void tst_Cli::badConfiguration()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, env);
    QFETCH(QString, named);
    const Outcome o = cli(args, env);
    QCOMPARE(o.exitCode, 2);
    QVERIFY2(o.err.contains(named), qPrintable(o.err));
    QVERIFY(o.out.isEmpty());
}

#ifdef Q_OS_UNIX
void tst_Cli::signalCancelsAndWritesLast_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGINT") << int(SIGINT);
    QTest::newRow("SIGTERM") << int(SIGTERM);
}

void tst_Cli::signalCancelsAndWritesLast()
{
    QFETCH(int, signalNumber);
    const QString file = writeFile(QStringLiteral("long.alt"), R"({"id": "l", "version": "1",
      "created_at": "2026-01-01T00:00:00Z", "title": "L", "tasks": [
      {"id": "a", "description": "long", "parameters": {"mock_latency_ms": 60000}},
      {"id": "b", "description": "long", "parameters": {"mock_latency_ms": 60000}},
      {"id": "c", "description": "after", "dependencies": ["a"]}]})");
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("OUTPUT_DIR"), m_out);
    env.remove(QStringLiteral("AI_SERVICE_URL"));
    env.remove(QStringLiteral("AI_PROVIDER"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ALTRUNNER_BIN_DIR "/altrunner-cli"), {QStringLiteral("run"), file});
    QVERIFY(p.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(journalShowsARunningTask(), 10000); // cancelled in the middle
    ::kill(pid_t(p.processId()), signalNumber);
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 130);
    const QString path = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    QFile f(path);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
    const QJsonObject last = QJsonDocument::fromJson(f.readAll()).object();
    QCOMPARE(last.value(u"metadata")[u"cancelled"].toBool(), true);
    QCOMPARE(last.value(u"task_results")[u"a"][u"status"].toString(), QStringLiteral("cancelled"));
    QCOMPARE(last.value(u"task_results")[u"a"][u"metadata"][u"attempt_log"][0][u"outcome"]
                     .toString(),
             QStringLiteral("cancelled"));
    QVERIFY(last.value(u"task_results")[u"c"][u"start_time"].isNull());
    QVERIFY(last.value(u"execution_time_ms").toInt() < 5000);
}
#endif

void tst_Cli::rerunFailed()
{
    const QString file = writeFile(QStringLiteral("rerun.alt"), R"({"id": "r", "version": "1",
      "created_at": "2026-01-01T00:00:00Z", "title": "R", "tasks": [
      {"id": "quick", "description": "quick"},
      {"id": "slow", "description": "slow", "parameters": {"mock_latency_ms": 500}},
      {"id": "end", "description": "end {{slow}}", "dependencies": ["slow", "quick"]}]})");
    const Outcome first = cli(
            {QStringLiteral("run"), file, QStringLiteral("--ai-timeout"), QStringLiteral("0.1")});
    QCOMPARE(first.exitCode, 1);
    const QString firstPath = first.out.trimmed();
    const Outcome second
            = cli({QStringLiteral("run"), file, QStringLiteral("--rerun-failed"), firstPath});
    QCOMPARE(second.exitCode, 0);
    QVERIFY(second.err.contains(u"re-running 2 of 3 tasks"));
    QFile a(firstPath), b(second.out.trimmed());
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    const QJsonObject before = QJsonDocument::fromJson(a.readAll()).object();
    const QJsonObject after = QJsonDocument::fromJson(b.readAll()).object();
    QCOMPARE(after.value(u"task_results")[u"quick"][u"output"],
             before.value(u"task_results")[u"quick"][u"output"]);
    QCOMPARE(after.value(u"task_results")[u"quick"][u"start_time"],
             before.value(u"task_results")[u"quick"][u"start_time"]);
    QCOMPARE(after.value(u"task_results")[u"end"][u"status"].toString(),
             QStringLiteral("completed"));
    QCOMPARE(after.value(u"status").toString(), QStringLiteral("success"));
}

void tst_Cli::budgetStopsAndRerunContinues()
{
    // Six answers of the simulated provider, one at a time, each reserving its prompt's bytes
    // and 10 tokens: 70 tokens run out part of the way (docs/engine.md "Budgets").
    QByteArray tasks;
    for (int i = 0; i < 6; ++i)
        tasks += QStringLiteral(R"(%1{"id": "t%2", "description": "question number %2",
            "parameters": {"max_tokens": 10}})")
                         .arg(i ? QStringLiteral(",") : QString())
                         .arg(i)
                         .toUtf8();
    const QString file = writeFile(QStringLiteral("budget.alt"),
                                   R"({"id": "b", "version": "1",
      "created_at": "2026-01-01T00:00:00Z", "title": "B", "tasks": [)"
                                           + tasks + "]}");
    const Outcome first = cli({QStringLiteral("run"), file, QStringLiteral("--concurrency"),
                               QStringLiteral("1"), QStringLiteral("--max-tokens-total"),
                               QStringLiteral("70")});
    QCOMPARE(first.exitCode, 3);
    QVERIFY2(first.err.contains(u"raise it"), qPrintable(first.err));
    // The same offer as the window's: enough for what is left (at least 1,000 tokens here).
    QVERIFY2(first.err.contains(u"--max-tokens-total 1000")
                     && first.err.contains(u"--rerun-failed"),
             qPrintable(first.err));
    QFile a(first.out.trimmed());
    QVERIFY2(a.open(QIODevice::ReadOnly), qPrintable(first.out));
    const QJsonObject before = QJsonDocument::fromJson(a.readAll()).object();
    const QJsonObject budget = before.value(u"metadata")[u"budget"].toObject();
    QCOMPARE(budget.value(u"exhausted").toBool(), true);
    QCOMPARE(budget.value(u"tokens")[u"limit"].toInt(), 70);
    QVERIFY(budget.value(u"tokens")[u"used"].toInt() <= 70);
    int refused = 0;
    for (const QJsonValue r : before.value(u"task_results").toObject())
        refused += r[u"error"].toString().startsWith(u"budget exhausted: needs up to ");
    QVERIFY(refused > 0 && refused < 6);

    const Outcome second = cli({QStringLiteral("run"), file, QStringLiteral("--rerun-failed"),
                                first.out.trimmed(), QStringLiteral("--max-tokens-total"),
                                QStringLiteral("5000")});
    QCOMPARE(second.exitCode, 0);
    QVERIFY2(second.err.contains(QStringLiteral("re-running %1 of 6 tasks").arg(refused)),
             qPrintable(second.err));
    QFile b(second.out.trimmed());
    QVERIFY(b.open(QIODevice::ReadOnly));
    const QJsonObject after = QJsonDocument::fromJson(b.readAll()).object();
    QCOMPARE(after.value(u"status").toString(), QStringLiteral("success"));
    QCOMPARE(after.value(u"metadata")[u"budget"][u"exhausted"].toBool(), false);
    // The budget is the whole run's: the carried answers' tokens count in it.
    QVERIFY(after.value(u"metadata")[u"budget"][u"tokens"][u"used"].toInt()
            > budget.value(u"tokens")[u"used"].toInt());
}

void tst_Cli::cacheStatsAndClear()
{
    const Outcome stats = cli({QStringLiteral("cache"), QStringLiteral("stats")});
    QCOMPARE(stats.exitCode, 0);
    QVERIFY2(stats.out.contains(u"answers: 0"), qPrintable(stats.out));
    QVERIFY(stats.out.contains(m_dir.filePath(QStringLiteral("cache"))));
    const Outcome clear = cli({QStringLiteral("cache"), QStringLiteral("clear"),
                               QStringLiteral("--older-than"), QStringLiteral("30")});
    QCOMPARE(clear.exitCode, 0);
    QVERIFY(clear.out.contains(u"removed 0 answers older than 30 days"));
    for (const QStringList &bad :
         {QStringList {QStringLiteral("cache")},
          QStringList {QStringLiteral("cache"), QStringLiteral("purge")},
          QStringList {QStringLiteral("cache"), QStringLiteral("clear"),
                       QStringLiteral("--older-than"), QStringLiteral("-1")}}) {
        const Outcome o = cli(bad);
        QCOMPARE(o.exitCode, 2);
        QVERIFY2(o.err.contains(u"usage: altrunner-cli cache"), qPrintable(o.err));
    }
    // A file that is not a cache: a clear message, no crash.
    writeFile(QStringLiteral("cache/cache.sqlite"), QByteArray("not a database ").repeated(100));
    const Outcome damaged = cli({QStringLiteral("cache"), QStringLiteral("stats")});
    QCOMPARE(damaged.exitCode, 2);
    QVERIFY2(damaged.err.contains(u"cannot be used"), qPrintable(damaged.err));
}

void tst_Cli::planBeforeAndAfterARun()
{
    // The plan of the example, then a run with the cache on, then the same plan: what was
    // answered is cached. A changed model says so.
    test::FakeAiServer server;
    QVERIFY(server.listen());
    const QString file = kExamples + QStringLiteral("/research_brief.alt");
    const QStringList ai {QStringLiteral("--provider"), QStringLiteral("openai"),
                          QStringLiteral("--ai-url"),   server.url().toString(),
                          QStringLiteral("--mode"),     QStringLiteral("normal")};
    const QStringList cacheOn {QStringLiteral("ALTRUNNER_CACHE=auto"),
                               QStringLiteral("ALTRUNNER_CACHE_DIR=")
                                       + m_dir.filePath(QStringLiteral("plancache"))};
    const Outcome before = cliAsync(QStringList {QStringLiteral("plan"), file} + ai, cacheOn);
    QCOMPARE(before.exitCode, 0);
    QVERIFY2(before.out.contains(u"scope: run (no earlier answer)\n"), qPrintable(before.out));
    QVERIFY(before.out.contains(u"chemistry: unknown until 'scope' runs\n"));
    QVERIFY(before.out.contains(u"glossary: run (not an AI task)\n"));
    const Outcome run = cliAsync(QStringList {QStringLiteral("run"), file} + ai, cacheOn);
    QCOMPARE(run.exitCode, 0);
    const qsizetype asked = server.inferenceRequests().size();
    QCOMPARE(asked, 6);
    const Outcome after = cliAsync(QStringList {QStringLiteral("plan"), file} + ai, cacheOn);
    QVERIFY2(after.out.contains(u"scope: cached\n"), qPrintable(after.out));
    QVERIFY(after.out.contains(u"market: run (temperature 0.3 is not reused in auto mode)\n"));
    QCOMPARE(server.inferenceRequests().size(), asked); // a plan sends nothing
    const Outcome again = cliAsync(QStringList {QStringLiteral("run"), file} + ai, cacheOn);
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.err.contains(u"from the cache"), qPrintable(again.err));
    // Only market is asked again; the test server answers it as before, so what reads it asks
    // the same questions and is answered from the cache.
    QCOMPARE(server.inferenceRequests().size(), asked + 1);
    const Outcome model
            = cliAsync(QStringList {QStringLiteral("plan"), file} + ai
                               + QStringList {QStringLiteral("--model"), QStringLiteral("other")},
                       cacheOn);
    QVERIFY2(model.out.contains(u"scope: run (model changed)\n"), qPrintable(model.out));
    const Outcome bad = cli(
            {QStringLiteral("plan"), file, QStringLiteral("--cache"), QStringLiteral("sometimes")});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains(u"--cache"));
}

void tst_Cli::rerunFromAsksTheChosenAndDownstream()
{
    // Re-run from 'chemistry': it and what reads it (glossary is a noop, so compare and brief
    // are the AI tasks downstream) are asked again at the server, past the cache that holds
    // their answers; scope, manufacturing and market are carried over from the first run.
    test::FakeAiServer server;
    QVERIFY(server.listen());
    const QString file = kExamples + QStringLiteral("/research_brief.alt");
    const QStringList ai {QStringLiteral("--provider"), QStringLiteral("openai"),
                          QStringLiteral("--ai-url"),   server.url().toString(),
                          QStringLiteral("--cache"),    QStringLiteral("always")};
    const QStringList cacheOn {QStringLiteral("ALTRUNNER_CACHE_DIR=")
                               + m_dir.filePath(QStringLiteral("rerunfromcache"))};
    const Outcome first = cliAsync(QStringList {QStringLiteral("run"), file} + ai, cacheOn);
    QCOMPARE(first.exitCode, 0);
    QCOMPARE(server.inferenceRequests().size(), 6);
    const QString last = first.out.trimmed();

    // The plan says which tasks will be asked and why.
    const Outcome plan = cliAsync(QStringList {QStringLiteral("plan"), file} + ai
                                          + QStringList {QStringLiteral("--rerun-failed"), last,
                                                         QStringLiteral("--rerun-from"),
                                                         QStringLiteral("chemistry")},
                                  cacheOn);
    QCOMPARE(plan.exitCode, 0);
    QVERIFY2(plan.out.contains(u"chemistry: run (re-run from here)\n"), qPrintable(plan.out));
    QVERIFY(plan.out.contains(u"scope: cached\n"));

    const Outcome again = cliAsync(QStringList {QStringLiteral("run"), file} + ai
                                           + QStringList {QStringLiteral("--rerun-failed"), last,
                                                          QStringLiteral("--rerun-from"),
                                                          QStringLiteral("chemistry")},
                                   cacheOn);
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.err.contains(u"re-running 4 of 7 tasks; carrying over 3"),
             qPrintable(again.err));
    const QList<test::FakeAiServer::Request> asked = server.inferenceRequests().mid(6);
    QCOMPARE(asked.size(), 3); // chemistry, compare, brief: nothing else, nothing from the cache
    QFile f(again.out.trimmed());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject result = QJsonDocument::fromJson(f.readAll()).object();
    QCOMPARE(result.value(u"metadata")[u"rerun_from"].toArray(),
             QJsonArray {QStringLiteral("chemistry")});
    const QJsonObject tasks = result.value(u"task_results").toObject();
    for (const char *kept : {"scope", "manufacturing", "market"})
        QVERIFY2(tasks.value(QLatin1String(kept))[u"metadata"].toObject().contains(
                         u"carried_over_from"),
                 kept);
    for (const char *reasked : {"chemistry", "compare", "brief"}) {
        const QJsonObject meta = tasks.value(QLatin1String(reasked))[u"metadata"].toObject();
        QVERIFY2(!meta.contains(u"carried_over_from"), reasked);
        QVERIFY2(!meta.value(u"cache").toObject().value(u"hit").toBool(), reasked);
    }

    // Mistakes are told, and nothing runs.
    const Outcome unknown = cli({QStringLiteral("run"), file, QStringLiteral("--rerun-failed"),
                                 last, QStringLiteral("--rerun-from"), QStringLiteral("nope")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains(u"no task 'nope'"), qPrintable(unknown.err));
    const Outcome alone = cli(
            {QStringLiteral("run"), file, QStringLiteral("--rerun-from"), QStringLiteral("scope")});
    QCOMPARE(alone.exitCode, 2);
    QVERIFY(alone.err.contains(u"needs --rerun-failed"));
    QCOMPARE(server.inferenceRequests().size(), 9);
}

void tst_Cli::versionAndHelp()
{
    Outcome o = cli({QStringLiteral("--version")});
    QCOMPARE(o.exitCode, 0);
    QVERIFY(o.out.startsWith(u"altrunner-cli "));
    o = cli({QStringLiteral("--help")});
    QCOMPARE(o.exitCode, 0);
    QVERIFY(o.out.contains(u"--rerun-failed"));
    QCOMPARE(cli({}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("frobnicate")}).exitCode, 2);
}

void tst_Cli::runAgainstAiService_data()
{
    QTest::addColumn<QString>("provider");
    QTest::newRow("orchestrator") << QStringLiteral("orchestrator");
    QTest::newRow("openai") << QStringLiteral("openai");
}

void tst_Cli::runAgainstAiService()
{
    QFETCH(QString, provider);
    test::FakeAiServer server;
    QVERIFY(server.listen());
    const QString secret = QStringLiteral("sk-cli-SECRET-42");
    const QString file = kExamples + QStringLiteral("/research_brief.alt");
    const Outcome ok = cliAsync({QStringLiteral("run"), file, QStringLiteral("--provider"),
                                 provider, QStringLiteral("--ai-url"), server.url().toString(),
                                 QStringLiteral("--model"), QStringLiteral("model-b")},
                                {QStringLiteral("AI_API_KEY=") + secret});
    QCOMPARE(ok.exitCode, 0);
    QFile f(ok.out.trimmed());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray written = f.readAll();
    QVERIFY(!written.contains(secret.toUtf8()));
    QVERIFY(!ok.err.contains(secret) && !ok.out.contains(secret));
    const QJsonObject last = QJsonDocument::fromJson(written).object();
    QCOMPARE(last.value(u"metadata")[u"ai_provider"].toString(), provider);
    QCOMPARE(last.value(u"metadata")[u"ai_model"].toString(), QStringLiteral("model-b"));
    QVERIFY(last.value(u"task_results")[u"brief"][u"output"][u"text"].toString().startsWith(
            u"echo: "));
    QCOMPARE(server.inferenceRequests().size(), 6); // six AI tasks, one noop
    for (const auto &r : server.inferenceRequests())
        QCOMPARE(r.headers.value("authorization"), QByteArray("Bearer ") + secret.toUtf8());

    // A service that fails every request: tasks fail with the server's words, exit 1.
    server.script("five questions",
                  {test::FakeAiServer::status(
                           500, R"({"detail": "Inference failed: Model model-b not found"})"),
                   test::FakeAiServer::status(
                           500, R"({"detail": "Inference failed: Model model-b not found"})"),
                   test::FakeAiServer::status(
                           500, R"({"detail": "Inference failed: Model model-b not found"})")});
    const Outcome bad = cliAsync({QStringLiteral("run"), file, QStringLiteral("--provider"),
                                  provider, QStringLiteral("--ai-url"), server.url().toString(),
                                  QStringLiteral("--model"), QStringLiteral("model-b")});
    QCOMPARE(bad.exitCode, 1);
    QFile g(bad.out.trimmed());
    QVERIFY(g.open(QIODevice::ReadOnly));
    const QJsonObject failed = QJsonDocument::fromJson(g.readAll()).object();
    QCOMPARE(failed.value(u"status").toString(), QStringLiteral("failure"));
    QVERIFY(failed.value(u"task_results")[u"scope"][u"error"].toString().contains(
            u"Model model-b not found"));
    QCOMPARE(failed.value(u"task_results")[u"scope"][u"metadata"][u"attempts"].toInt(), 3);
    QCOMPARE(failed.value(u"task_results")[u"brief"][u"error"].toString(),
             QStringLiteral("dependency 'scope' failed"));
}

void tst_Cli::unreachableServiceIsOneClearMessage()
{
    const Outcome o = cli({QStringLiteral("run"), kExamples + QStringLiteral("/research_brief.alt"),
                           QStringLiteral("--ai-url"), QStringLiteral("http://127.0.0.1:1")});
    QCOMPARE(o.exitCode, 1);
    QCOMPARE(o.err.count(u"does not answer"), 1);
    QFile f(o.out.trimmed());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject last = QJsonDocument::fromJson(f.readAll()).object();
    QCOMPARE(last.value(u"task_results")[u"scope"][u"metadata"][u"attempts"].toInt(), 0);
    QVERIFY(last.value(u"task_results")[u"scope"][u"error"].toString().contains(
            u"does not answer"));
    QCOMPARE(last.value(u"metadata")[u"ai_provider"].toString(), QStringLiteral("orchestrator"));
}

#ifdef Q_OS_UNIX
void tst_Cli::serveStopsCleanlyOnSignal()
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("OUTPUT_DIR"), m_out);
    env.remove(QStringLiteral("AI_SERVICE_URL"));
    env.remove(QStringLiteral("AI_PROVIDER"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ALTRUNNER_BIN_DIR "/altrunner-cli"),
            {QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0")});
    QTRY_VERIFY_WITH_TIMEOUT(p.canReadLine(), 5000);
    const QString line = QString::fromUtf8(p.readLine()).trimmed();
    QVERIFY2(line.startsWith(u"listening on http://127.0.0.1:"), qPrintable(line));
    const QUrl base(line.mid(QStringLiteral("listening on ").size()));

    QNetworkAccessManager nam;
    auto post = [&](const QString &path, const QByteArray &body) {
        QNetworkRequest request(base.resolved(QUrl(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply *reply = nam.post(request, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(5000);
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).object();
    };
    const QByteArray alt
            = R"({"id": "l", "version": "1", "created_at": "2026-01-01T00:00:00Z", "title": "L",
      "tasks": [{"id": "a", "description": "long", "parameters": {"mock_latency_ms": 60000}}]})";
    const QJsonObject started
            = post(QStringLiteral("/run"),
                   QJsonDocument(QJsonObject {{QStringLiteral("alt_file"), QString::fromUtf8(alt)}})
                           .toJson());
    const QString id = started.value(u"id").toString();
    QVERIFY2(!id.isEmpty(), QJsonDocument(started).toJson().constData());
    QTRY_VERIFY_WITH_TIMEOUT(journalShowsARunningTask(), 10000); // stopped in the middle
    ::kill(pid_t(p.processId()), SIGTERM);
    QSignalSpy finished(&p, &QProcess::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 0);
    QFile f(m_out + QStringLiteral("/last_%1.json").arg(id));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(
            QJsonDocument::fromJson(f.readAll()).object().value(u"metadata")[u"cancelled"].toBool(),
            true);
}
#endif

void tst_Cli::serveRefusesBadOptions_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("named");
    QTest::newRow("public without token")
            << QStringList {QStringLiteral("--host"), QStringLiteral("0.0.0.0"),
                            QStringLiteral("--port"), QStringLiteral("0")}
            << "without a token";
    QTest::newRow("bad port") << QStringList {QStringLiteral("--port"), QStringLiteral("70000")}
                              << "--port";
    QTest::newRow("bad host") << QStringList {QStringLiteral("--host"),
                                              QStringLiteral("not an address")}
                              << "--host";
    QTest::newRow("unknown option") << QStringList {QStringLiteral("--tls")} << "--tls";
}

void tst_Cli::serveRefusesBadOptions()
{
    QFETCH(QStringList, args);
    QFETCH(QString, named);
    const Outcome o = cli(QStringList {QStringLiteral("serve")} + args);
    QCOMPARE(o.exitCode, 2);
    QVERIFY2(o.err.contains(named), qPrintable(o.err));
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
