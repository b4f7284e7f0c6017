// SPDX-License-Identifier: GPL-3.0-or-later
#include "docks/stakesdock.h"

#include "domain/moneydisplay.h"
#include "widgets/tones.h"

#include "charts/stakeschart.h"

#include "document/document.h"
#include "document/selection.h"
#include "store/store.h"

#include "store/summaries.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>
#include <qcustomplot.h>

#include <map>

namespace ds::gui {

namespace {

enum Column { Direction, Counterparty, Kind, Figure, Status, Date, Stake, ColumnCount };

QString signedUsd(int64_t usd) {
    return usd > 0 ? QStringLiteral("+") + displayUsd(usd) : displayUsd(usd);
}

} // namespace

namespace {
constexpr int64_t kQuickPositions = 2000; // read on the GUI thread up to this many
constexpr ptrdiff_t kMaxRows = 1000;      // rows per direction in the table
constexpr ptrdiff_t kPagedRows = 200;     // per direction, when the money graph gives the totals
} // namespace

StakesDock::~StakesDock() = default;

StakesDock::StakesDock(Document *document, Selection *selection, QWidget *parent)
    : QDockWidget(tr("Company Stakes"), parent)
    , m_document(document)
    , m_selection(selection)
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_roundTrips(new QLabel(this))
    , m_chart(new QCustomPlot(this))
    , m_loader(this, [this](Result<graph::Stakes> stakes) {
        if (stakes) {
            display(std::move(*stakes));
            return;
        }
        m_summary->setText(
            tr("The stakes cannot be read: %1").arg(stakes.errorMessage()).toHtmlEscaped());
        buildChart();
    }) {
    setObjectName(QStringLiteral("stakesDock"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_roundTrips->setWordWrap(true);
    m_roundTrips->setTextFormat(Qt::RichText);
    m_table->setHorizontalHeaderLabels({tr("Direction"), tr("Counterparty"), tr("Kind"),
                                        tr("Figure"), tr("Status"), tr("Date"), tr("Stake")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Positions of the company"));
    m_chart->setAccessibleName(tr("Positions by counterparty"));
    m_chart->setMinimumHeight(160);
    auto *exportButton = new QPushButton(tr("Export Chart…"), this);
    connect(exportButton, &QPushButton::clicked, this, &StakesDock::exportChartRequested);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    auto *split = new QSplitter(Qt::Vertical, content);
    split->addWidget(m_table);
    split->addWidget(m_chart);
    layout->addWidget(split, 1);
    layout->addWidget(m_roundTrips);
    exportButton->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed); // never widens the dock
    layout->addWidget(exportButton);
    setWidget(content);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto rows = m_table->selectionModel()->selectedRows();
        if (rows.isEmpty())
            return;
        const QTableWidgetItem *item = m_table->item(rows.first().row(), Direction);
        m_selection->setFlow(item->data(Qt::UserRole).toLongLong(),
                             item->data(Qt::UserRole + 1).toLongLong());
    });
    connect(selection, &Selection::companyChanged, this, &StakesDock::reload);
    // The document drops its graph on a change (stale totals) and reads it again.
    auto dropSources = [this] {
        m_sources.reset();
        reload();
    };
    connect(document, &Document::changed, this, dropSources);
    connect(document, &Document::opened, this, dropSources);
    connect(document, &Document::graphChanged, this, [this] {
        if (m_selection->company() && m_document->graph() && !m_stakes)
            reload(); // a busy company's read on a worker: the graph is quicker
    });
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            reload();
    });
    reload();
}

void StakesDock::reload() {
    m_loader.cancel();
    m_stakes.reset();
    m_table->setRowCount(0);
    m_roundTrips->clear();
    Store *store = m_document->store();
    if (!store || !m_selection->company() || !isVisible()) {
        m_summary->setText(tr("<i>Click a company (in the list, the table, the timeline or the "
                              "network) to see what it pays and receives.</i>"));
        buildChart();
        return;
    }
    const Id company = *m_selection->company();
    auto flows = flowCountOfCompany(*store, company);
    const std::shared_ptr<const graph::MoneyGraph> graph = m_document->graph();
    if (flows && *flows > kQuickPositions)
        m_document->requestGraph();
    if (flows && *flows > kQuickPositions && graph) {
        // A hub, with the money graph at hand: totals over every flow from the graph, the
        // largest positions read in full.
        if (!m_sources)
            if (auto sources = analysis::SourceIndex::load(*store))
                m_sources = std::move(*sources);
        if (m_sources) {
            auto stakes =
                graph::companyStakesPage(*store, *graph, *m_sources, company, int(kPagedRows));
            if (stakes) {
                display(std::move(*stakes));
                return;
            }
        }
    }
    if (flows && *flows > kQuickPositions) {
        // A hub: its positions are read and derived on a worker thread.
        m_summary->setText(tr("Reading %1 positions…").arg(QLocale().toString(qlonglong(*flows))));
        buildChart();
        m_loader.start(m_document->path(), [company](Store &own, const Cancelled &) {
            return graph::companyStakes(own, company);
        });
        return;
    }
    auto stakes = graph::companyStakes(*store, company);
    if (!stakes) {
        m_summary->setText(stakes.errorMessage().toHtmlEscaped());
        buildChart();
        return;
    }
    display(std::move(*stakes));
}

