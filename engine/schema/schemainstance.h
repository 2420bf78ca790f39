// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QJsonValue>

namespace altrunner {

// Makes one deterministic instance of a JSON Schema: what the simulated provider answers a task
// with an output contract (docs/outputs.md). The same schema always gives the same value, so a
// simulated run is repeatable and its answers are cached like any other.
class SchemaInstance final
{
public:
    static QJsonValue of(const QJsonObject &schema);
};

} // namespace altrunner
