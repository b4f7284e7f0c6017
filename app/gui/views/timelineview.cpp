// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/timelineview.h"

#include "domain/moneydisplay.h"

#include "analysis/sources.h"
#include "document/document.h"
#include "document/filters.h"
#include "document/selection.h"
#include "store/store.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QToolTip>
#include <QVBoxLayout>

namespace ds::gui {

TimelineView::TimelineView(Document *document, Selection *selection, Filters *filters,
                           QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_selection(selection)
    , m_filters(filters)
    , m_plot(new QCustomPlot(this))
    , m_chart(std::make_unique<TimelineChart>(m_plot))
    , m_lanes(new QComboBox(this))
    , m_mode(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_loader(this, [this](Result<Loaded> loaded) { apply(std::move(loaded)); }) {
    m_lanes->addItem(tr("Lanes by kind"), int(LaneMode::ByKind));
    m_lanes->addItem(tr("Lanes by payer"), int(LaneMode::ByPayer));
    m_lanes->addItem(tr("Lanes by payee"), int(LaneMode::ByPayee));
    m_lanes->setAccessibleName(tr("Timeline lanes"));
    m_mode->addItem(tr("Flows"), int(TimelineMode::Markers));
    m_mode->addItem(tr("Cumulative committed capital"), int(TimelineMode::Cumulative));
    m_mode->setAccessibleName(tr("Timeline mode"));
    for (QComboBox *box : {m_lanes, m_mode}) { // long entries must not widen the window
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(10);
    }
    connect(m_mode, &QComboBox::currentIndexChanged, this, &TimelineView::reload);
    // Clicking a legend entry shows or hides its series.
    connect(m_plot, &QCustomPlot::legendClick, this,
            [this](QCPLegend *, QCPAbstractLegendItem *item, QMouseEvent *) {
                if (auto *entry = qobject_cast<QCPPlottableLegendItem *>(item))
                    if (auto *graph = qobject_cast<QCPGraph *>(entry->plottable()))
                        m_chart->toggleSeries(graph);
            });
    auto *reset = new QPushButton(tr("Show All"), this);
    reset->setToolTip(tr("Show every flow again (Ctrl+0)"));
    reset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    auto *hint =
        new QLabel(tr("Wheel: zoom · drag: pan · click a marker to select its flow"), this);
    hint->setForegroundRole(QPalette::PlaceholderText);
    hint->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // may be cut, never widens
    // The date range shown, kept in step with the axis both ways.
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setDateRange(QDate(1900, 1, 1), QDate(2100, 12, 31));
    }
    m_from->setAccessibleName(tr("Timeline from"));
    m_to->setAccessibleName(tr("Timeline to"));
    auto applyDates = [this] {
        if (m_syncing || m_from->date() >= m_to->date())
            return;
        m_plot->xAxis->setRange(
            double(QDateTime(m_from->date(), QTime(0, 0), Qt::UTC).toSecsSinceEpoch()),
            double(QDateTime(m_to->date(), QTime(23, 59), Qt::UTC).toSecsSinceEpoch()));
        m_plot->replot();
    };
    connect(m_from, &QDateEdit::dateChanged, this, applyDates);
    connect(m_to, &QDateEdit::dateChanged, this, applyDates);
    connect(m_plot->xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this,
            [this](const QCPRange &range) {
                m_syncing = true;
                m_from->setDate(QDateTime::fromSecsSinceEpoch(qint64(range.lower), Qt::UTC).date());
                m_to->setDate(QDateTime::fromSecsSinceEpoch(qint64(range.upper), Qt::UTC).date());
                m_syncing = false;
            });
    // Ctrl+drag draws a rectangle to zoom into; a plain drag pans.
    connect(m_plot, &QCustomPlot::mousePress, this, [this](QMouseEvent *event) {
        m_plot->setSelectionRectMode(event->modifiers() & Qt::ControlModifier ? QCP::srmZoom
                                                                              : QCP::srmNone);
    });
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_mode);
    bar->addWidget(m_lanes);
    bar->addWidget(new QLabel(tr("From"), this));
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(tr("to"), this));
    bar->addWidget(m_to);
    bar->addWidget(reset);
    bar->addStretch(1);
    bar->addWidget(hint);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_plot, 1);
    m_plot->setAccessibleName(tr("Deal timeline"));
    m_plot->setAccessibleDescription(tr("Left and Right arrows: previous and next flow; Home, "
                                        "End: first and last; + and −: zoom"));
    m_plot->setFocusPolicy(Qt::StrongFocus);
    m_plot->installEventFilter(this);
    m_plot->setMouseTracking(true);

    connect(m_lanes, &QComboBox::currentIndexChanged, this, &TimelineView::reload);
    connect(reset, &QPushButton::clicked, this, &TimelineView::resetView);
    connect(document, &Document::opened, this, &TimelineView::reload);
    connect(document, &Document::changed, this, &TimelineView::reload);
    connect(selection, &Selection::companyChanged, this, &TimelineView::reload);
    connect(filters, &Filters::changed, this, &TimelineView::reload);
    connect(selection, &Selection::flowChanged, this,
            [this](std::optional<Id> flow) { m_chart->highlight(flow); });
    connect(m_plot, &QCustomPlot::mouseRelease, this, [this](QMouseEvent *event) {
        if (event->button() != Qt::LeftButton)
            return;
        if (const TimelineDensity::Block *block = m_chart->blockAt(event->position())) {
            // A month of a grouped timeline: zoom to it (its flows are then read one by one).
            const double margin = (block->end - block->start) * 0.25;
            m_plot->xAxis->setRange(block->start - margin, block->end + margin);
            m_plot->replot();
            return;
        }
        if (auto flow = m_chart->flowAt(event->position())) {
            const analysis::TimelinePoint *p = m_chart->point(*flow);
            m_selection->setFlow(*flow, p ? std::optional<Id>(p->dealId) : std::nullopt);
        }
    });
    connect(m_plot, &QCustomPlot::mouseMove, this, &TimelineView::showTooltip);
    m_refineTimer.setSingleShot(true);
    m_refineTimer.setInterval(150);
    connect(&m_refineTimer, &QTimer::timeout, this, &TimelineView::refine);
    connect(m_plot->xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this, [this] {
        if (m_cells)
            m_refineTimer.start();
    });
    reload();
}

