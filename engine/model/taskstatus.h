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
