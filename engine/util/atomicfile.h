// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

class QTemporaryFile;

namespace altrunner {

// Writes a file so that `path` holds either its old content or all of the new, even across a
// crash: a temporary file in the same folder, flushed to disk, renamed over `path`, then the
// folder flushed so that the rename itself survives a power cut. Data can be streamed in pieces,
// so a large LAST file never has to sit in memory whole.
//
// Not QSaveFile, which does the same, because Qt 6.4's QSaveFile::commit() returns true after a
// short write: with the disk full (a file-size limit in tst_atomicfile) a 1,000-byte write is
// committed as a 300-byte file, buffered or not, and the old content is gone. Here a short write
// fails write() or commit() and the old file stays. Also: the folder is flushed after the rename,
// and the file gets ordinary permissions rather than a temporary file's 0600.
class AtomicFile final
{
    Q_DECLARE_TR_FUNCTIONS(altrunner::AtomicFile)
    Q_DISABLE_COPY_MOVE(AtomicFile)

public:
    explicit AtomicFile(QString path);
    ~AtomicFile(); // without commit(), the temporary file is removed and `path` is untouched

    bool open();
    bool write(QByteArrayView data);
    bool commit();
    QString errorString() const { return m_error; }

private:
    QString m_path;
    std::unique_ptr<QTemporaryFile> m_temp;
    QString m_error;
};

bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error);

// Creates `dir` if needed and checks that files can be created in it.
bool ensureWritableDir(const QString &dir, QString *error);

} // namespace altrunner
