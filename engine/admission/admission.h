// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ai/aicall.h"

#include <QJsonObject>
#include <QString>

#include <memory>
#include <vector>

namespace altrunner {

// The stage between "ready" and "sent" (docs/engine.md "The run pipeline"): every AI attempt asks
// it before it goes out. Budgets, rate limits and the result cache are admission policies; the
// scheduler knows only the three answers, never the policy.
class Admission
{
public:
    struct Verdict
    {
        enum class Kind {
            Admit, // send it now
            Wait, // ask again later: after `waitMs`, or (-1) when another attempt ends
            Refuse, // do not send it: the task ends with `status`-worthy `reason`
            Answer, // do not send it: `answer` is the task's answer (the result cache)
        };
        // An answer that needs no attempt: the output as a run writes it, what it cost when
        // it was asked, and the task result's metadata.cache.
        struct Answer
        {
            QJsonObject output;
            TokenUsage usage;
            QJsonObject cache;
        };
        Kind kind = Kind::Admit;
        qint64 waitMs = -1;
        QString reason;
        std::shared_ptr<const Answer> answer;

        static Verdict admit() { return {}; }
        static Verdict wait(qint64 ms = -1) { return {Kind::Wait, ms, {}, {}}; }
        static Verdict refuse(QString reason) { return {Kind::Refuse, -1, std::move(reason), {}}; }
        static Verdict answered(Answer a)
        {
            return {Kind::Answer, -1, {}, std::make_shared<const Answer>(std::move(a))};
        }
    };

    virtual ~Admission() = default;

    // May this attempt go out now? `inFlight` counts the run's attempts already sent.
    virtual Verdict admit(int task, const AiRequest &request, int inFlight) = 0;
    // An admitted attempt ended, with the provider's reply (settle reservations, learn limits,
    // keep the answer).
    virtual void settled(int task, const AiRequest &request, const AiReply &reply)
    {
        Q_UNUSED(task)
        Q_UNUSED(request)
        Q_UNUSED(reply)
    }
    // An attempt this policy admitted was not sent after all (a later policy held it back).
    virtual void withdrawn(int task, const AiRequest &request)
    {
        Q_UNUSED(task)
        Q_UNUSED(request)
    }
};

// Lets every attempt through: the run's stage when no policy is set.
class PassThroughAdmission final : public Admission
{
public:
    Verdict admit(int, const AiRequest &, int) override { return Verdict::admit(); }
};

// Several policies in order: the first that does not admit decides.
class AdmissionChain final : public Admission
{
public:
    void append(std::unique_ptr<Admission> policy) { m_policies.push_back(std::move(policy)); }
    bool isEmpty() const { return m_policies.empty(); }

    Verdict admit(int task, const AiRequest &request, int inFlight) override
    {
        for (std::size_t i = 0; i < m_policies.size(); ++i) {
            Verdict v = m_policies[i]->admit(task, request, inFlight);
            if (v.kind != Verdict::Kind::Admit) {
                while (i-- > 0)
                    m_policies[i]->withdrawn(task, request);
                return v;
            }
        }
        return Verdict::admit();
    }
    void settled(int task, const AiRequest &request, const AiReply &reply) override
    {
        for (const auto &p : m_policies)
            p->settled(task, request, reply);
    }
    void withdrawn(int task, const AiRequest &request) override
    {
        for (const auto &p : m_policies)
            p->withdrawn(task, request);
    }

private:
    std::vector<std::unique_ptr<Admission>> m_policies;
};

} // namespace altrunner
