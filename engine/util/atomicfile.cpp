// SPDX-License-Identifier: GPL-3.0-or-later
#include "atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#if defined(Q_OS_WIN)
#    include <io.h>
#    include <windows.h>
#else
#    include <cstdio>
#    include <fcntl.h>
#    include <unistd.h>
#endif

namespace altrunner {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("altrunner::AtomicFile", text);
}

} // namespace

bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error)
{
    const QFileInfo info(path);
    QTemporaryFile temp(info.absolutePath() + u'/' + info.fileName()
                        + QStringLiteral(".XXXXXX.tmp"));
    if (!temp.open()) {
        *error = tr("cannot create a file in %1: %2").arg(info.absolutePath(), temp.errorString());
        return false;
    }
    if (temp.write(data) != data.size() || !temp.flush()) {
        *error = tr("cannot write %1: %2").arg(temp.fileName(), temp.errorString());
        return false;
    }
#if defined(Q_OS_WIN)
    FlushFileBuffers(HANDLE(_get_osfhandle(temp.handle())));
#else
    if (::fsync(temp.handle()) != 0) {
        *error = tr("cannot flush %1 to disk").arg(temp.fileName());
        return false;
    }
#endif
    const QString tempName = temp.fileName();
    temp.close();
#if defined(Q_OS_WIN)
    if (!MoveFileExW(reinterpret_cast<LPCWSTR>(QDir::toNativeSeparators(tempName).utf16()),
                     reinterpret_cast<LPCWSTR>(QDir::toNativeSeparators(path).utf16()),
                     MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH)) {
        *error = tr("cannot rename %1 to %2").arg(tempName, path);
        return false;
    }
#else
    if (std::rename(QFile::encodeName(tempName).constData(), QFile::encodeName(path).constData())
        != 0) {
        *error = tr("cannot rename %1 to %2").arg(tempName, path);
        return false;
    }
    // The rename is durable only once the folder's entry is on disk too.
    const int dirFd = ::open(QFile::encodeName(info.absolutePath()).constData(), O_RDONLY);
    if (dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
#endif
    temp.setAutoRemove(false); // it is renamed; nothing left to remove
    return true;
}

bool ensureWritableDir(const QString &dir, QString *error)
{
    if (!QDir().mkpath(dir)) {
        *error = tr("cannot create the output folder %1").arg(dir);
        return false;
    }
    QTemporaryFile probe(dir + QStringLiteral("/.altrunner-probe-XXXXXX"));
    if (!probe.open()) {
        *error = tr("cannot write to the output folder %1: %2").arg(dir, probe.errorString());
        return false;
    }
    return true;
}

} // namespace altrunner
