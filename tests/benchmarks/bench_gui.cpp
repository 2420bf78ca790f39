// SPDX-License-Identifier: GPL-3.0-or-later
// bench_gui ALT_FILE: the layout time of the file's graph, and the longest stall of the GUI
// thread while the window opens the file and runs it (measured by a 5 ms timer's lateness).

#include "dagview.h"
#include "graph/daglayout.h"
#include "mainwindow.h"
#include "rundocument.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTextStream>
#include <QTimer>

using namespace altrunner;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("altrunner-bench"));
    QTextStream out(stdout);
    const QString file = app.arguments().value(1);

    MainWindow w;
    w.resize(1400, 860);
    w.show();

    // Event-loop lateness: a 5 ms timer that should fire every 5 ms.
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0, worst = 0;
    bool measuring = false;
    QTimer probe;
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        if (measuring)
            worst = std::max(worst, now - last - 5);
        last = now;
    });
    probe.start(5);
    app.processEvents();

    last = clock.elapsed();
    measuring = true;
    QElapsedTimer t;
    t.start();
    QSignalSpy opened(&w, &MainWindow::fileOpened);
    QSignalSpy laidOut(w.document(), &RunDocument::layoutChanged);
    if (!w.openFile(file))
        return 1;
    if (opened.isEmpty() && !opened.wait(120000))
        return 1;
    const qint64 openMs = t.elapsed();
    while (!w.document()->hasLayout() && laidOut.wait(120000)) { }
    const qint64 layoutWaitMs = t.elapsed() - openMs;
    app.processEvents();
    const qint64 openStall = worst;
    if (qEnvironmentVariableIsSet("BENCH_TAB"))
        w.tabs()->setCurrentIndex(qEnvironmentVariableIntValue("BENCH_TAB"));
    app.processEvents();
    worst = 0;
    QSignalSpy finished(&w, &MainWindow::runFinished);
    t.restart();
    w.runFile();
    finished.wait(600000);
    const qint64 runMs = t.elapsed();
    measuring = false;

    // The layout itself, timed on its own.
    QList<QList<int>> deps;
    for (const AltTask &task : w.document()->altFile()->tasks)
        deps.append(task.dependencies);
    t.restart();
    const DagLayout::Result layout = DagLayout::compute(deps);
    const qint64 layoutMs = t.elapsed();

    out << "tasks: " << deps.size() << "\n"
        << "layout (engine, one thread): " << layoutMs << " ms, crossings "
        << layout.initialCrossings << " -> " << layout.crossings << "\n"
        << "open file: loaded in " << openMs << " ms, layout arrived " << layoutWaitMs
        << " ms later; longest GUI-thread stall meanwhile: " << openStall << " ms\n"
        << "run: " << runMs << " ms; longest GUI-thread stall during the run: " << worst << " ms\n";
    return 0;
}
