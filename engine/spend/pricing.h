// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace altrunner {

// What one model's tokens cost, per million.
struct Price
{
    double inputPerMillion = 0;
    double outputPerMillion = 0;

    double cost(qint64 inputTokens, qint64 outputTokens) const
    {
        return (double(inputTokens) * inputPerMillion + double(outputTokens) * outputPerMillion)
                / 1e6;
    }
};

// The pricing file (docs/engine.md "Cost"): what tokens cost per provider and model, in one
// currency. A model it does not name has no price: its cost is unknown, never invented.
class Pricing final
{
    Q_DECLARE_TR_FUNCTIONS(altrunner::Pricing)

public:
    struct Entry
    {
        QString provider;
        QString model; // "*": any model of the provider
        Price price;
    };

    // Reads and checks a pricing file; nullopt with every problem in `error`.
    static std::optional<Pricing> load(const QString &path, QString *error);
    static std::optional<Pricing> fromJson(const QByteArray &json, QString *error);

    // The per-user config folder's pricing.json: used when neither --pricing nor
    // ALTRUNNER_PRICING names a file, if it exists.
    static QString userPricingPath();
    // The file a run with `configured` (EngineConfig::pricingPath) uses; empty: none.
    static QString effectivePath(const QString &configured);

    QString currency() const { return m_currency; }
    const QList<Entry> &entries() const { return m_entries; }
    QString path() const { return m_path; }
    // An exact model match first, then the provider's "*".
    std::optional<Price> priceFor(const QString &provider, const QString &model) const;
    // The price a run uses: the simulated provider is free; otherwise the file's, if there is one.
    static std::optional<Price> priceOf(const Pricing *pricing, const QString &provider,
                                        const QString &model);

private:
    QString m_currency;
    QList<Entry> m_entries;
    QString m_path;
};

} // namespace altrunner
