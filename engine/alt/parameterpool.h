// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace altrunner {

// Lets tasks whose parameters are equal share one copy of them. A file of 100,000 tasks that all
// say {"task_type": "noop"} would otherwise hold 100,000 parsed objects (about 200 bytes each,
// more than the tasks' text); QJsonObject is implicitly shared, so one copy costs nothing more.
// Only small objects of short scalars are pooled: those repeat, a long prompt does not.
class ParameterPool final
{
public:
    ParameterPool() = default;
    Q_DISABLE_COPY_MOVE(ParameterPool)

    // The pooled object equal to `parameters` (then the two share their data), else `parameters`.
    QJsonObject shared(const QJsonObject &parameters);
    qsizetype size() const { return m_pool.size(); }

private:
    QHash<QString, QJsonObject> m_pool;
};

} // namespace altrunner
