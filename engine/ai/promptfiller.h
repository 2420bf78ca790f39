// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alt/altfile.h"
#include "model/taskrecord.h"

#include <QList>
#include <QString>

namespace altrunner {

// Fills a task's prompt, or its approval gate's question, from the answers recorded so far
// (docs/formats.md "Placeholders"): what the request builder sends and a person is asked.
class PromptFiller final
{
public:
    static QString prompt(const AltFile &alt, int task, const QList<TaskRecord> &records);
    // Empty when the task has no gate.
    static QString question(const AltFile &alt, int task, const QList<TaskRecord> &records);
};

} // namespace altrunner
