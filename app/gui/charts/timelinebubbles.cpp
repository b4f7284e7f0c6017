// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/timelinebubbles.h"

#include <cmath>

namespace ds::gui {

TimelineBubbles::TimelineBubbles(QCPAxis *keyAxis, QCPAxis *valueAxis)
    : QCPAbstractPlottable(keyAxis, valueAxis)
    , m_disputedMark(QStringLiteral("!")) {
    m_markFont = parentPlot()->font();
    m_markFont.setBold(true);
    m_disputedMark.prepare(QTransform(), m_markFont);
    setSelectable(QCP::stSingleData);
}

void TimelineBubbles::setBubbles(std::vector<Bubble> bubbles) {
    m_bubbles = std::move(bubbles);
}

QPointF TimelineBubbles::pixelOf(int index) const {
    const Bubble &b = m_bubbles[size_t(index)];
    return QPointF(keyAxis()->coordToPixel(b.time), valueAxis()->coordToPixel(b.lane));
}

int TimelineBubbles::bubbleAt(const QPointF &pixel) const {
    // The smallest marker containing the point wins (small ones are drawn on top).
    int best = -1;
    double bestDiameter = 1e9;
    for (size_t i = 0; i < m_bubbles.size(); ++i) {
        const Bubble &b = m_bubbles[i];
        const QPointF c = pixelOf(int(i));
        const double radius = std::max(b.diameter / 2.0, 5.0);
        if (QLineF(c, pixel).length() <= radius && b.diameter < bestDiameter) {
            best = int(i);
            bestDiameter = b.diameter;
        }
    }
    return best;
}

double TimelineBubbles::selectTest(const QPointF &pos, bool onlySelectable,
                                   QVariant *details) const {
    if (onlySelectable && !selectable())
        return -1;
    const int index = bubbleAt(pos);
    if (index < 0)
        return -1;
    if (details)
        details->setValue(QCPDataSelection(QCPDataRange(index, index + 1)));
    return QLineF(pixelOf(index), pos).length();
}

QCPRange TimelineBubbles::getKeyRange(bool &foundRange, QCP::SignDomain) const {
    foundRange = !m_bubbles.empty();
    QCPRange range;
    if (foundRange) {
        range.lower = range.upper = m_bubbles.front().time;
        for (const Bubble &b : m_bubbles) {
            range.expand(b.time);
            if (b.end > b.start)
                range.expand(QCPRange(b.start, b.end));
        }
    }
    return range;
}

QCPRange TimelineBubbles::getValueRange(bool &foundRange, QCP::SignDomain, const QCPRange &) const {
    foundRange = !m_bubbles.empty();
    QCPRange range(0, 0);
    for (const Bubble &b : m_bubbles)
        range.expand(b.lane);
    return range;
}

void TimelineBubbles::draw(QCPPainter *painter) {
    painter->setRenderHint(QPainter::Antialiasing, true);
    // Largest first, so that small markers stay visible on top.
    std::vector<size_t> order(m_bubbles.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(),
              [&](size_t a, size_t b) { return m_bubbles[a].diameter > m_bubbles[b].diameter; });
    const QRect clip = clipRect();
    for (size_t i : order) {
        const Bubble &b = m_bubbles[i];
        const QPointF c = pixelOf(int(i));
        if (!clip.adjusted(-40, -40, 40, 40).contains(c.toPoint()))
            continue;
        if (b.end > b.start) {
            // A date known only to the month or year: a bar over the period.
            const double x1 = keyAxis()->coordToPixel(b.start);
            const double x2 = keyAxis()->coordToPixel(b.end);
            QColor band = b.color;
            band.setAlpha(70);
            painter->setPen(Qt::NoPen);
            painter->setBrush(band);
            painter->drawRoundedRect(QRectF(x1, c.y() - 3, std::max(2.0, x2 - x1), 6), 3, 3);
        }
        QColor fill = b.color;
        fill.setAlpha(b.filled ? 190 : 0);
        painter->setPen(QPen(b.color.darker(130), b.filled ? 1.0 : 2.0));
        painter->setBrush(b.filled ? QBrush(fill) : Qt::NoBrush);
        const double r = b.diameter / 2.0;
        if (b.hasAmount)
            painter->drawEllipse(c, r, r);
        else
            painter->drawRect(QRectF(c.x() - 3.5, c.y() - 3.5, 7, 7));
        if (b.disputed) {
            if (b.innerDiameter > 0) {
                painter->setPen(QPen(Qt::black, 1, Qt::DashLine));
                painter->setBrush(Qt::NoBrush);
                painter->drawEllipse(c, b.innerDiameter / 2.0, b.innerDiameter / 2.0);
            }
            // The mark's layout is made once: shaping text for each marker is slow.
            painter->setPen(QPen(QColor(0xc6, 0x28, 0x28)));
            painter->setFont(m_markFont);
            painter->drawStaticText(
                QPointF(c.x() + r * 0.7, c.y() - r * 0.7 - m_disputedMark.size().height()),
                m_disputedMark);
        }
        if (m_highlighted && *m_highlighted == b.flowId) {
            painter->setPen(QPen(QColor(0x1e, 0x88, 0xe5), 3));
            painter->setBrush(Qt::NoBrush);
            painter->drawEllipse(c, r + 5, r + 5);
        }
    }
}

void TimelineBubbles::drawLegendIcon(QCPPainter *painter, const QRectF &rect) const {
    painter->setBrush(Qt::gray);
    painter->drawEllipse(rect.center(), rect.height() / 3, rect.height() / 3);
}

} // namespace ds::gui
