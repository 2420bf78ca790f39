// SPDX-License-Identifier: GPL-3.0-or-later
#include "dagitem.h"

#include "rundocument.h"
#include "statusstyle.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <array>
#include <cmath>

namespace altrunner {

namespace {

constexpr double kMargin = 30;
const DagLayout::Options kOptions;

} // namespace

DagItem::DagItem(RunDocument *document)
    : m_document(document)
{
    setFlag(ItemUsesExtendedStyleOption);
}

QRectF DagItem::boundingRect() const
{
    return m_bounds;
}

void DagItem::layoutChanged()
{
    prepareGeometryChange();
    m_edgeBounds.clear();
    if (!m_document->hasLayout()) {
        m_bounds = QRectF();
        return;
    }
    const DagLayout::Result &l = m_document->layout();
    m_bounds = l.bounds.adjusted(-kMargin, -kMargin, kMargin, kMargin);
    m_edgeBounds.reserve(l.edges.size());
    for (const QList<QPointF> &line : l.edges) {
        double x0 = line.first().x(), x1 = x0, y0 = line.first().y(), y1 = y0;
        for (const QPointF &p : line) {
            x0 = std::min(x0, p.x());
            x1 = std::max(x1, p.x());
            y0 = std::min(y0, p.y());
            y1 = std::max(y1, p.y());
        }
        m_edgeBounds.append(QRectF(x0 - 6, y0 - 6, x1 - x0 + 12, y1 - y0 + 12));
    }
}

QRectF DagItem::nodeRect(int index) const
{
    if (!m_document->hasLayout() || index < 0 || index >= m_document->layout().positions.size())
        return {};
    const QPointF c = m_document->layout().positions.at(index);
    return QRectF(c.x() - kOptions.nodeWidth / 2, c.y() - kOptions.nodeHeight / 2,
                  kOptions.nodeWidth, kOptions.nodeHeight);
}

int DagItem::taskAt(const QPointF &p) const
{
    if (!m_document->hasLayout())
        return -1;
    const DagLayout::Result &l = m_document->layout();
    const double rowHeight = kOptions.nodeHeight + kOptions.layerGap;
    const int layer = int(std::floor(p.y() / rowHeight));
    if (layer < 0 || layer >= l.order.size())
        return -1;
    // A layer's nodes are sorted by x: binary search for the one under the point.
    const QList<int> &nodes = l.order.at(layer);
    auto it = std::lower_bound(nodes.cbegin(), nodes.cend(), p.x() - kOptions.nodeWidth / 2,
                               [&](int v, double x) { return l.positions.at(v).x() < x; });
    if (it != nodes.cend() && nodeRect(*it).contains(p))
        return *it;
    return -1;
}

void DagItem::setSelected(int index)
{
    const QRectF old = nodeRect(m_selected);
    m_selected = index;
    update(old.adjusted(-4, -4, 4, 4));
    update(nodeRect(index).adjusted(-4, -4, 4, 4));
}

void DagItem::setShowCriticalPath(bool show)
{
    m_showCritical = show;
    update();
}

void DagItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    paintContent(painter, option->exposedRect, lod);
}

void DagItem::paintAll(QPainter *painter)
{
    paintContent(painter, m_bounds, 1.0);
}

