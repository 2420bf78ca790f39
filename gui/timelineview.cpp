// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineview.h"

#include "util/durationtext.h"

#include "rundocument.h"
#include "statusstyle.h"

#include <QDateTime>
#include <QHelpEvent>
#include <QPainter>
#include <QPolygonF>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace altrunner {

namespace {

constexpr int kLabelWidth = 170;

QColor outcomeColor(AttemptOutcome o)
{
    return StatusStyle::fill(StatusStyle::statusOf(o));
}

} // namespace

TimelineView::TimelineView(RunDocument *document, QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_document(document)
{
    setMouseTracking(true);
    viewport()->setMouseTracking(true);
    connect(document, &RunDocument::reset, this, &TimelineView::rebuildRows);
    connect(document, &RunDocument::tasksChanged, this, &TimelineView::onTasksChanged);
    connect(document, &RunDocument::snapshotChanged, this, [this] {
        if (m_document->isLive()) {
            updateScrollBars();
            followNow();
            viewport()->update();
        }
    });
    connect(document, &RunDocument::criticalPathChanged, viewport(), qOverload<>(&QWidget::update));
    updateMetrics();
    rebuildRows();
}

void TimelineView::updateMetrics()
{
    // Rows and the axis grow with the font, so large fonts never overlap.
    QFont small = font();
    small.setPointSizeF(std::max(7.0, small.pointSizeF() - 1));
    const QFontMetrics metrics(small);
    m_rowHeight = std::max(20, metrics.height() + 6);
    m_axisHeight = std::max(26, metrics.height() + 10);
    m_tickLabelWidth = metrics.horizontalAdvance(QStringLiteral("00:00:00.000")) + 12;
}

void TimelineView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::ApplicationFontChange) {
        updateMetrics();
        updateScrollBars();
    }
    QAbstractScrollArea::changeEvent(event);
}

void TimelineView::setFollowNow(bool follow)
{
    m_followNow = follow;
    followNow();
}

void TimelineView::followNow()
{
    if (!m_followNow || !m_document->isLive() || m_autoFit)
        return;
    // Keep the present moment in view, a fifth of the width from the right edge.
    const double nowX = double(m_document->snapshot().elapsedMs) / m_msPerPixel;
    const int width = viewport()->width() - kLabelWidth;
    QScrollBar *h = horizontalScrollBar();
    if (nowX < h->value() || nowX > h->value() + width * 0.9)
        h->setValue(int(nowX - width * 0.8));
}

void TimelineView::rebuildRows()
{
    m_rows.clear();
    m_rowOf.fill(-1, m_document->taskCount());
    // Tasks that started, by start time; then the ones that ended without starting.
    QList<int> started, never;
    for (int i = 0; i < m_document->taskCount(); ++i) {
        const TaskUpdate &t = m_document->task(i);
        if (t.startMs >= 0 && !t.isCarried())
            started.append(i);
        else if (isFinal(t.status))
            never.append(i);
    }
    std::stable_sort(started.begin(), started.end(), [this](int a, int b) {
        return m_document->task(a).startMs < m_document->task(b).startMs;
    });
    m_lastEnd = -1;
    for (int i : std::as_const(started) + never) {
        m_rowOf[i] = int(m_rows.size());
        m_rows.append(i);
        noteEnd(i);
    }
    m_autoFit = true;
    updateScrollBars();
    viewport()->update();
}

void TimelineView::onTasksChanged(const QList<int> &indices)
{
    // Rows are appended as tasks start: a live chart grows downwards, and no batch re-sorts it.
    const bool atBottom
            = verticalScrollBar()->value() >= verticalScrollBar()->maximum() - m_rowHeight;
    for (int i : indices) {
        if (i >= m_rowOf.size())
            continue;
        noteEnd(i);
        if (m_rowOf.at(i) >= 0)
            continue;
        const TaskUpdate &t = m_document->task(i);
        if (t.startMs >= 0 || isFinal(t.status)) {
            m_rowOf[i] = int(m_rows.size());
            m_rows.append(i);
        }
    }
    updateScrollBars();
    if (m_followNow && atBottom && m_document->isLive())
        verticalScrollBar()->setValue(verticalScrollBar()->maximum()); // newest rows in view
    viewport()->update();
}

qint64 TimelineView::spanMs() const
{
    // The latest end is kept as tasks change (a loop over 100,000 rows per batch would stall).
    const qint64 origin = m_document->timeOrigin();
    const qint64 ends = m_lastEnd >= 0 && origin >= 0 ? m_lastEnd - origin : 0;
    return std::max<qint64>({m_document->snapshot().elapsedMs, ends, 1});
}

