// SPDX-License-Identifier: GPL-3.0-or-later
#include "recentfilesmenu.h"

#include "appsettings.h"

#include <QFileInfo>

namespace altrunner {

RecentFilesMenu::RecentFilesMenu(const QString &title, QWidget *parent)
    : QMenu(title, parent)
{
    refresh();
}

void RecentFilesMenu::add(const QString &path)
{
    AppSettings::addRecentFile(path);
    refresh();
}

void RecentFilesMenu::refresh()
{
    clear();
    const QStringList files = AppSettings::recentFiles();
    for (const QString &f : files)
        addAction(QFileInfo(f).fileName(), this, [this, f] { emit fileChosen(f); })->setToolTip(f);
    setEnabled(!files.isEmpty());
}

} // namespace altrunner
