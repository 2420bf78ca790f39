// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "runsupport.h"
#include "spend/budget.h"

#include "alt/altloader.h"
#include "approvalprompt.h"
#include "commandline.h"
#include "config/configloader.h"
#include "progressprinter.h"
#include "run/run.h"
#include "run/runlauncher.h"
#include "run/runplan.h"
#include "run/runregistry.h"
#include "signalwatcher.h"

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
        << (QByteArray(command) == "resume" ? " JOURNAL" : " FILE")
        << " [options]; see altrunner-cli --help\n";
    return ExitInvalidInput;
}

} // namespace

const QSet<QString> kRunValued {QStringLiteral("output-dir"),   QStringLiteral("mode"),
                                QStringLiteral("persona"),      QStringLiteral("concurrency"),
                                QStringLiteral("provider"),     QStringLiteral("ai-url"),
                                QStringLiteral("model"),        QStringLiteral("ai-timeout"),
                                QStringLiteral("task-timeout"), QStringLiteral("rerun-failed"),
                                QStringLiteral("pricing"),      QStringLiteral("max-tokens-total"),
                                QStringLiteral("max-cost"),     QStringLiteral("rpm"),
                                QStringLiteral("tpm"),          QStringLiteral("cache"),
                                QStringLiteral("rerun-from"),   QStringLiteral("models"),
                                QStringLiteral("workers"),      QStringLiteral("approve")};
const QSet<QString> kRunFlags {QStringLiteral("fail-fast"), QStringLiteral("json")};

EngineConfig runConfigFrom(const CommandLine &cl, RunOptions &options, QStringList &errors)
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
    if (const auto v = cl.value(QStringLiteral("ai-url"))) {
        if (const auto url = ConfigLoader::parseServiceUrl(*v, QStringLiteral("--ai-url"), &error))
            ConfigLoader::setServiceUrl(config, *url, QProcessEnvironment::systemEnvironment());
        else
            errors.append(error);
    }
    if (const auto v = cl.value(QStringLiteral("provider")))
        apply(ConfigLoader::parseProviderValue(*v, QStringLiteral("--provider"), &error),
              config.provider);
    if (const auto v = cl.value(QStringLiteral("model"))) {
        if (v->trimmed().isEmpty())
            errors.append(QStringLiteral("--model: expected a model name, got an empty value"));
        else {
            config.aiModel = v->trimmed();
            config.modelChosen = true;
        }
    }
    if (const auto v = cl.value(QStringLiteral("models"))) {
        if (v->trimmed().isEmpty())
            errors.append(QStringLiteral("--models: expected a models file, got an empty value"));
        else
            config.modelsPath = v->trimmed();
    }
    if (const auto v = cl.value(QStringLiteral("ai-timeout")))
        apply(ConfigLoader::parseSeconds(*v, QStringLiteral("--ai-timeout"), &error),
              config.aiTimeoutSeconds);
    if (const auto v = cl.value(QStringLiteral("task-timeout")))
        apply(ConfigLoader::parseSeconds(*v, QStringLiteral("--task-timeout"), &error),
              config.taskTimeoutSeconds);
    if (const auto v = cl.value(QStringLiteral("pricing"))) {
        if (v->trimmed().isEmpty())
            errors.append(QStringLiteral("--pricing: expected a pricing file, got an empty value"));
        else
            config.pricingPath = v->trimmed();
    }
    if (const auto v = cl.value(QStringLiteral("max-tokens-total")))
        apply(ConfigLoader::parseCount(*v, 0, ConfigLoader::kMaxTokenCount,
                                       QStringLiteral("--max-tokens-total"), &error),
              config.budget.tokens);
    if (const auto v = cl.value(QStringLiteral("max-cost")))
        apply(ConfigLoader::parseAmount(*v, QStringLiteral("--max-cost"), &error),
              config.budget.cost);
    if (const auto v = cl.value(QStringLiteral("rpm")))
        apply(ConfigLoader::parseInt(*v, 0, 100000000, QStringLiteral("--rpm"), &error),
              config.requestsPerMinute);
    if (const auto v = cl.value(QStringLiteral("tpm")))
        apply(ConfigLoader::parseCount(*v, 0, ConfigLoader::kMaxTokenCount, QStringLiteral("--tpm"),
                                       &error),
              config.tokensPerMinute);
    if (const auto v = cl.value(QStringLiteral("cache")))
        apply(ConfigLoader::parseCacheModeValue(*v, QStringLiteral("--cache"), &error),
              config.cacheMode);
    if (const auto v = cl.value(QStringLiteral("workers")))
        apply(ConfigLoader::parseNatsUrl(*v, QStringLiteral("--workers"), &error),
              config.workersUrl);
    if (cl.flag(QStringLiteral("fail-fast")))
        options.failFast = true;
    return config;
}

