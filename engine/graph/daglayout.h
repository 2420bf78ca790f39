// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>

namespace altrunner {

// A layered (Sugiyama-style) drawing of a DAG: dependencies above the tasks that need them.
// Layering by longest path, dummy nodes on long edges, barycentre sweeps to reduce crossings
// (the best order seen is kept), and a coordinate pass that pulls nodes towards their
// neighbours without overlap. Plain C++ on Qt Core, so it runs anywhere, off the GUI thread.
class DagLayout final
{
public:
    struct Options
    {
        double nodeWidth = 170;
        double nodeHeight = 40;
        double layerGap = 70; // vertical space between layers
        double nodeGap = 24; // horizontal space between neighbours
        int sweeps = 8; // crossing-reduction passes (down + up)
        int maxDummies = 300000; // beyond this, long edges are drawn straight
        // A graph of more than `wrapAbove` tasks whose widest layer would make the drawing far
        // wider than `aspect` wraps its wide layers into rows of equal length (a 10,000-task
        // run fitted to a window is then a picture, not a hairline). 0: never wrap.
        int wrapAbove = 100;
        double aspect = 1.6; // width / height aimed at when wrapping
        double wrapGap = 18; // vertical space between the rows of one wrapped layer
    };

    struct Result
    {
        QList<QPointF> positions; // centre of each node, by input index
        QList<int> layers; // layer of each node
        QList<QList<int>> order; // node indices per layer, left to right (real nodes only)
        // What is drawn: node indices per row, left to right, and each row's centre y, top to
        // bottom. One row per layer unless wide layers were wrapped (rowLength > 0 then).
        QList<QList<int>> rows;
        QList<double> rowY;
        int rowLength = 0;
        QList<QList<QPointF>> edges; // one polyline per edge, in the order of `edgeList`
        QList<std::pair<int, int>> edgeList; // (dependency, dependent)
        QRectF bounds;
        qint64 crossings = 0; // of the final order, counted on adjacent layers
        qint64 initialCrossings = 0; // of the input order, for comparison
    };

    // `dependencies[i]` lists the nodes that node i depends on; the graph must be acyclic.
    static Result compute(const QList<QList<int>> &dependencies, const Options &options);
    static Result compute(const QList<QList<int>> &dependencies)
    {
        return compute(dependencies, Options());
    }
    // The row drawn at `y` (rows top to bottom), or -1.
    static int rowAt(const Result &result, double y, double nodeHeight);

private:
    static int wrapLength(const Result &result, const Options &options);
    static void wrap(Result &result, const Options &options, int length);
};

} // namespace altrunner