void DagItem::paintOverview(QPainter *painter, const QRectF &exposed)
{
    // Zoomed out on a large graph: straight edges in one call, nodes as plain rectangles in one
    // call per status. Tens of thousands of tasks paint in a few milliseconds.
    const DagLayout::Result &l = m_document->layout();
    const QPalette palette = QApplication::palette();
    const QTransform toDevice = painter->worldTransform();
    if (toDevice.m11() * kOptions.nodeWidth < 4) {
        // So far out that a task is a few pixels: plot them straight into an image at the
        // screen's resolution, no edges, and draw that image over the exposed area.
        const QRectF area = exposed.intersected(m_bounds);
        const double scale = toDevice.m11();
        const QSize size(std::clamp(int(area.width() * scale) + 2, 1, 8192),
                         std::clamp(int(area.height() * std::abs(toDevice.m22())) + 2, 1, 8192));
        if (area.isEmpty())
            return;
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        std::array<QRgb, kTaskStatusCount> colors;
        for (size_t s = 0; s < colors.size(); ++s)
            colors[s] = StatusStyle::fill(TaskStatus(s)).rgba();
        const QRgb cachedColor = StatusStyle::cached().rgba();
        const double sx = size.width() / area.width(), sy = size.height() / area.height();
        const int w = image.width(), h = image.height();
        for (qsizetype v = 0; v < l.positions.size(); ++v) {
            const QPointF p = l.positions.at(v) - area.topLeft();
            const int x = int(p.x() * sx), y = int(p.y() * sy);
            if (x < 0 || y < 0 || x + 1 >= w || y + 1 >= h)
                continue;
            const TaskUpdate &t = m_document->task(int(v));
            const QRgb c = t.cached ? cachedColor : colors[size_t(t.status)];
            auto *row0 = reinterpret_cast<QRgb *>(image.scanLine(y));
            auto *row1 = reinterpret_cast<QRgb *>(image.scanLine(y + 1));
            row0[x] = row0[x + 1] = row1[x] = row1[x + 1] = c;
        }
        painter->drawImage(area, image);
        return;
    }
    QList<QLineF> lines;
    lines.reserve(l.edgeList.size());
    for (qsizetype e = 0; e < l.edgeList.size(); ++e) {
        if (m_edgeBounds.at(e).intersects(exposed))
            lines.append(QLineF(l.edges.at(e).first(), l.edges.at(e).last()));
    }
    QPen edgePen(palette.color(QPalette::Mid), 0);
    edgePen.setCosmetic(true);
    painter->setPen(edgePen);
    painter->drawLines(lines.constData(), int(lines.size()));
    std::array<QList<QRectF>, kTaskStatusCount> byStatus;
    const double rowHeight = kOptions.nodeHeight + kOptions.layerGap;
    const int firstLayer
            = std::max(0, int(std::floor((exposed.top() - kOptions.nodeHeight) / rowHeight)));
    const int lastLayer
            = std::min(int(l.order.size()) - 1, int(std::ceil(exposed.bottom() / rowHeight)));
    for (int layer = firstLayer; layer <= lastLayer; ++layer) {
        for (int v : l.order.at(layer)) {
            const QRectF r = nodeRect(v);
            if (r.intersects(exposed))
                byStatus[size_t(m_document->task(v).status)].append(r);
        }
    }
    painter->setPen(Qt::NoPen);
    for (size_t s = 0; s < byStatus.size(); ++s) {
        painter->setBrush(StatusStyle::fill(TaskStatus(s)));
        painter->drawRects(byStatus[s].constData(), int(byStatus[s].size()));
    }
    if (m_selected >= 0) {
        painter->setPen(QPen(palette.color(QPalette::Highlight), 3, Qt::SolidLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(nodeRect(m_selected));
    }
}

void DagItem::paintContent(QPainter *painter, const QRectF &exposed, double lod)
{
    if (!m_document->hasLayout())
        return;
    const DagLayout::Result &l = m_document->layout();
    const QPalette palette = QApplication::palette();
    const bool detailed = lod > 0.3;
    painter->setRenderHint(QPainter::Antialiasing, detailed);
    if (!detailed && l.positions.size() > 2000) {
        paintOverview(painter, exposed);
        return;
    }

    // Edges: one cosmetic pen, culled by their bounding boxes; arrowheads only when legible.
    QPen edgePen(palette.color(QPalette::Mid), 0);
    edgePen.setCosmetic(true);
    QPen criticalPen(StatusStyle::critical(), 3);
    criticalPen.setCosmetic(true);
    const QList<int> &critical = m_document->criticalPath();
    for (qsizetype e = 0; e < l.edges.size(); ++e) {
        if (!m_edgeBounds.at(e).intersects(exposed))
            continue;
        const auto [from, to] = l.edgeList.at(e);
        bool onPath = false;
        if (m_showCritical && m_document->isCritical(from) && m_document->isCritical(to)) {
            const qsizetype at = critical.indexOf(to);
            onPath = at > 0 && critical.at(at - 1) == from;
        }
        painter->setPen(onPath ? criticalPen : edgePen);
        const QList<QPointF> &line = l.edges.at(e);
        painter->drawPolyline(line.constData(), int(line.size()));
        if (detailed) {
            const QPointF tip = line.last();
            const QPointF prev = line.at(line.size() - 2);
            const double angle = std::atan2(tip.y() - prev.y(), tip.x() - prev.x());
            const QPointF a = tip - QPointF(std::cos(angle - 0.4) * 9, std::sin(angle - 0.4) * 9);
            const QPointF b = tip - QPointF(std::cos(angle + 0.4) * 9, std::sin(angle + 0.4) * 9);
            painter->setBrush(painter->pen().color());
            const QPointF head[3] = {tip, a, b};
            painter->drawPolygon(head, 3);
        }
    }

    // Nodes: only the layers and the stretch of each layer that are exposed.
    const double rowHeight = kOptions.nodeHeight + kOptions.layerGap;
    const int firstLayer
            = std::max(0, int(std::floor((exposed.top() - kOptions.nodeHeight) / rowHeight)));
    const int lastLayer
            = std::min(int(l.order.size()) - 1, int(std::ceil(exposed.bottom() / rowHeight)));
    QFont font = painter->font();
    font.setPointSizeF(9);
    painter->setFont(font);
    const QColor text = palette.color(QPalette::WindowText);
    for (int layer = firstLayer; layer <= lastLayer; ++layer) {
        const QList<int> &nodes = l.order.at(layer);
        auto it = std::lower_bound(nodes.cbegin(), nodes.cend(),
                                   exposed.left() - kOptions.nodeWidth,
                                   [&](int v, double x) { return l.positions.at(v).x() < x; });
        for (; it != nodes.cend()
             && l.positions.at(*it).x() - kOptions.nodeWidth / 2 <= exposed.right();
             ++it) {
            const int v = *it;
            const QRectF r = nodeRect(v);
            const TaskUpdate &t = m_document->task(v);
            const QColor fill = StatusStyle::taskFill(t);
            QPen border(fill.darker(140), 1);
            if (m_showCritical && m_document->isCritical(v))
                border = QPen(StatusStyle::critical(), 3);
            if (t.aiFallback)
                border = QPen(StatusStyle::fallbackMark(), 3, Qt::DashLine);
            if (v == m_selected)
                border = QPen(palette.color(QPalette::Highlight), 4);
            border.setCosmetic(!detailed);
            painter->setPen(border);
            QColor body = fill;
            body.setAlpha(40); // a tint of the status over the base colour
            painter->setBrush(detailed ? QBrush(body) : QBrush(fill));
            if (detailed) {
                painter->drawRoundedRect(r, 6, 6);
                // A status strip on the left, then the id.
                painter->setPen(Qt::NoPen);
                painter->setBrush(fill);
                painter->drawRoundedRect(QRectF(r.left(), r.top(), 8, r.height()), 3, 3);
                if (lod > 0.38) {
                    painter->setPen(text);
                    const QRectF label = r.adjusted(14, 2, -6, -2);
                    const QString id = painter->fontMetrics().elidedText(
                            m_document->altFile()->tasks.at(v).id, Qt::ElideMiddle,
                            int(label.width()));
                    painter->drawText(label, Qt::AlignVCenter | Qt::AlignLeft, id);
                }
                if (t.aiFallback) {
                    painter->setPen(StatusStyle::fallbackMark());
                    painter->drawText(r.adjusted(0, 0, -6, 0), Qt::AlignRight | Qt::AlignVCenter,
                                      QStringLiteral("mock"));
                }
                if (t.status == TaskStatus::Running && !t.streamedText.isEmpty()) {
                    // Its answer is arriving: three dots, as a chat shows someone typing, and a
                    // line under the node that grows with the text.
                    painter->setPen(Qt::NoPen);
                    painter->setBrush(fill);
                    const double d = 4;
                    for (int i = 0; i < 3; ++i)
                        painter->drawEllipse(QPointF(r.right() - 8 - i * (d + 3), r.center().y()),
                                             d / 2, d / 2);
                    const double grown = std::min(1.0, std::log10(1.0 + t.streamedText.size()) / 4);
                    painter->drawRect(
                            QRectF(r.left() + 8, r.bottom() - 3, (r.width() - 8) * grown, 3));
                }
            } else {
                painter->drawRect(r);
            }
        }
    }
}

} // namespace altrunner
