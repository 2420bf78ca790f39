// SPDX-License-Identifier: GPL-3.0-or-later
#include "mockprovider.h"

#include "delayedcall.h"
#include "mockstreamcall.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace altrunner {

MockProvider::MockProvider(int defaultLatencyMs)
    : m_defaultLatencyMs(defaultLatencyMs)
{
}

AiReply MockProvider::answer(const AiRequest &request)
{
    AiReply reply;
    reply.ok = true;
    reply.provider = QStringLiteral("mock");
    reply.simulated = true;
    reply.model = request.model;
    // With an output contract: the schema's deterministic instance (docs/outputs.md).
    reply.text = request.schema
            ? QString::fromUtf8(QJsonDocument(QJsonArray {request.schema->instance()})
                                        .toJson(QJsonDocument::Compact)
                                        .sliced(1)
                                        .chopped(1))
            : QStringLiteral("[simulated] ") + request.prompt.left(200);
    reply.usage = TokenUsage::from(std::nullopt, std::nullopt, std::nullopt, request.prompt,
                                   reply.text);
    reply.raw = QJsonObject {{QStringLiteral("simulated"), true},
                             {QStringLiteral("prompt_chars"), request.prompt.size()},
                             {QStringLiteral("mode"), request.mode},
                             {QStringLiteral("temperature"), request.temperature},
                             {QStringLiteral("top_p"), request.topP}};
    return reply;
}

AiCall *MockProvider::start(const AiRequest &request, AiCallback done, QObject *parent)
{
    const QJsonValue latency = request.parameters.value(QStringLiteral("mock_latency_ms"));
    const int latencyMs = latency.isDouble() ? int(latency.toDouble()) : m_defaultLatencyMs;
    const int failAttempts
            = request.parameters.value(QStringLiteral("mock_fail_attempts")).toInt(0);

    const int invalidAnswers
            = request.parameters.value(QStringLiteral("mock_invalid_answers")).toInt(0);
    const bool failsHere = request.parameters.value(QStringLiteral("mock_fail_models"))
                                   .toArray()
                                   .contains(QJsonValue(request.alias));

    AiReply reply;
    if (failsHere) {
        // For trying fallbacks offline: this alias is "down" (as a 503 would say).
        reply.provider = QStringLiteral("mock");
        reply.simulated = true;
        reply.retryable = true;
        reply.httpStatus = 503;
        reply.error = QStringLiteral("simulated failure: model '%1' is down on purpose "
                                     "(mock_fail_models)")
                              .arg(request.alias);
    } else if (request.attempt <= failAttempts) {
        reply.provider = QStringLiteral("mock");
        reply.simulated = true;
        reply.retryable = true;
        reply.error
                = QStringLiteral("simulated failure: attempt %1 of the first %2 fails on purpose "
                                 "(mock_fail_attempts)")
                          .arg(request.attempt)
                          .arg(failAttempts);
    } else {
        reply = answer(request);
        if (request.schema && request.attempt <= invalidAnswers)
            reply.text = QStringLiteral("[simulated] an answer that is not JSON, on purpose "
                                        "(mock_invalid_answers)");
    }
    // Long enough to watch: told word by word (docs/engine.md "Streaming").
    if (reply.ok && latencyMs >= kStreamFromMs)
        return new MockStreamCall(latencyMs, std::move(reply), std::move(done), parent);
    reply.ttftMs = latencyMs;
    reply.generationMs = 0;
    return new DelayedCall(latencyMs, std::move(reply), std::move(done), parent);
}

} // namespace altrunner
