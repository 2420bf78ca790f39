// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace altrunner {

// Hands memory the process has freed back to the operating system, where the C library keeps
// it otherwise (glibc keeps freed heap pages mapped; elsewhere this does nothing). Called after
// a burst of short-lived allocations: reading a large file, a flood of connections.
struct FreedMemory
{
    static void giveBack();
};

} // namespace altrunner