ExecutedRun executeRun(const char *command, RunRequest request)
{
    QTextStream err(stderr);
    ExecutedRun executed;
    const QStringList problems = RunLauncher::preflight(request);
    for (const QString &e : problems)
        err << "altrunner-cli " << command << ": " << e << '\n';
    if (!problems.isEmpty()) {
        executed.invalid = true;
        executed.result.error = problems.join(QStringLiteral("; "));
        return executed;
    }
    err.flush();

    const EngineConfig config = request.config;
    const std::shared_ptr<const AltFile> alt = request.alt;
    // Through the registry, as `serve` and the window run theirs: it announces the LAST file
    // to the archive too. One run at a time here.
    const bool ask = request.options.approvals == RunOptions::Approvals::Ask;
    RunRegistry registry(config, 1);
    Run *started = registry.start(alt, request.options, config); // checked above; the only one
    Q_ASSERT(started);
    Run &run = *started;
    const QString executionId = run.executionId();
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
    // A person at the terminal decides the gates as they open (docs/approvals.md).
    std::unique_ptr<ApprovalPrompt> prompt;
    if (ask) {
        prompt = std::make_unique<ApprovalPrompt>(run, printer);
        QObject::connect(&run, &Run::progressed, prompt.get(),
                         [&prompt](const RunSnapshot &s) { prompt->update(s); });
    }
    QEventLoop loop;
    QObject::connect(&registry, &RunRegistry::runFinished, &loop, &QEventLoop::quit);
    if (!registry.find(executionId)->result) // it may have ended before the loop began
        loop.exec();
    prompt.reset();

    executed.result = *registry.find(executionId)->result;
    executed.interrupted = interrupted;
    const RunResult &result = executed.result;
    printer.finish(result.snapshot, result.outcome);
    // The archive hears of the LAST file; a NATS server that is away changes nothing else.
    if (QString why; !registry.finishAnnouncing(3000, &why))
        err << "altrunner-cli " << command << ": the archive was not told of the LAST file: " << why
            << '\n';
    if (result.lastFilePath.isEmpty())
        err << "altrunner-cli " << command
            << ": the LAST file could not be written: " << result.error << '\n';
    else if (!result.error.isEmpty())
        err << "altrunner-cli " << command << ": " << result.error << '\n';
    err.flush();
    return executed;
}

// --approve all|none (and, for resume, TASK=yes|no[:reason], repeatable): who decides the
// approval gates (docs/approvals.md). Without it a person at a terminal is asked; with no
// terminal the run goes on with everything else and stops with its gates waiting.
bool applyApprove(const CommandLine &cl, RunRequest &request, const char *command, bool perTask)
{
    QTextStream err(stderr);
    RunOptions &options = request.options;
    std::optional<RunOptions::Approvals> all;
    for (const QString &v : cl.values(QStringLiteral("approve"))) {
        const QString word = v.trimmed().toLower();
        if (word == u"all" || word == u"none") {
            const auto mode
                    = word == u"all" ? RunOptions::Approvals::All : RunOptions::Approvals::None;
            if (all && *all != mode) {
                err << "altrunner-cli " << command
                    << ": --approve: give either all or none, not both\n";
                return false;
            }
            all = mode;
            continue;
        }
        const qsizetype eq = v.indexOf(u'=');
        const QString task = eq < 0 ? QString() : v.left(eq).trimmed();
        const auto decision = eq < 0 ? std::nullopt : ApprovalDecision::fromWord(v.mid(eq + 1));
        if (!perTask || eq < 0 || !decision) {
            err << "altrunner-cli " << command << ": --approve: expected all or none"
                << (perTask ? ", or TASK=yes|no[:reason]," : "") << " got '" << v << "'\n";
            return false;
        }
        const int index = request.alt->indexOf(task);
        if (index < 0 || !request.alt->gateOf(index)) {
            err << "altrunner-cli " << command << ": --approve " << v << ": "
                << (index < 0 ? QStringLiteral("no task '%1' in this run").arg(task)
                              : QStringLiteral("task '%1' is no approval gate").arg(task))
                << '\n';
            return false;
        }
        ApprovalDecision d = *decision;
        d.by = QStringLiteral("cli");
        options.decisions.insert(task, d);
    }
    if (all)
        options.approvals = *all;
    else
        options.approvals = isatty(fileno(stdin)) && isatty(fileno(stderr))
                ? RunOptions::Approvals::Ask
                : RunOptions::Approvals::Park;
    return true;
}

