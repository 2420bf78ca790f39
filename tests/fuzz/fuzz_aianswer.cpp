// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes as what an AI service answered: the body read in each provider's
// shape (OpenAI-compatible, the ALT_LAS orchestrator), the status classification with the body
// and its headers' Retry-After, and the readable detail an error quotes.

#include "ai/openaiprovider.h"
#include "ai/orchestratorprovider.h"

#include <QUrl>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace altrunner;
    static const EngineConfig config;
    static const OpenAiProvider openai(config);
    static const OrchestratorProvider orchestrator(config);
    const QByteArray body
            = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    AiRequest request;
    request.taskId = QStringLiteral("t");
    request.prompt = QStringLiteral("a prompt");
    request.model = QStringLiteral("m");
    for (const HttpProvider *provider : {static_cast<const HttpProvider *>(&openai),
                                         static_cast<const HttpProvider *>(&orchestrator)}) {
        if (const std::optional<AiReply> reply = provider->answerOf(body, request)) {
            // A reply is text or a stated error, and its tokens are never negative.
            if (reply->usage.input < 0 || reply->usage.output < 0)
                std::abort();
        }
    }
    const QUrl url(QStringLiteral("http://127.0.0.1:1/v1/chat/completions"));
    const int status = size > 0 ? 100 + data[0] % 500 : 200;
    const QByteArray firstLine = body.left(body.indexOf('\n'));
    const AiReply answered = HttpProvider::answered(status, body, url, firstLine, firstLine);
    if (status >= 400 && answered.error.isEmpty())
        std::abort(); // a failure always says what happened
    if (HttpProvider::parseRetryAfter(firstLine) < -1)
        std::abort();
    HttpProvider::readableDetail(body);
    return 0;
}
