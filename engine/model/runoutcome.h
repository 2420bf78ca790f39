// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "taskrecord.h"

#include <QList>
#include <QString>

#include <optional>

namespace altrunner {

// How a run ended as a whole (docs/formats.md "LAST files", `status`): every task completed,
// some did, or none did; or it stopped with approval gates still waiting for a person
// (docs/approvals.md), to be continued by `resume`.
enum class RunOutcome : quint8 { Success, PartialSuccess, Failure, Waiting };

QString outcomeName(RunOutcome outcome); // as LAST files spell it: success, partial_success, ...
std::optional<RunOutcome> parseRunOutcome(QStringView text);
RunOutcome outcomeOf(const QList<TaskRecord> &records);

} // namespace altrunner
