// SPDX-License-Identifier: GPL-3.0-or-later
// bench_gui ALT_FILE: the layout time of the file's graph, and the longest stall of the GUI
// thread while the window opens the file and runs it (measured by a 5 ms timer's lateness).

#include "dagview.h"
#include "graph/daglayout.h"
#include "mainwindow.h"
#include "rundocument.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTextStream>
#include <QTimer>

using namespace altrunner;

namespace {

// Times every event the GUI thread handles, to name the longest one (a stall's cause).
class TimedApplication final : public QApplication
{
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override
    {
        if (m_depth++ > 0) {
            const bool handled = QApplication::notify(receiver, event);
            --m_depth;
            return handled;
        }
        QElapsedTimer t;
        t.start();
        const bool handled = QApplication::notify(receiver, event);
        const qint64 ms = t.elapsed();
        --m_depth;
        if (ms > worstMs) {
            worstMs = ms;
            worstWhat = QStringLiteral("%1 (event %2)")
                                .arg(QString::fromLatin1(receiver->metaObject()->className()))
                                .arg(int(event->type()));
        }
        return handled;
    }
    qint64 worstMs = 0;
    QString worstWhat;

private:
    int m_depth = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    TimedApplication app(argc, argv);
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
    // The first picture: the fitted graph painted once the layout is there.
    w.dagView()->viewport()->repaint();
    const qint64 firstPictureMs = t.elapsed();
    app.processEvents();
    const qint64 openStall = worst;
    const QString openCause = app.worstWhat;
    app.worstMs = 0;

    // Frame time while panning the graph zoomed out (fitted) and zoomed in to read labels.
    auto pan = [&](double zoom) {
        DagView *view = w.dagView();
        view->fitToWindow();
        view->zoomBy(zoom);
        QList<qint64> frames;
        QElapsedTimer frame;
        for (int i = 0; i < 40; ++i) {
            view->horizontalScrollBar()->setValue(view->horizontalScrollBar()->value()
                                                  + (i % 20 < 10 ? 40 : -40));
            view->verticalScrollBar()->setValue(view->verticalScrollBar()->value()
                                                + (i % 20 < 10 ? 25 : -25));
            frame.start();
            view->viewport()->repaint();
            frames.append(frame.nsecsElapsed() / 1000);
        }
        std::sort(frames.begin(), frames.end());
        return std::pair(frames.at(frames.size() / 2), frames.last());
    };
    const auto [fitP50, fitMax] = pan(1.0);
    const auto [inP50, inMax] = pan(8.0);
    w.dagView()->fitToWindow();
    app.processEvents();
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
    const QString runCause = app.worstWhat;

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
        << " ms later, first picture at " << firstPictureMs
        << " ms; longest GUI-thread stall meanwhile: " << openStall
        << " ms (longest event: " << openCause << ")\n"
        << "panning, fitted: frame p50 " << fitP50 / 1000.0 << " ms, max " << fitMax / 1000.0
        << " ms; zoomed in 8x: p50 " << inP50 / 1000.0 << " ms, max " << inMax / 1000.0 << " ms\n"
        << "run: " << runMs << " ms; longest GUI-thread stall during the run: " << worst
        << " ms (longest event: " << runCause << ")\n";
    return 0;
}
