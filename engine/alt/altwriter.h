// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "altfile.h"

#include <QByteArray>
#include <QByteArrayView>

#include <functional>

namespace altrunner {

// Writes a validated ALT file back as JSON (docs/formats.md "ALT files"): lossless for running it,
// so a crash journal alone can resume a run. Fields the engine does not keep are not written.
class AltWriter final
{
public:
    static QByteArray toJson(const AltFile &alt);
    // Hands the JSON to `sink` in pieces of about a megabyte, so a large file is never held
    // whole a second time; false when the sink refused a piece.
    static bool write(const AltFile &alt, const std::function<bool(QByteArrayView)> &sink);
};

} // namespace altrunner
