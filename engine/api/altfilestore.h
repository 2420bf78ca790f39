// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace altrunner {

// The folder of ALT files the ALT_LAS API gateway names by id (`POST /run {"altFileId"}`,
// docs/rest-api.md "The ALT_LAS gateway"): `ALT_FILES_DIR`. An id finds
// task_<id>.alt.yaml, task_<id>.alt.json, <id>.alt, <id>.alt.yaml or <id>.json there, and never a
// file outside that folder: no separators, no `..`, no absolute paths, no links that lead out.
class AltFileStore final
{
    Q_DECLARE_TR_FUNCTIONS(altrunner::AltFileStore)

public:
    // The file `id` names in `folder`, or nullopt with `error` set and `*notFound` telling a
    // missing file (404) from a refused id (400).
    static std::optional<QString> resolve(const QString &folder, const QString &id, QString *error,
                                          bool *notFound);
};

} // namespace altrunner
