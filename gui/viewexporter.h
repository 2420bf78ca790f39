// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QString>

class QWidget;

namespace altrunner {

class DagView;
class TimelineView;

// Writes the graph or the timeline whole, not just what is on screen, as PNG or SVG (by the file
// name's suffix): for reports and tickets (docs/gui.md "Menus and shortcuts").
class ViewExporter final
{
    Q_DECLARE_TR_FUNCTIONS(altrunner::ViewExporter)

public:
    // Asks where to save; empty when the person cancelled. `baseName`: the ALT file's id.
    static QString choosePath(QWidget *parent, bool graph, const QString &baseName);

    static bool exportGraph(DagView &view, const QString &path, const QString &title,
                            const QColor &background);
    static bool exportTimeline(TimelineView &view, const QString &path, const QString &title,
                               const QColor &background);
    // Asks where, then writes the graph (`graph`) or the timeline of the file with `id` and
    // `title`; `message` says where it went or why it failed (empty: the person cancelled).
    static bool chooseAndExport(QWidget *parent, DagView &dag, TimelineView &timeline, bool graph,
                                const QString &id, const QString &title, QString *message);
};

} // namespace altrunner
