// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alt/altfile.h"
#include "model/runsnapshot.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

#include <memory>
#include <optional>

namespace altrunner {

// Reads a LAST file back: to re-run what did not complete, or to look at a past run.
class LastReader final
{
    Q_DECLARE_TR_FUNCTIONS(altrunner::LastReader)

public:
    struct Carry
    {
        QString executionId;
        QHash<QString, QJsonObject> completed; // task id -> its task result, as written
        int notCompleted = 0; // tasks of the ALT file that will run again
    };

    // A finished run as a LAST file records it: enough to draw its DAG and timeline.
    struct PastRun
    {
        std::shared_ptr<const AltFile> alt; // ids and dependencies (descriptions are the ids)
        QList<TaskUpdate> tasks; // by index into alt->tasks
        RunSnapshot snapshot;
        QJsonObject document;
    };

    // Whether `path` is a LAST file rather than an ALT file, from its first bytes (cheap enough
    // for a file dropped on the window or given on the command line).
    static bool looksLikeLastFile(const QString &path);
    static std::optional<QJsonObject> readDocument(const QString &path, QString *error);
    static std::optional<PastRun> readPastRun(const QString &path, QString *error);

    // The completed results of `path` that apply to `alt`; an error if the LAST file is not a
    // LAST file, or is the record of another ALT file.
    static std::optional<Carry> completedResults(const QString &path, const AltFile &alt,
                                                 QString *error);
};

} // namespace altrunner
