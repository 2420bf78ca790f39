// SPDX-License-Identifier: GPL-3.0-or-later
#include "pricing.h"

#include "alt/diagnostic.h"
#include "util/userfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>

#include <cmath>

namespace altrunner {

namespace {

std::optional<double> perMillion(const QJsonObject &entry, const char *key, int index,
                                 QStringList &problems)
{
    const QJsonValue v = entry.value(QLatin1StringView(key));
    if (!v.isDouble() || !std::isfinite(v.toDouble()) || v.toDouble() < 0) {
        problems.append(Pricing::tr("models[%1].%2: expected a number of 0 or more, got %3")
                                .arg(index)
                                .arg(QLatin1StringView(key),
                                     v.isDouble() ? QString::number(v.toDouble()) : typeName(v)));
        return std::nullopt;
    }
    return v.toDouble();
}

} // namespace

std::optional<Pricing> Pricing::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read the pricing file %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QString problem;
    auto pricing = fromJson(file.read(16 * 1024 * 1024), &problem);
    if (!pricing) {
        *error = tr("pricing file %1: %2").arg(path, problem);
        return std::nullopt;
    }
    pricing->m_path = QFileInfo(path).absoluteFilePath();
    return pricing;
}

std::optional<Pricing> Pricing::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("not JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset);
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = tr("expected a JSON object with \"currency\" and \"models\"");
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    QStringList problems;
    Pricing p;
    const QJsonValue currency = root.value(QStringLiteral("currency"));
    if (!currency.isString() || currency.toString().trimmed().isEmpty())
        problems.append(tr("currency: expected a currency name such as \"USD\""));
    else
        p.m_currency = currency.toString().trimmed();
    const QJsonValue models = root.value(QStringLiteral("models"));
    if (!models.isArray())
        problems.append(tr("models: expected a list of prices"));
    const QJsonArray list = models.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject o = list.at(i).toObject();
        if (!list.at(i).isObject()) {
            problems.append(tr("models[%1]: expected an object").arg(i));
            continue;
        }
        Entry e;
        for (auto [key, target] : {std::pair {"provider", &e.provider}, {"model", &e.model}}) {
            const QJsonValue v = o.value(QLatin1StringView(key));
            if (!v.isString() || v.toString().isEmpty())
                problems.append(
                        tr("models[%1].%2: expected a name").arg(i).arg(QLatin1StringView(key)));
            else
                *target = v.toString();
        }
        const auto in = perMillion(o, "input_per_million", int(i), problems);
        const auto out = perMillion(o, "output_per_million", int(i), problems);
        if (in && out)
            e.price = {*in, *out};
        p.m_entries.append(e);
    }
    if (!problems.isEmpty()) {
        *error = problems.join(QStringLiteral("; "));
        return std::nullopt;
    }
    return p;
}

QString Pricing::userPricingPath()
{
    return UserFiles::configPath(QStringLiteral("pricing.json"));
}

QString Pricing::effectivePath(const QString &configured)
{
    return UserFiles::effectivePath(configured, QStringLiteral("pricing.json"));
}

std::optional<Price> Pricing::priceOf(const Pricing *pricing, const QString &provider,
                                      const QString &model)
{
    if (provider == QLatin1StringView("mock"))
        return Price {};
    return pricing ? pricing->priceFor(provider, model) : std::nullopt;
}

std::optional<Price> Pricing::priceFor(const QString &provider, const QString &model) const
{
    const Entry *any = nullptr;
    for (const Entry &e : m_entries) {
        if (e.provider != provider)
            continue;
        if (e.model == model)
            return e.price;
        if (!any && e.model == QLatin1StringView("*"))
            any = &e;
    }
    return any ? std::optional(any->price) : std::nullopt;
}

} // namespace altrunner
