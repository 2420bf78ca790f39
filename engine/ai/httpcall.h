// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aicall.h"

#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace altrunner {

class HttpProvider;

// One HTTP request of an attempt: reports through the callback once the reply is complete, or
// never, if aborted first.
class HttpCall final : public AiCall
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpCall)

public:
    HttpCall(HttpProvider *provider, QNetworkAccessManager *manager, QNetworkReply *reply,
             AiRequest request, AiCallback done, QObject *parent);
    ~HttpCall() override;

    void abort() override;

private:
    void onFinished();
    void detach();

    HttpProvider *m_provider;
    QNetworkAccessManager *m_manager;
    QNetworkReply *m_reply;
    AiRequest m_request;
    AiCallback m_done;
};

} // namespace altrunner
