// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace altrunner {

// The process's resident memory as the operating system reports it (Linux, Windows, macOS);
// 0 where it cannot be read.
struct MemoryUsage
{
    static qint64 peakResidentBytes();
    static qint64 currentResidentBytes();
};

} // namespace altrunner
