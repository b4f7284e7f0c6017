// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/networkitem.h"

#include "charts/timelinechart.h"

#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

namespace ds::gui {

namespace {

/// Clips a segment to a rectangle (Liang–Barsky); false when none of it is inside.
bool clipToRect(QLineF &line, const QRectF &r) {
    double t0 = 0, t1 = 1;
    const double dx = line.dx(), dy = line.dy();
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {line.x1() - r.left(), r.right() - line.x1(), line.y1() - r.top(),
                         r.bottom() - line.y1()};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    line = QLineF(line.pointAt(t0), line.pointAt(t1));
    return true;
}

/// The parts of a quadratic curve from `a` to `b` (control `c`) inside `r`, as short pieces.
QVector<QLineF> curveInside(const QPointF &a, const QPointF &c, const QPointF &b, const QRectF &r) {
    constexpr int kPieces = 24;
    QVector<QLineF> lines;
    QPointF previous = a;
    for (int i = 1; i <= kPieces; ++i) {
        const double t = double(i) / kPieces, u = 1 - t;
        const QPointF next = u * u * a + 2 * u * t * c + t * t * b;
        QLineF piece(previous, next);
        if (clipToRect(piece, r))
            lines.append(piece);
        previous = next;
    }
    return lines;
}

} // namespace

NetworkItem::NetworkItem() {
    setFlag(QGraphicsItem::ItemUsesExtendedStyleOption, true);
}

QColor NetworkItem::companyColor(CompanyKind kind) {
    switch (kind) {
    case CompanyKind::Lab:
        return QColor(0x8e, 0x44, 0xad);
    case CompanyKind::Cloud:
        return QColor(0xff, 0x7f, 0x0e);
    case CompanyKind::Chipmaker:
        return QColor(0x2c, 0xa0, 0x2c);
    case CompanyKind::Investor:
        return QColor(0x1f, 0x77, 0xb4);
    case CompanyKind::Other:
        break;
    }
    return QColor(0x7f, 0x7f, 0x7f);
}

QColor NetworkItem::flowColor(FlowKind kind) {
    return TimelineChart::kindColor(kind); // the same colours as the timeline
}

void NetworkItem::setPicture(NetworkPicture picture) {
    m_picture = std::move(picture);
    pictureMoved();
}

void NetworkItem::pictureMoved() {
    prepareGeometryChange();
    QRectF r;
    for (const auto &n : m_picture.nodes)
        r |= QRectF(n.pos - QPointF(1, 1), n.pos + QPointF(1, 1));
    m_bounds = r.adjusted(-2, -2, 2, 2);
    update();
}

void NetworkItem::setFocusedCompany(std::optional<Id> company) {
    m_focusedCompany = company;
    update();
}

void NetworkItem::setFocusedFlow(std::optional<Id> flow) {
    m_focusedFlow = flow;
    update();
}

void NetworkItem::setHighlightedFlows(std::vector<Id> flows) {
    m_highlighted = std::move(flows);
    update();
}

const QImage &NetworkItem::discImage(CompanyKind kind, int radius) const {
    const int key = int(kind) * 1000 + std::clamp(radius, 1, 999);
    auto it = m_discs.find(key);
    if (it == m_discs.end()) {
        const int r = std::clamp(radius, 1, 999);
        QImage image(2 * r + 3, 2 * r + 3, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(QColor(0x30, 0x30, 0x30), 1));
        p.setBrush(companyColor(kind));
        p.drawEllipse(QPointF(r + 1.5, r + 1.5), r, r);
        p.end();
        it = m_discs.emplace(key, std::move(image)).first;
    }
    return it->second;
}

QRectF NetworkItem::boundingRect() const {
    return m_bounds;
}

QPointF NetworkItem::control(const NetworkPicture::Edge &e, double scale) const {
    const QPointF a = m_picture.nodes[size_t(e.from)].pos, b = m_picture.nodes[size_t(e.to)].pos;
    const QPointF mid = (a + b) / 2;
    if (!e.curved)
        return mid;
    // Bend to the left of the direction, so that the two directions part; 18 px at any zoom.
    const QPointF d = b - a;
    const double length = std::hypot(d.x(), d.y());
    if (length <= 0)
        return mid;
    const QPointF normal(-d.y() / length, d.x() / length);
    return mid + normal * (18.0 / std::max(scale, 1e-9));
}

QPointF NetworkItem::edgeMidpoint(int edge, double scale) const {
    const auto &e = m_picture.edges[size_t(edge)];
    const QPointF a = m_picture.nodes[size_t(e.from)].pos, b = m_picture.nodes[size_t(e.to)].pos;
    const QPointF c = control(e, scale);
    return 0.25 * a + 0.5 * c + 0.25 * b; // the quadratic curve at t = 0.5
}

int NetworkItem::nodeAt(const QPointF &scenePos, double scale) const {
    int best = -1;
    double bestDistance = 1e18;
    for (size_t i = 0; i < m_picture.nodes.size(); ++i) {
        const auto &n = m_picture.nodes[i];
        const double d = std::hypot(n.pos.x() - scenePos.x(), n.pos.y() - scenePos.y()) * scale;
        if (d <= std::max(n.radius, 5.0) + 1 && d < bestDistance) {
            best = int(i);
            bestDistance = d;
        }
    }
    return best;
}

int NetworkItem::edgeAt(const QPointF &scenePos, double scale) const {
    // Distance to the curve, sampled: within 5 pixels.
    int best = -1;
    double bestDistance = 5.0;
    for (size_t i = 0; i < m_picture.edges.size(); ++i) {
        const auto &e = m_picture.edges[i];
        const QPointF a = m_picture.nodes[size_t(e.from)].pos;
        const QPointF b = m_picture.nodes[size_t(e.to)].pos;
        const QPointF c = control(e, scale);
        for (int s = 1; s < 16; ++s) {
            const double t = s / 16.0;
            const QPointF p = (1 - t) * (1 - t) * a + 2 * (1 - t) * t * c + t * t * b;
            const double d = std::hypot(p.x() - scenePos.x(), p.y() - scenePos.y()) * scale;
            if (d < bestDistance + e.width / 2) {
                best = int(i);
                bestDistance = d - e.width / 2;
            }
        }
    }
    return best;
}

void NetworkItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *) {
    // Draw in device pixels: map the scene positions, then reset the transform.
    const QTransform toDevice = painter->worldTransform();
    const double scale = std::sqrt(std::abs(toDevice.determinant()));
    const QRectF visible = toDevice.mapRect(option->exposedRect).adjusted(-60, -60, 60, 60);
    painter->save();
    painter->resetTransform();
    std::vector<QPointF> at(m_picture.nodes.size());
    size_t shown = 0;
    for (size_t i = 0; i < at.size(); ++i) {
        at[i] = toDevice.map(m_picture.nodes[i].pos);
        shown += visible.contains(at[i]);
    }
    // Level of detail by what is in view: thousands of companies or flows are drawn
    // simplified (a long antialiased flow across the view costs a fifth of a millisecond);
    // zoomed in to fewer, the same network gets curves, arrow heads, dashes and antialiasing.
    size_t shownEdges = 0;
    if (shown <= 3000)
        for (const auto &e : m_picture.edges) {
            const QPointF a = at[size_t(e.from)], b = at[size_t(e.to)];
            shownEdges += visible.contains(a) || visible.contains(b) ||
                          visible.intersects(QRectF(a, b).normalized());
        }
    const bool manyNodes = shown > 3000 || shownEdges > 1000;
    m_drewInDetail = !manyNodes;
    painter->setRenderHint(QPainter::Antialiasing, !manyNodes);
    auto isHighlighted = [&](const NetworkPicture::Edge &e) {
        return std::any_of(e.flows.begin(), e.flows.end(), [&](Id f) {
            return std::find(m_highlighted.begin(), m_highlighted.end(), f) !=
                       m_highlighted.end() ||
                   (m_focusedFlow && *m_focusedFlow == f);
        });
    };
    // Edges. Many of them: straight lines batched by colour and width, dashes left out (a
    // fainter line instead), one call per batch.
    if (manyNodes) {
        std::map<std::tuple<QRgb, int>, QVector<QLineF>> batches;
        for (const auto &e : m_picture.edges) {
            const QPointF a = at[size_t(e.from)], b = at[size_t(e.to)];
            if (!visible.contains(a) && !visible.contains(b))
                continue;
            // A flow shorter than a pixel or two at this zoom lies under its companies' discs.
            if (std::abs(a.x() - b.x()) + std::abs(a.y() - b.y()) < 2 && !isHighlighted(e))
                continue;
            // Opaque colours, paler for flows without an amount or not firm: blending
            // translucent lines costs many times more in the raster engine.
            const QColor base = isHighlighted(e) ? QColor(0xd6, 0x27, 0x28) : flowColor(e.kind);
            const double keep = !e.hasAmount || !e.firm ? 0.3 : 0.65;
            const QColor colour(int(255 - (255 - base.red()) * keep),
                                int(255 - (255 - base.green()) * keep),
                                int(255 - (255 - base.blue()) * keep));
            batches[{colour.rgba(), int(std::lround(e.width))}].append(QLineF(a, b));
        }
        for (const auto &[key, lines] : batches) {
            painter->setPen(QPen(QColor::fromRgba(std::get<0>(key)), std::get<1>(key)));
            painter->drawLines(lines);
        }
    }
    for (const auto &e : m_picture.edges) {
        if (manyNodes)
            break;
        const QPointF a = at[size_t(e.from)], b = at[size_t(e.to)];
        if (!visible.contains(a) && !visible.contains(b) &&
            !visible.intersects(QRectF(a, b).normalized()))
            continue;
        const bool strong = isHighlighted(e);
        QColor colour = flowColor(e.kind);
        colour.setAlpha(strong || m_highlighted.empty() ? 200 : 60);
        QPen pen(strong ? QColor(0xd6, 0x27, 0x28) : colour, e.width + (strong ? 2 : 0));
        pen.setCapStyle(Qt::FlatCap);
        // Dashes only on flows whose both ends are in view: Qt dashes a curve along its whole
        // length, and zoomed in, one running far out of view costs seconds.
        const bool inView = visible.contains(a) && visible.contains(b);
        if ((!e.hasAmount || !e.firm) && inView)
            pen.setStyle(Qt::DashLine);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        const QPointF c = toDevice.map(control(e, scale));
        const double rTo = m_picture.nodes[size_t(e.to)].radius;
        if (inView) {
            QPainterPath path(a);
            path.quadTo(c, b);
            painter->drawPath(path);
        } else {
            // Zoomed in, a flow may run thousands of pixels out of view, and Qt strokes all of
            // it: draw only the pieces of the curve inside the view.
            painter->drawLines(curveInside(a, c, b, visible));
        }
        // Arrow head at the payee's rim, along the curve's last tangent.
        const QPointF dir = b - c;
        const double len = std::hypot(dir.x(), dir.y());
        if (len > rTo + 4) {
            const QPointF u = dir / len;
            const QPointF tip = b - u * (rTo + 1);
            const QPointF n(-u.y(), u.x());
            const double size = 6 + e.width;
            QPolygonF head({tip, tip - u * size + n * size * 0.5, tip - u * size - n * size * 0.5});
            painter->setPen(Qt::NoPen);
            painter->setBrush(pen.color());
            painter->drawPolygon(head);
        }
        if (e.disputed) { // a red "!" half way
            const QPointF m = 0.25 * a + 0.5 * c + 0.25 * b;
            painter->setPen(QColor(0xc6, 0x28, 0x28));
            QFont f = painter->font();
            f.setBold(true);
            painter->setFont(f);
            painter->drawText(QRectF(m.x() - 8, m.y() - 16, 16, 16), Qt::AlignCenter,
                              QStringLiteral("!"));
        }
    }
    // Nodes, then labels where they are readable and do not collide.
    std::vector<QRectF> taken;
    const QFontMetrics metrics(painter->font());
    std::vector<size_t> order(m_picture.nodes.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](size_t x, size_t y) {
        return m_picture.nodes[x].radius > m_picture.nodes[y].radius;
    });
    painter->setPen(QPen(QColor(0x30, 0x30, 0x30), 1));
    for (size_t i : order) {
        const auto &n = m_picture.nodes[i];
        if (!visible.contains(at[i]))
            continue;
        const bool focused = m_focusedCompany && *m_focusedCompany == n.company;
        if (manyNodes && !focused && !n.pinned) { // a prepared disc, copied
            const QImage &disc = discImage(n.kind, int(std::lround(n.radius)));
            painter->drawImage(at[i] - QPointF(disc.width() / 2.0, disc.height() / 2.0), disc);
            continue;
        }
        painter->setPen(
            QPen(focused ? QColor(0x1e, 0x88, 0xe5) : QColor(0x30, 0x30, 0x30), focused ? 3 : 1));
        painter->setBrush(companyColor(n.kind));
        painter->drawEllipse(at[i], n.radius, n.radius);
        if (n.pinned)
            painter->drawEllipse(at[i], 2.0, 2.0);
    }
    painter->setPen(QColor(0x20, 0x20, 0x20));
    int labels = 0, tried = 0; // measuring text is slow: the largest few hundred only
    for (size_t i : order) {
        const auto &n = m_picture.nodes[i];
        if (labels >= 300 || tried >= (manyNodes ? 80 : 600))
            break;
        if (!visible.contains(at[i]) || n.radius * 2 < metrics.height() * 0.6)
            continue;
        ++tried;
        QRectF rect(0, 0, metrics.horizontalAdvance(n.name) + 4, metrics.height());
        rect.moveCenter(at[i] + QPointF(0, n.radius + metrics.height() / 2.0 + 1));
        if (std::any_of(taken.begin(), taken.end(),
                        [&](const QRectF &t) { return t.intersects(rect); }))
            continue;
        taken.push_back(rect);
        painter->drawText(rect, Qt::AlignCenter, n.name);
        ++labels;
    }
    painter->restore();
}

} // namespace ds::gui
