// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "altfile.h"

#include <QByteArray>

namespace altrunner {

// Writes a validated ALT file back as JSON (docs/formats.md "ALT files"): lossless for running it,
// so a crash journal alone can resume a run. Fields the engine does not keep are not written.
class AltWriter final
{
public:
    static QByteArray toJson(const AltFile &alt);
};

} // namespace altrunner
