// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ai/requestbuilder.h"
#include "alt/altfile.h"
#include "config/engineconfig.h"
#include "model/taskrecord.h"
#include "runoptions.h"

#include <QList>

#include <optional>

namespace altrunner {

// The request a task would send now, its placeholders filled from the answers already known
// (docs/engine.md "Result cache"): what the plan and a re-run of failed tasks compare with
// what was asked before. Walk the tasks in order(), so a task comes after the tasks it reads.
class RequestPreview final
{
public:
    // `alt` and `config` outlive the preview.
    RequestPreview(const AltFile &alt, const EngineConfig &config, const RunOptions &options);

    const QList<int> &order() const { return m_order; }
    // `task`'s answer is known: a placeholder naming it becomes `output`'s text, as in a run.
    void know(int task, const QJsonObject &output);
    void knowText(int task, const QString &text) { m_known[task].emplace().message = text; }
    // `task`'s request now; nullopt, with `*missing` the first task it reads whose answer is not
    // known, when its prompt cannot be written yet.
    std::optional<AiRequest> request(int task, int *missing = nullptr) const;

private:
    const AltFile &m_alt;
    RequestBuilder m_builder;
    QList<int> m_order;
    QList<std::optional<TaskRecord>> m_known;
};

} // namespace altrunner
