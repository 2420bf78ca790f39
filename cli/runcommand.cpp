// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "ai/providerfactory.h"
#include "alt/altloader.h"
#include "commandline.h"
#include "config/configloader.h"
#include "last/lastreader.h"
#include "progressprinter.h"
#include "run/journal.h"
#include "run/run.h"
#include "signalwatcher.h"
#include "util/atomicfile.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QTextStream>

#include <cstdio>

#if defined(Q_OS_WIN)
#    include <io.h>
#    define isatty _isatty
#    define fileno _fileno
#else
#    include <unistd.h>
#endif

namespace altrunner {

namespace {

int usageError(const char *command, const QString &message)
{
    QTextStream err(stderr);
    err << "altrunner-cli " << command << ": " << message << '\n'
        << "usage: altrunner-cli " << command
        << (QByteArray(command) == "run" ? " FILE" : " JOURNAL")
        << " [options]; see altrunner-cli --help\n";
    return ExitInvalidInput;
}

const QSet<QString> kValued {QStringLiteral("output-dir"),   QStringLiteral("mode"),
                             QStringLiteral("persona"),      QStringLiteral("concurrency"),
                             QStringLiteral("provider"),     QStringLiteral("ai-url"),
                             QStringLiteral("model"),        QStringLiteral("ai-timeout"),
                             QStringLiteral("task-timeout"), QStringLiteral("rerun-failed")};
const QSet<QString> kFlags {QStringLiteral("fail-fast"), QStringLiteral("json")};

// Configuration: environment first, then flags, each bad value named.
EngineConfig configFrom(const CommandLine &cl, RunOptions &options, QStringList &errors)
{
    EngineConfig config
            = ConfigLoader::fromEnvironment(QProcessEnvironment::systemEnvironment(), &errors);
    QString error;
    if (const auto v = cl.value(QStringLiteral("output-dir"))) {
        if (v->trimmed().isEmpty())
            errors.append(QStringLiteral("--output-dir: expected a folder, got an empty value"));
        else
            config.outputDir = *v;
    }
    if (const auto v = cl.value(QStringLiteral("mode"))) {
        if (const auto m = parseMode(v->trimmed()))
            options.mode = m;
        else
            errors.append(
                    QStringLiteral("--mode: expected normal, dream, explore or chaos, got '%1'")
                            .arg(*v));
    }
    if (const auto v = cl.value(QStringLiteral("persona")))
        options.persona = *v;
    auto apply = [&](auto parsed, auto &target) {
        if (parsed)
            target = *parsed;
        else
            errors.append(error);
    };
    if (const auto v = cl.value(QStringLiteral("concurrency")))
        apply(ConfigLoader::parseInt(*v, 1, 1024, QStringLiteral("--concurrency"), &error),
              config.maxConcurrentTasks);
    if (const auto v = cl.value(QStringLiteral("ai-url")))
        apply(ConfigLoader::parseServiceUrl(*v, QStringLiteral("--ai-url"), &error),
              config.aiServiceUrl);
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (const auto v = cl.value(QStringLiteral("provider")))
        apply(ConfigLoader::parseProviderValue(*v, QStringLiteral("--provider"), &error),
              config.provider);
    else if (cl.value(QStringLiteral("ai-url")) && config.provider == ProviderKind::Mock
             && !env.contains(QStringLiteral("AI_PROVIDER"))
             && !env.contains(QStringLiteral("USE_MOCK_AI")))
        config.provider = ProviderKind::Orchestrator; // as AI_SERVICE_URL alone would choose
    if (const auto v = cl.value(QStringLiteral("model"))) {
        if (v->trimmed().isEmpty())
            errors.append(QStringLiteral("--model: expected a model name, got an empty value"));
        else
            config.aiModel = v->trimmed();
    }
    if (const auto v = cl.value(QStringLiteral("ai-timeout")))
        apply(ConfigLoader::parseSeconds(*v, QStringLiteral("--ai-timeout"), &error),
              config.aiTimeoutSeconds);
    if (const auto v = cl.value(QStringLiteral("task-timeout")))
        apply(ConfigLoader::parseSeconds(*v, QStringLiteral("--task-timeout"), &error),
              config.taskTimeoutSeconds);
    if (cl.flag(QStringLiteral("fail-fast")))
        options.failFast = true;
    if (errors.isEmpty())
        errors += ConfigLoader::check(config);
    return config;
}

// Runs `alt` to the end: provider check, progress, signals, the LAST path or document on stdout.
int execute(const char *command, std::shared_ptr<const AltFile> alt, const EngineConfig &config,
            RunOptions options, bool json)
{
    QTextStream err(stderr);
    QString error;
    bool needsAi = false;
    for (const AltTask &t : alt->tasks)
        needsAi = needsAi || t.kind == TaskKind::Ai;
    if (needsAi && !createProvider(config, &error)) {
        err << "altrunner-cli " << command << ": " << error << '\n';
        return ExitInvalidInput;
    }
    // One clear message for a service that is not there at all, rather than every task
    // retrying against nothing (the engine checks before the first AI attempt).
    options.checkAiService = true;
    if (!ensureWritableDir(config.outputDir, &error)) {
        err << "altrunner-cli " << command << ": " << error << '\n';
        return ExitInvalidInput;
    }
    err.flush();

    Run run(alt, config, options);
    ProgressPrinter printer(*alt, isatty(fileno(stderr)) != 0);
    QObject::connect(&run, &Run::aiServiceRefused, &run, [&](const QString &message) {
        printer.note(
                QStringLiteral("altrunner-cli %1: %2").arg(QLatin1StringView(command), message));
        printer.note(config.fallbackToMock
                             ? QStringLiteral("altrunner-cli: AI tasks will be answered by the "
                                              "simulated provider (AI_FALLBACK_TO_MOCK), marked "
                                              "as such")
                             : QStringLiteral("altrunner-cli: AI tasks will fail without being "
                                              "tried; check AI_SERVICE_URL or --ai-url"));
    });
    bool interrupted = false;
    SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &SignalWatcher::signalled, &run, [&](int signalNumber) {
        if (!interrupted)
            QTextStream(stderr) << "\ninterrupted (signal " << signalNumber
                                << "): cancelling the run and writing its LAST file\n";
        interrupted = true;
        run.cancel();
    });
    QObject::connect(&run, &Run::progressed, &run,
                     [&](const RunSnapshot &s, const QList<TaskUpdate> &changed) {
                         printer.update(s, changed);
                     });
    QEventLoop loop;
    QObject::connect(&run, &Run::finished, &loop, &QEventLoop::quit);
    run.start();
    loop.exec();

