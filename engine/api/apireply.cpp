// SPDX-License-Identifier: GPL-3.0-or-later
#include "apireply.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace altrunner::ApiReply {

HttpResponse json(const QJsonObject &object, int status)
{
    HttpResponse r;
    r.status = status;
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return r;
}

HttpResponse error(int status, const QString &message)
{
    return json({{QStringLiteral("error"), message}}, status);
}

HttpResponse retryLater(int status, const QString &message, int seconds)
{
    HttpResponse r = error(status, message);
    r.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(seconds)});
    return r;
}

bool isExecutionId(const QString &id)
{
    static const QRegularExpression uuid(
            QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                           "[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return uuid.match(id).hasMatch();
}

QByteArray mediaType(const QByteArray &contentType)
{
    return contentType.split(';').first().trimmed().toLower();
}

} // namespace altrunner::ApiReply
