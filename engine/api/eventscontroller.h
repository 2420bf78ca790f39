// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httprequest.h"
#include "httpresponse.h"
#include "requestguard.h"

#include <QCoreApplication>

#include <functional>

namespace altrunner {

class EventLog;
class RouteTable;
class RunRegistry;

// The REST API's event streams (docs/rest-api.md "Events"): GET /events and
// /task/{id}/events as Server-Sent Events from the EventLog, resumed after Last-Event-ID, with
// the number of open streams bounded.
class EventsController final
{
    Q_DECLARE_TR_FUNCTIONS(altrunner::EventsController)
    Q_DISABLE_COPY_MOVE(EventsController)

public:
    // `openStreams`: how many event streams the server holds now.
    EventsController(EventLog *events, RunRegistry *runs, const RequestGuard::Limits &limits,
                     std::function<int()> openStreams);

    void addRoutes(RouteTable &table);
    // The events of run `id`, or of every run (`id` empty).
    HttpResponse stream(const HttpRequest &request, const QString &id) const;

private:
    EventLog *m_events;
    RunRegistry *m_runs;
    RequestGuard::Limits m_limits;
    std::function<int()> m_openStreams;
};

} // namespace altrunner
