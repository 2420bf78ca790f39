// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "altfile.h"
#include "diagnostic.h"

#include <QCoreApplication>
#include <QSet>

#include <optional>

namespace altrunner {

// What can be drawn of an ALT file that does not validate (docs/gui.md "Every state clear"):
// its tasks with the dependencies that resolve, cycles broken, the tasks the diagnostics point
// at marked (JSON files: a segmentation file in YAML that does not validate gets the note only).
// Like the structure a LAST file gives, its AltFile is for drawing only: it never runs.
class AltSketch final
{
    Q_DECLARE_TR_FUNCTIONS(altrunner::AltSketch)

public:
    std::optional<AltFile> file; // none when not even the task list can be read
    QSet<int> problemTasks; // indices the diagnostics point at
    QString note; // what the graph view says about it

    static AltSketch of(const QString &path, const Diagnostics &diagnostics);
    static AltSketch ofBytes(const QByteArray &bytes, const Diagnostics &diagnostics);
};

} // namespace altrunner
