// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>

namespace altrunner {

// Installs the translations for the language chosen in the settings, or the system's, for
// ALT Runner's own messages and Qt's standard dialogs.
struct Languages
{
    static QLocale install();
};

} // namespace altrunner