void StakesDock::display(graph::Stakes stakes) {
    m_stakes = std::move(stakes);
    const graph::Stakes &s = *m_stakes;
    QString summary = tr("<b>%1</b><br>Out: %2 · In: %3 · Net: %4")
                          .arg(s.company.name.toHtmlEscaped(), displayUsd(s.totalOutUsd),
                               displayUsd(s.totalInUsd), signedUsd(s.netUsd()));
    const int shown = int(std::min<ptrdiff_t>(ptrdiff_t(s.outgoing.size()), kMaxRows) +
                          std::min<ptrdiff_t>(ptrdiff_t(s.incoming.size()), kMaxRows));
    const int total = s.outgoingCount + s.incomingCount;
    if (shown < total)
        summary += QStringLiteral("<br>") +
                   tr("The %L1 largest of %L2 positions; the totals count them all.")
                       .arg(shown)
                       .arg(total);
    m_summary->setText(summary);
    for (const auto *list : {&s.outgoing, &s.incoming})
        for (const graph::Position &p : *list) {
            if (&p - list->data() >= kMaxRows) // the largest; the totals count every position
                break;
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            QString figure = p.figure ? displayMoney(*p.figure) : tr("no amount");
            if (p.disputed)
                figure = tr("%1 (disputed)").arg(figure);
            const QStringList cells = {
                p.outgoing ? tr("Pays") : tr("Receives"),
                p.counterpartyName,
                displayName(p.kind),
                figure,
                displayName(p.status),
                p.date.display(),
                p.stakePercent ? QLocale().toString(*p.stakePercent, 'f', 1) + QStringLiteral(" %")
                               : QString()};
            for (int c = 0; c < ColumnCount; ++c) {
                auto *item = new QTableWidgetItem(cells.at(c));
                if (c == Figure && p.disputed)
                    item->setForeground(toneColor(Tone::Bad, palette()));
                m_table->setItem(row, c, item);
            }
            m_table->item(row, Direction)->setData(Qt::UserRole, qlonglong(p.flow));
            m_table->item(row, Direction)->setData(Qt::UserRole + 1, qlonglong(p.deal));
        }
    m_table->resizeColumnsToContents();
    QStringList trips;
    for (const graph::RoundTrip &t : s.roundTrips) {
        if (trips.size() >= 8) // the largest (by money coming back); the rest counted
            break;
        const bool asInvestor = t.investment.outgoing;
        const QString investor = asInvestor ? s.company.name : t.investment.counterpartyName;
        const QString investee = asInvestor ? t.investment.counterpartyName : s.company.name;
        QString line = t.returningUsd > 0
                           ? tr("%1 invests %2 in %3; %3 commits %4 back")
                                 .arg(investor.toHtmlEscaped(), displayUsd(t.investmentUsd),
                                      investee.toHtmlEscaped(), displayUsd(t.returningUsd))
                           : tr("%1 invests %2 in %3; %3 commits to spend with %1 (no amount "
                                "stated)")
                                 .arg(investor.toHtmlEscaped(), displayUsd(t.investmentUsd),
                                      investee.toHtmlEscaped());
        if (t.ratio)
            line += tr(": <b>%1×</b> the investment comes back")
                        .arg(QLocale().toString(*t.ratio, 'f', 1));
        trips << line;
    }
    if (s.roundTripCount > int(trips.size()))
        trips << tr("… and %Ln more", nullptr, s.roundTripCount - int(trips.size()));
    m_roundTrips->setText(
        trips.isEmpty() ? QString()
                        : tr("<b>Round trips</b><br>%1").arg(trips.join(QStringLiteral("<br>"))));
    buildChart();
}

void StakesDock::buildChart() {
    if (m_stakes)
        buildStakesChart(m_chart, *m_stakes);
    else
        buildStakesChart(m_chart, {});
}

} // namespace ds::gui
