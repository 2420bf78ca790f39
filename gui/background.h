// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

#include <functional>

namespace altrunner {

// Where the window's background work runs. Shared: Qt's global pool, for what keeps the CPU
// busy (loading a file, laying out a graph). Disk: a small pool of its own at low priority, for
// what mostly waits on the disk (scanning a folder of LAST files, reading the result cache), so
// that it never holds up a layout.
enum class BackgroundLane { Shared, Disk };
QThreadPool *backgroundPool(BackgroundLane lane);

// The one way the window works in the background: runs `work` on a pool thread and hands its
// result to `done` on the GUI thread, unless `context` is gone by then. Large files load and
// lay out without stalling the window; a caller that may have asked again since checks its own
// generation in `done`.
template <typename T>
void inBackground(QObject *context, std::function<T()> work, std::function<void(const T &)> done,
                  BackgroundLane lane = BackgroundLane::Shared)
{
    QPointer<QObject> guard(context);
    backgroundPool(lane)->start([guard, work = std::move(work), done = std::move(done)] {
        T result = work();
        QMetaObject::invokeMethod(
                qApp,
                [guard, done, result = std::move(result)] {
                    if (guard)
                        done(result);
                },
                Qt::QueuedConnection);
    });
}

} // namespace altrunner
