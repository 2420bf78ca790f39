// SPDX-License-Identifier: GPL-3.0-or-later
#include "userfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace altrunner {

QString UserFiles::configPath(const QString &name)
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
            .absoluteFilePath(QStringLiteral("altrunner/") + name);
}

QString UserFiles::effectivePath(const QString &configured, const QString &name)
{
    if (!configured.isEmpty())
        return configured;
    const QString user = configPath(name);
    return QFileInfo::exists(user) ? user : QString();
}

} // namespace altrunner
