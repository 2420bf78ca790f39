// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace altrunner {

// Writes `data` so that `path` holds either its old content or all of the new, even across a
// crash: a temporary file in the same folder, flushed to disk, renamed over `path`, then the
// folder flushed so that the rename itself survives a power cut.
bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error);

// Creates `dir` if needed and checks that files can be created in it.
bool ensureWritableDir(const QString &dir, QString *error);

} // namespace altrunner
