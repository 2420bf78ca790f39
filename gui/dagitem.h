// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/daglayout.h"

#include <QGraphicsItem>

#include <optional>

namespace altrunner {

class RunDocument;

// Paints the whole DAG (nodes and edges) as one item: thousands of QGraphicsItems would cost
// memory and time for nothing, since the layout never changes while it is shown.
class DagItem final : public QGraphicsItem
{
public:
    explicit DagItem(RunDocument *document);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    void layoutChanged();
    int taskAt(const QPointF &scenePos) const;
    QRectF nodeRect(int index) const;
    void setSelected(int index);
    int selected() const { return m_selected; }
    void setShowCriticalPath(bool show);
    bool showCriticalPath() const { return m_showCritical; }
    // Shows `index` with its upstream and downstream only, the rest faded; -1 shows everything.
    void setFocusTask(int index);
    int focusTask() const { return m_focus; }
    bool isShown(int index) const { return m_focus < 0 || m_inFocus.value(index); }
    // Paints everything at a fixed level of detail (export).
    void paintAll(QPainter *painter);

private:
    // What is drawn: the document's layout, or, while a task is focused, a layout of the
    // focused task with its upstream and downstream alone (gathered, not scattered over the
    // whole graph), in the same task indices.
    const DagLayout::Result &layout() const;
    void updateBounds();
    DagLayout::Result focusLayout(const QList<int> &local, const QList<int> &toLocal) const;

    void paintContent(QPainter *painter, const QRectF &exposed, double lod);
    void paintOverview(QPainter *painter, const QRectF &exposed);
    // The drawn rows that meet `exposed`: [first, last].
    std::pair<int, int> rowsIn(const QRectF &exposed) const;

    RunDocument *m_document;
    QRectF m_bounds;
    QList<QRectF> m_edgeBounds;
    int m_selected = -1;
    int m_focus = -1;
    QList<bool> m_inFocus;
    std::optional<DagLayout::Result> m_focusLayout;
    bool m_showCritical = true;
};

} // namespace altrunner
