// SPDX-License-Identifier: GPL-3.0-or-later
#include "rateadmission.h"

namespace altrunner {

RateAdmission::RateAdmission(const EngineConfig &config, Clock clock)
    : m_baseUrl(config.aiServiceUrl.toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash))
    , m_limits {config.requestsPerMinute, config.tokensPerMinute}
    , m_ceiling(config.maxConcurrentTasks)
    , m_clock(clock ? std::move(clock) : Clock(&EndpointGovernor::clockMs))
{
}

std::shared_ptr<EndpointGovernor> RateAdmission::governorFor(const AiRequest &request)
{
    // One governor per endpoint and model (docs/outputs.md: each model of a chain is paced
    // on its own).
    const QString endpoint = (request.serviceUrl.isEmpty()
                                      ? m_baseUrl
                                      : request.serviceUrl.toString(QUrl::RemoveUserInfo
                                                                    | QUrl::StripTrailingSlash))
            + u' ' + request.model;
    auto it = m_governors.find(endpoint);
    if (it == m_governors.end())
        it = m_governors.insert(endpoint, EndpointGovernor::forEndpoint(endpoint));
    return *it;
}

Admission::Verdict RateAdmission::admit(int task, const AiRequest &request, int inFlight)
{
    const std::shared_ptr<EndpointGovernor> governor = governorFor(request);
    const qint64 now = m_clock();
    const EndpointGovernor::Decision d
            = governor->acquire(m_limits, request.worstCaseTokens(), now);
    if (d.admitted()) {
        m_sent.insert(task, {governor, now});
        return Verdict::admit();
    }
    if (d.waitForSlot)
        return Verdict::wait(inFlight > 0 ? -1 : kSlotPollMs);
    return Verdict::wait(d.waitMs);
}

void RateAdmission::settled(int task, const AiRequest &request, const AiReply &reply)
{
    const Sent sent = m_sent.take(task);
    if (!sent.governor)
        return;
    EndpointGovernor::Outcome o;
    o.sentAtMs = sent.atMs;
    o.succeeded = reply.ok;
    o.rateLimited = reply.rateLimited();
    o.retryAfterMs = reply.retryAfterMs;
    o.headers = RateLimitHeaders::parse(reply.rateLimitHeaders);
    o.tokens = request.worstCaseTokens();
    sent.governor->ended(o, m_clock(), m_ceiling);
}

void RateAdmission::withdrawn(int task, const AiRequest &request)
{
    Q_UNUSED(request)
    if (const Sent sent = m_sent.take(task); sent.governor)
        sent.governor->withdrawn();
}

} // namespace altrunner
