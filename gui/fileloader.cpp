// SPDX-License-Identifier: GPL-3.0-or-later
#include "fileloader.h"

#include "background.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>

#include <memory>

namespace altrunner {

namespace {
constexpr qint64 kLoadInBackgroundBytes = 512 * 1024; // above this, files load off the GUI thread
constexpr qint64 kShownSourceBytes = 256 * 1024; // and the source view shows at most this
} // namespace

FileLoader::FileLoader(QObject *parent)
    : QObject(parent)
    , m_watcher(new QFileSystemWatcher(this))
{
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, [this](const QString &path) {
        // Editors save by writing a new file in its place: wait for it, then watch that one.
        QTimer::singleShot(300, this, [this, path] {
            if (!QFileInfo::exists(path))
                return;
            watch(path);
            emit changedOnDisk(path);
        });
    });
}

QString FileLoader::chooseAlt(QWidget *parent, const QString &dir)
{
    return QFileDialog::getOpenFileName(
            parent, tr("Open ALT File"), dir,
            tr("ALT files (*.alt *.json *.alt.yaml *.alt.yml);;ALT_LAS segmentation files "
               "(*.alt.yaml *.alt.yml *.yaml *.yml);;All files (*)"));
}

QString FileLoader::chooseLast(QWidget *parent, const QString &dir)
{
    return QFileDialog::getOpenFileName(
            parent, tr("Open LAST File"), dir,
            tr("LAST files (last_*.json);;JSON files (*.json);;All files (*)"));
}

void FileLoader::watch(const QString &path)
{
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    if (!path.isEmpty() && QFileInfo::exists(path))
        m_watcher->addPath(path);
}

QString FileLoader::sourceText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    if (file.size() > kShownSourceBytes)
        return tr("(%1 MB: too large to show here; the problems list gives lines and columns in "
                  "the file itself)")
                .arg(double(file.size()) / 1e6, 0, 'f', 1);
    return QString::fromUtf8(file.readAll());
}

bool FileLoader::loadAlt(const QString &path)
{
    const int generation = ++m_generation;
    if (QFileInfo(path).size() <= kLoadInBackgroundBytes) {
        const AltLoader::Result result = AltLoader::loadFile(path);
        emit altLoaded(path, result, sourceText(path));
        return result.ok();
    }
    emit loading(path);
    using Loaded = std::pair<AltLoader::Result, QString>;
    inBackground<std::shared_ptr<Loaded>>(
            this,
            [path] {
                return std::make_shared<Loaded>(AltLoader::loadFile(path), sourceText(path));
            },
            [this, path, generation](const std::shared_ptr<Loaded> &loaded) {
                if (generation == m_generation)
                    emit altLoaded(path, loaded->first, loaded->second);
            });
    return true;
}

bool FileLoader::loadLast(const QString &path)
{
    const int generation = ++m_generation;
    if (QFileInfo(path).size() <= kLoadInBackgroundBytes) {
        QString error;
        const auto past = LastReader::readPastRun(path, &error);
        emit lastLoaded(path, past, error);
        return past.has_value();
    }
    emit loading(path);
    using Loaded = std::pair<std::optional<LastReader::PastRun>, QString>;
    inBackground<std::shared_ptr<Loaded>>(
            this,
            [path] {
                auto loaded = std::make_shared<Loaded>();
                loaded->first = LastReader::readPastRun(path, &loaded->second);
                return loaded;
            },
            [this, path, generation](const std::shared_ptr<Loaded> &loaded) {
                if (generation == m_generation)
                    emit lastLoaded(path, loaded->first, loaded->second);
            });
    return true;
}

} // namespace altrunner
