#include "timelineview.h"

#include "analysis/sources.h"
#include "document.h"
#include "filters.h"
#include "selection.h"
#include "store/store.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QHBoxLayout>
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
    , m_to(new QDateEdit(this)) {
    m_lanes->addItem(tr("Lanes by kind"), int(LaneMode::ByKind));
    m_lanes->addItem(tr("Lanes by payer"), int(LaneMode::ByPayer));
    m_lanes->addItem(tr("Lanes by payee"), int(LaneMode::ByPayee));
    m_lanes->setAccessibleName(tr("Timeline lanes"));
    m_mode->addItem(tr("Flows"), int(TimelineMode::Markers));
    m_mode->addItem(tr("Cumulative committed capital"), int(TimelineMode::Cumulative));
    m_mode->setAccessibleName(tr("Timeline mode"));
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
    hint->setStyleSheet(QStringLiteral("color: gray"));
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
        if (auto flow = m_chart->flowAt(event->position())) {
            const analysis::TimelinePoint *p = m_chart->point(*flow);
            m_selection->setFlow(*flow, p ? std::optional<Id>(p->dealId) : std::nullopt);
        }
    });
    connect(m_plot, &QCustomPlot::mouseMove, this, &TimelineView::showTooltip);
    reload();
}

void TimelineView::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    if (m_stale)
        reload();
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
    m_chart->setMessage({});
    analysis::TimelineFilter filter;
    filter.company = m_selection->company();
    if (m_filters->kinds().empty() || m_filters->statuses().empty()) {
        m_chart->setPoints({}, LaneMode(m_lanes->currentData().toInt()),
                           TimelineMode(m_mode->currentData().toInt()));
        return;
    }
    if (!m_filters->showsAll()) {
        filter.kinds = m_filters->kinds();
        filter.statuses = m_filters->statuses();
    }
    const auto count = analysis::countTimeline(*store, filter);
    if (count && *count > analysis::kMaxTimelineFlows) {
        m_chart->setPoints({}, LaneMode(m_lanes->currentData().toInt()),
                           TimelineMode(m_mode->currentData().toInt()));
        m_chart->setMessage(
            tr("%1 flows match: the timeline draws up to %2 at a time. Narrow it with a "
               "company, the Filter menu or the dates.")
                .arg(QLocale().toString(qlonglong(*count)),
                     QLocale().toString(qlonglong(analysis::kMaxTimelineFlows))));
        return;
    }
    auto points = analysis::loadTimeline(*store, filter);
    m_chart->setPoints(points ? std::move(*points) : std::vector<analysis::TimelinePoint>(),
                       LaneMode(m_lanes->currentData().toInt()),
                       TimelineMode(m_mode->currentData().toInt()));
    m_chart->highlight(m_selection->flow());
}

void TimelineView::resetView() {
    m_chart->resetView();
}

void TimelineView::showTooltip(QMouseEvent *event) {
    const auto flow = m_chart->flowAt(event->position());
    const analysis::TimelinePoint *p = flow ? m_chart->point(*flow) : nullptr;
    if (!p) {
        QToolTip::hideText();
        return;
    }
    QString figure = p->figure ? p->figure->format() : tr("no amount");
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
