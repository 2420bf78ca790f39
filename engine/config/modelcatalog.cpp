// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelcatalog.h"

#include "util/userfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStandardPaths>

namespace altrunner {

EngineConfig ModelRoute::configFor(const EngineConfig &base) const
{
    EngineConfig c = base;
    if (alias.isEmpty())
        return c;
    c.provider = provider;
    c.aiServiceUrl = url;
    c.aiModel = model;
    c.aiApiKey = apiKeyEnv.isEmpty() ? QString()
                                     : qEnvironmentVariable(apiKeyEnv.toLocal8Bit().constData());
    return c;
}

std::shared_ptr<const ModelCatalog> ModelCatalog::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read the models file %1: %2").arg(path, file.errorString());
        return nullptr;
    }
    QString problem;
    auto catalog = fromJson(file.read(4 * 1024 * 1024), &problem);
    if (!catalog) {
        *error = tr("models file %1: %2").arg(path, problem);
        return nullptr;
    }
    auto withPath = std::make_shared<ModelCatalog>(*catalog);
    withPath->m_path = QFileInfo(path).absoluteFilePath();
    return withPath;
}

std::shared_ptr<const ModelCatalog> ModelCatalog::fromJson(const QByteArray &text, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = text.left(parseError.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(parseError.offset - (before.lastIndexOf('\n') + 1)) + 1;
        *error = tr("line %1:%2: not valid JSON: %3")
                         .arg(line)
                         .arg(column)
                         .arg(parseError.errorString());
        return nullptr;
    }
    if (!doc.isObject()) {
        *error = tr("the top level must be an object with 'models'");
        return nullptr;
    }
    return fromObject(doc.object(), error);
}

std::shared_ptr<const ModelCatalog> ModelCatalog::fromObject(const QJsonObject &root,
                                                             QString *error)
{
    auto c = std::make_shared<ModelCatalog>();
    c->m_json = root;
    QStringList problems;
    for (auto it = root.begin(); it != root.end(); ++it)
        if (it.key() != u"models" && it.key() != u"fallbacks")
            problems.append(tr("/%1: unknown field (a models file has 'models' and 'fallbacks')")
                                    .arg(it.key()));
    const QJsonValue models = root.value(QStringLiteral("models"));
    if (!models.isObject() || models.toObject().isEmpty())
        problems.append(tr("/models: must be an object with at least one alias"));
    static const QRegularExpression envName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    const QJsonObject entries = models.toObject();
    for (auto it = entries.begin(); it != entries.end(); ++it) {
        const QString at = QStringLiteral("/models/") + it.key();
        if (it.key().trimmed().isEmpty() || it.key() != it.key().trimmed()) {
            problems.append(tr("%1: an alias must be a name without surrounding spaces").arg(at));
            continue;
        }
        if (!it.value().isObject()) {
            problems.append(
                    tr("%1: must be an object (provider, url, model, api_key_env)").arg(at));
            continue;
        }
        const QJsonObject e = it.value().toObject();
        for (auto k = e.begin(); k != e.end(); ++k)
            if (!QStringList {u"provider"_qs, u"url"_qs, u"model"_qs, u"api_key_env"_qs}.contains(
                        k.key()))
                problems.append(tr("%1/%2: unknown field (expected provider, url, model, "
                                   "api_key_env)")
                                        .arg(at, k.key()));
        ModelRoute r;
        r.alias = it.key();
        const QJsonValue provider = e.value(QStringLiteral("provider"));
        if (!provider.isString() || !parseProvider(provider.toString())) {
            problems.append(tr("%1/provider: must be openai, orchestrator or mock").arg(at));
            continue;
        }
        r.provider = *parseProvider(provider.toString());
        const QJsonValue url = e.value(QStringLiteral("url"));
        if (r.provider != ProviderKind::Mock) {
            const QUrl u(url.toString());
            if (!url.isString() || !u.isValid() || (u.scheme() != u"http" && u.scheme() != u"https")
                || u.host().isEmpty()) {
                problems.append(tr("%1/url: must be an http or https URL").arg(at));
                continue;
            }
            if (!u.userInfo().isEmpty()) {
                problems.append(tr("%1/url: must not hold a user or password (name the key's "
                                   "variable in api_key_env)")
                                        .arg(at));
                continue;
            }
            r.url = u;
        } else if (!url.isUndefined() && !url.isString()) {
            problems.append(tr("%1/url: must be a string").arg(at));
        }
        const QJsonValue model = e.value(QStringLiteral("model"));
        if (model.isString() && !model.toString().trimmed().isEmpty())
            r.model = model.toString().trimmed();
        else if (!model.isUndefined() || r.provider == ProviderKind::OpenAi)
            problems.append(tr("%1/model: must be the model's name at that service").arg(at));
        else
            r.model = QStringLiteral("default");
        const QJsonValue key = e.value(QStringLiteral("api_key_env"));
        if (key.isString() && envName.match(key.toString()).hasMatch())
            r.apiKeyEnv = key.toString();
        else if (!key.isUndefined())
            problems.append(tr("%1/api_key_env: must be the name of an environment variable "
                               "(the key itself is never written in this file)")
                                    .arg(at));
        c->m_routes.insert(r.alias, r);
    }
    const QJsonValue fallbacks = root.value(QStringLiteral("fallbacks"));
    if (!fallbacks.isUndefined() && !fallbacks.isObject())
        problems.append(tr("/fallbacks: must be an object: alias -> [aliases to ask next]"));
    const QJsonObject chains = fallbacks.toObject();
    for (auto it = chains.begin(); it != chains.end(); ++it) {
        const QString at = QStringLiteral("/fallbacks/") + it.key();
        if (!entries.contains(it.key()))
            problems.append(tr("%1: '%2' is not an alias of 'models'").arg(at, it.key()));
        if (!it.value().isArray()) {
            problems.append(tr("%1: must be an array of aliases").arg(at));
            continue;
        }
        QStringList next;
        const QJsonArray list = it.value().toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString name = list.at(i).toString();
            if (!list.at(i).isString() || !entries.contains(name))
                problems.append(tr("%1/%2: %3 is not an alias of 'models'")
                                        .arg(at)
                                        .arg(i)
                                        .arg(list.at(i).isString()
                                                     ? u'\'' + name + u'\''
                                                     : QStringLiteral("a non-string")));
            else if (name == it.key())
                problems.append(tr("%1/%2: an alias cannot fall back to itself").arg(at).arg(i));
            else if (next.contains(name))
                problems.append(tr("%1/%2: '%3' is listed twice").arg(at).arg(i).arg(name));
            else
                next.append(name);
        }
        c->m_fallbacks.insert(it.key(), next);
    }
    if (!problems.isEmpty()) {
        *error = problems.join(QStringLiteral("; "));
        return nullptr;
    }
    return c;
}

