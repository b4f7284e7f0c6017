// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <qcustomplot.h>

#include <QStaticText>

#include <optional>
#include <vector>

namespace ds::gui {

/// The timeline's markers, drawn in one plottable: a disc per flow whose area grows with its
/// amount (log-compressed), coloured by kind, filled when announced or completed and hollow
/// when rumoured or in talks; a small square for flows without an amount; a bar over the month
/// or year for dates known only to that precision; a dashed inner ring and a "!" for disputed
/// figures. It does its own hit-testing, so that a click finds the flow under the mouse.
class TimelineBubbles : public QCPAbstractPlottable {
    Q_OBJECT
public:
    struct Bubble {
        double time = 0;  // axis seconds
        double lane = 0;  // row
        double start = 0; // the period a month or year date covers (axis seconds)
        double end = 0;
        double diameter = 7;
        double innerDiameter = 0; // disputed: the lowest claimed value
        QColor color;
        bool filled = true;
        bool hasAmount = true;
        bool disputed = false;
        Id flowId = 0;
    };

    TimelineBubbles(QCPAxis *keyAxis, QCPAxis *valueAxis);
    void setBubbles(std::vector<Bubble> bubbles);
    const std::vector<Bubble> &bubbles() const { return m_bubbles; }
    void setHighlighted(std::optional<Id> flow) { m_highlighted = flow; }
    /// The bubble under a pixel position, or -1.
    int bubbleAt(const QPointF &pixel) const;
    QPointF pixelOf(int index) const;

    double selectTest(const QPointF &pos, bool onlySelectable, QVariant *details) const override;
    QCPRange getKeyRange(bool &foundRange, QCP::SignDomain inSignDomain) const override;
    QCPRange getValueRange(bool &foundRange, QCP::SignDomain inSignDomain,
                           const QCPRange &inKeyRange) const override;

protected:
    void draw(QCPPainter *painter) override;
    void drawLegendIcon(QCPPainter *painter, const QRectF &rect) const override;

private:
    std::vector<Bubble> m_bubbles;
    std::optional<Id> m_highlighted;
    QFont m_markFont;
    QStaticText m_disputedMark;
};

} // namespace ds::gui
