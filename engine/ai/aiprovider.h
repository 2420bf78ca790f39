// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aicall.h"

#include <QString>

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
};

} // namespace altrunner
