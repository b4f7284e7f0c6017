// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/timeline.h"
#include "charts/timelinebubbles.h"
#include "charts/timelinedensity.h"

#include <qcustomplot.h>

#include <QStaticText>

#include <optional>
#include <vector>

namespace ds::gui {

/// How the timeline's rows are made (and, in the cumulative mode, its series).
enum class LaneMode { ByKind, ByPayer, ByPayee };

/// Markers per flow, or the committed capital summed over time as step lines.
enum class TimelineMode { Markers, Cumulative };

/// Builds the timeline into a QCustomPlot: used by the Timeline view and by
/// `dealscope-cli render`.
class TimelineChart {
public:
    explicit TimelineChart(QCustomPlot *plot);

    /// Draws each flow as a marker. keepView: the time range stays as it is (after refining a
    /// grouped timeline on zoom); otherwise every point is shown.
    void setPoints(std::vector<analysis::TimelinePoint> points, LaneMode mode,
                   TimelineMode timelineMode = TimelineMode::Markers, bool keepView = false);
    /// Draws the flows grouped by month (for more flows than can be drawn one by one).
    void setCells(const analysis::TimelineCells &cells, LaneMode mode, bool keepView = false);
    /// True while the flows are drawn grouped by month.
    bool isGrouped() const { return m_density->visible(); }
    TimelineDensity *density() const { return m_density; }
    /// The month block under a pixel position, if the timeline is grouped.
    const TimelineDensity::Block *blockAt(const QPointF &pixel) const;
    /// The name of a lane (row) of the chart.
    QString laneName(double lane) const;
    TimelineMode mode() const { return m_mode; }
    /// Cumulative mode: the series (one per lane), each a step line with a legend entry.
    const std::vector<QCPGraph *> &series() const { return m_series; }
    /// Shows or hides a series and greys its legend entry.
    void toggleSeries(QCPGraph *graph);
    const std::vector<analysis::TimelinePoint> &points() const { return m_points; }
    void highlight(std::optional<Id> flow);
    /// A message in the middle of the chart instead of markers (empty: none).
    void setMessage(const QString &message);

    /// Shows every point (with a margin); the default view.
    void resetView();
    /// The flow under a pixel position, if any.
    std::optional<Id> flowAt(const QPointF &pixel) const;
    /// The pixel position of a flow's marker (for tests and tooltips).
    std::optional<QPointF> pixelOf(Id flow) const;
    /// The flow `step` markers after `flow` in time order (before when negative), staying at
    /// the ends; the first marker when `flow` is not drawn. Empty when nothing is drawn.
    std::optional<Id> stepFrom(std::optional<Id> flow, int step) const;
    /// Pans the time axis so that the flow's marker is in view (zoom unchanged).
    void ensureVisible(Id flow);
    /// Zooms the time axis around its middle (factor < 1 zooms in).
    void zoomTime(double factor);
    const analysis::TimelinePoint *point(Id flow) const;
    TimelineBubbles *bubbles() const { return m_bubbles; }
    /// The sources of the figures shown, for an export caption.
    QStringList laneNames() const { return m_lanes; }

    static QColor kindColor(FlowKind kind);

private:
    void placeLabels();
    void setLanes(const QStringList &lanes);
    void buildSeries(LaneMode mode);
    void clearSeries();

    QCustomPlot *m_plot;
    TimelineBubbles *m_bubbles;
    TimelineDensity *m_density;
    std::vector<analysis::TimelinePoint> m_points;
    QStringList m_lanes;
    std::vector<QCPItemText *> m_labels;
    std::vector<size_t> m_labelOrder; // points by amount, largest first
    std::vector<QCPGraph *> m_series;
    QCPItemText *m_message = nullptr;
    TimelineMode m_mode = TimelineMode::Markers;
};

} // namespace ds::gui
