// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aicall.h"

#include <QString>

#include <functional>

namespace altrunner {

// The engine's view of an AI service. One instance serves one run and lives in the run's thread;
// providers differ only in how they turn an AiRequest into an AiReply.
class AiProvider
{
public:
    virtual ~AiProvider() = default;

    virtual QString name() const = 0;
    virtual bool isSimulated() const { return false; }
    // Starts an attempt; the returned call is owned by the caller (parented to `parent`).
    virtual AiCall *start(const AiRequest &request, AiCallback done, QObject *parent) = 0;

    // Why started calls cannot go out now (a worker pool with no worker, docs/distributed.md);
    // empty when they can.
    virtual QString waitingFor() const { return {}; }
    // Told, on the run's thread, when waitingFor() changed.
    void setStateListener(std::function<void()> listener) { m_stateChanged = std::move(listener); }

protected:
    void stateChanged() const
    {
        if (m_stateChanged)
            m_stateChanged();
    }

private:
    std::function<void()> m_stateChanged;
};

} // namespace altrunner
