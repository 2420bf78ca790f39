// SPDX-License-Identifier: GPL-3.0-or-later
#include "dagitem.h"

#include "rundocument.h"
#include "statusstyle.h"

#include <QApplication>
#include <QFontInfo>
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
constexpr qsizetype kFocusLayoutMax = 400;

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
    m_focus = -1;
    m_inFocus.clear();
    m_focusLayout.reset();
    updateBounds();
}

const DagLayout::Result &DagItem::layout() const
{
    return m_focusLayout ? *m_focusLayout : m_document->layout();
}

void DagItem::updateBounds()
{
    prepareGeometryChange();
    m_edgeBounds.clear();
    if (!m_document->hasLayout()) {
        m_bounds = QRectF();
        return;
    }
    const DagLayout::Result &l = layout();
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
    if (!m_document->hasLayout() || index < 0 || index >= layout().positions.size())
        return {};
    const QPointF c = layout().positions.at(index);
    return QRectF(c.x() - kOptions.nodeWidth / 2, c.y() - kOptions.nodeHeight / 2,
                  kOptions.nodeWidth, kOptions.nodeHeight);
}

int DagItem::taskAt(const QPointF &p) const
{
    if (!m_document->hasLayout())
        return -1;
    const DagLayout::Result &l = layout();
    const int row = DagLayout::rowAt(l, p.y(), kOptions.nodeHeight);
    if (row < 0)
        return -1;
    // A row's nodes are sorted by x: binary search for the one under the point.
    const QList<int> &nodes = l.rows.at(row);
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

std::pair<int, int> DagItem::rowsIn(const QRectF &exposed) const
{
    const QList<double> &y = layout().rowY;
    const int first
            = int(std::lower_bound(y.cbegin(), y.cend(), exposed.top() - kOptions.nodeHeight)
                  - y.cbegin());
    const int last
            = int(std::upper_bound(y.cbegin(), y.cend(), exposed.bottom() + kOptions.nodeHeight)
                  - y.cbegin())
            - 1;
    return {first, last};
}

void DagItem::setFocusTask(int index)
{
    m_focus = index;
    m_inFocus.clear();
    if (index >= 0 && index < m_document->taskCount()) {
        // Everything upstream (what it needs) and downstream (what needs it), walked both ways.
        const auto &tasks = m_document->altFile()->tasks;
        QList<QList<int>> dependents(tasks.size());
        for (qsizetype v = 0; v < tasks.size(); ++v) {
            for (int d : tasks.at(v).dependencies)
                dependents[d].append(int(v));
        }
        m_inFocus.fill(false, tasks.size());
        m_inFocus[index] = true;
        for (const bool upstream : {true, false}) {
            QList<int> stack {index};
            while (!stack.isEmpty()) {
                const int v = stack.takeLast();
                for (int w : upstream ? tasks.at(v).dependencies : dependents.at(v)) {
                    if (!m_inFocus.at(w)) {
                        m_inFocus[w] = true;
                        stack.append(w);
                    }
                }
            }
        }
    } else {
        m_focus = -1;
    }
    m_focusLayout.reset();
    if (m_focus >= 0 && m_document->hasLayout()) {
        // Laid out again on its own, so the neighbours sit together. Small sets only: on the
        // GUI thread this must stay far below a frame (a few hundred tasks lay out in
        // milliseconds); a larger one keeps its place in the whole graph, the rest faded.
        QList<int> local; // local index -> task
        QList<int> toLocal(m_inFocus.size(), -1);
        for (qsizetype v = 0; v < m_inFocus.size(); ++v) {
            if (m_inFocus.at(v)) {
                toLocal[v] = int(local.size());
                local.append(int(v));
            }
        }
        if (local.size() <= kFocusLayoutMax)
            m_focusLayout = focusLayout(local, toLocal);
    }
    updateBounds();
    update();
}

DagLayout::Result DagItem::focusLayout(const QList<int> &local, const QList<int> &toLocal) const
{
    const auto &tasks = m_document->altFile()->tasks;
    QList<QList<int>> deps(local.size());
    for (qsizetype i = 0; i < local.size(); ++i) {
        for (int d : tasks.at(local.at(i)).dependencies) {
            if (toLocal.at(d) >= 0)
                deps[i].append(toLocal.at(d));
        }
    }
    const DagLayout::Result sub = DagLayout::compute(deps, kOptions);
    // Back into task indices: tasks out of focus are nowhere (in no row, far outside).
    DagLayout::Result r;
    const qsizetype n = tasks.size();
    r.positions = QList<QPointF>(n, QPointF(-1e9, -1e9));
    r.layers = QList<int>(n, -1);
    for (qsizetype i = 0; i < local.size(); ++i) {
        r.positions[local.at(i)] = sub.positions.at(i);
        r.layers[local.at(i)] = sub.layers.at(i);
    }
    auto map = [&local](const QList<QList<int>> &lists) {
        QList<QList<int>> out;
        out.reserve(lists.size());
        for (const QList<int> &list : lists) {
            QList<int> mapped;
            mapped.reserve(list.size());
            for (int i : list)
                mapped.append(local.at(i));
            out.append(mapped);
        }
        return out;
    };
    r.order = map(sub.order);
    r.rows = map(sub.rows);
    r.rowY = sub.rowY;
    r.rowLength = sub.rowLength;
    r.edges = sub.edges;
    r.edgeList.reserve(sub.edgeList.size());
    for (const auto &[from, to] : sub.edgeList)
        r.edgeList.append({local.at(from), local.at(to)});
    r.bounds = sub.bounds;
    return r;
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
    const DagLayout::Result &l = layout();
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
            if (!isShown(int(v)))
                continue;
            const TaskUpdate &t = m_document->task(int(v));
            const QRgb c = t.fromCache() ? cachedColor : colors[size_t(t.status)];
            auto *row0 = reinterpret_cast<QRgb *>(image.scanLine(y));
            auto *row1 = reinterpret_cast<QRgb *>(image.scanLine(y + 1));
            row0[x] = row0[x + 1] = row1[x] = row1[x + 1] = c;
        }
        painter->drawImage(area, image);
        return;
    }
    // Zoomed out, thousands of edges are a grey fog: only the selected or focused task's are
    // drawn (the rest come back when zoomed in).
    QList<QLineF> lines;
    const int anchor = m_focus >= 0 ? m_focus : m_selected;
    for (qsizetype e = 0; anchor >= 0 && e < l.edgeList.size(); ++e) {
        const auto [from, to] = l.edgeList.at(e);
        const bool wanted
                = m_focus >= 0 ? isShown(from) && isShown(to) : from == anchor || to == anchor;
        if (wanted && m_edgeBounds.at(e).intersects(exposed))
            lines.append(QLineF(l.edges.at(e).first(), l.edges.at(e).last()));
    }
    QPen edgePen(StatusStyle::edge(palette), 0);
    edgePen.setCosmetic(true);
    painter->setPen(edgePen);
    painter->drawLines(lines.constData(), int(lines.size()));
    std::array<QList<QRectF>, kTaskStatusCount> byStatus;
    const auto [firstRow, lastRow] = rowsIn(exposed);
    for (int row = firstRow; row <= lastRow; ++row) {
        for (int v : l.rows.at(row)) {
            const QRectF r = nodeRect(v);
            if (isShown(v) && r.intersects(exposed))
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
    const DagLayout::Result &l = layout();
    const QPalette palette = QApplication::palette();
    const bool detailed = lod > 0.34;
    painter->setRenderHint(QPainter::Antialiasing, detailed);
    if (!detailed && l.positions.size() > 2000) {
        paintOverview(painter, exposed);
        return;
    }

    // Edges: one cosmetic pen, culled by their bounding boxes; arrowheads only when legible.
    QPen edgePen(StatusStyle::edge(palette), 0);
    edgePen.setCosmetic(true);
    QPen criticalPen(StatusStyle::critical(), 3);
    criticalPen.setCosmetic(true);
    const QList<int> &critical = m_document->criticalPath();
    // A wrapped drawing's edges run straight across many rows: only those whose both ends are
    // near what is shown are drawn (the local structure), with the selected or focused task's.
    const QRectF near = exposed.adjusted(-exposed.width(), -exposed.height(), exposed.width(),
                                         exposed.height());
    const int anchor = m_focus >= 0 ? m_focus : m_selected;
    for (qsizetype e = 0; e < l.edges.size(); ++e) {
        if (!m_edgeBounds.at(e).intersects(exposed))
            continue;
        const auto [from, to] = l.edgeList.at(e);
        if (!isShown(from) || !isShown(to))
            continue;
        if (l.rowLength > 0 && m_focus < 0 && from != anchor && to != anchor
            && !(near.contains(l.positions.at(from)) && near.contains(l.positions.at(to))))
            continue;
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

    // Nodes: only the rows and the stretch of each row that are exposed. Labels keep the same
    // size on screen at every zoom where boxes are drawn (at most the box's height).
    const auto [firstRow, lastRow] = rowsIn(exposed);
    QFont font = QApplication::font();
    const double screenPixels = QFontInfo(font).pixelSize();
    font.setPixelSize(std::max(
            1, int(std::min(screenPixels / std::max(lod, 0.01), kOptions.nodeHeight * 0.62))));
    painter->setFont(font);
    for (int row = firstRow; row <= lastRow; ++row) {
        const QList<int> &nodes = l.rows.at(row);
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
            painter->setOpacity(isShown(v) ? 1.0 : 0.15);
            QPen border(fill.darker(140), 1);
            if (m_showCritical && m_document->isCritical(v))
                border = QPen(StatusStyle::critical(), 3);
            if (t.aiFallback)
                border = QPen(StatusStyle::fallbackMark(), 3, Qt::DashLine);
            if (m_document->isProblem(v))
                border = QPen(StatusStyle::fill(TaskStatus::Failed), 3, Qt::DashLine);
            if (v == m_selected)
                border = QPen(palette.color(QPalette::Highlight), 4);
            border.setCosmetic(!detailed);
            painter->setPen(border);
            if (detailed) {
                // The body tells the state at a glance, on light and dark palettes alike: a
                // pending task is an outline, a finished one a solid tint of its status, and a
                // task that never ran because of another (cancelled) is hatched.
                const QColor body = StatusStyle::nodeBody(t, palette);
                if (t.status == TaskStatus::Pending && !t.fromCache()) {
                    QPen outline(fill, 1.5, Qt::DashLine);
                    if (border.width() > 1)
                        outline = border;
                    painter->setPen(outline);
                }
                painter->setBrush(body);
                painter->drawRoundedRect(r, 6, 6);
                if (t.status == TaskStatus::Cancelled) {
                    painter->setPen(Qt::NoPen);
                    painter->setBrush(QBrush(fill.darker(120), Qt::BDiagPattern));
                    painter->drawRoundedRect(r, 6, 6);
                }
                // A status strip on the left, then the id and, where there is room, the status.
                painter->setPen(Qt::NoPen);
                painter->setBrush(fill);
                painter->drawRoundedRect(QRectF(r.left(), r.top(), 8, r.height()), 3, 3);
                {
                    painter->setPen(StatusStyle::textOn(body));
                    const QRectF label = r.adjusted(14, 2, -6, -2);
                    const QFontMetricsF fm = painter->fontMetrics();
                    const QString id = fm.elidedText(m_document->altFile()->tasks.at(v).id,
                                                     Qt::ElideMiddle, label.width());
                    // Two lines where both read (at least 9 pixels on screen), else the id.
                    const int twoLines = int(label.height() / 2.3);
                    if (twoLines * lod >= 9) {
                        const QRectF top(label.left(), label.top(), label.width(),
                                         label.height() / 2);
                        QFont idFont = painter->font();
                        idFont.setPixelSize(std::min(idFont.pixelSize(), twoLines));
                        painter->save();
                        painter->setFont(idFont);
                        painter->drawText(top, Qt::AlignBottom | Qt::AlignLeft,
                                          painter->fontMetrics().elidedText(
                                                  m_document->altFile()->tasks.at(v).id,
                                                  Qt::ElideMiddle, int(label.width())));
                        QFont small = idFont;
                        small.setPixelSize(std::max(1, int(idFont.pixelSize() * 0.85)));
                        painter->setFont(small);
                        painter->drawText(top.translated(0, top.height()),
                                          Qt::AlignTop | Qt::AlignLeft, StatusStyle::nodeState(t));
                        painter->restore();
                    } else {
                        painter->drawText(label, Qt::AlignVCenter | Qt::AlignLeft, id);
                    }
                }
                if (t.aiFallback) {
                    painter->setPen(StatusStyle::fallbackMark());
                    painter->drawText(r.adjusted(0, 0, -6, 0), Qt::AlignRight | Qt::AlignVCenter,
                                      QStringLiteral("mock"));
                } else if (!t.extra().fallbacks.isEmpty()) {
                    // Answered by a fallback model (docs/outputs.md): a small arrow, top right;
                    // the chain is in the task's details and tool tip.
                    painter->setPen(StatusStyle::fallbackMark());
                    painter->drawText(r.adjusted(0, 1, -5, 0), Qt::AlignRight | Qt::AlignTop,
                                      QStringLiteral("\u21aa"));
                }
                if (t.status == TaskStatus::Running && !t.extra().streamedText.isEmpty()) {
                    // Its answer is arriving: three dots, as a chat shows someone typing, and a
                    // line under the node that grows with the text.
                    painter->setPen(Qt::NoPen);
                    painter->setBrush(fill);
                    const double d = 4;
                    for (int i = 0; i < 3; ++i)
                        painter->drawEllipse(QPointF(r.right() - 8 - i * (d + 3), r.center().y()),
                                             d / 2, d / 2);
                    const double grown
                            = std::min(1.0, std::log10(1.0 + t.extra().streamedText.size()) / 4);
                    painter->drawRect(
                            QRectF(r.left() + 8, r.bottom() - 3, (r.width() - 8) * grown, 3));
                }
            } else {
                painter->drawRect(r);
            }
        }
    }
    painter->setOpacity(1.0);
}

} // namespace altrunner
