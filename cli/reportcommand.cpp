// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

namespace altrunner {

int reportCommand(const QStringList &arguments)
{
    Q_UNUSED(arguments)
    return ExitInvalidInput;
}

} // namespace altrunner