QString ModelCatalog::userModelsPath()
{
    return UserFiles::configPath(QStringLiteral("models.json"));
}

QString ModelCatalog::effectivePath(const QString &configured)
{
    return UserFiles::effectivePath(configured, QStringLiteral("models.json"));
}

std::shared_ptr<const ModelCatalog> ModelCatalog::forConfig(const QString &configured,
                                                            QString *error)
{
    const QString path = effectivePath(configured);
    return path.isEmpty() ? nullptr : load(path, error);
}

QString ModelCatalog::modelsFolder(const QString &configured)
{
    if (!configured.isEmpty())
        return configured;
    return UserFiles::configPath(QStringLiteral("models"));
}

std::optional<QString> ModelCatalog::resolveNamed(const QString &folder, const QString &name,
                                                  QString *error, bool *notFound)
{
    *notFound = false;
    static const QRegularExpression form(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}$"));
    if (!form.match(name).hasMatch() || name.contains(QStringLiteral(".."))) {
        *error = tr("models must name a models file by a plain name (letters, digits, '_', '.', "
                    "'-'), not '%1'")
                         .arg(name.left(100));
        return std::nullopt;
    }
    const QString base = name.endsWith(u".json") ? name : name + QStringLiteral(".json");
    const QFileInfo file(QDir(folder).filePath(base));
    const QString root = QFileInfo(folder).canonicalFilePath();
    if (!file.exists() || root.isEmpty()) {
        *notFound = true;
        *error = tr("no models file '%1' in %2").arg(base, folder);
        return std::nullopt;
    }
    if (!file.canonicalFilePath().startsWith(root + u'/')) {
        *error = tr("models file '%1' leads outside %2").arg(base, folder);
        return std::nullopt;
    }
    return file.canonicalFilePath();
}

QStringList ModelCatalog::aliases() const
{
    QStringList names = m_routes.keys();
    names.sort();
    return names;
}

QStringList ModelCatalog::chain(const QString &alias) const
{
    return QStringList {alias} + m_fallbacks.value(alias);
}

QString ModelCatalog::unknownAlias(const QString &name) const
{
    return tr("model '%1' is not defined in the models file (it defines: %2)")
            .arg(name, aliases().join(QStringLiteral(", ")));
}

QStringList ModelCatalog::missingKeys(const QStringList &aliases) const
{
    QStringList missing;
    for (const QString &alias : aliases) {
        const ModelRoute r = route(alias);
        if (!r.apiKeyEnv.isEmpty()
            && qEnvironmentVariableIsEmpty(r.apiKeyEnv.toLocal8Bit().constData())
            && !missing.contains(r.apiKeyEnv))
            missing.append(r.apiKeyEnv);
    }
    return missing;
}

} // namespace altrunner
