// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/networkpicture.h"
#include "graph/layout.h"
#include "graph/moneygraph.h"
#include "views/networkcanvas.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <unordered_map>
#include <unordered_set>

class QComboBox;
class QLabel;
class QPushButton;
class QSlider;

namespace ds::gui {

class Document;
class Filters;
class Selection;

/// The network of money between companies: nodes sized by volume and coloured by kind, edges
/// per payer → payee → kind, laid out by force in core (off the GUI thread for large graphs),
/// as of a date, with an ego mode around the focused company.
class NetworkView : public QWidget {
    Q_OBJECT
public:
    NetworkView(Document *document, Selection *selection, Filters *filters,
                QWidget *parent = nullptr);
    ~NetworkView() override;

    NetworkCanvas *canvas() const { return m_canvas; }
    NetworkItem *item() const { return m_item; }
    QComboBox *egoBox() const { return m_ego; }
    QSlider *timeSlider() const { return m_time; }
    /// Reading the graph, or laying out the picture (both run on worker threads).
    bool isLoading() const;
    /// The graph the view draws from (null until loaded).
    std::shared_ptr<const graph::MoneyGraph> graph() const { return m_graph; }
    /// The node index of a company in the picture, or -1.
    int pictureNode(Id company) const;

public slots:
    void reload();
    void rebuild();
    /// Highlights these flows (a cycle) and shows them.
    void highlightFlows(const std::vector<ds::Id> &flows);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void stepCompany(int step);
    void stepFlow(int step);
    struct Built {
        int generation = 0;
        NetworkBuild build;
        std::unordered_map<Id, graph::Point> positions;
    };
    void showBuilt(Built built);
    /// Draws the document's graph once it is read (or says why it is not).
    void takeGraph();
    void setMessage(const QString &text);
    void updateTimeLabel();
    void showTooltip(int node, int edge, const QPoint &globalPos);

    Document *m_document;
    Selection *m_selection;
    Filters *m_filters;
    NetworkItem *m_item;
    NetworkCanvas *m_canvas;
    QComboBox *m_ego;
    QSlider *m_time;
    QLabel *m_timeLabel;
    QLabel *m_message;
    QPushButton *m_play;
    QTimer m_playTimer;
    QFutureWatcher<Built> m_buildWatcher;
    QElapsedTimer m_buildStarted;
    int m_buildGeneration = 0;
    bool m_buildAgain = false; // asked to rebuild while a layout was running
    bool m_building = false;   // a layout is running or its picture not shown yet
    bool m_stale = true;
    std::shared_ptr<const graph::MoneyGraph> m_graph; // the document's, as drawn
    int m_firstMonth = 0; // the slider's range: months (year * 12 + month - 1)
    std::unordered_map<Id, graph::Point> m_positions; // kept across rebuilds: incremental
    std::unordered_set<Id> m_pinned;
};

} // namespace ds::gui
