// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alt/altfile.h"

#include <QJsonObject>
#include <QStringList>

namespace altrunner::test {

// Checks a finished LAST document against every invariant of docs/formats.md for the ALT file it
// records; returns one line per violation (empty when it holds).
QStringList lastInvariantViolations(const QJsonObject &last, const AltFile &alt);

} // namespace altrunner::test