    const RunResult result = run.result();
    printer.finish(result.snapshot, result.outcome);
    if (result.lastFilePath.isEmpty()) {
        err << "altrunner-cli " << command
            << ": the LAST file could not be written: " << result.error << '\n';
        return interrupted ? ExitInterrupted : ExitRunNotSuccessful;
    }
    if (!result.error.isEmpty())
        err << "altrunner-cli " << command << ": " << result.error << '\n';
    err.flush();
    if (json) {
        QFile file(result.lastFilePath);
        if (file.open(QIODevice::ReadOnly)) {
            const QByteArray document = file.readAll();
            fwrite(document.constData(), 1, size_t(document.size()), stdout);
            fflush(stdout);
        }
    } else {
        QTextStream(stdout) << result.lastFilePath << '\n';
    }
    if (interrupted)
        return ExitInterrupted;
    return result.outcome == RunOutcome::Success ? ExitSuccess : ExitRunNotSuccessful;
}

} // namespace

int runCommand(const QStringList &arguments)
{
    QTextStream err(stderr);
    const CommandLine cl(arguments, kValued, kFlags);
    if (!cl.ok())
        return usageError("run", cl.error());
    if (cl.positional().size() != 1)
        return usageError("run",
                          cl.positional().isEmpty() ? QStringLiteral("no ALT file given")
                                                    : QStringLiteral("give exactly one ALT file"));
    QStringList errors;
    RunOptions options;
    const EngineConfig config = configFrom(cl, options, errors);
    if (!errors.isEmpty()) {
        for (const QString &e : std::as_const(errors))
            err << "altrunner-cli run: " << e << '\n';
        return ExitInvalidInput;
    }

    // The ALT file: every diagnostic, and nothing runs if any is an error.
    const QString path = cl.positional().constFirst();
    AltLoader::Result loaded = AltLoader::loadFile(path);
    for (const Diagnostic &d : std::as_const(loaded.diagnostics))
        err << d.toText() << '\n';
    if (!loaded.ok()) {
        err << path << ": not run: " << counted(errorCount(loaded.diagnostics), "error", "errors")
            << '\n';
        return ExitInvalidInput;
    }
    auto alt = std::make_shared<const AltFile>(std::move(*loaded.file));
    if (const auto last = cl.value(QStringLiteral("rerun-failed"))) {
        QString error;
        const auto carry = LastReader::completedResults(*last, *alt, &error);
        if (!carry) {
            err << "altrunner-cli run: --rerun-failed: " << error << '\n';
            return ExitInvalidInput;
        }
        options.carriedResults = carry->completed;
        options.carriedFromExecutionId = carry->executionId;
        err << "re-running " << carry->notCompleted << " of " << alt->tasks.size()
            << " tasks; carrying over " << carry->completed.size() << " completed results from run "
            << carry->executionId << '\n';
    }
    err.flush();
    return execute("run", alt, config, options, cl.flag(QStringLiteral("json")));
}

int resumeCommand(const QStringList &arguments)
{
    QTextStream err(stderr);
    const CommandLine cl(arguments, kValued - QSet<QString> {QStringLiteral("rerun-failed")},
                         kFlags);
    if (!cl.ok())
        return usageError("resume", cl.error());
    if (cl.positional().size() != 1)
        return usageError("resume",
                          cl.positional().isEmpty() ? QStringLiteral("no journal given")
                                                    : QStringLiteral("give exactly one journal"));
    QString error;
    const QString path = cl.positional().constFirst();
    auto plan = Journal::resumePlan(path, &error);
    if (!plan) {
        err << "altrunner-cli resume: " << error << '\n';
        return ExitInvalidInput;
    }
    // The run's own options, as it started; flags may change where and how it goes on.
    RunOptions options = plan->options;
    QStringList errors;
    EngineConfig config = configFrom(cl, options, errors);
    if (!cl.value(QStringLiteral("output-dir"))
        && !QProcessEnvironment::systemEnvironment().contains(QStringLiteral("OUTPUT_DIR")))
        config.outputDir
                = QFileInfo(path).absolutePath(); // next to its journal, where it was going
    if (!errors.isEmpty()) {
        for (const QString &e : std::as_const(errors))
            err << "altrunner-cli resume: " << e << '\n';
        return ExitInvalidInput;
    }
    err << "resuming run " << options.executionId << ": " << options.resume->finished.size()
        << " of " << plan->alt->tasks.size() << " tasks had finished\n";
    err.flush();
    return execute("resume", plan->alt, config, options, cl.flag(QStringLiteral("json")));
}

} // namespace altrunner
