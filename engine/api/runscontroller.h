// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httprequest.h"
#include "httpresponse.h"

#include <QCoreApplication>
#include <QStringList>

namespace altrunner {

class RouteTable;
class RunRegistry;

// The REST API's runs (docs/rest-api.md): starting one (POST /run), listing them, one run's
// status, cancelling it, its LAST file and HTML report, LAST files by name, and its approval
// gates. Every run goes through the RunRegistry, like the console's and the window's.
class RunsController final
{
    Q_DECLARE_TR_FUNCTIONS(altrunner::RunsController)
    Q_DISABLE_COPY_MOVE(RunsController)

public:
    // `maxBodyBytes`: the largest ALT file a request may name (as one it may send).
    RunsController(RunRegistry *runs, qint64 maxBodyBytes);

    void addRoutes(RouteTable &table);

    HttpResponse start(const HttpRequest &request);
    HttpResponse list() const;
    HttpResponse status(const QString &id) const;
    HttpResponse cancel(const QString &id);
    HttpResponse lastFileOf(const QString &id) const;
    HttpResponse report(const QString &id) const;
    HttpResponse lastFileNamed(const QString &name) const;
    // Approval gates (docs/approvals.md): every waiting gate, and a decision on one.
    HttpResponse approvals() const;
    HttpResponse decide(const HttpRequest &request, const QString &runId, const QString &taskId);

private:
    RunRegistry *m_runs;
    qint64 m_maxBodyBytes;
};

} // namespace altrunner