void TimelineView::noteEnd(int task)
{
    const TaskUpdate &t = m_document->task(task);
    if (t.endMs >= 0 && !t.isCarried())
        m_lastEnd = std::max(m_lastEnd, t.endMs);
}

QSize TimelineView::fullSize() const
{
    return QSize(kLabelWidth + int(double(spanMs()) / m_msPerPixel) + 40,
                 m_axisHeight + int(m_rows.size()) * m_rowHeight + 4);
}

void TimelineView::updateScrollBars()
{
    if (m_autoFit) {
        const int width = std::max(200, viewport()->width() - kLabelWidth - 30);
        m_msPerPixel = std::max(0.01, double(spanMs()) / width);
    }
    const QSize full = fullSize();
    horizontalScrollBar()->setRange(0, std::max(0, full.width() - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    verticalScrollBar()->setRange(0, std::max(0, full.height() - viewport()->height()));
    verticalScrollBar()->setPageStep(viewport()->height());
    verticalScrollBar()->setSingleStep(m_rowHeight);
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void TimelineView::zoomBy(double factor)
{
    m_autoFit = false;
    m_msPerPixel = std::clamp(m_msPerPixel / factor, 0.01, 1e6);
    updateScrollBars();
    viewport()->update();
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        zoomBy(std::pow(1.25, event->angleDelta().y() / 120.0));
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

int TimelineView::rowAt(int y) const
{
    const int row = (y - m_axisHeight + verticalScrollBar()->value()) / m_rowHeight;
    return y < m_axisHeight || row < 0 || row >= m_rows.size() ? -1 : row;
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    const int row = rowAt(int(event->position().y()));
    if (row >= 0) {
        setSelectedTask(m_rows.at(row));
        emit taskSelected(m_rows.at(row));
    }
}

void TimelineView::setSelectedTask(int index)
{
    m_selected = index;
    const int row = index >= 0 && index < m_rowOf.size() ? m_rowOf.at(index) : -1;
    if (row >= 0) {
        const int y = row * m_rowHeight;
        if (y < verticalScrollBar()->value()
            || y > verticalScrollBar()->value() + viewport()->height() - m_axisHeight - m_rowHeight)
            verticalScrollBar()->setValue(y - viewport()->height() / 2);
    }
    viewport()->update();
}

QString TimelineView::tooltipAt(const QPoint &pos) const
{
    const int row = rowAt(pos.y());
    if (row < 0)
        return {};
    const int task = m_rows.at(row);
    const TaskUpdate &t = m_document->task(task);
    const qint64 origin = m_document->timeOrigin();
    const double ms = (pos.x() - kLabelWidth + horizontalScrollBar()->value()) * m_msPerPixel;
    QString text = QStringLiteral("<b>%1</b> — %2")
                           .arg(m_document->altFile()->tasks.at(task).id.toHtmlEscaped(),
                                StatusStyle::label(t.status));
    for (qsizetype a = 0; a < t.attempts.size(); ++a) {
        const AttemptRecord &r = t.attempts.at(a);
        const qint64 end = r.endMs > 0 ? r.endMs : origin + m_document->snapshot().elapsedMs;
        const bool here = ms >= double(r.startMs - origin) && ms <= double(end - origin);
        if (r.waitMs > 0)
            text += tr("<br>&nbsp;&nbsp;waited %1 for a rate-limit or budget slot")
                            .arg(StatusStyle::duration(r.waitMs));
        text += QStringLiteral("<br>%1attempt %2: %3 → %4 (%5)%6%7")
                        .arg(here ? QStringLiteral("▶ ") : QString())
                        .arg(a + 1)
                        .arg(StatusStyle::duration(r.startMs - origin),
                             StatusStyle::duration(end - origin),
                             StatusStyle::duration(end - r.startMs))
                        .arg(r.endMs > 0 ? QStringLiteral(", ") + StatusStyle::label(r.outcome)
                                         : tr(", running"))
                        .arg(r.error.isEmpty()
                                     ? QString()
                                     : QStringLiteral(": ") + r.error.left(200).toHtmlEscaped());
        if (a < t.extra().retryDelaysMs.size())
            text += tr("<br>&nbsp;&nbsp;back-off %1")
                            .arg(StatusStyle::duration(t.extra().retryDelaysMs.at(a)));
    }
    if (t.fromCache())
        text += tr("<br>answered from the result cache");
    if (t.isCarried())
        text += tr("<br>carried over from an earlier run");
    if (t.attempts.isEmpty() && !t.error.isEmpty())
        text += QStringLiteral("<br>") + t.error.toHtmlEscaped();
    if (m_document->isCritical(task))
        text += tr("<br><i>on the critical path</i>");
    return text;
}

bool TimelineView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = tooltipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    const int scrollY = verticalScrollBar()->value();
    const int firstRow = scrollY / m_rowHeight;
    const int lastRow
            = std::min(int(m_rows.size()) - 1, (scrollY + viewport()->height()) / m_rowHeight + 1);
    paintChart(painter, viewport()->rect(), firstRow, lastRow, horizontalScrollBar()->value(),
               scrollY, false);
}

void TimelineView::renderAll(QPainter *painter, const QSize &size)
{
    paintChart(*painter, QRect(QPoint(0, 0), size), 0, int(m_rows.size()) - 1, 0, 0, true);
}

void TimelineView::paintChart(QPainter &p, const QRect &area, int firstRow, int lastRow,
                              int scrollX, int scrollY, bool wholeChart)
{
    const QPalette pal = palette();
    p.fillRect(area, pal.color(QPalette::Base));
    if (!m_document->altFile())
        return;
    const qint64 origin = m_document->timeOrigin();
    const qint64 now = origin + m_document->snapshot().elapsedMs;
    auto xOf = [&](qint64 ms) {
        return kLabelWidth + (double(ms - origin) / m_msPerPixel) - scrollX;
    };
    QFont small = font();
    small.setPointSizeF(std::max(7.0, small.pointSizeF() - 1));
    p.setFont(small);

    // Rows.
    for (int row = std::max(0, firstRow); row <= lastRow; ++row) {
        const int task = m_rows.at(row);
        const TaskUpdate &t = m_document->task(task);
        const int y = m_axisHeight + row * m_rowHeight - scrollY;
        if (row % 2)
            p.fillRect(QRect(0, y, area.width(), m_rowHeight), pal.color(QPalette::AlternateBase));
        if (task == m_selected)
            p.fillRect(QRect(0, y, area.width(), m_rowHeight),
                       pal.color(QPalette::Highlight).lighter(170));
        p.setClipRect(QRect(kLabelWidth, m_axisHeight, area.width() - kLabelWidth,
                            area.height() - m_axisHeight));
        if (t.isCarried()) {
            // Its result came from an earlier run: no bar on this run's time, a mark instead.
            const QRectF mark(kLabelWidth + 4 - scrollX, y + 3, 150, m_rowHeight - 6);
            p.setPen(QPen(StatusStyle::taskFill(t), 1, Qt::DashLine));
            p.setBrush(Qt::NoBrush);
            p.drawRect(mark);
            p.setPen(pal.color(QPalette::Text));
            p.drawText(mark.adjusted(4, 0, -2, 0), Qt::AlignVCenter | Qt::AlignLeft,
                       tr("carried over"));
        }
        // Back-off gaps between attempts, then the attempts.
        for (qsizetype a = 0; a + 1 < t.attempts.size(); ++a) {
            p.setPen(QPen(StatusStyle::fill(TaskStatus::Retrying), 1, Qt::DashLine));
            const double yMid = y + m_rowHeight / 2.0;
            p.drawLine(QPointF(xOf(t.attempts.at(a).endMs), yMid),
                       QPointF(xOf(t.attempts.at(a + 1).startMs), yMid));
        }
        if (t.status == TaskStatus::Retrying && !t.attempts.isEmpty()) {
            p.setPen(QPen(StatusStyle::fill(TaskStatus::Retrying), 1, Qt::DashLine));
            const double yMid = y + m_rowHeight / 2.0;
            p.drawLine(QPointF(xOf(t.attempts.last().endMs), yMid), QPointF(xOf(now), yMid));
        }
        // Waits for a rate or budget slot before an attempt: hatched, their own segment.
        for (const AttemptRecord &r : t.attempts) {
            if (r.waitMs <= 0)
                continue;
            const double x0 = xOf(r.startMs - r.waitMs);
            p.setPen(Qt::NoPen);
            p.setBrush(QBrush(StatusStyle::waiting(), Qt::BDiagPattern));
            p.drawRect(QRectF(x0, y + 6, std::max(1.0, xOf(r.startMs) - x0), m_rowHeight - 12));
        }
        for (const AttemptRecord &r : t.attempts) {
            const bool running = r.endMs <= 0;
            const double x0 = xOf(r.startMs);
            const double x1 = std::max(x0 + 2, xOf(running ? now : r.endMs));
            const QColor c
                    = running ? StatusStyle::fill(TaskStatus::Running) : outcomeColor(r.outcome);
            p.setPen(Qt::NoPen);
            p.setBrush(c);
            p.drawRect(QRectF(x0, y + 4, x1 - x0, m_rowHeight - 8));
        }
        if (t.fromCache() && t.startMs >= 0) {
            // No attempt, no duration: a diamond where the cache answered.
            const double x = xOf(t.startMs), yMid = y + m_rowHeight / 2.0;
            p.setPen(Qt::NoPen);
            p.setBrush(StatusStyle::cached());
            p.drawPolygon(QPolygonF({QPointF(x, yMid - 6), QPointF(x + 6, yMid),
                                     QPointF(x, yMid + 6), QPointF(x - 6, yMid)}));
        }
        if (t.aiFallback) {
            p.setPen(QPen(StatusStyle::fallbackMark(), 2));
            p.setBrush(Qt::NoBrush);
            if (!t.attempts.isEmpty())
                p.drawRect(QRectF(xOf(t.attempts.first().startMs), y + 3,
                                  xOf(t.attempts.last().endMs) - xOf(t.attempts.first().startMs),
                                  m_rowHeight - 6));
        }
        p.setClipping(false);
        // Label column.
        p.fillRect(QRect(0, y, kLabelWidth, m_rowHeight),
                   row % 2 ? pal.color(QPalette::AlternateBase) : pal.color(QPalette::Base));
        if (m_document->isCritical(task))
            p.fillRect(QRect(0, y + 2, 4, m_rowHeight - 4), StatusStyle::critical());
        p.setPen(StatusStyle::taskFill(t));
        p.setBrush(StatusStyle::taskFill(t));
        p.drawEllipse(QRectF(8, y + m_rowHeight / 2.0 - 4, 8, 8));
        QFont f = small;
        f.setBold(m_document->isCritical(task));
        p.setFont(f);
        p.setPen(pal.color(QPalette::Text));
        const QString id = p.fontMetrics().elidedText(m_document->altFile()->tasks.at(task).id,
                                                      Qt::ElideMiddle, kLabelWidth - 28);
        p.drawText(QRect(22, y, kLabelWidth - 26, m_rowHeight), Qt::AlignVCenter | Qt::AlignLeft,
                   id);
        p.setFont(small);
    }

    // Axis with ticks at a readable step.
    p.fillRect(QRect(0, 0, area.width(), m_axisHeight), pal.color(QPalette::Window));
    p.setPen(pal.color(QPalette::Mid));
    p.drawLine(0, m_axisHeight - 1, area.width(), m_axisHeight - 1);
    p.drawLine(kLabelWidth - 1, 0, kLabelWidth - 1, area.height());
    const double visibleMs = (area.width() - kLabelWidth) * m_msPerPixel;
    static const qint64 steps[]
            = {1,    2,     5,     10,    20,    50,     100,    200,    500,     1000,   2000,
               5000, 10000, 15000, 30000, 60000, 120000, 300000, 600000, 1800000, 3600000};
    qint64 step = steps[std::size(steps) - 1];
    for (qint64 s : steps) {
        if (double(s) / m_msPerPixel >= m_tickLabelWidth) {
            step = s;
            break;
        }
    }
    p.setPen(pal.color(QPalette::WindowText));
    p.drawText(QRect(6, 0, kLabelWidth - 10, m_axisHeight), Qt::AlignVCenter,
               wholeChart ? tr("task / time") : tr("%n task(s)", "", int(m_rows.size())));
    const qint64 firstTick = qint64(std::max(0.0, scrollX * m_msPerPixel) / double(step)) * step;
    for (qint64 ms = firstTick; ms <= qint64(scrollX * m_msPerPixel + visibleMs) + step;
         ms += step) {
        const double x = xOf(origin + ms);
        if (x < kLabelWidth)
            continue;
        p.setPen(pal.color(QPalette::Mid));
        p.drawLine(QPointF(x, m_axisHeight - 6), QPointF(x, m_axisHeight - 1));
        p.setPen(pal.color(QPalette::WindowText));
        p.drawText(QRectF(x + 3, 0, m_tickLabelWidth, m_axisHeight - 4),
                   Qt::AlignBottom | Qt::AlignLeft, StatusStyle::duration(ms));
    }
    if (m_document->isLive()) {
        p.setPen(QPen(pal.color(QPalette::Highlight), 1, Qt::DashLine));
        const double x = xOf(now);
        if (x >= kLabelWidth)
            p.drawLine(QPointF(x, m_axisHeight), QPointF(x, area.height()));
    }
}

} // namespace altrunner
