// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace altrunner {

// Exit statuses of docs/cli.md.
enum ExitCode : int {
    ExitSuccess = 0,
    ExitRunNotSuccessful = 1,
    ExitInvalidInput = 2,
    ExitBudgetExhausted = 3, // a budget stopped tasks from being sent (docs/engine.md "Budgets")
    ExitWaiting = 4, // stopped with approval gates waiting for a person (docs/approvals.md)
    ExitInterrupted = 130,
};

// "1 task", "2 tasks": the console's summary lines are read by people.
inline QString counted(qsizetype n, const char *singular, const char *plural)
{
    return QString::number(n) + u' ' + QLatin1StringView(n == 1 ? singular : plural);
}

int validateCommand(const QStringList &arguments);
int runCommand(const QStringList &arguments);
int serveCommand(const QStringList &arguments);
int resumeCommand(const QStringList &arguments);
int cacheCommand(const QStringList &arguments);
int planCommand(const QStringList &arguments);
int testCommand(const QStringList &arguments);
int diffCommand(const QStringList &arguments);
int reportCommand(const QStringList &arguments);
int workerCommand(const QStringList &arguments);

} // namespace altrunner
