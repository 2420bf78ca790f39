// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/engineconfig.h"

#include <QObject>
#include <QStringList>

class QNetworkAccessManager;
class QNetworkReply;

namespace altrunner {

// Asks the configured AI service whether it answers: its health endpoint, then its model list.
// For the GUI's "test connection" and for telling a user at once that the service is not there,
// instead of letting every task find out by itself.
class ConnectionCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionCheck)

public:
    struct Result
    {
        bool reachable = false; // something answered HTTP at that address
        bool refused
                = false; // nothing listens there (refused, or no such host): not a slow service
        bool healthy = false; // and it looks like the service we expect
        QString message; // for a person
        QStringList models;
    };

    // Full: health, then the model list (the "test connection" button). Reachability: only
    // whether anything answers HTTP at the address, which is all a run needs to know first.
    enum class Scope { Full, Reachability };

    explicit ConnectionCheck(EngineConfig config, QObject *parent = nullptr);
    ~ConnectionCheck() override;

    void start(int timeoutMs = 5000, Scope scope = Scope::Full);
    // Runs the check in a local event loop; for command-line programs.
    static Result runBlocking(const EngineConfig &config, int timeoutMs = 5000);

signals:
    void finished(const altrunner::ConnectionCheck::Result &result);

private:
    void get(const QUrl &url, void (ConnectionCheck::*next)(QNetworkReply *));
    void onHealth(QNetworkReply *reply);
    void onModels(QNetworkReply *reply);
    void noAnswer(QNetworkReply *reply);
    void finish();

    EngineConfig m_config;
    QNetworkAccessManager *m_manager;
    int m_timeoutMs = 5000;
    Scope m_scope = Scope::Full;
    Result m_result;
};

} // namespace altrunner

Q_DECLARE_METATYPE(altrunner::ConnectionCheck::Result)
