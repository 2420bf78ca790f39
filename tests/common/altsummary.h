// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alt/altloader.h"

#include <QStringList>

namespace altrunner::test {

// Everything a load produced, one line per diagnostic and per task, so two loads of the same
// bytes (read whole and read in pieces) can be compared as plain text.
QStringList summarize(const AltLoader::Result &result);

// The limits that make the loader read any input in pieces of one task.
LoadLimits piecewiseLimits(LoadLimits limits = {});

} // namespace altrunner::test
