// SPDX-License-Identifier: GPL-3.0-or-later
#include "promptfiller.h"

#include "alt/placeholders.h"

namespace altrunner {

QString PromptFiller::prompt(const AltFile &alt, int task, const QList<TaskRecord> &records)
{
    const AltTask &t = alt.tasks.at(task);
    return Placeholders::render(t.prompt, t.promptSlots, [&records](const PromptSlot &slot) {
        return records.at(slot.source).outputText(slot.path);
    });
}

QString PromptFiller::question(const AltFile &alt, int task, const QList<TaskRecord> &records)
{
    const ApprovalGate *gate = alt.gateOf(task);
    if (!gate)
        return {};
    return Placeholders::render(gate->question, gate->questionSlots,
                                [&records](const PromptSlot &slot) {
                                    return records.at(slot.source).outputText(slot.path);
                                });
}

} // namespace altrunner
