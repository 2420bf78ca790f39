// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alt/altfile.h"
#include "config/engineconfig.h"
#include "model/runoutcome.h"
#include "model/runsnapshot.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace altrunner {

// What a finished run knows about itself beyond its task records: the facts its LAST file's
// header and `metadata` are written from (docs/formats.md "LAST files").
struct RunFacts
{
    QString executionId;
    RunOutcome outcome = RunOutcome::Failure;
    Mode mode = Mode::Normal;
    std::optional<QString> persona;
    qint64 startMs = 0;
    qint64 endMs = 0;
    RunSnapshot snapshot; // the final one: counts, attempts, tokens, latency, throughput
    bool cancelled = false;
    bool failFast = false;
    // --approve all|none: every approval gate decided without asking (docs/approvals.md).
    QString approveAll;
    QString trigger;
    QString failFastCause; // the task that stopped the run, if fail-fast did
    QString rerunOf; // the execution id whose completed results were carried over
    QStringList rerunFrom; // re-run from here: the tasks chosen
    QJsonObject requestMetadata;
    QString aiUnavailable;
    std::optional<int> resumed;
    QString journalError;
    QString altPath;
    QString altFormat; // alt-json, alt-yaml, segmentation-yaml, segmentation-json
    CacheMode cacheMode = CacheMode::Off;
    QString cacheWarning; // why the run went without the result cache
};

// Everything a LAST document says beyond the task records.
struct LastHeader
{
    QString executionId;
    RunOutcome outcome = RunOutcome::Failure;
    QString mode;
    std::optional<QString> persona;
    qint64 startMs = 0;
    qint64 endMs = 0;
    QJsonObject metadata; // the run's; alt_metadata is added by the writer

    // The header of the run `facts` describe, run with `config`.
    static LastHeader of(const RunFacts &facts, const EngineConfig &config);
};

} // namespace altrunner
