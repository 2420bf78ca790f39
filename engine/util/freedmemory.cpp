// SPDX-License-Identifier: GPL-3.0-or-later
#include "freedmemory.h"

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

} // namespace altrunner
