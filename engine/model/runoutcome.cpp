// SPDX-License-Identifier: GPL-3.0-or-later
#include "runoutcome.h"

#include "util/enumtable.h"

namespace altrunner {

namespace {
using namespace Qt::StringLiterals;
constexpr EnumTable<RunOutcome, 4> kOutcomes({{{RunOutcome::Success, "success"_L1},
                                               {RunOutcome::PartialSuccess, "partial_success"_L1},
                                               {RunOutcome::Failure, "failure"_L1},
                                               {RunOutcome::Waiting, "waiting"_L1}}});
} // namespace

QString outcomeName(RunOutcome outcome)
{
    return kOutcomes.name(outcome);
}

std::optional<RunOutcome> parseRunOutcome(QStringView text)
{
    return kOutcomes.parse(text, Qt::CaseSensitive);
}

RunOutcome outcomeOf(const QList<TaskRecord> &records)
{
    qsizetype completed = 0;
    for (const TaskRecord &r : records) {
        if (r.status == TaskStatus::Waiting)
            return RunOutcome::Waiting;
        completed += r.status == TaskStatus::Completed;
    }
    if (completed == records.size())
        return RunOutcome::Success;
    return completed == 0 ? RunOutcome::Failure : RunOutcome::PartialSuccess;
}

} // namespace altrunner
