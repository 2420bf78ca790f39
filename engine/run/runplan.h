// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alt/altfile.h"
#include "config/engineconfig.h"
#include "runoptions.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace altrunner {

// What a run would do now, task by task (docs/engine.md "Result cache"): answered from the
// cache, asked, or not known until a task it reads from has run, with the reason for a miss:
// "no earlier answer", "prompt changed since run <id>", "model changed", "sampling changed",
// "temperature 0.7 is not reused in auto mode". It reads the cache and sends nothing.
class RunPlan final
{
    Q_DECLARE_TR_FUNCTIONS(altrunner::RunPlan)

public:
    enum class Verdict { Cached, Run, Unknown };
    struct Item
    {
        QString taskId;
        Verdict verdict = Verdict::Run;
        QString reason; // why it runs, or which task it waits for
    };

    // `warning`: why the cache could not be read, if it could not (then everything runs).
    static QList<Item> of(const AltFile &alt, const EngineConfig &config, const RunOptions &options,
                          QString *warning = nullptr);
    // "cached", "run (no earlier answer)", "unknown until 'x' runs".
    static QString text(const Item &item);
};

} // namespace altrunner