bool TimelineView::eventFilter(QObject *watched, QEvent *event) {
    if (watched != m_plot || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    std::optional<Id> from = m_selection->flow();
    int step = 0;
    switch (key->key()) {
    case Qt::Key_Right:
        step = 1;
        break;
    case Qt::Key_Left:
        step = -1;
        break;
    case Qt::Key_Home: // from nothing, forward: the first
        from.reset();
        step = 1;
        break;
    case Qt::Key_End: // from nothing, backward: the last
        from.reset();
        step = -1;
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        m_chart->zoomTime(0.7);
        return true;
    case Qt::Key_Minus:
        m_chart->zoomTime(1 / 0.7);
        return true;
    default:
        return QWidget::eventFilter(watched, event);
    }
    if (const auto flow = m_chart->stepFrom(from, step)) {
        const analysis::TimelinePoint *p = m_chart->point(*flow);
        m_selection->setFlow(*flow, p ? std::optional<Id>(p->dealId) : std::nullopt);
        m_chart->ensureVisible(*flow);
    }
    return true;
}

void TimelineView::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

analysis::TimelineFilter TimelineView::currentFilter() const {
    analysis::TimelineFilter filter;
    filter.company = m_selection->company();
    if (!m_filters->showsAll()) {
        filter.kinds = m_filters->kinds();
        filter.statuses = m_filters->statuses();
    }
    if (const auto years = m_filters->years()) {
        filter.from = PartialDate::ofYear(years->first);
        filter.to = PartialDate::ofYear(years->second);
    }
    return filter;
}

LaneMode TimelineView::laneMode() const {
    return LaneMode(m_lanes->currentData().toInt());
}

TimelineMode TimelineView::timelineMode() const {
    return TimelineMode(m_mode->currentData().toInt());
}

void TimelineView::reload() {
    Store *store = m_document->store();
    if (!store)
        return;
    // Read only while shown: the timeline's data is not needed to start or to use the table.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    m_loader.cancel(); // whatever is still being read is for an older state
    m_cells.reset();
    m_refined.reset();
    m_refineTimer.stop();
    m_chart->setMessage({});
    if (m_filters->kinds().empty() || m_filters->statuses().empty()) {
        m_chart->setPoints({}, laneMode(), timelineMode());
        return;
    }
    const analysis::TimelineFilter filter = currentFilter();
    const auto count = analysis::countTimeline(*store, filter);
    if (!count) {
        m_chart->setPoints({}, laneMode(), timelineMode());
        m_chart->setMessage(count.errorMessage());
        return;
    }
    // The cumulative mode adds up figures, so it needs every flow's figure.
    if (timelineMode() == TimelineMode::Cumulative && *count > analysis::kMaxTimelineFlows) {
        m_chart->setPoints({}, laneMode(), timelineMode());
        m_chart->setMessage(
            tr("%1 flows match: the cumulative chart adds up to %2 figures. Narrow it with a "
               "company, the Filter menu or the dates.")
                .arg(QLocale().toString(qlonglong(*count)),
                     QLocale().toString(qlonglong(analysis::kMaxTimelineFlows))));
        return;
    }
    // A few hundred flows are read at once; more on a worker, so the window stays responsive.
    if (*count <= 300) {
        auto data = analysis::loadTimelineData(*store, filter, analysis::CellLane(laneMode()));
        if (!data)
            return apply(data.error());
        Loaded loaded;
        loaded.data = std::move(*data);
        apply(std::move(loaded));
        return;
    }
    m_chart->setPoints({}, laneMode(), timelineMode());
    m_chart->setMessage(tr("Reading %1 flows…").arg(QLocale().toString(qlonglong(*count))));
    start(filter, analysis::kMaxTimelineFlows, false, {});
}

void TimelineView::start(const analysis::TimelineFilter &filter, int64_t maxPoints, bool refining,
                         const QCPRange &range) {
    const analysis::CellLane lane = analysis::CellLane(laneMode());
    m_loader.start(m_document->path(),
                   [filter, lane, maxPoints, refining, range](Store &store,
                                                              const Cancelled &) -> Result<Loaded> {
                       auto data = analysis::loadTimelineData(store, filter, lane, maxPoints);
                       if (!data)
                           return data.error();
                       Loaded loaded;
                       loaded.refining = refining;
                       loaded.range = range;
                       loaded.data = std::move(*data);
                       return loaded;
                   });
}

void TimelineView::apply(Result<Loaded> result) {
    m_chart->setMessage({});
    if (!result) {
        m_chart->setPoints({}, laneMode(), timelineMode());
        m_chart->setMessage(tr("The timeline cannot be read: %1").arg(result.errorMessage()));
        return;
    }
    Loaded &loaded = *result;
    if (loaded.refining) {
        // The visible range of a grouped timeline, flow by flow; the range stays as it is.
        if (loaded.data.grouped)
            return; // more flows than counted in the blocks (the data changed): stay grouped
        m_refined = loaded.range;
        m_chart->setPoints(std::move(loaded.data.points), laneMode(), TimelineMode::Markers, true);
    } else if (loaded.data.grouped) {
        m_cells = std::move(loaded.data.cells);
        m_chart->setCells(*m_cells, laneMode());
    } else {
        m_chart->setPoints(std::move(loaded.data.points), laneMode(), timelineMode());
    }
    m_chart->highlight(m_selection->flow());
}

void TimelineView::refine() {
    if (!m_cells || !isVisible())
        return;
    const QCPRange view = m_plot->xAxis->range();
    const int64_t inView = m_chart->density()->flowsIn(view);
    if (inView > analysis::kMaxTimelineFlows) {
        if (m_refined) { // zoomed out again: back to the months
            m_refined.reset();
            m_loader.cancel();
            m_chart->setCells(*m_cells, laneMode(), true);
        }
        return;
    }
    if (m_refined && m_refined->contains(view.lower) && m_refined->contains(view.upper))
        return;
    // Read a little more than is visible, so that a short pan needs no new read.
    QCPRange range(view.lower - view.size() / 4, view.upper + view.size() / 4);
    if (m_chart->density()->flowsIn(range) > analysis::kMaxTimelineFlows)
        range = view;
    analysis::TimelineFilter filter = currentFilter();
    filter.from =
        PartialDate::fromDate(QDateTime::fromSecsSinceEpoch(qint64(range.lower), Qt::UTC).date());
    filter.to =
        PartialDate::fromDate(QDateTime::fromSecsSinceEpoch(qint64(range.upper), Qt::UTC).date());
    start(filter, analysis::kMaxTimelineFlows, true, range);
}

void TimelineView::resetView() {
    m_chart->resetView();
}

void TimelineView::showTooltip(QMouseEvent *event) {
    if (const TimelineDensity::Block *block = m_chart->blockAt(event->position())) {
        const QDate month =
            QDateTime::fromSecsSinceEpoch(qint64(block->start) + 86400, Qt::UTC).date();
        QToolTip::showText(
            event->globalPosition().toPoint(),
            tr("<b>%1</b> · %2<br>%Ln flow(s), %3 announced or completed<br>Click or zoom in to "
               "see each flow",
               nullptr, block->count)
                .arg(QLocale().toString(month, QStringLiteral("MMMM yyyy")),
                     m_chart->laneName(block->lane).toHtmlEscaped(),
                     QLocale().toString(block->firm)),
            m_plot);
        return;
    }
    const auto flow = m_chart->flowAt(event->position());
    const analysis::TimelinePoint *p = flow ? m_chart->point(*flow) : nullptr;
    if (!p) {
        QToolTip::hideText();
        return;
    }
    QString figure = p->figure ? displayMoney(*p->figure) : tr("no amount");
    if (p->disputed)
        figure = tr("%1 (disputed)").arg(figure);
    QToolTip::showText(
        event->globalPosition().toPoint(),
        tr("<b>%1</b><br>%2 → %3 · %4<br>%5 · %6 · %7<br>%n source(s)", nullptr, p->sources)
            .arg(p->deal.toHtmlEscaped(), p->payer.toHtmlEscaped(), p->payee.toHtmlEscaped(),
                 displayName(p->kind), figure.toHtmlEscaped(), displayName(p->status),
                 p->date.display()),
        m_plot);
}

QString TimelineView::sourcesCaption() const {
    Store *store = m_document->store();
    if (!store)
        return {};
    std::vector<Id> flows;
    for (const analysis::TimelinePoint &p : m_chart->points())
        flows.push_back(p.flowId);
    auto labels = analysis::sourceLabelsOfFlows(*store, flows);
    if (!labels || labels->isEmpty())
        return {};
    return tr("Sources: %1").arg(labels->join(QStringLiteral("; ")));
}

} // namespace ds::gui
