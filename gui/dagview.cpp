// SPDX-License-Identifier: GPL-3.0-or-later
#include "dagview.h"

#include "dagitem.h"
#include "minimap.h"
#include "rundocument.h"
#include "statusstyle.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTimer>
#include <QToolTip>
#include <QWheelEvent>

namespace altrunner {

DagView::DagView(RunDocument *document, QWidget *parent)
    : QGraphicsView(parent)
    , m_document(document)
    , m_item(new DagItem(document))
    , m_minimap(new Minimap(document, this))
{
    setScene(new QGraphicsScene(this));
    scene()->setItemIndexMethod(QGraphicsScene::NoIndex); // one item; its own culling
    scene()->addItem(m_item);
    setDragMode(ScrollHandDrag);
    setTransformationAnchor(AnchorUnderMouse);
    setViewportUpdateMode(MinimalViewportUpdate);
    setOptimizationFlags(DontSavePainterState);
    setRenderHint(QPainter::Antialiasing);
    setRenderHint(QPainter::TextAntialiasing);
    connect(document, &RunDocument::layoutChanged, this, &DagView::onLayoutChanged);
    connect(document, &RunDocument::tasksChanged, this, &DagView::onTasksChanged);
    connect(document, &RunDocument::reset, this, [this] {
        m_item->update();
        // A note stays in place over a moving graph: repaint whole frames while there is one.
        setViewportUpdateMode(m_document->note().isEmpty() && m_document->altFile()
                                      ? MinimalViewportUpdate
                                      : FullViewportUpdate);
        viewport()->update();
        m_minimap->invalidate();
    });
    connect(document, &RunDocument::criticalPathChanged, this, [this] { m_item->update(); });
}

DagView::~DagView() = default;

QRectF DagView::graphRect() const
{
    return m_item->boundingRect();
}

void DagView::onLayoutChanged()
{
    m_item->layoutChanged();
    setSceneRect(m_item->boundingRect()); // explicit: no scene-wide bounding recalculation
    m_item->setSelected(-1);
    m_fitPending = true;
    fitToWindow();
    viewport()->update();
    m_minimap->invalidate();
    m_minimap->viewChanged();
}

void DagView::onTasksChanged(const QList<int> &indices)
{
    // One update region for the whole batch; a large graph repaints at most 5 times a second.
    for (int i : indices)
        m_dirty |= m_item->nodeRect(i);
    m_minimap->invalidate();
    if (m_dirty.isNull() || m_repaintQueued)
        return;
    m_repaintQueued = true;
    const int delay = m_document->taskCount() > 2000 ? 200 : 0;
    QTimer::singleShot(delay, this, [this] {
        m_repaintQueued = false;
        m_item->update(m_dirty.adjusted(-6, -6, 6, 6));
        m_dirty = QRectF();
    });
}

void DagView::fitToWindow()
{
    const QRectF r = m_item->boundingRect();
    if (r.isEmpty())
        return;
    resetTransform();
    fitInView(r, Qt::KeepAspectRatio);
    // A handful of tasks should not be blown up to fill a large window.
    if (transform().m11() > 1.2)
        setTransform(QTransform::fromScale(1.2, 1.2));
    centerOn(r.center());
    m_autoFit = true;
    m_minimap->viewChanged();
}

void DagView::zoomBy(double factor)
{
    const double current = transform().m11();
    const double next = std::clamp(current * factor, 0.01, 8.0);
    scale(next / current, next / current);
    m_autoFit = false; // the person chose a zoom: keep it
    m_minimap->viewChanged();
}

void DagView::setSelectedTask(int index)
{
    if (index == m_item->selected())
        return;
    m_item->setSelected(index);
    const QRectF r = m_item->nodeRect(index);
    if (!r.isNull() && !mapToScene(viewport()->rect()).boundingRect().contains(r))
        centerOn(r.center());
}

int DagView::selectedTask() const
{
    return m_item->selected();
}

void DagView::revealTask(int index)
{
    const QRectF r = m_item->nodeRect(index);
    if (r.isNull())
        return;
    m_item->setSelected(index);
    if (transform().m11() < 0.6)
        zoomBy(0.6 / transform().m11());
    centerOn(r.center());
}

void DagView::setFocusTask(int index)
{
    m_item->setFocusTask(index);
    // The focused tasks are laid out on their own: the scene is theirs, shown whole.
    setSceneRect(m_item->boundingRect());
    fitToWindow();
    viewport()->update();
    m_minimap->invalidate();
}

int DagView::focusTask() const
{
    return m_item->focusTask();
}

void DagView::drawForeground(QPainter *painter, const QRectF &)
{
    QString note = m_document->note();
    if (note.isEmpty() && !m_document->altFile())
        note = tr("Open an ALT file to see its tasks here: Ctrl+O, or drop one on the window.");
    if (note.isEmpty())
        return;
    painter->save();
    painter->resetTransform();
    const QRect area = viewport()->rect().adjusted(16, 12, -16, -12);
    QFont font = this->font();
    painter->setFont(font);
    const QRect text = painter->fontMetrics().boundingRect(
            area.adjusted(10, 8, -10, -8), Qt::TextWordWrap | Qt::AlignHCenter | Qt::AlignTop,
            note);
    const QRect box = text.adjusted(-10, -8, 10, 8);
    QColor back = palette().color(QPalette::Window);
    back.setAlpha(235);
    painter->setPen(StatusStyle::edge(palette()));
    painter->setBrush(back);
    painter->drawRoundedRect(box, 6, 6);
    painter->setPen(palette().color(QPalette::WindowText));
    painter->drawText(text, Qt::TextWordWrap | Qt::AlignHCenter | Qt::AlignTop, note);
    painter->restore();
}

void DagView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    m_minimap->viewChanged();
}

