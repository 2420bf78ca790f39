// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowactions.h"

#include "recentfilesmenu.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QStyle>
#include <QToolBar>

namespace altrunner {

WindowActions WindowActions::create(QMainWindow *window)
{
    WindowActions a;
    QMenuBar *bar = window->menuBar();
    QMenu *file = bar->addMenu(tr("&File"));
    // Themes give the icons where the desktop has one; Qt's own style otherwise (a toolbar
    // of bare words on a desktop without an icon theme).
    auto icon = [window](const char *name, QStyle::StandardPixmap fallback) {
        return QIcon::fromTheme(QLatin1String(name), window->style()->standardIcon(fallback));
    };
    a.open = file->addAction(icon("document-open", QStyle::SP_DialogOpenButton),
                             tr("&Open ALT File..."));
    a.open->setShortcut(QKeySequence::Open);
    a.openLast = file->addAction(tr("Open &LAST File..."));
    a.openLast->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    a.recent = new RecentFilesMenu(tr("Open &Recent"), window);
    file->addMenu(a.recent);
    a.reload = file->addAction(icon("view-refresh", QStyle::SP_BrowserReload), tr("Re&load"));
    a.reload->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F5));
    a.reload->setToolTip(tr("Read the open file again from disk (Ctrl+Shift+F5); it is also "
                            "read again when it changes"));
    file->addSeparator();
    a.exportGraph = file->addAction(tr("Export &Graph..."));
    a.exportTimeline = file->addAction(tr("Export &Timeline..."));
    a.exportReport = file->addAction(tr("Export &Report..."));
    a.exportReport->setObjectName(QStringLiteral("exportReportAction"));
    a.exportReport->setToolTip(tr("Write the shown run as one HTML file that opens in any "
                                  "browser, offline: outcome, graph, timeline, answers, checks"));
    a.openOutputFolder = file->addAction(tr("Open Output &Folder"));
    file->addSeparator();
    a.quit = file->addAction(tr("&Quit"));
    // QKeySequence::Quit is empty on some desktops: Ctrl+Q everywhere.
    a.quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));

    QMenu *run = bar->addMenu(tr("&Run"));
    a.run = run->addAction(icon("media-playback-start", QStyle::SP_MediaPlay), tr("&Run"));
    a.run->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_R), QKeySequence(Qt::Key_F5)});
    a.run->setToolTip(tr("Run the open file (Ctrl+R, F5)"));
    a.cancel = run->addAction(icon("process-stop", QStyle::SP_MediaStop), tr("&Cancel"));
    a.cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    a.cancel->setToolTip(tr("Cancel the run (Esc); its LAST file is still written"));
    a.rerun = run->addAction(icon("view-refresh", QStyle::SP_BrowserReload), tr("Re-run &Failed"));
    a.rerun->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    a.rerun->setToolTip(tr("Run again only what did not complete (Ctrl+Shift+R)"));
    a.rerunFrom = run->addAction(tr("Re-run From &Here"));
    a.rerunFrom->setObjectName(QStringLiteral("rerunFromAction"));
    a.rerunFrom->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R));
    a.rerunFrom->setToolTip(tr("Ask the selected task and everything that depends on it again, "
                               "past the cache; keep every other answer of the shown run "
                               "(Ctrl+Alt+R)"));
    run->addSeparator();
    a.compareWith = run->addAction(tr("Compare &With..."));
    a.compareWith->setObjectName(QStringLiteral("compareWithAction"));
    a.compareWith->setToolTip(tr("Put the shown run beside another run: what changed per task, "
                                 "and the answers as a diff"));

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
    if (auto *workers = window->findChild<QDockWidget *>(QStringLiteral("workersDock"))) {
        view->addSeparator();
        QAction *show = workers->toggleViewAction();
        show->setText(tr("&Workers"));
        show->setToolTip(tr("The workers the AI calls go to (Settings ▸ Run on workers)"));
        view->addAction(show);
    }

    // Alt+S is Settings, as people expect; the server's menu is Alt+E.
    QMenu *server = bar->addMenu(tr("S&erver"));
    a.serve = server->addAction(tr("Serve REST &API"));
    a.serve->setCheckable(true);
    a.serve->setToolTip(tr("Serve the local REST API; runs started through it appear here"));

    QMenu *settings = bar->addMenu(tr("&Settings"));
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
