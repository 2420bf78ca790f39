// SPDX-License-Identifier: GPL-3.0-or-later
#include "background.h"

namespace altrunner {

QThreadPool *backgroundPool(BackgroundLane lane)
{
    if (lane == BackgroundLane::Shared)
        return QThreadPool::globalInstance();
    static QThreadPool *disk = [] {
        // Owned by the application, so that it waits for its work before Qt goes.
        auto *pool = new QThreadPool(qApp);
        pool->setMaxThreadCount(2);
        pool->setThreadPriority(QThread::LowPriority);
        pool->setObjectName(QStringLiteral("disk"));
        return pool;
    }();
    return disk;
}

} // namespace altrunner
