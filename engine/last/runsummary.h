// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/runoutcome.h"
#include "model/runsnapshot.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace altrunner {

// One run as a list of runs shows it (docs/gui.md "Runs, not files"): what ran, how it ended,
// when, how long, what it spent, and where its LAST file is. Made from a live run's snapshot or
// read from a LAST file, so runs of this session and past ones sit side by side.
struct RunSummary
{
    QString executionId;
    QString title;
    QString lastFilePath; // empty while the run goes on
    QString trigger; // who started it: cli, gui, api (empty: not known)
    bool finished = false;
    bool cancelled = false;
    std::optional<RunOutcome> outcome; // once finished
    int total = 0;
    int completed = 0;
    int failures = 0; // failed, timed out or cancelled
    qint64 startedAtMs = 0; // since the epoch; 0: not known
    qint64 durationMs = -1;
    qint64 tokens = 0;
    std::optional<double> cost; // none when no answer had a price
    QString currency;
    int simulatedAnswers = 0; // answers the simulated AI gave (the mock, or in place of the AI)
    bool budgetStopped = false; // the budget ran out before every task could be asked

    static RunSummary fromSnapshot(const QString &title, const RunSnapshot &snapshot);
    // A LAST document's summary; null when `document` is not a LAST file's.
    static std::optional<RunSummary> fromLast(const QJsonObject &document, const QString &path);
    // The summary of the LAST file at `path`, from its head (task results unread).
    static std::optional<RunSummary> read(const QString &path);
    // The LAST files of `dir` (last_*.json), newest first, at most `limit`; read from disk,
    // so call it off the GUI thread. Files that do not read as LAST files are left out.
    static QList<RunSummary> scanFolder(const QString &dir, int limit);
};

} // namespace altrunner
