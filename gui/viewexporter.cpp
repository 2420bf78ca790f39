// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewexporter.h"

#include "dagview.h"
#include "timelineview.h"

#include <QDir>
#include <QFileDialog>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>
#include <QWidget>

#include <functional>

namespace altrunner {

namespace {

bool write(const QString &path, QSize size, const QString &title, const QColor &background,
           const std::function<void(QPainter *)> &paint)
{
    if (path.endsWith(QStringLiteral(".svg"), Qt::CaseInsensitive)) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(title);
        QPainter painter;
        if (!painter.begin(&svg))
            return false;
        paint(&painter);
        return painter.end();
    }
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(background);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    paint(&painter);
    painter.end();
    return image.save(path);
}

} // namespace

QString ViewExporter::choosePath(QWidget *parent, bool graph, const QString &baseName)
{
    return QFileDialog::getSaveFileName(
            parent, graph ? tr("Export Graph") : tr("Export Timeline"),
            baseName + (graph ? QStringLiteral("-graph.png") : QStringLiteral("-timeline.png")),
            tr("PNG image (*.png);;SVG drawing (*.svg)"));
}

bool ViewExporter::exportGraph(DagView &view, const QString &path, const QString &title,
                               const QColor &background)
{
    const QRectF r = view.graphRect();
    if (r.isEmpty())
        return false;
    // Very large graphs are scaled down to what image viewers still open.
    const double scale = std::min(1.0, 8000.0 / std::max(r.width(), r.height()));
    const QSize size(int(r.width() * scale), int(r.height() * scale));
    return write(path, size, title, background,
                 [&](QPainter *painter) { view.renderAll(painter, QRectF(QPointF(0, 0), size)); });
}

bool ViewExporter::exportTimeline(TimelineView &view, const QString &path, const QString &title,
                                  const QColor &background)
{
    const QSize size = view.fullSize().boundedTo(QSize(12000, 30000));
    return write(path, size, title, background,
                 [&](QPainter *painter) { view.renderAll(painter, size); });
}

bool ViewExporter::chooseAndExport(QWidget *parent, DagView &dag, TimelineView &timeline,
                                   bool graph, const QString &id, const QString &title,
                                   QString *message)
{
    const QString path = choosePath(parent, graph, id.isEmpty() ? QStringLiteral("altrunner") : id);
    message->clear();
    if (path.isEmpty())
        return false;
    const QColor background = parent->palette().color(QPalette::Base);
    const bool ok = graph ? exportGraph(dag, path, title, background)
                          : exportTimeline(timeline, path, title, background);
    *message = ok ? tr("Exported to %1").arg(QDir::toNativeSeparators(path))
                  : tr("Could not write %1.").arg(QDir::toNativeSeparators(path));
    return ok;
}

} // namespace altrunner
