// SPDX-License-Identifier: GPL-3.0-or-later
#include "runpostrequest.h"

#include "ai/tokenusage.h"
#include "alt/altfile.h"
#include "apireply.h"
#include "config/modelcatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace altrunner {

namespace {

bool given(const QJsonValue &v)
{
    return !v.isUndefined() && !v.isNull();
}

// "budget": {"tokens": N, "cost": X}, each optional; an empty string when it is right.
QString readBudget(const QJsonValue &value, BudgetLimits &limits)
{
    using R = RunPostRequest;
    if (!value.isObject())
        return R::tr("budget must be an object such as {\"tokens\": 50000, \"cost\": 2.5}");
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() != u"tokens" && it.key() != u"cost")
            return R::tr("budget: unknown member '%1' (it takes tokens and cost)")
                    .arg(it.key().left(100));
    }
    if (const QJsonValue tokens = o.value(QStringLiteral("tokens")); given(tokens)) {
        const auto n = TokenUsage::figure(tokens);
        if (!n)
            return R::tr("budget.tokens must be a whole number of 0 or more");
        limits.tokens = *n;
    }
    if (const QJsonValue cost = o.value(QStringLiteral("cost")); given(cost)) {
        if (!cost.isDouble() || !std::isfinite(cost.toDouble()) || cost.toDouble() < 0)
            return R::tr("budget.cost must be an amount of 0 or more");
        limits.cost = cost.toDouble();
    }
    return {};
}

} // namespace

RunPostRequest::Parsed RunPostRequest::parse(const QByteArray &contentType, const QByteArray &body)
{
    Parsed p;
    auto bad = [&p](const QString &message, int status = 400) {
        p.status = status;
        p.error = message;
        return p;
    };
    if (ApiReply::mediaType(contentType) != "application/json")
        return bad(tr("send the request as Content-Type: application/json"), 415);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return bad(tr("the body is not valid JSON: %1 at byte %2")
                           .arg(parseError.errorString())
                           .arg(parseError.offset));
    if (!doc.isObject())
        return bad(tr("the body must be a JSON object with an alt_file member"));
    QJsonObject o = doc.object();
    // The ALT_LAS gateway's form: {"altFileId", "options": {"mode", "persona", "metadata"}}.
    const QJsonValue gatewayOptions = o.value(QStringLiteral("options"));
    if (given(gatewayOptions) && !gatewayOptions.isObject())
        return bad(tr("options must be an object"));
    const QJsonObject extra = gatewayOptions.toObject();
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        if (!o.contains(it.key()))
            o.insert(it.key(), it.value());
    }

    RunPostRequest &r = p.request;
    const QJsonValue alt = o.value(QStringLiteral("alt_file"));
    const QJsonValue altFileId = o.value(QStringLiteral("altFileId"));
    if (alt.isString())
        r.altBytes = alt.toString().toUtf8();
    else if (alt.isObject())
        r.altBytes = QJsonDocument(alt.toObject()).toJson(QJsonDocument::Indented);
    else if (alt.isUndefined() && altFileId.isString())
        r.altFileId = altFileId.toString();
    else
        return bad(tr("alt_file must be the ALT file as a JSON string or object (or give "
                      "altFileId, a file of ALT_FILES_DIR)"));

    r.options.trigger = QStringLiteral("api");
    if (const QJsonValue mode = o.value(QStringLiteral("mode")); given(mode)) {
        const auto m = mode.isString() ? parseMode(mode.toString()) : std::nullopt;
        if (!m)
            return bad(tr("mode must be normal, dream, explore or chaos"));
        r.options.mode = m;
    }
    if (const QJsonValue persona = o.value(QStringLiteral("persona")); given(persona)) {
        if (!persona.isString())
            return bad(tr("persona must be a string"));
        r.options.persona = persona.toString();
    }
    if (const QJsonValue metadata = o.value(QStringLiteral("metadata")); given(metadata)) {
        if (!metadata.isObject())
            return bad(tr("metadata must be an object"));
        r.options.requestMetadata = metadata.toObject();
    }
    if (const QJsonValue budget = o.value(QStringLiteral("budget")); given(budget)) {
        if (const QString problem = readBudget(budget, r.budget); !problem.isEmpty())
            return bad(problem);
    }
    // A models file (docs/outputs.md "Models, aliases and fallbacks"): inline, or by name from
    // the server's folder of them; "model" is --model.
    const QJsonValue models = o.value(QStringLiteral("models"));
    if (models.isObject()) {
        QString problem;
        r.options.models = ModelCatalog::fromObject(models.toObject(), &problem);
        if (!r.options.models)
            return bad(tr("models: %1").arg(problem));
    } else if (models.isString()) {
        r.modelsName = models.toString();
    } else if (given(models)) {
        return bad(tr("models must be a models document (an object) or the name of one"));
    }
    if (const QJsonValue model = o.value(QStringLiteral("model")); given(model)) {
        if (!model.isString() || model.toString().trimmed().isEmpty())
            return bad(tr("model must be a model name, or an alias of the models file"));
        r.model = model.toString().trimmed();
    }
    // Re-run: "rerun_of" names an earlier run of this file whose completed answers are carried
    // over; "rerun_from" lists tasks asked again, past the cache, with everything downstream.
    const QJsonValue rerunOf = o.value(QStringLiteral("rerun_of"));
    const QJsonValue rerunFrom = o.value(QStringLiteral("rerun_from"));
    if (given(rerunOf)) {
        static const QRegularExpression idForm(QStringLiteral("^[A-Za-z0-9-]{1,64}$"));
        if (!rerunOf.isString() || !idForm.match(rerunOf.toString()).hasMatch())
            return bad(tr("rerun_of must be the execution id of an earlier run"));
        r.rerunOf = rerunOf.toString();
        if (given(rerunFrom)) {
            const QJsonArray ids = rerunFrom.toArray();
            for (const QJsonValue &id : ids) {
                if (!id.isString())
                    break;
                r.rerunFrom.append(id.toString());
            }
            if (!rerunFrom.isArray() || r.rerunFrom.isEmpty() || r.rerunFrom.size() != ids.size())
                return bad(tr("rerun_from must be a list of task ids"));
        }
    } else if (given(rerunFrom)) {
        return bad(tr("rerun_from needs rerun_of: the run whose other answers are kept"));
    }
    return p;
}

EngineConfig RunPostRequest::applyTo(EngineConfig config) const
{
    if (budget.tokens)
        config.budget.tokens = budget.tokens;
    if (budget.cost)
        config.budget.cost = budget.cost;
    if (!model.isEmpty()) {
        config.aiModel = model;
        config.modelChosen = true;
    }
    return config;
}

} // namespace altrunner
