// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes as a streamed AI answer (server-sent events of chat chunks), fed
// whole and in pieces whose sizes come from the input: the events and the answer put together
// must not depend on where the network cut the bytes.

#include "ai/chatstream.h"
#include "ai/sseparser.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace altrunner;
    if (size < 1)
        return 0;
    const int step = 1 + data[0] % 7; // piece sizes 1..7
    const QByteArrayView bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    SseParser whole;
    const QList<SseParser::Event> all = whole.feed(bytes);
    SseParser pieces;
    QList<SseParser::Event> some;
    for (qsizetype at = 0; at < bytes.size(); at += step)
        some += pieces.feed(bytes.sliced(at, std::min<qsizetype>(step, bytes.size() - at)));
    if (all.size() != some.size())
        std::abort();
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (all.at(i).data != some.at(i).data || all.at(i).type != some.at(i).type
            || all.at(i).id != some.at(i).id)
            std::abort();
    }

    ChatStream a;
    a.feed(bytes);
    ChatStream b;
    for (qsizetype at = 0; at < bytes.size(); at += step)
        b.feed(bytes.sliced(at, std::min<qsizetype>(step, bytes.size() - at)));
    if (a.text() != b.text() || a.isDone() != b.isDone() || a.chunks() != b.chunks()
        || a.finishReason() != b.finishReason() || a.error() != b.error())
        std::abort();
    return 0;
}
