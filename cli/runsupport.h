// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandline.h"
#include "config/engineconfig.h"
#include "model/runsnapshot.h"
#include "run/runlauncher.h"

#include <QSet>
#include <QStringList>

namespace altrunner {

// What the commands that run an ALT file share (run, resume, test): their options, the
// configuration they make, and a run taken to its end with progress on stderr.
extern const QSet<QString> kRunValued;
extern const QSet<QString> kRunFlags;

// Configuration: environment first, then flags, each bad value named in `errors`.
EngineConfig runConfigFrom(const CommandLine &cl, RunOptions &options, QStringList &errors);

struct ExecutedRun
{
    bool invalid = false; // the preflight refused it (said on stderr; `result.error` too)
    bool interrupted = false; // SIGINT or SIGTERM
    RunResult result;
};
// Runs `request` to the end: preflight, progress and problems on stderr, signals, the archive.
ExecutedRun executeRun(const char *command, RunRequest request);
// --approve (docs/approvals.md): who decides the run's approval gates; `perTask` (resume) also
// takes TASK=yes|no[:reason]. Without it a terminal asks; without a terminal the run stops with
// its gates waiting. False (said on stderr) for a bad value.
bool applyApprove(const CommandLine &cl, RunRequest &request, const char *command, bool perTask);

} // namespace altrunner
