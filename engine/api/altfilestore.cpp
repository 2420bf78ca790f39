// SPDX-License-Identifier: GPL-3.0-or-later
#include "altfilestore.h"

#include <QDir>
#include <QFileInfo>

namespace altrunner {

std::optional<QString> AltFileStore::resolve(const QString &folder, const QString &id,
                                             QString *error, bool *notFound)
{
    *notFound = false;
    if (folder.isEmpty()) {
        *error = tr("this server has no ALT_FILES_DIR: send the ALT file itself as alt_file");
        return std::nullopt;
    }
    if (id.isEmpty() || id.size() > 255 || id == u"." || id == u".." || id.contains(u'/')
        || id.contains(u'\\') || id.contains(QChar(0)) || QDir::isAbsolutePath(id)
        || id.startsWith(u'~')) {
        *error = tr("altFileId must be a plain file id, not '%1'").arg(id.left(100));
        return std::nullopt;
    }
    const QString root = QFileInfo(folder).canonicalFilePath();
    if (root.isEmpty()) {
        *error = tr("ALT_FILES_DIR %1 does not exist").arg(folder);
        return std::nullopt;
    }
    const QStringList names {QStringLiteral("task_%1.alt.yaml").arg(id),
                             QStringLiteral("task_%1.alt.json").arg(id),
                             id + QStringLiteral(".alt"), id + QStringLiteral(".alt.yaml"),
                             id + QStringLiteral(".json")};
    for (const QString &name : names) {
        const QFileInfo info(QDir(root).filePath(name));
        if (!info.exists())
            continue;
        // A link may point anywhere: only what really lies inside the folder is served.
        const QString real = info.canonicalFilePath();
        if (real.isEmpty() || !real.startsWith(root + u'/') || !QFileInfo(real).isFile()) {
            *error = tr("altFileId '%1' leads outside ALT_FILES_DIR").arg(id);
            return std::nullopt;
        }
        return real;
    }
    *notFound = true;
    *error = tr("no ALT file with id '%1' in ALT_FILES_DIR (tried %2)")
                     .arg(id, names.join(QStringLiteral(", ")));
    return std::nullopt;
}

} // namespace altrunner
