// SPDX-License-Identifier: GPL-3.0-or-later
#include "routetable.h"

#include "apireply.h"

namespace altrunner {

void RouteTable::add(const QByteArray &method, const QString &path, Handler handler, bool open)
{
    m_routes.append({method, segments(path), open, std::move(handler)});
}

QStringList RouteTable::segments(const QString &path)
{
    QStringList parts = path.split(u'/');
    parts.removeFirst(); // before the leading '/'
    if (!parts.isEmpty() && parts.last().isEmpty())
        parts.removeLast(); // a trailing slash, or the root itself
    return parts;
}

HttpResponse RouteTable::dispatch(const HttpRequest &request, const Authorizer &authorized) const
{
    const QStringList parts = segments(request.path);
    QByteArrayList allowed;
    for (const Route &route : m_routes) {
        if (route.path.size() != parts.size())
            continue;
        QStringList ids;
        bool matches = true;
        for (qsizetype i = 0; i < parts.size() && matches; ++i) {
            const bool any = route.path.at(i) == u"{id}";
            matches = any ? !parts.at(i).isEmpty() : route.path.at(i) == parts.at(i);
            if (any)
                ids.append(parts.at(i));
        }
        if (!matches)
            continue;
        if (request.method != route.method) {
            allowed.append(route.method);
            continue;
        }
        if (!route.open && !authorized(request)) {
            HttpResponse r = ApiReply::error(
                    401, tr("missing or wrong token: send Authorization: Bearer <token>"));
            r.headers.append({QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer")});
            return r;
        }
        return route.handler(request, ids);
    }
    const QString path = request.path.left(200);
    if (allowed.isEmpty())
        return ApiReply::error(404, tr("no such endpoint: %1").arg(path));
    const QByteArray allow = allowed.join(", ");
    HttpResponse r = ApiReply::error(
            405,
            tr("%1 is not allowed on %2; use %3")
                    .arg(QString::fromLatin1(request.method), path, QString::fromLatin1(allow)));
    r.headers.append({QByteArrayLiteral("Allow"), allow});
    return r;
}

} // namespace altrunner
