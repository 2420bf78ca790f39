// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "check.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace altrunner {

// Whether a task's checks pass as a whole (docs/outputs.md "Checks on answers"): the weighted
// share of the entries that are not warnings that passed must reach `checks_threshold` (all of
// them by default); a warning is only recorded. The error a failed task carries names the first
// failing check and why.
class CheckScore final
{
    Q_DECLARE_TR_FUNCTIONS(altrunner::CheckScore)

public:
    struct Verdict
    {
        bool pass = true;
        double score = 1.0; // the weighted share that passed
        QString error; // "checks failed: contains: ..." when it failed
        int passed = 0; // entries, for the run's metadata.checks
        int failed = 0;
        int warned = 0;
    };
    static Verdict of(const TaskChecks &checks, const QList<CheckResult> &results);
};

} // namespace altrunner
