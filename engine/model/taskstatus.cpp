// SPDX-License-Identifier: GPL-3.0-or-later
#include "taskstatus.h"

#include "util/enumtable.h"

namespace altrunner {

namespace {
using namespace Qt::StringLiterals;
// Retrying has no word of its own in files and the API: it is "running" there, and is never
// read back (a task that was retrying starts over).
constexpr EnumTable<TaskStatus, 8> kStatuses({{{TaskStatus::Pending, "pending"_L1},
                                               {TaskStatus::Running, "running"_L1},
                                               {TaskStatus::Retrying, "running"_L1},
                                               {TaskStatus::Completed, "completed"_L1},
                                               {TaskStatus::Failed, "failed"_L1},
                                               {TaskStatus::Cancelled, "cancelled"_L1},
                                               {TaskStatus::Timeout, "timeout"_L1},
                                               {TaskStatus::Waiting, "waiting"_L1}}});
constexpr EnumTable<AttemptOutcome, 5>
        kAttemptOutcomes({{{AttemptOutcome::Completed, "completed"_L1},
                           {AttemptOutcome::Failed, "failed"_L1},
                           {AttemptOutcome::Timeout, "timeout"_L1},
                           {AttemptOutcome::Cancelled, "cancelled"_L1},
                           {AttemptOutcome::InvalidOutput, "invalid_output"_L1}}});
} // namespace

QString statusName(TaskStatus status)
{
    return kStatuses.name(status);
}

std::optional<TaskStatus> parseStatus(const QString &text)
{
    return kStatuses.parse(text, Qt::CaseSensitive);
}

QString outcomeName(AttemptOutcome outcome)
{
    return kAttemptOutcomes.name(outcome);
}

std::optional<AttemptOutcome> parseAttemptOutcome(const QString &text)
{
    return kAttemptOutcomes.parse(text, Qt::CaseSensitive);
}

} // namespace altrunner
