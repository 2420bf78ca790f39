// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

namespace altrunner {

// File ▸ Open Recent: the files opened last, newest first, kept in the settings.
class RecentFilesMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecentFilesMenu)

public:
    explicit RecentFilesMenu(const QString &title, QWidget *parent = nullptr);

    // `path` was just opened: it goes to the top.
    void add(const QString &path);

signals:
    void fileChosen(const QString &path);

private:
    void refresh();
};

} // namespace altrunner
