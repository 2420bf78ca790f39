// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventscontroller.h"

#include "apireply.h"
#include "eventlog.h"
#include "eventstream.h"
#include "routetable.h"
#include "run/runregistry.h"

namespace altrunner {

using namespace Qt::StringLiterals;

EventsController::EventsController(EventLog *events, RunRegistry *runs,
                                   const RequestGuard::Limits &limits,
                                   std::function<int()> openStreams)
    : m_events(events)
    , m_runs(runs)
    , m_limits(limits)
    , m_openStreams(std::move(openStreams))
{
}

void EventsController::addRoutes(RouteTable &t)
{
    t.add("GET", u"/events"_s,
          [this](const HttpRequest &r, const QStringList &) { return stream(r, {}); });
    t.add("GET", u"/task/{id}/events"_s,
          [this](const HttpRequest &r, const QStringList &id) { return stream(r, id[0]); });
}

HttpResponse EventsController::stream(const HttpRequest &request, const QString &id) const
{
    if (!id.isEmpty() && !m_events->knows(id)) {
        if (m_runs->find(id) || ApiReply::isExecutionId(id))
            return ApiReply::error(404,
                                   tr("no events are held for run '%1' (only for runs this server "
                                      "started, the last %2 of them)")
                                           .arg(id.left(100))
                                           .arg(EventLog::kRunsKept));
        return ApiReply::error(404, tr("no run with id '%1'").arg(id.left(100)));
    }
    std::optional<qint64> after;
    const QByteArray last = request.header("Last-Event-ID").trimmed();
    if (!last.isEmpty()) {
        bool ok = false;
        after = last.toLongLong(&ok);
        if (!ok || *after < 0)
            return ApiReply::error(400,
                                   tr("Last-Event-ID must be the id of an event this server sent, "
                                      "a whole number"));
    }
    if (m_openStreams() >= m_limits.maxEventStreams)
        return ApiReply::retryLater(503,
                                    tr("too many event streams at once (the limit is %1)")
                                            .arg(m_limits.maxEventStreams));
    HttpResponse r;
    r.contentType = "text/event-stream; charset=utf-8";
    r.stream = std::make_shared<EventStream>(m_events, id, after, m_limits.eventBacklogBytes,
                                             m_limits.heartbeatMs);
    r.headers.append({QByteArrayLiteral("X-Accel-Buffering"), QByteArrayLiteral("no")});
    return r;
}

} // namespace altrunner
