// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/timelinechart.h"

#include "analysis/timelinecells.h"

#include "document/loader.h"
#include <QTimer>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QCustomPlot;

namespace ds::gui {

class Document;
class Filters;
class Selection;

/// The timeline: the dated flows over time in lanes, linked to the selection.
class TimelineView : public QWidget {
    Q_OBJECT
public:
    TimelineView(Document *document, Selection *selection, Filters *filters,
                 QWidget *parent = nullptr);

    QCustomPlot *plot() const { return m_plot; }
    TimelineChart *chart() const { return m_chart.get(); }
    QComboBox *laneBox() const { return m_lanes; }
    QComboBox *modeBox() const { return m_mode; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    /// True while a read of the data runs on a worker thread.
    bool isLoading() const { return m_loader.isLoading(); }
    /// "Sources: …" for the figures shown, for an export caption.
    QString sourcesCaption() const;

public slots:
    void reload();
    void resetView();

protected:
    void showEvent(QShowEvent *event) override;
    /// The chart's keys: ← → the previous or next flow in time, Home and End the first and
    /// last, + and − zoom.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Loaded {
        bool refining = false; // points of the visible range of a grouped timeline
        QCPRange range;        // what was refined
        analysis::TimelineData data;
    };
    void start(const analysis::TimelineFilter &filter, int64_t maxPoints, bool refining,
               const QCPRange &range);
    void apply(Result<Loaded> loaded);
    void refine();
    analysis::TimelineFilter currentFilter() const;
    LaneMode laneMode() const;
    TimelineMode timelineMode() const;
    void showTooltip(QMouseEvent *event);

    Document *m_document;
    Selection *m_selection;
    Filters *m_filters;
    QCustomPlot *m_plot;
    std::unique_ptr<TimelineChart> m_chart;
    QComboBox *m_lanes;
    QComboBox *m_mode;
    QDateEdit *m_from;
    QDateEdit *m_to;
    bool m_syncing = false;
    bool m_stale = true; // the data changed while the view was hidden
    Loader<Loaded> m_loader;
    QTimer m_refineTimer; // zooming a grouped timeline: load the flows once the view settles
    std::optional<analysis::TimelineCells> m_cells; // the whole timeline, grouped
    std::optional<QCPRange> m_refined;              // the range whose flows are drawn one by one
};

} // namespace ds::gui
