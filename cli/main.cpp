// SPDX-License-Identifier: GPL-3.0-or-later
// altrunner-cli: validates and runs ALT files from a terminal or a script.

#include "altrunner_version.h"
#include "commands.h"
#include "util/freedmemory.h"

#include <QCoreApplication>
#include <QTextStream>

namespace {

const char *const kHelp = R"(Usage: altrunner-cli COMMAND [ARGS]

Commands:
  validate FILE...        print every diagnostic as FILE:LINE:COL: severity: message [pointer]
                          (stderr); exit 0 when there are no errors, 2 otherwise
  run FILE [options]      validate, run, write the LAST file and print its path (stdout);
                          exit 0 success, 1 partial_success or failure, 2 invalid input,
                          3 a budget stopped the run, 130 interrupted (the LAST file is still
                          written)

  resume JOURNAL [options]
                          continue a run that was killed, from its journal
                          (OUTPUT_DIR/last_<id>.journal); exit codes as run
  plan FILE [options]     what a run would do now, per task: cached, run (with why) or
                          unknown until what it reads has run; sends nothing
  test FILE... [options] [--junit OUT.xml]
                          run each file as a test suite: every task with checks ('assert') is
                          a test case; prints each and "N passed, N failed"; exit 0 all
                          passed, 1 otherwise, 2 invalid input. --junit writes JUnit XML;
                          with --cache always only recorded answers are used (a task with
                          none is an error) and nothing is sent
  diff A.json B.json [--json]
                          compare two LAST files per task: added, removed, status or answer
                          changed (a line diff), tokens, cost, duration, checks; exit 0 no
                          task differs, 1 some do, 2 bad input
  report LAST [B.json] [-o FILE.html]
                          one self-contained HTML file (no network): outcome, cost, the graph
                          and timeline, every task's answer and checks; with two LAST files,
                          their diff. Default FILE: the LAST file's name with .html
  cache stats | clear [--older-than DAYS]
                          the result cache's size and age, or remove answers from it
                          (ALTRUNNER_CACHE_DIR, else the per-user data folder)
  serve [--host H] [--port P] [--token T] [--workers URL]
                          serve the REST API (default 127.0.0.1:8080) until SIGINT or SIGTERM;
                          prints "listening on URL" on stdout. A host other than loopback needs
                          a token (--token or ALTRUNNER_API_TOKEN).
  worker --nats URL [--concurrency N] [--name NAME]
                          make the AI calls of coordinators started with --workers URL (NATS
                          JetStream), N at a time (16), until SIGINT or SIGTERM; the AI key,
                          proxies and CA come from this process's environment

Run options (they override the environment variables in brackets):
  --output-dir DIR        where LAST files go [OUTPUT_DIR]
  --mode M                normal, dream, explore or chaos (overrides the file's)
  --persona P             persona sent to the AI service (overrides the file's)
  --concurrency N         attempts in flight, 1 to 1024 [MAX_CONCURRENT_TASKS]
  --provider P            mock, orchestrator or openai [AI_PROVIDER]
  --ai-url URL            base URL of the AI service [AI_SERVICE_URL]
  --model NAME            model sent to the AI service [AI_MODEL]; with a models file, the
                          alias every task asks (over the tasks' and the file's own)
  --models FILE           model aliases and their fallbacks [ALTRUNNER_MODELS; else
                          models.json in the per-user config folder]
  --ai-timeout S          seconds to wait for an AI answer's first byte; a streamed answer
                          may then take up to the task's time-out [AI_TIMEOUT_SECONDS]
  --task-timeout S        seconds per attempt where a task sets none [TASK_TIMEOUT_SECONDS]
  --fail-fast             stop the whole run at the first task that does not complete
  --rerun-failed LAST     run only what did not complete in that LAST file's run; with a
                          larger budget it continues a run a budget stopped
  --rerun-from T[,T...]   with --rerun-failed LAST: ask these tasks and everything downstream
                          of them again (past the result cache); carry every other completed
                          answer over from LAST
  --pricing FILE          what tokens cost, per provider and model [ALTRUNNER_PRICING; else
                          pricing.json in the per-user config folder]
  --max-tokens-total N    never spend more tokens than this [ALTRUNNER_MAX_TOKENS_TOTAL]
  --max-cost X            never spend more than this, in the pricing file's currency
                          [ALTRUNNER_MAX_COST]
  --rpm N                 the AI endpoint's requests per minute [AI_REQUESTS_PER_MINUTE]
  --tpm N                 the AI endpoint's tokens per minute [AI_TOKENS_PER_MINUTE]
  --cache MODE            auto (reuse answers to identical requests of temperature <= 0.2 or
                          with a seed), off, refresh (ask afresh, keep) or always (reuse any)
                          [ALTRUNNER_CACHE; the folder: ALTRUNNER_CACHE_DIR]
  --workers URL           send the AI calls to workers on NATS JetStream at URL
                          (nats://HOST:PORT) instead of making them here [ALTRUNNER_WORKERS]
  --json                  print the LAST document instead of its path

Other environment variables: AI_API_KEY, AI_MAX_TOKENS (max_tokens of every AI request where the
task sets none; 1024), AI_STREAM (false: ask OpenAI-compatible services for whole answers),
AI_STREAM_IDLE_SECONDS (the longest gap in a streamed answer; 30), USE_MOCK_AI,
AI_FALLBACK_TO_MOCK, MOCK_AI_LATENCY_MS, ALTRUNNER_API_TOKEN, AI_SCHEMA_MODE (prompt: send
output schemas in the system message, for servers that reject json_schema), AI_REPAIR_ATTEMPTS
(repair_attempts where a task sets none; 2).

  --version               print the version
  --help                  print this help
)";

} // namespace

int main(int argc, char *argv[])
{
    altrunner::FreedMemory::useOneHeap();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("altrunner"));
    QCoreApplication::setOrganizationName(QStringLiteral("altrunner"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ALTRUNNER_VERSION));

    QStringList args = QCoreApplication::arguments().mid(1);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.isEmpty()) {
        err << kHelp;
        return altrunner::ExitInvalidInput;
    }
    const QString command = args.takeFirst();
    if (command == u"--help" || command == u"-h" || command == u"help") {
        out << kHelp;
        return altrunner::ExitSuccess;
    }
    if (command == u"--version" || command == u"-v") {
        out << "altrunner-cli " << ALTRUNNER_VERSION << '\n';
        return altrunner::ExitSuccess;
    }
    if (args.contains(QStringLiteral("--help"))) {
        out << kHelp;
        return altrunner::ExitSuccess;
    }
    if (command == u"validate")
        return altrunner::validateCommand(args);
    if (command == u"run")
        return altrunner::runCommand(args);
    if (command == u"resume")
        return altrunner::resumeCommand(args);
    if (command == u"serve")
        return altrunner::serveCommand(args);
    if (command == u"cache")
        return altrunner::cacheCommand(args);
    if (command == u"plan")
        return altrunner::planCommand(args);
    if (command == u"test")
        return altrunner::testCommand(args);
    if (command == u"diff")
        return altrunner::diffCommand(args);
    if (command == u"report")
        return altrunner::reportCommand(args);
    if (command == u"worker")
        return altrunner::workerCommand(args);
    err << "altrunner-cli: unknown command '" << command << "'\n" << kHelp;
    return altrunner::ExitInvalidInput;
}
