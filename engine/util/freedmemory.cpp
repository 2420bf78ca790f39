// SPDX-License-Identifier: GPL-3.0-or-later
#include "freedmemory.h"

#include <cstdlib> // defines __GLIBC__ where it is glibc

#if defined(__GLIBC__)
#    include <malloc.h>
#endif

namespace altrunner {

void FreedMemory::giveBack()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

void FreedMemory::useOneHeap()
{
#if defined(__GLIBC__)
    mallopt(M_ARENA_MAX, 1);
#endif
}

} // namespace altrunner
