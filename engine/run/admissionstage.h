// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "admission/admission.h"

#include <QHash>
#include <QList>

#include <memory>

namespace altrunner {

// The run's side of its admission stage (docs/engine.md "The run pipeline"): the policies, the
// request each AI attempt in flight was sent with (so every policy hears how it ended), and the
// tasks held back, in their order, with when each was first held (its attempt's wait_ms).
class AdmissionStage final
{
public:
    void setPolicies(std::unique_ptr<Admission> policies) { m_policies = std::move(policies); }
    // The policies go, in the run's thread (the cache writes what it still keeps).
    void release();

    // Asks about `task`'s next attempt; a task held back is kept, with the time it was first
    // held.
    Admission::Verdict ask(int task, const AiRequest &request, int inFlight, qint64 nowMs);
    // `task`'s attempt goes out now (`request`: null for no AI attempt); returns how long it was
    // held back first.
    qint64 sent(int task, const AiRequest *request, qint64 nowMs);
    // The attempt ended (a cancelled one: with an empty reply); every policy hears of it.
    void settled(int task, const AiReply &reply);
    // What `task`'s AI attempt in flight asked; null when it has none.
    const AiRequest *request(int task) const;

    bool holdsAny() const { return !m_held.isEmpty(); }
    // The tasks held back, in their order, to be asked again.
    QList<int> takeHeld() { return std::exchange(m_held, {}); }
    // The run stops: nothing is held any more.
    void clearHeld();

private:
    std::unique_ptr<Admission> m_policies;
    QHash<int, AiRequest> m_sent; // task -> what its AI attempt in flight asked
    QList<int> m_held; // held back until an attempt ends or a wake-up
    QHash<int, qint64> m_heldSince; // task -> when its next attempt was first held
};

} // namespace altrunner
