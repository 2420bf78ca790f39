// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes as what arrives over NATS (docs/distributed.md "What goes over
// NATS"): a call as a worker reads it, a result, a "taken" notice, an announcement and a delta
// as the coordinator reads them. What is read must write back and read again the same.

#include "workers/callmessage.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace altrunner;
    const QByteArray bytes
            = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    if (const auto call = CallMessage::decodeCall(bytes, &error)) {
        if (call->request.attempt < 1 || call->request.taskId.isEmpty())
            std::abort();
        const auto again = CallMessage::decodeCall(
                CallMessage::encodeCall(call->request, call->settings), &error);
        if (!again || again->request.prompt != call->request.prompt
            || again->request.taskId != call->request.taskId
            || again->settings.wholeMs != call->settings.wholeMs)
            std::abort();
    } else if (error.isEmpty()) {
        std::abort(); // a refusal always says why
    }
    if (const auto result = CallMessage::decodeResult(bytes, &error)) {
        if (result->reply.usage.input < 0 || result->reply.usage.output < 0 || result->delivered < 1
            || (!result->reply.ok && result->reply.error.isEmpty()))
            std::abort();
        const auto again = CallMessage::decodeResult(CallMessage::encodeResult(*result), &error);
        if (!again || again->reply.text != result->reply.text
            || again->reply.ok != result->reply.ok)
            std::abort();
    }
    if (const auto taken = CallMessage::decodeTaken(bytes); taken && taken->attempt < 1)
        std::abort();
    if (const auto a = CallMessage::decodeAnnouncement(bytes); a && a->name.isEmpty())
        std::abort();
    CallMessage::decodeDelta(bytes);
    return 0;
}
