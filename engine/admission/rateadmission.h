// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "admission.h"
#include "config/engineconfig.h"
#include "ratelimit/endpointgovernor.h"

#include <QHash>

#include <functional>
#include <memory>

namespace altrunner {

// The rate governor as an admission policy (docs/engine.md "Rate limits"): an attempt goes when
// its endpoint (base URL + model) has a paced slot, is not paused after a 429 or used-up
// x-ratelimit headers, and is within its AIMD concurrency; every reply teaches the endpoint.
class RateAdmission final : public Admission
{
    Q_DISABLE_COPY_MOVE(RateAdmission)

public:
    using Clock = std::function<qint64()>;
    // `clock`: milliseconds on a steady clock; none: EndpointGovernor::clockMs.
    explicit RateAdmission(const EngineConfig &config, Clock clock = {});

    Verdict admit(int task, const AiRequest &request, int inFlight) override;
    void settled(int task, const AiRequest &request, const AiReply &reply) override;
    void withdrawn(int task, const AiRequest &request) override;

    // Ask again this soon when another run's attempts hold the endpoint's concurrency: their
    // ends do not wake this run.
    static constexpr qint64 kSlotPollMs = 50;

    std::shared_ptr<EndpointGovernor> governorFor(const AiRequest &request);

private:
    struct Sent
    {
        std::shared_ptr<EndpointGovernor> governor;
        qint64 atMs = 0;
    };

    QString m_baseUrl;
    RateLimits m_limits;
    int m_ceiling;
    Clock m_clock;
    QHash<QString, std::shared_ptr<EndpointGovernor>> m_governors; // by model
    QHash<int, Sent> m_sent; // task -> its admitted attempt
};

} // namespace altrunner