namespace {

// Runs `request` to the end: preflight, progress, signals, the LAST path or document on stdout.
int execute(const char *command, RunRequest request, bool json)
{
    QTextStream err(stderr);
    const ExecutedRun executed = executeRun(command, std::move(request));
    if (executed.invalid)
        return ExitInvalidInput;
    const RunResult &result = executed.result;
    const bool interrupted = executed.interrupted;
    if (result.lastFilePath.isEmpty())
        return interrupted ? ExitInterrupted : ExitRunNotSuccessful;
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
    if (result.outcome == RunOutcome::Waiting) {
        // What continues it: each waiting gate's decision, given to `resume`.
        QStringList ids;
        QStringList decide;
        for (const PendingApproval &p : result.snapshot.approvals) {
            ids.append(p.taskId);
            decide.append(QStringLiteral("--approve %1=yes|no[:reason]").arg(p.taskId));
        }
        err << "altrunner-cli " << command << ": "
            << counted(int(ids.size()), "gate waits", "gates wait") << " for a decision ("
            << ids.join(QStringLiteral(", ")) << "); continue with:\n  altrunner-cli resume "
            << result.journalPath << ' ' << decide.join(u' ') << '\n';
        return ExitWaiting;
    }
    if (result.snapshot.budget.exhausted) {
        // The same offer as the window's "Raise the Budget and Continue".
        const RunSnapshot &s = result.snapshot;
        const BudgetLimits raised
                = Budget::raisedToContinue(s.budget, s.total - s.count(TaskStatus::Completed));
        QStringList flags;
        if (raised.tokens)
            flags.append(QStringLiteral("--max-tokens-total %1").arg(*raised.tokens));
        if (raised.cost)
            flags.append(QStringLiteral("--max-cost %1").arg(*raised.cost, 0, 'f', 2));
        err << "altrunner-cli " << command << ": the budget stopped "
            << counted(s.count(TaskStatus::Cancelled), "task", "tasks")
            << " from running; raise it (enough for what is left: " << flags.join(u' ')
            << ") and continue with --rerun-failed " << result.lastFilePath << '\n';
        return ExitBudgetExhausted;
    }
    return result.outcome == RunOutcome::Success ? ExitSuccess : ExitRunNotSuccessful;
}

// --rerun-failed LAST, with --rerun-from TASK[,TASK...] on top: what the run carries over and
// what it asks again. False (and said on stderr) when it cannot be done; `say` tells what will
// happen.
bool applyRerun(const CommandLine &cl, RunRequest &request, const char *command, bool say)
{
    QTextStream err(stderr);
    const auto last = cl.value(QStringLiteral("rerun-failed"));
    const auto from = cl.value(QStringLiteral("rerun-from"));
    if (!last) {
        if (from)
            err << "altrunner-cli " << command
                << ": --rerun-from needs --rerun-failed LAST (the run whose answers to keep)\n";
        return !from;
    }
    QString error;
    std::optional<RunLauncher::Rerun> rerun;
    if (from)
        rerun = RunLauncher::rerunFrom(request, *last, from->split(u',', Qt::SkipEmptyParts),
                                       &error);
    else
        rerun = RunLauncher::rerunFailed(request, *last, &error);
    if (!rerun) {
        err << "altrunner-cli " << command << ": " << (from ? "--rerun-from" : "--rerun-failed")
            << ": " << error << '\n';
        return false;
    }
    if (!say)
        return true;
    err << "re-running " << rerun->toRun << " of " << request.alt->tasks.size()
        << " tasks; carrying over " << rerun->carried << " completed results from run "
        << rerun->fromExecutionId;
    if (from)
        err << " (asking " << request.options.askAfresh.size()
            << " again past the cache: the chosen tasks and what depends on them)";
    if (rerun->changed > 0)
        err << " (" << counted(rerun->changed, "completed task was", "completed tasks were")
            << " asked differently now, and run again with what depends on them)";
    err << '\n';
    return true;
}

} // namespace