void DagView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    // Fitted and not zoomed or dragged since: it stays fitted when the banner comes or goes.
    if (m_autoFit)
        fitToWindow();
    m_minimap->viewChanged();
}

void DagView::setShowCriticalPath(bool show)
{
    m_item->setShowCriticalPath(show);
}

bool DagView::showCriticalPath() const
{
    return m_item->showCriticalPath();
}

void DagView::renderAll(QPainter *painter, const QRectF &target)
{
    const QRectF source = m_item->boundingRect();
    painter->save();
    painter->fillRect(target, palette().color(QPalette::Base));
    const double s = std::min(target.width() / source.width(), target.height() / source.height());
    painter->translate(target.topLeft());
    painter->scale(s, s);
    painter->translate(-source.topLeft());
    m_item->paintAll(painter);
    painter->restore();
}

QRectF DagView::taskRect(int index) const
{
    return m_item->nodeRect(index);
}

int DagView::taskAt(const QPoint &viewportPos) const
{
    return m_item->taskAt(mapToScene(viewportPos));
}

QString DagView::toolTipFor(int index) const
{
    if (index < 0 || index >= m_document->taskCount())
        return {};
    const AltTask &task = m_document->altFile()->tasks.at(index);
    const TaskUpdate &t = m_document->task(index);
    auto shortened = [](const QString &text) {
        return (text.size() > 300 ? text.left(300) + QStringLiteral("…") : text).toHtmlEscaped();
    };
    QString html = QStringLiteral("<b>%1</b><br>%2")
                           .arg(task.id.toHtmlEscaped(), StatusStyle::nodeState(t).toHtmlEscaped());
    if (t.isCarried())
        html += QStringLiteral("<br>") + tr("carried over from an earlier run");
    if (const QString chain = StatusStyle::modelChain(t); !chain.isEmpty())
        html += QStringLiteral("<br>") + tr("models: %1").arg(chain.toHtmlEscaped());
    if (!task.description.isEmpty())
        html += QStringLiteral("<br><br>") + shortened(task.description);
    if (!t.error.isEmpty())
        html += QStringLiteral("<br><br><span style=\"color:%1\">%2</span>")
                        .arg(StatusStyle::fill(TaskStatus::Failed).name(), shortened(t.error));
    if (const QString plan = m_document->planText(index); !plan.isEmpty() && !m_document->isLive())
        html += QStringLiteral("<br><br>") + tr("Next run: %1").arg(plan.toHtmlEscaped());
    return QStringLiteral("<qt>") + html + QStringLiteral("</qt>");
}

bool DagView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int task = m_item->taskAt(mapToScene(help->pos()));
        if (task >= 0)
            QToolTip::showText(help->globalPos(), toolTipFor(task), viewport(),
                               mapFromScene(m_item->nodeRect(task)).boundingRect());
        else
            QToolTip::hideText();
        return true;
    }
    return QGraphicsView::viewportEvent(event);
}

void DagView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    zoomBy(std::pow(1.2, steps));
    event->accept();
}

void DagView::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = event->position().toPoint();
    QGraphicsView::mousePressEvent(event);
}

void DagView::mouseMoveEvent(QMouseEvent *event)
{
    if ((event->buttons() & Qt::LeftButton)
        && (event->position().toPoint() - m_pressPos).manhattanLength() >= 4)
        m_autoFit = false; // dragged: the person looks somewhere on purpose
    QGraphicsView::mouseMoveEvent(event);
}

void DagView::mouseReleaseEvent(QMouseEvent *event)
{
    QGraphicsView::mouseReleaseEvent(event);
    // A click, not the end of a drag: select what is under it.
    if ((event->position().toPoint() - m_pressPos).manhattanLength() < 4) {
        const int task = m_item->taskAt(mapToScene(event->position().toPoint()));
        m_item->setSelected(task);
        emit taskSelected(task);
    }
}

void DagView::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, palette().color(QPalette::Base));
}

} // namespace altrunner
