// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "check.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QJSValue>
#include <QString>

class QJSEngine;

namespace altrunner {

// A `javascript` check (docs/outputs.md "Checks on answers"): the entry's code run in Qt's own
// JavaScript engine, QJSEngine, with `output` (the answer's text), `json` (the parsed answer or
// null) and `context` ({task_id, vars}). The engine has no file, network or console access (none
// of its extensions is installed), and a watchdog interrupts it after the time limit, so a loop
// that never ends fails the check instead of hanging the run. It blocks for at most that long:
// the run calls it from its thread pool. A fresh engine per call, so that no check sees another's
// globals.
class JavaScriptCheck final
{
public:
    static constexpr int kTimeLimitMs = 1000;

    // The function the check calls, compiled in `engine`: an expression ("output.length < 200")
    // returns its value; code that is not one expression is a function body (`return` says
    // the result). Not callable, with the engine's error pending, when it does not compile.
    static QJSValue compile(QJSEngine &engine, const QString &code);

    // true -> pass (score 1), false -> fail; a number is the score, passing when it reaches the
    // entry's threshold (above 0 without one); {pass, score, reason} as it says. A throw or the
    // time limit fails with why.
    static CheckResult run(const Check &check, const QString &output, const QJsonValue &json,
                           const QJsonObject &context, int timeLimitMs = kTimeLimitMs);
};

} // namespace altrunner
