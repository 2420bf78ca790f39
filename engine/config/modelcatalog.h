// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engineconfig.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>

namespace altrunner {

// Where one model is asked: the provider, its base URL, the model's name there, and the name of
// the environment variable that holds its key (never the key). From a models file's alias, or
// the plain configuration (AI_PROVIDER, AI_SERVICE_URL, AI_MODEL) when there is none.
struct ModelRoute
{
    QString alias; // empty: the plain configuration
    ProviderKind provider = ProviderKind::Mock;
    QUrl url;
    QString model;
    QString apiKeyEnv;

    // The configuration a provider for this route is made with: `base` with this route's
    // provider, URL, model and key (read from the environment now).
    EngineConfig configFor(const EngineConfig &base) const;
    bool operator==(const ModelRoute &) const = default;
};

// A models file (docs/outputs.md "Models, aliases and fallbacks"): aliases naming endpoints once,
// in the shape of LiteLLM's router, and for each alias the aliases to ask when it fails. Read
// once per run, shared read-only by the run's thread.
class ModelCatalog final
{
    Q_DECLARE_TR_FUNCTIONS(altrunner::ModelCatalog)

public:
    // Null with `error` set ("models file PATH: ...") when the file cannot be read or is not a
    // valid models file.
    static std::shared_ptr<const ModelCatalog> load(const QString &path, QString *error);
    // The same from a document (the REST API's inline one, the window's editor).
    static std::shared_ptr<const ModelCatalog> fromJson(const QByteArray &text, QString *error);
    static std::shared_ptr<const ModelCatalog> fromObject(const QJsonObject &root, QString *error);
    // --models, else ALTRUNNER_MODELS (in `configured`), else the per-user models.json if it
    // exists; empty: no models file.
    static QString effectivePath(const QString &configured);
    // The models file a run with `configured` (EngineConfig::modelsPath) uses: null when there is
    // none, and null with `error` set when it cannot be used.
    static std::shared_ptr<const ModelCatalog> forConfig(const QString &configured, QString *error);
    static QString userModelsPath();
    // The folder of models files the REST API names (`POST /run {"models": "NAME"}`):
    // ALTRUNNER_MODELS_DIR (`configured`), else "models" in the per-user config folder.
    static QString modelsFolder(const QString &configured);
    // `folder`/NAME.json, never a file outside `folder`; nullopt with `error` set and
    // `*notFound` telling a missing file from a refused name.
    static std::optional<QString> resolveNamed(const QString &folder, const QString &name,
                                               QString *error, bool *notFound);

    const QString &path() const { return m_path; } // empty when not from a file
    const QJsonObject &json() const { return m_json; }
    QStringList aliases() const; // sorted
    bool contains(const QString &alias) const { return m_routes.contains(alias); }
    ModelRoute route(const QString &alias) const { return m_routes.value(alias); }
    // `alias` first, then its fallbacks in order.
    QStringList chain(const QString &alias) const;
    // "model 'x' is not defined in the models file (it defines: a, b)".
    QString unknownAlias(const QString &name) const;
    // The environment variables named by api_key_env that are not set.
    QStringList missingKeys(const QStringList &aliases) const;

private:
    QString m_path;
    QJsonObject m_json;
    QHash<QString, ModelRoute> m_routes;
    QHash<QString, QStringList> m_fallbacks;
};

} // namespace altrunner
