// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/runoutcome.h"
#include "model/runsnapshot.h"
#include "model/taskstatus.h"

#include <QColor>
#include <QString>

namespace altrunner {

// The colours and words for task states, shared by every view so a status looks the same
// everywhere. The hues read on light and dark palettes alike.
struct StatusStyle
{
    static QColor fill(TaskStatus status);
    static QColor fallbackMark(); // a result the mock gave in place of the AI service
    static QColor critical();
    static QColor waiting(); // time spent waiting for a rate-limit or budget slot
    static QColor cached(); // a task answered from the result cache
    // Lines between tasks: between the palette's text and base colours, so they read on light
    // and dark palettes alike (QPalette::Mid nearly vanishes on dark ones).
    static QColor edge(const QPalette &palette);
    // The task's colour: its status's, or the cache's when the cache answered it.
    static QColor taskFill(const TaskUpdate &task);
    static QString label(TaskStatus status); // translated
    static QString label(RunOutcome outcome); // translated: "succeeded", "partly succeeded", ...
    static TaskStatus statusOf(AttemptOutcome outcome); // the task status an attempt's end is
    static QString label(AttemptOutcome outcome); // translated, as the task status's label
    // A moment for people: local time, the locale's date, seconds and milliseconds.
    static QString localTime(qint64 msSinceEpoch);
    // A duration and an amount of money as the window's language writes numbers.
    static QString duration(qint64 ms);
    static QString cost(double amount, const QString &currency = {});
};

} // namespace altrunner
