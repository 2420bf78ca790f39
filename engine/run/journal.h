// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alt/altfile.h"
#include "model/approval.h"
#include "model/taskrecord.h"
#include "run/runoptions.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonObject>

#include <memory>
#include <optional>

namespace altrunner {

// The crash journal of a run (docs/engine.md "Crash safety and resume"): OUTPUT_DIR/
// last_<execution_id>.journal, one JSON line per task state change, each handed to the
// operating system before the engine acts on the change. Lines are gathered and written
// together (one write for many instant tasks rather than one each); the run calls flush()
// before acting: before a task starts that reads an unwritten change, before changes are
// reported, before the LAST file. The first line describes the run, the ALT file included, so a
// journal alone is enough to resume it.
class Journal final
{
    Q_DECLARE_TR_FUNCTIONS(altrunner::Journal)
    Q_DISABLE_COPY_MOVE(Journal)

public:
    struct Header
    {
        QString executionId;
        qint64 startedAtMs = 0;
        int resumed = 0;
        QJsonObject options; // mode, persona, fail_fast, trigger, request_metadata, rerun_of
        QByteArray altJson; // the ALT file, as the engine understood it
        // When writing: the ALT file itself, streamed into the journal instead of altJson (a
        // 100,000-task file's JSON is 25 MB, not to be held whole at the start of a run).
        const AltFile *alt = nullptr;
    };

    // What a journal says: the header and the last known final state of each task that reached
    // one (completed or failed/timed out). Running tasks are not final: they start over.
    struct Contents
    {
        Header header;
        QHash<QString, TaskRecord> finished; // waiting gates too, with their answers
        // Decisions on gates written but not yet taken (no final state of the gate after them).
        QHash<QString, ApprovalDecision> decisions;
    };

    Journal() = default;
    ~Journal();

    static QString pathFor(const QString &outputDir, const QString &executionId);
    // The first line of a run's journal: the run's options and its ALT file.
    // `budget`: the run's limits, which a resumed run keeps unless it is given others.
    static Header headerFor(const QString &executionId, qint64 startedAtMs, const AltFile &alt,
                            const RunOptions &options, const BudgetLimits &budget = {});

    // Starts a journal; `finished` and `decisions` (on resume) are written again first. The new
    // journal takes the old one's place only once it is whole: a kill meanwhile leaves the old.
    bool open(const QString &path, const Header &header,
              const QList<std::pair<QString, TaskRecord>> &finished, QString *error,
              const QHash<QString, ApprovalDecision> &decisions = {});
    bool isOpen() const { return m_file.isOpen(); }
    void writeState(const QString &taskId, TaskStatus status, const TaskRecord &record);
    void writeRetry(const QString &taskId, int attempt, qint64 delayMs);
    // A person's decision on a gate, handed to the operating system at once: before it takes
    // effect (docs/approvals.md).
    void writeDecision(const QString &taskId, const ApprovalDecision &decision);
    // Lines gathered so far, and how many of them the operating system has.
    qint64 lines() const { return m_lines; }
    qint64 flushedLines() const { return m_flushedLines; }
    // Hands the gathered lines to the operating system in one write.
    void flush();
    // After the LAST file is safely on disk.
    void remove();

    static std::optional<Contents> read(const QString &path, QString *error);

    // Everything needed to resume the run a journal records: its ALT file and its options
    // (same execution id, original start, finished tasks kept).
    struct ResumePlan
    {
        std::shared_ptr<const AltFile> alt;
        RunOptions options;
        BudgetLimits budget;
    };
    static std::optional<ResumePlan> resumePlan(const QString &path, QString *error);
    // Journals of runs that never finished, in `outputDir`.
    static QStringList findInterrupted(const QString &outputDir);

private:
    void lineAdded(); // after a whole line, newline included, went into m_pending

    QFile m_file;
    QByteArray m_pending;
    qint64 m_lines = 0;
    qint64 m_flushedLines = 0;
};

} // namespace altrunner
