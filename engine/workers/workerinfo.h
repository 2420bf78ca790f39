// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
};

} // namespace altrunner

Q_DECLARE_METATYPE(altrunner::WorkerInfo)
