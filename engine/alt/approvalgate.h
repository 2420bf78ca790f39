// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "placeholders.h"

#include <QList>
#include <QString>

#include <optional>

namespace altrunner {

// Where a person decides (docs/approvals.md): a task of task_type "approval", or an AI task with
// `requires_approval`. Validated; few tasks have one, so AltFile keeps them apart from AltTask.
struct ApprovalGate
{
    // parameters.question, placeholders allowed; empty for an AI task that has none (the views
    // then ask to approve its answer).
    QString question;
    QList<PromptSlot> questionSlots;
    // The task whose answer the person may edit: an approval task's `editable` (an upstream
    // task), an AI task itself; -1 for none.
    int editable = -1;
    // approval_timeout_seconds; none: it waits as long as the run is kept.
    std::optional<double> timeoutSeconds;
    bool approveOnTimeout = false; // on_timeout: "approve" (default "reject")
};

} // namespace altrunner
