// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/sources.h"
#include "graph/moneygraph.h"
#include "graph/stakes.h"

#include <memory>

#include "document/loader.h"
#include <QDockWidget>

class QCustomPlot;
class QLabel;
class QTableWidget;

namespace ds::gui {

class Document;
class Selection;

/// The focused company's stakes: what it pays and receives, each with counterparty, kind,
/// date, figure (disputed ones marked) and stake, the totals and net flow, round trips, and a
/// bar chart of its positions by counterparty.
class StakesDock : public QDockWidget {
    Q_OBJECT
public:
    StakesDock(Document *document, Selection *selection, QWidget *parent = nullptr);
    ~StakesDock() override;
    bool isLoading() const { return m_loader.isLoading(); }

    QTableWidget *table() const { return m_table; }
    QLabel *summary() const { return m_summary; }
    QLabel *roundTrips() const { return m_roundTrips; }
    QCustomPlot *chart() const { return m_chart; }
    const std::optional<graph::Stakes> &stakes() const { return m_stakes; }

public slots:
    /// Reads the focused company's stakes: at once for most; for a busy company from the
    /// document's money graph when it is at hand (asked for), else on a worker.
    void reload();

signals:
    void exportChartRequested();

private:
    void buildChart();
    void display(graph::Stakes stakes);

    Document *m_document;
    Selection *m_selection;
    QLabel *m_summary;
    QTableWidget *m_table;
    QLabel *m_roundTrips;
    QCustomPlot *m_chart;
    std::optional<graph::Stakes> m_stakes;
    std::optional<analysis::SourceIndex> m_sources; // for the figures of a page, with the graph
    Loader<graph::Stakes> m_loader;
};

} // namespace ds::gui
