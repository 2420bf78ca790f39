// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes as a REST API request head, through the one parser the guard and
// the router share (HttpRequest::parseHead), then the guard's judgement of what it parsed.

#include "api/httprequest.h"
#include "api/requestguard.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace altrunner;
    const QByteArrayView head(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const std::optional<HttpRequest> r = HttpRequest::parseHead(head, &error);
    if (!r) {
        if (error.isEmpty())
            std::abort(); // a refusal always says why
        return 0;
    }
    // What the parser hands over holds what RFC 9112 asks of a head.
    if (r->method.isEmpty() || !r->target.startsWith('/'))
        std::abort();
    for (const auto &[name, value] : r->headers) {
        if (name.isEmpty() || name.contains(' ') || name.contains('\t') || name.contains(':'))
            std::abort();
        if (value != value.trimmed())
            std::abort();
    }
    RequestGuard::Limits limits;
    qint64 length = 0;
    bool expectContinue = false;
    for (bool checkHost : {true, false}) {
        const auto [status, message]
                = RequestGuard::judge(*r, limits, checkHost, 8080, &length, &expectContinue);
        if ((status != 0) == message.isEmpty() || (status != 0 && (status < 400 || status > 599)))
            std::abort();
        if (status == 0 && (length < 0 || length > limits.maxBodyBytes))
            std::abort();
    }
    return 0;
}
