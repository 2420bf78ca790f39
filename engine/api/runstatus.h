// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/runsnapshot.h"
#include "run/runregistry.h"

#include <QJsonObject>

namespace altrunner {

// A run's status as the REST API answers it (docs/rest-api.md "Run status", the seed's task
// shape): one builder for a run this server knows and for one only its LAST file records, so
// both say the same words in the same shape.
class RunStatus final
{
public:
    static QJsonObject of(const RunRegistry::Entry &entry, const RunSnapshot &snapshot);
    static QJsonObject fromLastFile(const QString &executionId, const QJsonObject &last);

    // processing, completed, partial_success, failed, cancelled or error.
    static QString word(bool finished, bool lastFileWritten, bool cancelled, RunOutcome outcome);
    // Adds the run request's own metadata to a status's, without replacing the run's fields.
    static void echo(QJsonObject &meta, const QJsonObject &requestMetadata);
    // Task counts by status, as `metadata.progress`.
    static QJsonObject progress(int total, const std::array<int, kTaskStatusCount> &counts);
};

} // namespace altrunner
