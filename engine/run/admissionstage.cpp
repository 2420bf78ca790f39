// SPDX-License-Identifier: GPL-3.0-or-later
#include "admissionstage.h"

namespace altrunner {

void AdmissionStage::release()
{
    m_policies.reset();
}

Admission::Verdict AdmissionStage::ask(int task, const AiRequest &request, int inFlight,
                                       qint64 nowMs)
{
    const Admission::Verdict verdict = m_policies->admit(task, request, inFlight);
    switch (verdict.kind) {
    case Admission::Verdict::Kind::Wait:
        m_held.append(task);
        if (!m_heldSince.contains(task))
            m_heldSince.insert(task, nowMs);
        break;
    case Admission::Verdict::Kind::Refuse:
    case Admission::Verdict::Kind::Answer:
        m_heldSince.remove(task); // it will not be sent: no wait to record
        break;
    case Admission::Verdict::Kind::Admit:
        break;
    }
    return verdict;
}

qint64 AdmissionStage::sent(int task, const AiRequest *request, qint64 nowMs)
{
    if (request)
        m_sent.insert(task, *request);
    const auto since = m_heldSince.constFind(task);
    if (since == m_heldSince.cend())
        return 0;
    const qint64 waited = nowMs - *since;
    m_heldSince.erase(since);
    return waited;
}

void AdmissionStage::settled(int task, const AiReply &reply)
{
    if (const auto sent = m_sent.constFind(task); sent != m_sent.cend()) {
        if (m_policies)
            m_policies->settled(task, *sent, reply);
        m_sent.erase(sent);
    }
}

const AiRequest *AdmissionStage::request(int task) const
{
    const auto it = m_sent.constFind(task);
    return it == m_sent.cend() ? nullptr : &*it;
}

void AdmissionStage::clearHeld()
{
    m_held.clear();
    m_heldSince.clear();
}

} // namespace altrunner
