// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestpreview.h"

#include "alt/placeholders.h"
#include "graph/topology.h"
#include "model/taskrecord.h"

namespace altrunner {

RequestPreview::RequestPreview(const AltFile &alt, const EngineConfig &config,
                               const RunOptions &options)
    : m_alt(alt)
    , m_builder(alt, config, QStringLiteral("preview"), options.mode, options.persona,
                options.models)
    , m_known(alt.tasks.size())
{
    QList<QList<int>> dependencies;
    dependencies.reserve(alt.tasks.size());
    for (const AltTask &t : alt.tasks)
        dependencies.append(t.dependencies);
    m_order = Topology::of(dependencies).order;
}

void RequestPreview::know(int task, const QJsonObject &output)
{
    m_known[task].emplace().output = output;
}

std::optional<AiRequest> RequestPreview::request(int task, int *missing) const
{
    const AltTask &t = m_alt.tasks.at(task);
    for (const PromptSlot &slot : t.promptSlots) {
        if (!m_known.at(slot.source)) {
            if (missing)
                *missing = slot.source;
            return std::nullopt;
        }
    }
    const QString prompt
            = Placeholders::render(t.prompt, t.promptSlots, [this](const PromptSlot &slot) {
                  return m_known.at(slot.source)->outputText(slot.path);
              });
    return m_builder.build(task, prompt, 1, m_builder.attemptBudgetMs(task));
}

} // namespace altrunner
