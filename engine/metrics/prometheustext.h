// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/runsnapshot.h"

#include <QByteArray>
#include <QList>

namespace altrunner {

// The `/metrics` document in Prometheus' text format 0.0.4 (docs/rest-api.md "Metrics"): the
// runs a server knows, summed.
class PrometheusText final
{
public:
    struct Process
    {
        qint64 residentBytes = 0;
        qint64 uptimeSeconds = 0;
        // The REST API's connections (docs/rest-api.md "Connections").
        int openConnections = 0;
        int waitingConnections = 0;
        int eventStreams = 0;
    };
    // `active` of the snapshots belong to runs still going.
    static QByteArray render(const QList<RunSnapshot> &runs, int active, const Process &process);
    // A label value as the text format wants it: backslash, quote and newline escaped.
    static QByteArray label(const QString &value);
};

} // namespace altrunner
