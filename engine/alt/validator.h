// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "altfile.h"
#include "diagnostic.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <functional>
#include <optional>

namespace altrunner {

// Checks a parsed ALT document against docs/formats.md and docs/engine.md and builds the AltFile
// the engine runs. It reports every problem in one pass; positions are left for the loader to
// resolve, since only the loader has the text.
class Validator final
{
    Q_DECLARE_TR_FUNCTIONS(altrunner::Validator)

public:
    struct Result
    {
        AltFile file;
        Diagnostics diagnostics;
        // Per diagnostic, the pointer whose value's position locates it: the pointer itself, or
        // for a missing member the object that should hold it.
        QStringList anchors;
    };

    // The tasks, delivered in pieces so that a large file never has to be one QJsonDocument:
    // `total` elements in all, `next()` gives the following piece (nullopt: none could be read).
    struct TaskChunks
    {
        qsizetype total = 0;
        std::function<std::optional<QJsonArray>()> next;
    };

    explicit Validator(int maxTasks = 1000000);

    // `chunks` null: the tasks are root["tasks"]; otherwise root["tasks"] is ignored.
    Result validate(const QJsonObject &root, const TaskChunks *chunks = nullptr) const;

private:
    int m_maxTasks;
};

} // namespace altrunner
