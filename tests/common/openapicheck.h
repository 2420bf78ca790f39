// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

namespace altrunner::test {

// Checks a real response against the OpenAPI document the server publishes: that the status is
// documented for that path and method, and that the body has the documented required members
// with the documented types (following $ref, items, enum, oneOf, nullable). Empty when it holds.
QStringList openApiViolations(const QJsonObject &spec, const QString &pathTemplate,
                              const QString &method, int status, const QByteArray &body);

} // namespace altrunner::test
