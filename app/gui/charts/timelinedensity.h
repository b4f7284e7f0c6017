// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/timelinecells.h"

#include <qcustomplot.h>

#include <vector>

namespace ds::gui {

/// The timeline grouped by month: one block per month and lane whose shade grows with the
/// number of flows in it (log scale), coloured by kind in kind lanes. Used when more flows match
/// than can be drawn one by one; drawing is proportional to the cells, not to the flows.
class TimelineDensity : public QCPAbstractPlottable {
    Q_OBJECT
public:
    struct Block {
        double start = 0; // axis seconds: the month
        double end = 0;
        double lane = 0; // row
        QColor color;
        int count = 0;
        int firm = 0;
        Id laneKey = 0;
    };

    TimelineDensity(QCPAxis *keyAxis, QCPAxis *valueAxis);
    void setBlocks(std::vector<Block> blocks);
    const std::vector<Block> &blocks() const { return m_blocks; }
    /// The block under a pixel position, or -1.
    int blockAt(const QPointF &pixel) const;
    /// Flows in blocks that overlap a time range.
    int64_t flowsIn(const QCPRange &range) const;

    double selectTest(const QPointF &pos, bool onlySelectable, QVariant *details) const override;
    QCPRange getKeyRange(bool &foundRange, QCP::SignDomain inSignDomain) const override;
    QCPRange getValueRange(bool &foundRange, QCP::SignDomain inSignDomain,
                           const QCPRange &inKeyRange) const override;

protected:
    void draw(QCPPainter *painter) override;
    void drawLegendIcon(QCPPainter *painter, const QRectF &rect) const override;

private:
    std::vector<Block> m_blocks; // by start time
    int m_maxCount = 1;
};

} // namespace ds::gui
