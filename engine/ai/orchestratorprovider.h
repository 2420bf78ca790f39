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

protected:
    QUrl endpoint() const override;
    QJsonObject requestBody(const AiRequest &request) const override;
    std::optional<AiReply> parseAnswer(const QJsonObject &answer,
                                       const AiRequest &request) const override;
};

} // namespace altrunner
