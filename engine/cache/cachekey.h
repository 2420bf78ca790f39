// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ai/aicall.h"
#include "config/engineconfig.h"

#include <QByteArray>
#include <QJsonObject>

namespace altrunner {

// What identifies an AI answer for the result cache (docs/engine.md "Result cache"): the request
// as sent, in canonical JSON (sorted keys, compact), without the fields that change every run
// (task_id, execution_id): provider, base URL, model, the messages or inputs, sampling,
// max_tokens and seed. Its key is the SHA-256 of that text, in hex.
struct CacheKey
{
    QByteArray key;
    QJsonObject request;

    static CacheKey of(const AiRequest &request, const EngineConfig &config);
    // Keys sorted, no spaces: the same request is the same bytes.
    static QByteArray canonical(const QJsonObject &object);
};

} // namespace altrunner
