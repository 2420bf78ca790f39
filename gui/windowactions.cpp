// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowactions.h"

#include "recentfilesmenu.h"

#include <QAction>
#include <QApplication>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QToolBar>

namespace altrunner {

WindowActions WindowActions::create(QMainWindow *window)
{
    WindowActions a;
    QMenuBar *bar = window->menuBar();
    QMenu *file = bar->addMenu(tr("&File"));
    a.open = file->addAction(QIcon::fromTheme(QStringLiteral("document-open")),
                             tr("&Open ALT File..."));
    a.open->setShortcut(QKeySequence::Open);
    a.openLast = file->addAction(tr("Open &LAST File..."));
    a.openLast->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    a.recent = new RecentFilesMenu(tr("Open &Recent"), window);
    file->addMenu(a.recent);
    a.reload = file->addAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("Re&load"));
    a.reload->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F5));
    a.reload->setToolTip(tr("Read the open file again from disk (Ctrl+Shift+F5); it is also "
                            "read again when it changes"));
    file->addSeparator();
    a.exportGraph = file->addAction(tr("Export &Graph..."));
    a.exportTimeline = file->addAction(tr("Export &Timeline..."));
    a.openOutputFolder = file->addAction(tr("Open Output &Folder"));
    file->addSeparator();
    a.quit = file->addAction(tr("&Quit"));
    // QKeySequence::Quit is empty on some desktops: Ctrl+Q everywhere.
    a.quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));

    QMenu *run = bar->addMenu(tr("&Run"));
    a.run = run->addAction(QIcon::fromTheme(QStringLiteral("media-playback-start")), tr("&Run"));
    a.run->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_R), QKeySequence(Qt::Key_F5)});
    a.run->setToolTip(tr("Run the open file (Ctrl+R, F5)"));
    a.cancel = run->addAction(QIcon::fromTheme(QStringLiteral("process-stop")), tr("&Cancel"));
    a.cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    a.cancel->setToolTip(tr("Cancel the run (Esc); its LAST file is still written"));
    a.rerun = run->addAction(QIcon::fromTheme(QStringLiteral("view-refresh")),
                             tr("Re-run &Failed"));
    a.rerun->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    a.rerun->setToolTip(tr("Run again only what did not complete (Ctrl+Shift+R)"));

    QMenu *view = bar->addMenu(tr("&View"));
    a.fit = view->addAction(tr("&Fit Graph to Window"));
    a.fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    a.zoomIn = view->addAction(tr("Zoom &In"));
    a.zoomIn->setShortcut(QKeySequence::ZoomIn);
    a.zoomOut = view->addAction(tr("Zoom &Out"));
    a.zoomOut->setShortcut(QKeySequence::ZoomOut);
    a.criticalPath = view->addAction(tr("Highlight &Critical Path"));
    a.criticalPath->setCheckable(true);
    a.criticalPath->setChecked(true);
    view->addSeparator();
    a.find = view->addAction(tr("&Find Task..."));
    a.find->setShortcut(QKeySequence::Find);
    a.focus = view->addAction(tr("F&ocus on Selected Task"));
    a.focus->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    a.focus->setCheckable(true);
    a.focus->setToolTip(tr("Show only the selected task, what it depends on and what depends on "
                           "it (Ctrl+E)"));
    a.followNow = view->addAction(tr("Timeline &Follows Now"));
    a.followNow->setCheckable(true);
    a.followNow->setChecked(true);
    a.followNow->setToolTip(tr("During a run, the timeline keeps the present moment in view"));

    QMenu *server = bar->addMenu(tr("&Server"));
    a.serve = server->addAction(tr("Serve REST &API"));
    a.serve->setCheckable(true);
    a.serve->setToolTip(tr("Serve the local REST API; runs started through it appear here"));

    QMenu *settings = bar->addMenu(tr("S&ettings"));
    a.preferences = settings->addAction(tr("&Preferences..."));
    a.preferences->setShortcut(QKeySequence::Preferences);
    a.preferences->setMenuRole(QAction::PreferencesRole);

    QMenu *help = bar->addMenu(tr("&Help"));
    a.about = help->addAction(tr("&About ALT Runner"));
    QObject::connect(a.about, &QAction::triggered, window, [window] {
        QMessageBox::about(
                window, tr("About ALT Runner"),
                tr("<h3>ALT Runner %1</h3><p>Runs ALT task files in parallel against an AI "
                   "service and writes LAST files.</p><p>Licensed under the GNU GPL, version 3 "
                   "or later.</p>")
                        .arg(QApplication::applicationVersion()));
    });

    QToolBar *main = window->addToolBar(tr("Main"));
    main->setObjectName(QStringLiteral("mainToolBar"));
    main->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    main->addAction(a.open);
    main->addSeparator();
    main->addActions({a.run, a.cancel, a.rerun});
    main->addSeparator();
    return a;
}

} // namespace altrunner
