// SPDX-License-Identifier: GPL-3.0-or-later
#include "cachekey.h"

#include "ai/requestbuilder.h"

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
    Q_UNUSED(config)
    // The request as it goes out, to the model it goes to (a fallback model has its own key).
    QJsonObject o {
            {QStringLiteral("provider"), providerName(r.provider)},
            {QStringLiteral("base_url"),
             r.provider == ProviderKind::Mock
                     ? QString()
                     : r.serviceUrl.toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash)},
            {QStringLiteral("model"), r.model},
            {QStringLiteral("temperature"), r.temperature},
            {QStringLiteral("top_p"), r.topP},
            {QStringLiteral("max_tokens"), r.maxTokens ? QJsonValue(*r.maxTokens) : QJsonValue()}};
    if (r.provider == ProviderKind::OpenAi) {
        o.insert(QStringLiteral("messages"), RequestBuilder::chatMessages(r));
        if (const QJsonObject format = RequestBuilder::responseFormat(r); !format.isEmpty())
            o.insert(QStringLiteral("response_format"), format);
    } else {
        o.insert(QStringLiteral("inputs"), RequestBuilder::flatPrompt(r));
        o.insert(QStringLiteral("mode"), r.mode);
        o.insert(QStringLiteral("persona"), r.persona ? QJsonValue(*r.persona) : QJsonValue());
        if (!r.context.isEmpty())
            o.insert(QStringLiteral("context"), r.context);
    }
    // The schema is part of the question: a changed schema asks again (docs/outputs.md).
    if (r.schema)
        o.insert(QStringLiteral("output_schema"), r.schema->json());
    const QJsonValue seed = r.parameters.value(QStringLiteral("seed"));
    if (!seed.isUndefined() && !seed.isNull())
        o.insert(QStringLiteral("seed"), seed);
    const QByteArray key
            = QCryptographicHash::hash(canonical(o), QCryptographicHash::Sha256).toHex();
    // Kept with the request, not part of its key (the same endpoint and model answer alike under
    // any alias): what lets `plan` say an alias now points elsewhere.
    if (!r.alias.isEmpty())
        o.insert(QStringLiteral("model_alias"), r.alias);
    return {key, o};
}

} // namespace altrunner
