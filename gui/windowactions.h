// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;
class QToolBar;

namespace altrunner {

class RecentFilesMenu;

// The window's menus and main toolbar (docs/gui.md "Menus and shortcuts"): every action with its
// text, shortcut and tool tip, in one place. The window connects them to what they do.
struct WindowActions
{
    Q_DECLARE_TR_FUNCTIONS(altrunner::WindowActions)
public:
    QAction *open = nullptr;
    QAction *openLast = nullptr;
    QAction *reload = nullptr;
    RecentFilesMenu *recent = nullptr;
    QAction *exportGraph = nullptr;
    QAction *exportTimeline = nullptr;
    QAction *exportReport = nullptr; // the shown run as one HTML file
    QAction *compareWith = nullptr; // the shown run beside another
    QAction *openOutputFolder = nullptr;
    QAction *quit = nullptr;
    QAction *run = nullptr;
    QAction *cancel = nullptr;
    QAction *rerun = nullptr;
    QAction *rerunFrom = nullptr; // the selected task and everything downstream of it
    QAction *fit = nullptr;
    QAction *zoomIn = nullptr;
    QAction *zoomOut = nullptr;
    QAction *criticalPath = nullptr;
    QAction *find = nullptr; // puts the cursor in the toolbar's search box
    QAction *focus = nullptr;
    QAction *followNow = nullptr;
    QAction *serve = nullptr;
    QAction *preferences = nullptr;
    QAction *about = nullptr;

    // Builds the menus and the main toolbar of `window`.
    static WindowActions create(QMainWindow *window);
};

} // namespace altrunner
