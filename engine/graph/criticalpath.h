// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace altrunner {

// The heaviest chain of dependencies: the tasks that decide how long a run takes at best.
struct CriticalPath
{
    // `weights[i]` is task i's duration (or estimate); returns the chain, first task first.
    static QList<int> compute(const QList<QList<int>> &dependencies, const QList<double> &weights,
                              double *length = nullptr);
};

} // namespace altrunner
