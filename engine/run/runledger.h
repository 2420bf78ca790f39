// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alt/altfile.h"
#include "journal.h"
#include "metrics/latencystats.h"
#include "model/runsnapshot.h"
#include "model/taskrecord.h"
#include "runoptions.h"

#include <QElapsedTimer>

#include <array>
#include <memory>

namespace altrunner {

class ChangeBatcher;

// What one run has recorded so far: each task's status and record, the counts and figures a
// snapshot carries, a journal line for every change (docs/engine.md "Crash safety and resume")
// and the batch of changes the views get next. The scheduler decides what happens; the ledger
// remembers it, in one place, so a snapshot is always consistent with the journal.
class RunLedger final
{
    Q_DISABLE_COPY_MOVE(RunLedger)

public:
    RunLedger(std::shared_ptr<const AltFile> alt, QString executionId);

    // Builds the per-task bookkeeping (in the run's thread) and starts the clock: `startedAtMs`
    // is the run's original start (earlier than now when resumed).
    void begin(ChangeBatcher *batcher, std::optional<qint64> startedAtMs = std::nullopt);
    // Opens the journal in `outputDir`; the run goes on without crash safety if it cannot.
    void openJournal(const QString &outputDir, const RunOptions &options);
    // Results of earlier runs: carried over (re-run failed) and read back from a journal
    // (resume), set without new journal lines. Returns the restored tasks that did not complete.
    QList<int> restore(const RunOptions &options);
    // The run has ended: the clock stops and no more batches go out.
    void end();
    // The LAST file is safely on disk: nothing is left to resume.
    void removeJournal() { m_journal.remove(); }
    // Frees the per-task bookkeeping once the result is out (in the run's thread, so whoever
    // joins the thread later waits for nothing).
    void release();

    qint64 now() const;
    qint64 startMs() const { return m_startMs; }
    TaskStatus status(int task) const { return m_statuses.at(task); }
    int count(TaskStatus s) const { return m_counts[size_t(s)]; }
    TaskRecord &record(int task) { return m_records[task]; }
    const QList<TaskRecord> &records() const { return m_records; }
    const QString &journalError() const { return m_journalError; }

    // Journal first, then counts and the change batch.
    void setStatus(int task, TaskStatus status);

    void attemptStarted(int inFlight);
    void retryScheduled() { ++m_retries; }
    void tokensUsed(qint64 tokens) { m_tokens += tokens; }
    void aiLatency(qint64 ms) { m_latency.add(ms); }
    void setInFlight(int inFlight) { m_inFlight = inFlight; }

    RunSnapshot snapshot(bool cancelled) const;
    TaskUpdate update(int task) const;

private:
    std::shared_ptr<const AltFile> m_alt;
    QString m_executionId;
    ChangeBatcher *m_batcher = nullptr;
    QList<TaskRecord> m_records;
    QList<TaskStatus> m_statuses;
    std::array<int, kTaskStatusCount> m_counts {};
    int m_inFlight = 0;
    int m_peakInFlight = 0;
    qint64 m_attempts = 0;
    qint64 m_retries = 0;
    qint64 m_tokens = 0;
    LatencyStats m_latency;

    QElapsedTimer m_clock;
    qint64 m_clockBaseMs = 0; // wall clock when this process started the run
    qint64 m_startMs = 0;
    qint64 m_endMs = -1; // set once the run has ended
    Journal m_journal;
    QString m_journalError;
    bool m_restoring = false;
};

} // namespace altrunner
