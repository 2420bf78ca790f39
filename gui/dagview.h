// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsView>

class QPainter;

namespace altrunner {

class DagItem;
class Minimap;
class RunDocument;

// The task graph: the engine's layered layout drawn by one item that paints only what is
// exposed, with level of detail (no labels, no arrowheads when zoomed out), so 10,000 tasks
// stay smooth. Wheel zooms, dragging pans, a click selects a task.
class DagView final : public QGraphicsView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DagView)

public:
    explicit DagView(RunDocument *document, QWidget *parent = nullptr);
    ~DagView() override;

    void setSelectedTask(int index);
    int selectedTask() const;
    // Selects the task, zooms in until its label reads, and centres it.
    void revealTask(int index);
    // Shows `index` with its upstream and downstream only (-1: everything again).
    void setFocusTask(int index);
    int focusTask() const;
    Minimap *minimap() const { return m_minimap; }
    void setShowCriticalPath(bool show);
    bool showCriticalPath() const;
    // Whole graph into `painter` (for PNG/SVG export), scaled to `target`.
    void renderAll(QPainter *painter, const QRectF &target);
    QRectF graphRect() const;
    // Where task `index` is drawn, in scene coordinates (null: nowhere).
    QRectF taskRect(int index) const;
    // The task under a point of the viewport; -1: none.
    int taskAt(const QPoint &viewportPos) const;
    // What hovering a node tells: id, status, time, description and error (rich text).
    QString toolTipFor(int index) const;

public slots:
    void fitToWindow();
    void zoomBy(double factor);

signals:
    void taskSelected(int index);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    // The document's note (why there is no graph, or why it cannot run) over the view.
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void scrollContentsBy(int dx, int dy) override;
    void resizeEvent(QResizeEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    void onLayoutChanged();
    void onTasksChanged(const QList<int> &indices);

    RunDocument *m_document;
    DagItem *m_item;
    Minimap *m_minimap;
    QPoint m_pressPos;
    bool m_fitPending = true;
    bool m_autoFit = true; // fitted, and not zoomed or dragged since
    QRectF m_dirty;
    bool m_repaintQueued = false;
};

} // namespace altrunner
