// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectioncheck.h"

#include "httpprovider.h"
#include "networkpool.h"
#include "openaiprovider.h"
#include "proxychoice.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTimer>

namespace altrunner {

namespace {

QStringList modelNames(const QJsonDocument &doc)
{
    QJsonArray list;
    if (doc.isArray())
        list = doc.array();
    else if (doc.object().value(QStringLiteral("data")).isArray())
        list = doc.object().value(QStringLiteral("data")).toArray();
    else if (doc.object().value(QStringLiteral("models")).isArray())
        list = doc.object().value(QStringLiteral("models")).toArray();
    QStringList names;
    for (const QJsonValue &v : std::as_const(list)) {
        if (v.isString())
            names.append(v.toString());
        for (const char *key : {"id", "model_id", "name"}) {
            if (v[QLatin1String(key)].isString()) {
                names.append(v[QLatin1String(key)].toString());
                break;
            }
        }
    }
    return names;
}

} // namespace

ConnectionCheck::ConnectionCheck(EngineConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_manager(NetworkPool::createManager(m_config, this))
{
    qRegisterMetaType<Result>();
}

ConnectionCheck::~ConnectionCheck() = default;

void ConnectionCheck::start(int timeoutMs, Scope scope)
{
    m_timeoutMs = timeoutMs;
    m_scope = scope;
    m_result = {};
    if (m_config.provider == ProviderKind::Mock) {
        m_result.reachable = m_result.healthy = true;
        m_result.message = tr("The simulated provider needs no service: its answers are made up "
                              "offline and marked as simulated.");
        QTimer::singleShot(0, this, &ConnectionCheck::finish);
        return;
    }
    if (m_config.provider == ProviderKind::Orchestrator)
        get(HttpProvider::join(m_config.aiServiceUrl, QStringLiteral("/health")),
            &ConnectionCheck::onHealth);
    else
        get(OpenAiProvider::apiUrl(m_config.aiServiceUrl, QStringLiteral("/models")),
            &ConnectionCheck::onModels);
}

void ConnectionCheck::get(const QUrl &url, void (ConnectionCheck::*next)(QNetworkReply *))
{
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    // The same proxy (the manager's factory) and certificate authorities as the AI requests.
    if (url.scheme() == u"https")
        request.setSslConfiguration(NetworkPool::tlsConfiguration(m_config.aiCaFile, nullptr)
                                            .value_or(QSslConfiguration::defaultConfiguration()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);
    if (!m_config.aiApiKey.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_config.aiApiKey.toUtf8());
    QNetworkReply *reply = m_manager->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, next] {
        reply->deleteLater();
        (this->*next)(reply);
    });
}

void ConnectionCheck::onHealth(QNetworkReply *reply)
{
    const QString url = m_config.aiServiceUrl.toDisplayString(QUrl::RemoveUserInfo);
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid()) {
        noAnswer(reply);
        return;
    }
    m_result.reachable = true;
    const QJsonObject health = QJsonDocument::fromJson(reply->readAll()).object();
    m_result.healthy = status.toInt() == 200
            && health.value(QStringLiteral("status")).toString().compare(u"ok", Qt::CaseInsensitive)
                    == 0;
    m_result.message = m_result.healthy
            ? tr("The AI service at %1 answers: healthy.").arg(url)
            : tr("Something answers at %1, but its health check says HTTP %2.")
                      .arg(url)
                      .arg(status.toInt());
    if (m_scope == Scope::Reachability) {
        finish();
        return;
    }
    get(HttpProvider::join(m_config.aiServiceUrl, QStringLiteral("/api/models/")),
        &ConnectionCheck::onModels);
}

void ConnectionCheck::onModels(QNetworkReply *reply)
{
    const QString url = m_config.aiServiceUrl.toDisplayString(QUrl::RemoveUserInfo);
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid() && !m_result.reachable) {
        noAnswer(reply);
        return;
    }
    m_result.reachable = m_result.reachable || status.isValid();
    if (status.toInt() == 200) {
        m_result.models = modelNames(QJsonDocument::fromJson(reply->readAll()));
        if (m_config.provider == ProviderKind::OpenAi) {
            m_result.healthy = true;
            m_result.message = tr("The AI service at %1 answers.").arg(url);
        }
        if (!m_result.models.isEmpty())
            m_result.message += u' '
                    + tr("Models: %1.").arg(m_result.models.mid(0, 20).join(QStringLiteral(", ")));
        if (!m_result.models.isEmpty() && !m_result.models.contains(m_config.aiModel)
            && m_config.aiModel != u"default")
            m_result.message += u' '
                    + tr("The configured model '%1' is not among them.").arg(m_config.aiModel);
    } else if (m_config.provider == ProviderKind::OpenAi) {
        m_result.message = tr("Something answers at %1, but its model list says HTTP %2: %3")
                                   .arg(url)
                                   .arg(status.toInt())
                                   .arg(HttpProvider::readableDetail(reply->readAll()));
    }
    finish();
}

void ConnectionCheck::noAnswer(QNetworkReply *reply)
{
    const QUrl url = reply->request().url();
    const AiReply r
            = HttpProvider::classify(reply, {}, url, ProxyChoice::forUrl(url, m_config.proxy));
    m_result.refused = reply->error() == QNetworkReply::ConnectionRefusedError
            || reply->error() == QNetworkReply::HostNotFoundError;
    m_result.message
            = tr("The AI service at %1 does not answer: %2")
                      .arg(m_config.aiServiceUrl.toDisplayString(QUrl::RemoveUserInfo), r.error);
    finish();
}

void ConnectionCheck::finish()
{
    emit finished(m_result);
}

ConnectionCheck::Result ConnectionCheck::runBlocking(const EngineConfig &config, int timeoutMs)
{
    ConnectionCheck check(config);
    QEventLoop loop;
    Result result;
    connect(&check, &ConnectionCheck::finished, &loop, [&](const Result &r) {
        result = r;
        loop.quit();
    });
    check.start(timeoutMs);
    loop.exec();
    return result;
}

} // namespace altrunner
