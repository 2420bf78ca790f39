// SPDX-License-Identifier: GPL-3.0-or-later
#include "segmentedprogressbar.h"

#include <QPainter>

namespace altrunner {

void SegmentedProgressBar::setSegments(const QList<std::pair<int, QColor>> &segments)
{
    if (segments == m_segments)
        return;
    m_segments = segments;
    update();
}

void SegmentedProgressBar::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QRectF frame = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    p.setPen(palette().color(QPalette::Mid));
    p.setBrush(palette().color(QPalette::Base));
    p.drawRoundedRect(frame, 3, 3);
    const double whole = std::max(1, maximum() - minimum());
    const QRectF inner = frame.adjusted(1.5, 1.5, -1.5, -1.5);
    double x = inner.left();
    p.setPen(Qt::NoPen);
    for (const auto &[count, colour] : m_segments) {
        if (count <= 0)
            continue;
        const double w = inner.width() * count / whole;
        p.setBrush(colour);
        p.drawRect(QRectF(x, inner.top(), w, inner.height()));
        x += w;
    }
    // The text over it, readable on any segment: the window's text colour with a halo.
    const QString label = text();
    QFont f = font();
    p.setFont(f);
    p.setPen(palette().color(QPalette::Base));
    for (const QPointF d : {QPointF(-1, 0), QPointF(1, 0), QPointF(0, -1), QPointF(0, 1)})
        p.drawText(rect().translated(d.toPoint()), Qt::AlignCenter, label);
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(rect(), Qt::AlignCenter, label);
}

} // namespace altrunner
