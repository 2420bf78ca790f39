// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace altrunner {

// A task's state during a run. Retrying (waiting out a back-off) exists only live; files and the
// API call it "running", as docs/formats.md has no word for it. Waiting: an approval gate waits
// for a person (docs/approvals.md); not final, and a run can stop with gates still waiting.
enum class TaskStatus : quint8 {
    Pending,
    Running,
    Retrying,
    Completed,
    Failed,
    Cancelled,
    Timeout,
    Waiting
};
inline constexpr int kTaskStatusCount = 8;

QString statusName(TaskStatus status); // as LAST files spell it
std::optional<TaskStatus> parseStatus(const QString &text);
inline bool isFinal(TaskStatus s)
{
    return s == TaskStatus::Completed || s == TaskStatus::Failed || s == TaskStatus::Cancelled
            || s == TaskStatus::Timeout;
}

// Whether a task may move from `from` to `to` during a run (docs/engine.md "The run pipeline"):
// a final status never changes and nothing goes back to pending; the ledger asserts it on every
// change. Completed again is an answer a person edited at a gate (journaled anew). Restoring a
// journal sets statuses as they were, not through this.
inline bool canMove(TaskStatus from, TaskStatus to)
{
    if (isFinal(from))
        return from == TaskStatus::Completed && to == TaskStatus::Completed;
    if (to == TaskStatus::Pending)
        return false;
    switch (from) {
    case TaskStatus::Pending:
        return to != TaskStatus::Retrying; // a back-off follows an attempt
    case TaskStatus::Running:
        return true; // a repair or a fallback model starts another attempt: Running again
    case TaskStatus::Retrying:
        return to != TaskStatus::Waiting; // a gate opens on an answer
    case TaskStatus::Waiting:
        return to != TaskStatus::Retrying; // waiting again: a gate the journal had, reopened
    default:
        return false;
    }
}

// Failed, timed out or cancelled: what "show failures", "next failure" and re-running what
// failed look for.
inline bool isFailure(TaskStatus s)
{
    return s == TaskStatus::Failed || s == TaskStatus::Cancelled || s == TaskStatus::Timeout;
}

// How one attempt ended.
// InvalidOutput: an answer came but did not match the task's output schema (docs/outputs.md).
enum class AttemptOutcome : quint8 { Completed, Failed, Timeout, Cancelled, InvalidOutput };
QString outcomeName(AttemptOutcome outcome);
std::optional<AttemptOutcome> parseAttemptOutcome(const QString &text);

} // namespace altrunner
