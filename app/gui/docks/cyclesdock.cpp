// SPDX-License-Identifier: GPL-3.0-or-later
#include "docks/cyclesdock.h"

#include "document/document.h"

#include "domain/moneydisplay.h"

#include "document/selection.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <climits>

namespace ds::gui {

namespace {
// Listing every cycle of a large graph takes long; beyond this, one company's only.
constexpr size_t kWholeGraphEdges = 50000;
} // namespace

CyclesDock::CyclesDock(Document *document, Selection *selection, QWidget *parent)
    : QDockWidget(tr("Cycles"), parent)
    , m_document(document)
    , m_selection(selection)
    , m_maxLength(new QSpinBox(this))
    , m_window(new QSpinBox(this))
    , m_throughFocus(new QCheckBox(tr("Through the focused company"), this))
    , m_status(new QLabel(this))
    , m_table(new QTableWidget(0, 3, this)) {
    setObjectName(QStringLiteral("cyclesDock"));
    m_maxLength->setRange(2, 5);
    m_maxLength->setValue(5);
    m_maxLength->setPrefix(tr("up to "));
    m_maxLength->setSuffix(tr(" flows"));
    m_maxLength->setAccessibleName(tr("Longest cycle"));
    m_window->setRange(0, 240);
    m_window->setSpecialValueText(tr("any time"));
    m_window->setSuffix(tr(" months"));
    m_window->setToolTip(tr("Only cycles whose flows all fall within this many months"));
    m_window->setAccessibleName(tr("Time window"));
    m_table->setHorizontalHeaderLabels({tr("Money goes round"), tr("Flows"), tr("At most")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Cycles, largest first"));
    auto *content = new QWidget(this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_maxLength);
    bar->addWidget(m_window);
    bar->addWidget(m_throughFocus);
    bar->addStretch(1);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    setWidget(content);
    m_status->setWordWrap(true);
    connect(document, &Document::graphChanged, this, &CyclesDock::takeGraph);
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            m_document->requestGraph();
    });
    takeGraph();

    connect(&m_watcher, &QFutureWatcher<std::pair<int, graph::CycleResult>>::finished, this,
            [this] {
                if (m_watcher.future().resultCount() == 0)
                    return;
                auto [generation, result] = m_watcher.result();
                if (generation != m_generation)
                    return;
                m_result = std::move(result);
                showResult();
            });
    connect(m_maxLength, &QSpinBox::valueChanged, this, &CyclesDock::recompute);
    connect(m_window, &QSpinBox::valueChanged, this, &CyclesDock::recompute);
    connect(m_throughFocus, &QCheckBox::toggled, this, &CyclesDock::recompute);
    connect(selection, &Selection::companyChanged, this, [this] {
        if (m_throughFocus->isChecked())
            recompute();
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto rows = m_table->selectionModel()->selectedRows();
        std::vector<Id> flows;
        if (!rows.isEmpty() && m_graph) {
            const graph::Cycle &c = m_result.cycles[size_t(rows.first().row())];
            for (int ei : c.edges)
                flows.push_back(m_graph->edges()[size_t(ei)].flow);
        }
        m_selection->setHighlightedFlows(std::move(flows));
    });
}

CyclesDock::~CyclesDock() {
    m_watcher.waitForFinished();
}

void CyclesDock::takeGraph() {
    m_graph = m_document->graph();
    recompute();
    if (m_graph)
        return;
    m_status->setText(!m_document->graphError().isEmpty()
                          ? tr("The flows cannot be read: %1").arg(m_document->graphError())
                      : m_document->isGraphLoading() ? tr("Reading the flows and their figures…")
                                                     : QString());
}

void CyclesDock::recompute() {
    m_table->setRowCount(0);
    m_result = {};
    ++m_generation;
    m_selection->setHighlightedFlows({});
    if (!m_graph)
        return;
    graph::CycleOptions options;
    options.maxLength = m_maxLength->value();
    options.windowMonths = m_window->value();
    options.limit = 100;
    if (m_throughFocus->isChecked()) {
        const auto node =
            m_selection->company() ? m_graph->nodeOf(*m_selection->company()) : std::nullopt;
        if (!node) {
            m_status->setText(tr("Select a company to list the cycles through it."));
            return;
        }
        options.through = *node;
    } else if (m_graph->edges().size() > kWholeGraphEdges) {
        m_status->setText(tr("%1 flows: tick \"Through the focused company\" and select a "
                             "company to list its cycles.")
                              .arg(QLocale().toString(qulonglong(m_graph->edges().size()))));
        return;
    }
    if (m_graph->edges().size() > kWholeGraphEdges) {
        // A large graph: search on a worker thread (through a hub it can take seconds).
        m_status->setText(tr("Searching for cycles…"));
        const int generation = ++m_generation;
        m_watcher.setFuture(QtConcurrent::run([graph = m_graph, options, generation] {
            return std::pair(generation, graph::findCycles(*graph, options));
        }));
        return;
    }
    m_result = graph::findCycles(*m_graph, options);
    showResult();
}

void CyclesDock::showResult() {
    const int found = m_result.found > INT_MAX ? INT_MAX : int(m_result.found);
    m_status->setText(
        m_result.cycles.size() < size_t(m_result.found)
            ? tr("%Ln cycle(s), the %1 largest shown", nullptr, found).arg(m_result.cycles.size())
            : tr("%Ln cycle(s)", nullptr, found));
    for (const graph::Cycle &c : m_result.cycles) {
        QStringList names;
        for (int n : c.nodes)
            names << m_graph->nodes()[size_t(n)].name;
        names << m_graph->nodes()[size_t(c.nodes.front())].name;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(names.join(QStringLiteral(" → "))));
        m_table->setItem(row, 1, new QTableWidgetItem(QString::number(c.edges.size())));
        m_table->setItem(
            row, 2,
            new QTableWidgetItem(c.hasAmounts ? displayUsd(c.smallestUsd) : tr("amount unknown")));
    }
    m_table->resizeColumnToContents(2);
}

} // namespace ds::gui
