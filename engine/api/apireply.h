// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpresponse.h"

#include <QJsonObject>
#include <QString>

namespace altrunner::ApiReply {

// The REST API's answers in the shapes docs/rest-api.md gives every endpoint: a compact JSON
// body, and an error as {"error": message}.
HttpResponse json(const QJsonObject &object, int status = 200);
HttpResponse error(int status, const QString &message);
// A 4xx/5xx that tells the client when to come back (429, 503).
HttpResponse retryLater(int status, const QString &message, int seconds = 5);
// Whether `id` has the form of an execution id (a UUID): a run of an earlier server may have
// left its LAST file under that name.
bool isExecutionId(const QString &id);
// The request's media type without parameters, lower case ("application/json").
QByteArray mediaType(const QByteArray &contentType);

} // namespace altrunner::ApiReply
