// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "runsupport.h"

#include "alt/altloader.h"
#include "last/lastreader.h"
#include "last/testreport.h"
#include "util/atomicfile.h"

#include <QTextStream>

namespace altrunner {

namespace {

int usageError(const QString &message)
{
    QTextStream(stderr) << "altrunner-cli test: " << message << '\n'
                        << "usage: altrunner-cli test FILE... [options] [--junit OUT.xml]; see "
                           "altrunner-cli --help\n";
    return ExitInvalidInput;
}

} // namespace

// docs/outputs.md "altrunner-cli test": each file is a suite, each task with checks a test case.
int testCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const CommandLine cl(arguments, kRunValued + QSet<QString> {QStringLiteral("junit")},
                         kRunFlags - QSet<QString> {QStringLiteral("json")},
                         {QStringLiteral("approve")});
    if (!cl.ok())
        return usageError(cl.error());
    if (cl.positional().isEmpty())
        return usageError(QStringLiteral("no ALT file given"));
    if (cl.value(QStringLiteral("rerun-failed")) || cl.value(QStringLiteral("rerun-from")))
        return usageError(QStringLiteral("--rerun-failed and --rerun-from are for run"));
    const std::optional<QString> junit = cl.value(QStringLiteral("junit"));
    if (junit && junit->trimmed().isEmpty())
        return usageError(QStringLiteral("--junit: expected a file to write, got an empty value"));
    QStringList errors;
    RunOptions options;
    EngineConfig config = runConfigFrom(cl, options, errors);
    if (!errors.isEmpty()) {
        for (const QString &e : std::as_const(errors))
            err << "altrunner-cli test: " << e << '\n';
        return ExitInvalidInput;
    }
    // A recorded suite replays: with --cache always nothing that was not recorded is sent.
    config.cacheReplayOnly = true;

    QList<TestReport::Suite> suites;
    bool invalid = false;
    bool interrupted = false;
    for (const QString &path : cl.positional()) {
        AltLoader::Result loaded = AltLoader::loadFile(path);
        for (const Diagnostic &d : std::as_const(loaded.diagnostics))
            err << d.toText() << '\n';
        if (!loaded.ok()) {
            invalid = true;
            const QString why
                    = QStringLiteral("not run: %1")
                              .arg(counted(errorCount(loaded.diagnostics), "error", "errors"));
            err << path << ": " << why << '\n';
            suites.append(TestReport::notRun(path, why));
            continue;
        }
        auto alt = std::make_shared<const AltFile>(std::move(*loaded.file));
        bool anyChecks = false;
        for (const AltTask &t : alt->tasks)
            anyChecks = anyChecks || t.checks >= 0;
        if (!anyChecks)
            err << path << ": no task has checks ('assert'): nothing to test\n";
        err.flush();
        RunRequest request {alt, options, config};
        if (!applyApprove(cl, request, "test", false))
            return ExitInvalidInput;
        const ExecutedRun executed = executeRun("test", std::move(request));
        if (executed.invalid) {
            invalid = true;
            suites.append(TestReport::notRun(path, executed.result.error));
            continue;
        }
        interrupted = interrupted || executed.interrupted;
        QString error;
        const std::optional<LastReader::PastRun> past = executed.result.lastFilePath.isEmpty()
                ? std::nullopt
                : LastReader::readPastRun(executed.result.lastFilePath, &error);
        if (!past) {
            suites.append(
                    TestReport::notRun(path, error.isEmpty() ? executed.result.error : error));
            continue;
        }
        suites.append(TestReport::of(*alt, *past, path, executed.result.lastFilePath));
        const TestReport::Suite &suite = suites.constLast();
        for (const TestReport::Case &c : suite.cases)
            out << TestReport::line(suite, c) << '\n';
        out << path << ": LAST file " << executed.result.lastFilePath << '\n';
        out.flush();
        if (interrupted)
            break;
    }
    out << TestReport::summary(suites) << '\n';
    out.flush();
    if (junit) {
        QString error;
        if (!writeFileAtomically(*junit, TestReport::junit(suites), &error)) {
            err << "altrunner-cli test: --junit: " << error << '\n';
            return ExitInvalidInput;
        }
    }
    if (interrupted)
        return ExitInterrupted;
    if (invalid)
        return ExitInvalidInput;
    for (const TestReport::Suite &s : std::as_const(suites))
        if (s.count(TestReport::Result::Passed) != s.cases.size())
            return ExitRunNotSuccessful;
    return ExitSuccess;
}

} // namespace altrunner
