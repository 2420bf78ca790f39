// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpprovider.h"

namespace altrunner {

// The ALT_LAS AI Orchestrator (a FastAPI service): POST {url}/api/inference/.
class OrchestratorProvider final : public HttpProvider
{
public:
    using HttpProvider::HttpProvider;

    QString name() const override { return QStringLiteral("orchestrator"); }

    static QUrl inferenceUrl(const QUrl &base);

    // The answer's metadata.usage (OpenAI's names), else metadata.tokens_generated as the
    // output; estimated where missing.
    static TokenUsage usageOf(const QJsonObject &metadata, QStringView prompt, QStringView text);

protected:
    QUrl endpoint() const override;
    QJsonObject requestBody(const AiRequest &request) const override;
    std::optional<AiReply> parseAnswer(const QJsonObject &answer,
                                       const AiRequest &request) const override;
};

} // namespace altrunner