int runCommand(const QStringList &arguments)
{
    QTextStream err(stderr);
    const CommandLine cl(arguments, kRunValued, kRunFlags, {QStringLiteral("approve")});
    if (!cl.ok())
        return usageError("run", cl.error());
    if (cl.positional().size() != 1)
        return usageError("run",
                          cl.positional().isEmpty() ? QStringLiteral("no ALT file given")
                                                    : QStringLiteral("give exactly one ALT file"));
    QStringList errors;
    RunOptions options;
    const EngineConfig config = runConfigFrom(cl, options, errors);
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
    RunRequest request {std::make_shared<const AltFile>(std::move(*loaded.file)), options, config};
    if (!applyRerun(cl, request, "run", true) || !applyApprove(cl, request, "run", false))
        return ExitInvalidInput;
    err.flush();
    return execute("run", std::move(request), cl.flag(QStringLiteral("json")));
}

int planCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const CommandLine cl(arguments, kRunValued, kRunFlags);
    if (!cl.ok())
        return usageError("plan", cl.error());
    if (cl.value(QStringLiteral("approve")))
        return usageError("plan",
                          QStringLiteral("--approve is for run, resume and test: a plan "
                                         "sends nothing and decides nothing"));
    if (cl.positional().size() != 1)
        return usageError("plan",
                          cl.positional().isEmpty() ? QStringLiteral("no ALT file given")
                                                    : QStringLiteral("give exactly one ALT file"));
    QStringList errors;
    RunOptions options;
    const EngineConfig config = runConfigFrom(cl, options, errors);
    for (const QString &e : std::as_const(errors))
        err << "altrunner-cli plan: " << e << '\n';
    if (!errors.isEmpty())
        return ExitInvalidInput;
    const QString path = cl.positional().constFirst();
    AltLoader::Result loaded = AltLoader::loadFile(path);
    for (const Diagnostic &d : std::as_const(loaded.diagnostics))
        err << d.toText() << '\n';
    if (!loaded.ok())
        return ExitInvalidInput;
    RunRequest request {std::make_shared<const AltFile>(std::move(*loaded.file)), options, config};
    if (!applyRerun(cl, request, "plan", false))
        return ExitInvalidInput;
    QString warning;
    const QList<RunPlan::Item> plan
            = RunPlan::of(*request.alt, request.config, request.options, &warning);
    if (!warning.isEmpty())
        err << "altrunner-cli plan: " << warning << '\n';
    int counts[3] = {};
    for (const RunPlan::Item &item : plan) {
        out << item.taskId << ": " << RunPlan::text(item) << '\n';
        ++counts[int(item.verdict)];
    }
    out << counts[int(RunPlan::Verdict::Cached)] << " cached, "
        << counts[int(RunPlan::Verdict::Run)] << " to run, "
        << counts[int(RunPlan::Verdict::Unknown)] << " unknown until what they read has run\n";
    return ExitSuccess;
}

int resumeCommand(const QStringList &arguments)
{
    QTextStream err(stderr);
    const CommandLine cl(
            arguments,
            kRunValued
                    - QSet<QString> {QStringLiteral("rerun-failed"), QStringLiteral("rerun-from")},
            kRunFlags, {QStringLiteral("approve")});
    if (!cl.ok())
        return usageError("resume", cl.error());
    if (cl.positional().size() != 1)
        return usageError("resume",
                          cl.positional().isEmpty() ? QStringLiteral("no journal given")
                                                    : QStringLiteral("give exactly one journal"));
    QString error;
    const QString path = cl.positional().constFirst();
    QStringList errors;
    RunOptions flags;
    const EngineConfig config = runConfigFrom(cl, flags, errors);
    if (!errors.isEmpty()) {
        for (const QString &e : std::as_const(errors))
            err << "altrunner-cli resume: " << e << '\n';
        return ExitInvalidInput;
    }
    const bool outputDirChosen = cl.value(QStringLiteral("output-dir"))
            || QProcessEnvironment::systemEnvironment().contains(QStringLiteral("OUTPUT_DIR"));
    auto request = RunLauncher::resume(path, config, outputDirChosen, &error);
    if (!request) {
        err << "altrunner-cli resume: " << error << '\n';
        return ExitInvalidInput;
    }
    // The run's own options, as it started; flags may change how it goes on.
    RunOptions &options = request->options;
    if (flags.mode)
        options.mode = flags.mode;
    if (flags.persona)
        options.persona = flags.persona;
    options.failFast = options.failFast || flags.failFast;
    if (!applyApprove(cl, *request, "resume", true))
        return ExitInvalidInput;
    err << "resuming run " << options.executionId << ": " << options.resume->finished.size()
        << " of " << request->alt->tasks.size() << " tasks had finished\n";
    err.flush();
    return execute("resume", std::move(*request), cl.flag(QStringLiteral("json")));
}

} // namespace altrunner
