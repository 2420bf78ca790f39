// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace altrunner {

// Exit statuses of interfaces.md.
enum ExitCode : int {
    ExitSuccess = 0,
    ExitRunNotSuccessful = 1,
    ExitInvalidInput = 2,
    ExitInterrupted = 130,
};

int validateCommand(const QStringList &arguments);
int runCommand(const QStringList &arguments);
int serveCommand(const QStringList &arguments);
int resumeCommand(const QStringList &arguments);

} // namespace altrunner
