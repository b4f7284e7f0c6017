// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/cycles.h"

#include <QDockWidget>
#include <QFutureWatcher>

#include <memory>

class QCheckBox;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace ds::gui {

class Document;
class Selection;

/// Money going round: the cycles of the file's money graph, largest first, found as soon as the
/// dock is shown (whatever tab is open); selecting one highlights its flows (through the
/// selection) in the network view.
class CyclesDock : public QDockWidget {
    Q_OBJECT
public:
    CyclesDock(Document *document, Selection *selection, QWidget *parent = nullptr);
    ~CyclesDock() override;

    QTableWidget *table() const { return m_table; }
    QSpinBox *maxLengthBox() const { return m_maxLength; }
    QSpinBox *windowBox() const { return m_window; }
    QCheckBox *throughFocusBox() const { return m_throughFocus; }
    const graph::CycleResult &result() const { return m_result; }

public slots:
    void recompute();

private:
    void showResult();
    void takeGraph();

    Document *m_document;
    Selection *m_selection;
    QFutureWatcher<std::pair<int, graph::CycleResult>> m_watcher;
    int m_generation = 0;
    std::shared_ptr<const graph::MoneyGraph> m_graph;
    QSpinBox *m_maxLength;
    QSpinBox *m_window;
    QCheckBox *m_throughFocus;
    QLabel *m_status;
    QTableWidget *m_table;
    graph::CycleResult m_result;
};

} // namespace ds::gui
