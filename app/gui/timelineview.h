#pragma once

#include "timelinechart.h"

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
    /// "Sources: …" for the figures shown, for an export caption.
    QString sourcesCaption() const;

public slots:
    void reload();
    void resetView();

protected:
    void showEvent(QShowEvent *event) override;

private:
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
};

} // namespace ds::gui
