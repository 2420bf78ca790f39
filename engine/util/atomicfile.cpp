// SPDX-License-Identifier: GPL-3.0-or-later
#include "atomicfile.h"

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

AtomicFile::AtomicFile(QString path)
    : m_path(std::move(path))
{
}

AtomicFile::~AtomicFile() = default;

bool AtomicFile::open()
{
    const QFileInfo info(m_path);
    m_temp = std::make_unique<QTemporaryFile>(info.absolutePath() + u'/' + info.fileName()
                                              + QStringLiteral(".XXXXXX.tmp"));
    if (!m_temp->open()) {
        m_error = tr("cannot create a file in %1: %2")
                          .arg(info.absolutePath(), m_temp->errorString());
        m_temp.reset();
        return false;
    }
    return true;
}

bool AtomicFile::write(QByteArrayView data)
{
    if (!m_temp)
        return false;
    if (m_temp->write(data.data(), data.size()) != data.size()) {
        m_error = tr("cannot write %1: %2").arg(m_temp->fileName(), m_temp->errorString());
        m_temp.reset();
        return false;
    }
    return true;
}

bool AtomicFile::commit()
{
    if (!m_temp)
        return false;
    QTemporaryFile &temp = *m_temp;
    if (!temp.flush()) {
        m_error = tr("cannot write %1: %2").arg(temp.fileName(), temp.errorString());
        return false;
    }
    // A temporary file is private (0600); a LAST file is an ordinary document.
    temp.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                        | QFileDevice::ReadOther);
#if defined(Q_OS_WIN)
    FlushFileBuffers(HANDLE(_get_osfhandle(temp.handle())));
#else
    if (::fsync(temp.handle()) != 0) {
        m_error = tr("cannot flush %1 to disk").arg(temp.fileName());
        return false;
    }
#endif
    const QString tempName = temp.fileName();
    temp.close();
#if defined(Q_OS_WIN)
    if (!MoveFileExW(reinterpret_cast<LPCWSTR>(QDir::toNativeSeparators(tempName).utf16()),
                     reinterpret_cast<LPCWSTR>(QDir::toNativeSeparators(m_path).utf16()),
                     MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH)) {
        m_error = tr("cannot rename %1 to %2").arg(tempName, m_path);
        return false;
    }
#else
    if (std::rename(QFile::encodeName(tempName).constData(), QFile::encodeName(m_path).constData())
        != 0) {
        m_error = tr("cannot rename %1 to %2").arg(tempName, m_path);
        return false;
    }
    // The rename is durable only once the folder's entry is on disk too.
    const int dirFd
            = ::open(QFile::encodeName(QFileInfo(m_path).absolutePath()).constData(), O_RDONLY);
    if (dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
#endif
    temp.setAutoRemove(false); // renamed: nothing left to remove
    m_temp.reset();
    return true;
}

bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error)
{
    AtomicFile file(path);
    if (file.open() && file.write(data) && file.commit())
        return true;
    *error = file.errorString();
    return false;
}

bool ensureWritableDir(const QString &dir, QString *error)
{
    if (!QDir().mkpath(dir)) {
        *error = AtomicFile::tr("cannot create the output folder %1").arg(dir);
        return false;
    }
    QTemporaryFile probe(dir + QStringLiteral("/.altrunner-probe-XXXXXX"));
    if (!probe.open()) {
        *error = AtomicFile::tr("cannot write to the output folder %1: %2")
                         .arg(dir, probe.errorString());
        return false;
    }
    return true;
}

} // namespace altrunner
