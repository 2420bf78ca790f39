// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/isotime.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace altrunner {

// A worker as its coordinator knows it, from its announcements (docs/distributed.md).
struct WorkerInfo
{
    QString name;
    QString version;
    int concurrency = 0;
    int inFlight = 0; // calls it holds, as it last said
    qint64 lastHeardMs = 0; // since the epoch
    qint64 joinedMs = 0;

    // As GET /workers and the worker events tell it (docs/distributed.md "Seen everywhere").
    QJsonObject toJson() const
    {
        return {{QStringLiteral("name"), name},
                {QStringLiteral("version"), version},
                {QStringLiteral("concurrency"), concurrency},
                {QStringLiteral("in_flight"), inFlight},
                {QStringLiteral("last_heard"), isoUtcMs(lastHeardMs)},
                {QStringLiteral("joined"), isoUtcMs(joinedMs)}};
    }
};

} // namespace altrunner

Q_DECLARE_METATYPE(altrunner::WorkerInfo)
