// SPDX-License-Identifier: GPL-3.0-or-later
#include "taskstatus.h"

namespace altrunner {

QString statusName(TaskStatus status)
{
    switch (status) {
    case TaskStatus::Pending:
        return QStringLiteral("pending");
    case TaskStatus::Running:
    case TaskStatus::Retrying:
        return QStringLiteral("running");
    case TaskStatus::Completed:
        return QStringLiteral("completed");
    case TaskStatus::Failed:
        return QStringLiteral("failed");
    case TaskStatus::Cancelled:
        return QStringLiteral("cancelled");
    case TaskStatus::Timeout:
        return QStringLiteral("timeout");
    }
    return QStringLiteral("pending");
}

std::optional<TaskStatus> parseStatus(const QString &text)
{
    for (TaskStatus s : {TaskStatus::Pending, TaskStatus::Running, TaskStatus::Completed,
                         TaskStatus::Failed, TaskStatus::Cancelled, TaskStatus::Timeout}) {
        if (text == statusName(s))
            return s;
    }
    return std::nullopt;
}

QString outcomeName(AttemptOutcome outcome)
{
    switch (outcome) {
    case AttemptOutcome::Completed:
        return QStringLiteral("completed");
    case AttemptOutcome::Failed:
        return QStringLiteral("failed");
    case AttemptOutcome::Timeout:
        return QStringLiteral("timeout");
    case AttemptOutcome::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("failed");
}

} // namespace altrunner
