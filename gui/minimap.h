// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QWidget>

namespace altrunner {

class DagItem;
class DagView;
class RunDocument;

// The whole graph in a corner of the graph view, one dot per task in its status's colour, with
// the part the view shows framed. A click or a drag moves the view there. Shown only while the
// graph does not fit the view.
class Minimap final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Minimap)

public:
    Minimap(RunDocument *document, DagView *view);

    // The graph or its tasks' states changed: the picture is redrawn (at most twice a second).
    void invalidate();
    // The view moved or zoomed: the frame follows, and the map hides when all is in view.
    void viewChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    QRectF graphToMap() const; // where the graph's bounds are drawn inside this widget
    void moveViewTo(const QPointF &mapPos);
    void redraw();

    RunDocument *m_document;
    DagView *m_view;
    QImage m_picture;
    bool m_stale = true;
    bool m_redrawQueued = false;
};

} // namespace altrunner
