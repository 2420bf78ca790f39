// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alt/altfile.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace altrunner {

// What distinguishes one run of an ALT file from another: overrides, policies, carried results.
struct RunOptions
{
    std::optional<Mode> mode; // overrides the file's
    std::optional<QString> persona; // overrides the file's
    bool failFast = false; // stop everything at the first task that fails
    QJsonObject requestMetadata; // e.g. the REST request's metadata; kept in the LAST file
    int retryBaseDelayMs = 1000; // engine.md's 1 s; tests shrink it
    std::optional<quint32> randomSeed; // for reproducible back-off in tests
    QString executionId; // empty: a new UUID
    QString trigger = QStringLiteral("cli"); // who started the run: cli, gui, api

    // Set when a connection check found the AI service absent: AI tasks then fail at once with
    // this reason instead of each retrying against nothing.
    QString aiUnavailableReason;

    // Re-run failed: results of tasks that completed in an earlier run, by task id, written as
    // they were; those tasks are not run again.
    QHash<QString, QJsonObject> carriedResults;
    QString carriedFromExecutionId;
};

} // namespace altrunner
