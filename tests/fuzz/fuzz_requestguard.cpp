// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes as what a client sent to the REST API, through the guard that
// decides, before the router sees a request, whether to refuse, wait or hand over.

#include "api/requestguard.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using altrunner::RequestGuard;
    RequestGuard::Limits limits;
    limits.maxHeadBytes = 4096;
    limits.maxBodyBytes = 1 << 16;
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    for (bool checkHost : {true, false}) {
        const RequestGuard::Verdict v = RequestGuard::examine(bytes, limits, checkHost, 8080);
        // Exactly one outcome: refuse (with a reason), wait, or hand over complete requests.
        const int outcomes = (v.status != 0) + (v.incomplete ? 1 : 0)
                + (v.completeRequests > 0 && !v.incomplete && v.status == 0);
        if (v.status != 0 && v.message.isEmpty())
            std::abort();
        if (v.status != 0 && (v.status < 400 || v.status > 599))
            std::abort();
        if (outcomes > 1 && v.status != 0)
            std::abort();
    }
    return 0;
}
