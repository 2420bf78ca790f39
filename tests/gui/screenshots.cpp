// SPDX-License-Identifier: GPL-3.0-or-later
// screenshots OUT_DIR [ALT_FILE] [dark]: opens the window on an example, runs it with the
// simulated provider, and writes a PNG of each main view, so anyone can look at the result.

#include "appsettings.h"
#include "dagview.h"
#include "languages.h"
#include "mainwindow.h"
#include "rundocument.h"
#include "settingsdialog.h"

#include <QApplication>
#include <QDir>
#include <QPalette>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTimer>

using namespace altrunner;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("altrunner-screenshots"));
    QApplication::setOrganizationName(QStringLiteral("altrunner"));
    const QStringList args = app.arguments();
    const QString out = args.value(1, QStringLiteral("screenshots"));
    const QString file
            = args.value(2, QStringLiteral(ALTRUNNER_EXAMPLES_DIR "/research_brief.alt"));
    const bool dark = args.value(3) == u"dark";
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    Languages::install();
    if (dark) {
        QPalette p;
        p.setColor(QPalette::Window, QColor(37, 37, 38));
        p.setColor(QPalette::WindowText, QColor(230, 230, 230));
        p.setColor(QPalette::Base, QColor(30, 30, 30));
        p.setColor(QPalette::AlternateBase, QColor(45, 45, 48));
        p.setColor(QPalette::Text, QColor(230, 230, 230));
        p.setColor(QPalette::Button, QColor(45, 45, 48));
        p.setColor(QPalette::ButtonText, QColor(230, 230, 230));
        p.setColor(QPalette::Highlight, QColor(42, 130, 218));
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(QPalette::Mid, QColor(110, 110, 110));
        for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
            p.setColor(QPalette::Disabled, role, QColor(120, 120, 120));
        QApplication::setPalette(p);
    }
    QDir().mkpath(out);
    qputenv("MOCK_AI_LATENCY_MS", "120");

    MainWindow w;
    w.resize(1400, 860);
    w.show();
    QSignalSpy opened(&w, &MainWindow::fileOpened);
    QSignalSpy laidOut(w.document(), &RunDocument::layoutChanged);
    if (!w.openFile(file))
        return 1;
    if (opened.isEmpty() && !opened.wait(60000))
        return 1;
    while (!w.document()->hasLayout() && laidOut.wait(60000)) { }
    QSignalSpy finished(&w, &MainWindow::runFinished);
    w.runFile();
    if (!finished.wait(60000))
        return 1;
    app.processEvents();
    QString suffix = dark ? QStringLiteral("-dark") : QString();
    if (QLocale().language() != QLocale::English && QLocale().language() != QLocale::C)
        suffix += u'-' + QLocale().name().left(2);
    w.selectTask(w.document()->taskCount() - 1);
    const char *names[] = {"graph", "timeline", "source", "results", "answer"};
    for (int tab = 0; tab < 5; ++tab) {
        w.tabs()->setCurrentIndex(tab);
        if (tab == MainWindow::GraphTab)
            w.dagView()->fitToWindow();
        app.processEvents();
        w.grab().save(out + QStringLiteral("/%1%2.png").arg(QLatin1String(names[tab]), suffix));
    }
    {
        // The settings dialog, and the task details with a task selected.
        QStringList errors;
        SettingsDialog dialog(AppSettings::engineConfig(&errors), &w);
        dialog.show();
        app.processEvents();
        dialog.grab().save(out + QStringLiteral("/settings%1.png").arg(suffix));
    }
    w.selectTask(w.document()->taskCount() - 1);
    w.tabs()->setCurrentIndex(MainWindow::TimelineTab);
    app.processEvents();
    w.grab().save(out + QStringLiteral("/selected%1.png").arg(suffix));
    w.exportView(MainWindow::GraphTab, out + QStringLiteral("/export-graph%1.svg").arg(suffix));
    w.exportView(MainWindow::TimelineTab,
                 out + QStringLiteral("/export-timeline%1.png").arg(suffix));
    return 0;
}
