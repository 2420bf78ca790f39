// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

#include <functional>

namespace altrunner {

// Runs `work` on a pool thread and hands its result to `done` on the GUI thread, unless
// `context` is gone by then: large files load without stalling the window.
template <typename T>
void inBackground(QObject *context, std::function<T()> work, std::function<void(const T &)> done)
{
    QPointer<QObject> guard(context);
    QThreadPool::globalInstance()->start([guard, work = std::move(work), done = std::move(done)] {
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
