// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/timelinedensity.h"

#include <algorithm>
#include <cmath>

namespace ds::gui {

namespace {
constexpr double kHalfHeight = 0.36; // of a lane
}

TimelineDensity::TimelineDensity(QCPAxis *keyAxis, QCPAxis *valueAxis)
    : QCPAbstractPlottable(keyAxis, valueAxis) {
    setSelectable(QCP::stNone);
}

void TimelineDensity::setBlocks(std::vector<Block> blocks) {
    m_blocks = std::move(blocks);
    std::sort(m_blocks.begin(), m_blocks.end(),
              [](const Block &a, const Block &b) { return a.start < b.start; });
    m_maxCount = 1;
    for (const Block &b : m_blocks)
        m_maxCount = std::max(m_maxCount, b.count);
}

int TimelineDensity::blockAt(const QPointF &pixel) const {
    const double time = keyAxis()->pixelToCoord(pixel.x());
    const double lane = valueAxis()->pixelToCoord(pixel.y());
    auto it = std::upper_bound(m_blocks.begin(), m_blocks.end(), time,
                               [](double t, const Block &b) { return t < b.start; });
    // Blocks of the same month start together: look back over them.
    while (it != m_blocks.begin()) {
        --it;
        if (it->end < time)
            break;
        if (std::abs(it->lane - lane) <= kHalfHeight)
            return int(it - m_blocks.begin());
    }
    return -1;
}

int64_t TimelineDensity::flowsIn(const QCPRange &range) const {
    int64_t n = 0;
    for (const Block &b : m_blocks)
        if (b.end >= range.lower && b.start <= range.upper)
            n += b.count;
    return n;
}

double TimelineDensity::selectTest(const QPointF &pos, bool onlySelectable, QVariant *) const {
    if (onlySelectable && !selectable())
        return -1;
    return blockAt(pos) >= 0 ? 0 : -1;
}

QCPRange TimelineDensity::getKeyRange(bool &foundRange, QCP::SignDomain) const {
    foundRange = !m_blocks.empty();
    if (!foundRange)
        return {};
    QCPRange range(m_blocks.front().start, m_blocks.front().end);
    for (const Block &b : m_blocks)
        range.expand(QCPRange(b.start, b.end));
    return range;
}

QCPRange TimelineDensity::getValueRange(bool &foundRange, QCP::SignDomain, const QCPRange &) const {
    foundRange = !m_blocks.empty();
    QCPRange range(0, 0);
    for (const Block &b : m_blocks)
        range.expand(b.lane);
    return range;
}

void TimelineDensity::draw(QCPPainter *painter) {
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(Qt::NoPen);
    const QCPRange keys = keyAxis()->range();
    const double logMax = std::log1p(double(m_maxCount));
    auto first = std::lower_bound(m_blocks.begin(), m_blocks.end(), keys.lower - 31 * 86400.0,
                                  [](const Block &b, double t) { return b.start < t; });
    for (auto it = first; it != m_blocks.end() && it->start <= keys.upper; ++it) {
        const double x1 = keyAxis()->coordToPixel(it->start);
        const double x2 = keyAxis()->coordToPixel(it->end);
        const double y1 = valueAxis()->coordToPixel(it->lane + kHalfHeight);
        const double y2 = valueAxis()->coordToPixel(it->lane - kHalfHeight);
        // Shade by the logarithm of the count, so that quiet months stay visible.
        QColor fill = it->color;
        fill.setAlpha(int(40 + 215 * std::log1p(double(it->count)) / logMax));
        painter->setBrush(fill);
        // A pixel of space between months wide enough to tell apart; none when they are thin.
        const double right = x2 - x1 >= 5 ? x2 - 1 : std::max(x2, x1 + 1);
        painter->drawRect(QRectF(QPointF(x1, y1), QPointF(right, y2)));
    }
}

void TimelineDensity::drawLegendIcon(QCPPainter *painter, const QRectF &rect) const {
    painter->setBrush(Qt::gray);
    painter->drawRect(rect);
}

} // namespace ds::gui
