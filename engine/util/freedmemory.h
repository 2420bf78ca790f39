// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace altrunner {

// Hands memory the process has freed back to the operating system, where the C library keeps
// it otherwise (glibc keeps freed heap pages mapped; elsewhere this does nothing). Called after
// a burst of short-lived allocations: reading a large file, a flood of connections.
struct FreedMemory
{
    static void giveBack();
    // One heap for every thread (glibc otherwise gives each thread that allocates its own arena).
    // A run works in its own thread on what the main thread loaded; memory freed in one arena
    // cannot serve the other, so a 100,000-task run held about 10 MB (10%) of freed pieces twice.
    // Threads keep their small per-thread caches, so they seldom wait for each other. Call first
    // thing in main(), before any thread starts.
    static void useOneHeap();
};

} // namespace altrunner
