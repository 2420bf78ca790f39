// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alt/altloader.h"
#include "last/lastreader.h"

#include <QObject>

class QFileSystemWatcher;
class QWidget;

namespace altrunner {

// Reads the files the window opens: an ALT file with its text for the source view, or a past
// run's LAST file. Small files are read at once; large ones off the GUI thread, so opening
// 100,000 tasks never stalls the window. Only the newest request is answered.
class FileLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileLoader)

public:
    explicit FileLoader(QObject *parent = nullptr);

    // Both answer through a signal, before returning when the file is small; true when the
    // answer is still to come or the file was read.
    bool loadAlt(const QString &path);
    bool loadLast(const QString &path);
    // What the source view shows of `path`: its text, or a note when it is too large.
    static QString sourceText(const QString &path);
    // The open dialogs; empty when the person cancels.
    static QString chooseAlt(QWidget *parent, const QString &dir);
    static QString chooseLast(QWidget *parent, const QString &dir);
    // Reports changedOnDisk() when `path` changes (empty: nothing is watched).
    void watch(const QString &path);

signals:
    // The watched file changed and has settled (an editor's save replaces it; it is watched
    // again).
    void changedOnDisk(const QString &path);
    // A large file is being read (the window says so).
    void loading(const QString &path);
    void altLoaded(const QString &path, const altrunner::AltLoader::Result &result,
                   const QString &source);
    void lastLoaded(const QString &path, const std::optional<altrunner::LastReader::PastRun> &run,
                    const QString &error);

private:
    int m_generation = 0;
    QFileSystemWatcher *m_watcher;
};

} // namespace altrunner
