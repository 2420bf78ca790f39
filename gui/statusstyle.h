// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "last/runsummary.h"
#include "model/runoutcome.h"
#include "model/runsnapshot.h"
#include "model/taskstatus.h"

#include <QColor>
#include <QString>

class QWidget;

namespace altrunner {

// The colours and words for task states, shared by every view so a status looks the same
// everywhere. The hues read on light and dark palettes alike.
struct StatusStyle
{
    static QColor fill(TaskStatus status);
    static QColor fallbackMark(); // a result the mock gave in place of the AI service
    // A task's checks, one line each: "✓ contains: the answer contains 'x'" (docs/outputs.md
    // "Checks on answers").
    static QStringList checkLines(const QJsonArray &checks);
    // The models a task asked, in order (docs/outputs.md "Models, aliases and fallbacks"):
    // "writer ↪ backup"; empty when it asked one only.
    static QString modelChain(const TaskUpdate &t);
    static QColor critical();
    // A panel tinted with `status`'s colour (`alpha` 0–255): the approval banner and pane.
    static void tint(QWidget *panel, TaskStatus status, int alpha);
    static QColor waiting(); // time spent waiting for a rate-limit or budget slot
    static QColor cached(); // a task answered from the result cache
    // Lines between tasks: between the palette's text and base colours, so they read on light
    // and dark palettes alike (QPalette::Mid nearly vanishes on dark ones).
    static QColor edge(const QPalette &palette);
    // The task's colour: its status's, or the cache's when the cache answered it.
    static QColor taskFill(const TaskUpdate &task);
    // A graph node's body: the palette's base tinted by the task's colour, stronger once it has
    // ended, so pending, running and the ends never share one pale fill (issue 25).
    static QColor nodeBody(const TaskUpdate &task, const QPalette &palette);
    // Black or white, whichever reads on `background`.
    static QColor textOn(const QColor &background);
    // The second line of a graph node: its status in words, "from the cache" or "simulated",
    // and how long it took once it has ended.
    static QString nodeState(const TaskUpdate &task);
    static QString label(TaskStatus status); // translated
    static QString label(RunOutcome outcome); // translated: "succeeded", "partly succeeded", ...
    // How a run ended, in the words every view uses (the banner, the status bar, the Runs
    // panel, a past run's title): "Cancelled", "Stopped by the budget", "Completed with
    // simulated answers", "Succeeded", "Partly succeeded", "Failed"; "Still running" before its
    // end.
    static QString runHeadline(const RunSummary &run);
    static TaskStatus statusOf(AttemptOutcome outcome); // the task status an attempt's end is
    static QString label(AttemptOutcome outcome); // translated, as the task status's label
    // A moment for people: local time, the locale's date, seconds and milliseconds.
    static QString localTime(qint64 msSinceEpoch);
    // A duration and an amount of money as the window's language writes numbers.
    static QString duration(qint64 ms);
    static QString cost(double amount, const QString &currency = {});
    // `text` with places to break a line inside long words (paths, task ids, URLs): a wrapped
    // label asks for the width of its longest word, so one long id made the window wider than
    // the screen (issue 25). Zero-width spaces after separators and every 20 characters.
    static QString breakable(const QString &text);
};

} // namespace altrunner
