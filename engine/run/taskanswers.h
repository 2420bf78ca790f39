// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "admission/admission.h"
#include "ai/requestbuilder.h"
#include "spend/pricing.h"

#include <QJsonObject>

#include <optional>

namespace altrunner {

// What answered a task, made into its result (docs/engine.md "Tokens", "Cost", "Result
// cache"): the provider's reply, an answer from the result cache, or the simulated fallback,
// each as the output a LAST file holds, its token usage and its cost, priced with the run's
// pricing file. One place, so the three kinds of answer are written and priced alike.
class TaskAnswers final
{
public:
    struct Result
    {
        QJsonObject output;
        TokenUsage usage;
        std::optional<double> cost; // unknown without a price
        QString requestKey; // the result cache's key of the request that got it
    };

    // `requests`, `config` and `pricing` (may be null) outlive this.
    TaskAnswers(const RequestBuilder &requests, const EngineConfig &config, const Pricing *pricing);
    // What `usage` costs at the price of the model `request` went to (each model of a fallback
    // chain has its own price); unknown without one.
    std::optional<double> costOf(const AiRequest &request, const TokenUsage &usage,
                                 bool simulated) const;
    // An AI task's successful reply to `sent`.
    Result fromReply(const AiRequest &sent, const AiReply &reply) const;
    // An answer the cache kept for `asked`: `usage` is what it cost when it was asked, the cost
    // is priced now; neither is the run's spend.
    Result fromCache(const AiRequest &asked, const Admission::Verdict::Answer &answer) const;
    // The simulated provider's answer to `request`, marked as a fallback (AI_FALLBACK_TO_MOCK).
    static Result fallback(const AiRequest &request);

private:
    const RequestBuilder &m_requests;
    const EngineConfig &m_config;
    const Pricing *m_pricing;
};

} // namespace altrunner
