// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "altfile.h"
#include "diagnostic.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace altrunner {

// Checks a parsed ALT document against formats.md and engine.md and builds the AltFile the engine
// runs. It reports every problem in one pass; positions are left for the loader to resolve, since
// only the loader has the text.
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

    explicit Validator(int maxTasks = 1000000);

    Result validate(const QJsonObject &root) const;

private:
    int m_maxTasks;
};

} // namespace altrunner
