// SPDX-License-Identifier: GPL-3.0-or-later
#include "minimap.h"

#include "dagview.h"
#include "rundocument.h"
#include "statusstyle.h"

#include <QMouseEvent>
#include <QPainter>
#include <QTimer>

namespace altrunner {

namespace {

constexpr int kMaxSide = 180;
constexpr int kMinTasks = 40; // fewer: zooming out shows them all, no map needed

} // namespace

Minimap::Minimap(RunDocument *document, DagView *view)
    : QWidget(view)
    , m_document(document)
    , m_view(view)
{
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("The whole graph: click or drag to move there"));
    hide();
}

void Minimap::invalidate()
{
    m_stale = true;
    if (m_redrawQueued || !isVisible())
        return;
    m_redrawQueued = true;
    QTimer::singleShot(500, this, [this] {
        m_redrawQueued = false;
        update();
    });
}

void Minimap::viewChanged()
{
    const QRectF graph = m_view->graphRect();
    const QRectF shown = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    // A handful of tasks needs no map: zooming out shows them all (issue 25).
    const bool wanted
            = !graph.isEmpty() && !shown.contains(graph) && m_document->taskCount() > kMinTasks;
    if (wanted) {
        const double s = kMaxSide / std::max(graph.width(), graph.height());
        const QSize size(std::max(40, int(graph.width() * s)) + 4,
                         std::max(24, int(graph.height() * s)) + 4);
        const QRect area = m_view->viewport()->geometry();
        setGeometry(QRect(area.right() - size.width() - 10, area.bottom() - size.height() - 10,
                          size.width(), size.height()));
    }
    setVisible(wanted);
    update();
}

QRectF Minimap::graphToMap() const
{
    return QRectF(rect()).adjusted(2, 2, -2, -2);
}

void Minimap::redraw()
{
    const DagLayout::Result &l = m_document->layout();
    const QRectF graph = m_view->graphRect();
    const QSize size = graphToMap().size().toSize();
    m_picture = QImage(size.expandedTo(QSize(1, 1)), QImage::Format_ARGB32_Premultiplied);
    m_picture.fill(Qt::transparent);
    if (!m_document->hasLayout() || graph.isEmpty())
        return;
    const double sx = size.width() / graph.width(), sy = size.height() / graph.height();
    for (qsizetype v = 0; v < l.positions.size() && v < m_document->taskCount(); ++v) {
        const QPointF p = l.positions.at(v) - graph.topLeft();
        const int x = std::clamp(int(p.x() * sx), 0, size.width() - 1);
        const int y = std::clamp(int(p.y() * sy), 0, size.height() - 1);
        m_picture.setPixel(x, y, StatusStyle::taskFill(m_document->task(int(v))).rgba());
    }
    m_stale = false;
}

void Minimap::paintEvent(QPaintEvent *)
{
    if (m_stale || m_picture.size() != graphToMap().size().toSize())
        redraw();
    QPainter p(this);
    QColor back = palette().color(QPalette::Base);
    back.setAlpha(230);
    p.fillRect(rect(), back);
    p.setPen(StatusStyle::edge(palette()));
    p.drawRect(rect().adjusted(0, 0, -1, -1));
    const QRectF map = graphToMap();
    p.drawImage(map.topLeft(), m_picture);
    const QRectF graph = m_view->graphRect();
    if (graph.isEmpty())
        return;
    const QRectF shown = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    const double sx = map.width() / graph.width(), sy = map.height() / graph.height();
    const QRectF frame((shown.left() - graph.left()) * sx + map.left(),
                       (shown.top() - graph.top()) * sy + map.top(), shown.width() * sx,
                       shown.height() * sy);
    p.setPen(QPen(palette().color(QPalette::Highlight), 2));
    p.setBrush(Qt::NoBrush);
    p.drawRect(frame.intersected(map).adjusted(0, 0, -1, -1));
}

void Minimap::moveViewTo(const QPointF &mapPos)
{
    const QRectF map = graphToMap();
    const QRectF graph = m_view->graphRect();
    const QPointF scenePos(graph.left() + (mapPos.x() - map.left()) / map.width() * graph.width(),
                           graph.top() + (mapPos.y() - map.top()) / map.height() * graph.height());
    m_view->centerOn(scenePos);
}

void Minimap::mousePressEvent(QMouseEvent *event)
{
    moveViewTo(event->position());
    event->accept();
}

void Minimap::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        moveViewTo(event->position());
    event->accept();
}

} // namespace altrunner
