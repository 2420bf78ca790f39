// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace altrunner {

// The per-user settings files a run reads when nothing names them (the pricing file, the models
// file): in the per-user config folder, next to the window's settings (~/.config/altrunner/ on
// Linux).
class UserFiles final
{
public:
    // altrunner/NAME in the per-user config folder, whether it exists or not.
    static QString configPath(const QString &name);
    // `configured` when set; else altrunner/NAME if it exists; else empty.
    static QString effectivePath(const QString &configured, const QString &name);
};

} // namespace altrunner
