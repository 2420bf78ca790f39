// SPDX-License-Identifier: GPL-3.0-or-later
#include "taskanswers.h"

#include "ai/mockprovider.h"
#include "cache/cachekey.h"

namespace altrunner {

TaskAnswers::TaskAnswers(const RequestBuilder &requests, const EngineConfig &config,
                         const Pricing *pricing)
    : m_requests(requests)
    , m_config(config)
    , m_pricing(pricing)
{
}

std::optional<double> TaskAnswers::costOf(const AiRequest &request, const TokenUsage &usage,
                                          bool simulated) const
{
    const std::optional<Price> price = Pricing::priceOf(
            m_pricing,
            simulated || request.provider == ProviderKind::Mock ? QStringLiteral("mock")
                                                                : providerName(request.provider),
            request.model);
    return price ? std::optional(price->cost(usage.input, usage.output)) : std::nullopt;
}

TaskAnswers::Result TaskAnswers::fromReply(const AiRequest &sent, const AiReply &reply) const
{
    const std::optional<double> cost = costOf(sent, reply.usage, reply.simulated);
    Result r {RequestBuilder::output(reply, cost), reply.usage, cost,
              QString::fromLatin1(CacheKey::of(sent, m_config).key)};
    if (!sent.alias.isEmpty())
        r.output.insert(QStringLiteral("model_alias"), sent.alias);
    return r;
}

TaskAnswers::Result TaskAnswers::fromCache(const AiRequest &asked,
                                           const Admission::Verdict::Answer &answer) const
{
    Result r {answer.output, answer.usage, costOf(asked, answer.usage, false),
              answer.cache.value(QStringLiteral("key")).toString()};
    r.output.insert(QStringLiteral("cost"), r.cost ? QJsonValue(*r.cost) : QJsonValue());
    if (!asked.alias.isEmpty())
        r.output.insert(QStringLiteral("model_alias"), asked.alias);
    return r;
}

TaskAnswers::Result TaskAnswers::fallback(const AiRequest &request)
{
    AiReply reply = MockProvider::answer(request);
    if (request.schema) // the schema's instance: checked as any answer, so output.json is there
        if (const OutputSchema::Check c = request.schema->check(reply.text); c.ok())
            reply.json = *c.value;
    Result r {RequestBuilder::output(reply, 0.0),
              reply.usage,
              0.0,
              {}}; // the simulated answer is free
    r.output.insert(QStringLiteral("ai_fallback"), true);
    return r;
}

} // namespace altrunner
