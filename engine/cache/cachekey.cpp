// SPDX-License-Identifier: GPL-3.0-or-later
#include "cachekey.h"

#include "ai/openaiprovider.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace altrunner {

QByteArray CacheKey::canonical(const QJsonObject &object)
{
    // QJsonObject keeps its keys sorted, and compact output has no spaces: that is canonical
    // for the values a request holds (strings, numbers, booleans, objects, arrays).
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

CacheKey CacheKey::of(const AiRequest &r, const EngineConfig &config)
{
    QJsonObject o {
            {QStringLiteral("provider"), providerName(config.provider)},
            {QStringLiteral("base_url"),
             config.provider == ProviderKind::Mock
                     ? QString()
                     : config.aiServiceUrl.toString(QUrl::RemoveUserInfo
                                                    | QUrl::StripTrailingSlash)},
            {QStringLiteral("model"), r.model},
            {QStringLiteral("temperature"), r.temperature},
            {QStringLiteral("top_p"), r.topP},
            {QStringLiteral("max_tokens"), r.maxTokens ? QJsonValue(*r.maxTokens) : QJsonValue()}};
    if (config.provider == ProviderKind::OpenAi) {
        o.insert(QStringLiteral("messages"),
                 QJsonArray {QJsonObject {{QStringLiteral("role"), QStringLiteral("system")},
                                          {QStringLiteral("content"),
                                           QString(OpenAiProvider::systemMessage(r.mode, r.persona)
                                                   + OpenAiProvider::contextText(r))}},
                             QJsonObject {{QStringLiteral("role"), QStringLiteral("user")},
                                          {QStringLiteral("content"), r.prompt}}});
    } else {
        o.insert(QStringLiteral("inputs"), r.prompt);
        o.insert(QStringLiteral("mode"), r.mode);
        o.insert(QStringLiteral("persona"), r.persona ? QJsonValue(*r.persona) : QJsonValue());
        if (!r.context.isEmpty())
            o.insert(QStringLiteral("context"), r.context);
    }
    const QJsonValue seed = r.parameters.value(QStringLiteral("seed"));
    if (!seed.isUndefined() && !seed.isNull())
        o.insert(QStringLiteral("seed"), seed);
    return {QCryptographicHash::hash(canonical(o), QCryptographicHash::Sha256).toHex(), o};
}

} // namespace altrunner
