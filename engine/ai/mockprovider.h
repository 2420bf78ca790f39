// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aiprovider.h"

namespace altrunner {

// The built-in, offline, deterministic stand-in for an AI service (docs/engine.md, "mock"). Its
// answers say they are simulated, so nobody mistakes them for a model's.
class MockProvider final : public AiProvider
{
public:
    // Simulated answers that take at least this long arrive word by word.
    static constexpr int kStreamFromMs = 200;

    explicit MockProvider(int defaultLatencyMs);

    QString name() const override { return QStringLiteral("mock"); }
    bool isSimulated() const override { return true; }
    AiCall *start(const AiRequest &request, AiCallback done, QObject *parent) override;

    // The answer itself, without latency; also what AI_FALLBACK_TO_MOCK uses.
    static AiReply answer(const AiRequest &request);

private:
    int m_defaultLatencyMs;
};

} // namespace altrunner
