// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/timelinechart.h"

#include "widgets/keysteps.h"

#include "domain/moneydisplay.h"

#include "analysis/figures.h"

#include <QCoreApplication>

#include <algorithm>
#include <climits>
#include <map>

namespace ds::gui {

using analysis::TimelinePoint;

QColor TimelineChart::kindColor(FlowKind kind) {
    switch (kind) {
    case FlowKind::Equity:
        return QColor(0x1f, 0x77, 0xb4);
    case FlowKind::Compute:
        return QColor(0xff, 0x7f, 0x0e);
    case FlowKind::Chips:
        return QColor(0x2c, 0xa0, 0x2c);
    default:
        return QColor(0x7f, 0x7f, 0x7f);
    }
}

TimelineChart::TimelineChart(QCustomPlot *plot)
    : m_plot(plot)
    , m_bubbles(new TimelineBubbles(plot->xAxis, plot->yAxis))
    , m_density(new TimelineDensity(plot->xAxis, plot->yAxis)) {
    m_density->removeFromLegend();
    m_density->setVisible(false);
    auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
    ticker->setDateTimeSpec(Qt::UTC);
    ticker->setDateTimeFormat(QStringLiteral("MMM yyyy"));
    plot->xAxis->setTicker(ticker);
    plot->yAxis->setTicker(QSharedPointer<QCPAxisTickerText>::create());
    plot->yAxis->grid()->setVisible(false);
    m_bubbles->removeFromLegend(); // the legend is for the cumulative series
    plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom | QCP::iSelectPlottables);
    plot->axisRect()->setRangeDrag(Qt::Horizontal);
    plot->axisRect()->setRangeZoom(Qt::Horizontal);
    plot->setSelectionRectMode(QCP::srmNone);
    QObject::connect(plot->xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), plot,
                     [this, ticker](const QCPRange &range) {
                         // Years, then months, then days as the user zooms in.
                         const double days = range.size() / 86400.0;
                         ticker->setDateTimeFormat(days > 1500  ? QStringLiteral("yyyy")
                                                   : days > 120 ? QStringLiteral("MMM yyyy")
                                                                : QStringLiteral("d MMM yyyy"));
                     });
    // Which labels fit depends on the zoom and the widget's size: place them once the layout
    // of each replot is known (the items are drawn in the same replot).
    QObject::connect(plot, &QCustomPlot::afterLayout, plot, [this] { placeLabels(); });
}

void TimelineChart::setLanes(const QStringList &lanes) {
    m_lanes = lanes;
    if (auto ticker = qSharedPointerDynamicCast<QCPAxisTickerText>(m_plot->yAxis->ticker())) {
        ticker->clear();
        for (int i = 0; i < m_lanes.size(); ++i)
            ticker->addTick(i, m_lanes.at(i));
    }
}

QString TimelineChart::laneName(double lane) const {
    const int i = int(std::lround(lane));
    return i >= 0 && i < m_lanes.size() ? m_lanes.at(i) : QString();
}

void TimelineChart::setCells(const analysis::TimelineCells &cells, LaneMode mode, bool keepView) {
    m_points.clear();
    m_labelOrder.clear();
    m_bubbles->setBubbles({});
    m_mode = TimelineMode::Markers;
    clearSeries();
    // Lanes: the kinds present in their fixed order, or the busiest companies by name with
    // the others in a last lane.
    std::map<Id, int> laneOf;
    QStringList lanes;
    if (mode == LaneMode::ByKind) {
        for (FlowKind k : allValues<FlowKind>())
            if (std::any_of(cells.cells.begin(), cells.cells.end(),
                            [k](const analysis::TimelineCell &c) { return c.lane == Id(k); })) {
                laneOf.emplace(Id(k), int(lanes.size()));
                lanes << displayName(k);
            }
    } else {
        std::vector<std::pair<QString, Id>> named;
        for (const auto &[id, name] : cells.laneNames)
            named.emplace_back(name, id);
        std::sort(named.begin(), named.end(), [](const auto &a, const auto &b) {
            return a.first.compare(b.first, Qt::CaseInsensitive) > 0; // top to bottom A..Z
        });
        if (std::any_of(cells.cells.begin(), cells.cells.end(),
                        [](const analysis::TimelineCell &c) {
                            return c.lane == analysis::kOtherCompanies;
                        })) {
            laneOf.emplace(analysis::kOtherCompanies, 0);
            lanes << QCoreApplication::translate("ds::gui::TimelineChart", "Other companies");
        }
        for (const auto &[name, id] : named) {
            laneOf.emplace(id, int(lanes.size()));
            lanes << name;
        }
    }
    setLanes(lanes);
    std::vector<TimelineDensity::Block> blocks;
    blocks.reserve(cells.cells.size());
    for (const analysis::TimelineCell &c : cells.cells) {
        TimelineDensity::Block b;
        b.start = analysis::monthStartTime(c.month);
        b.end = analysis::monthStartTime(c.month + 1);
        b.lane = laneOf[c.lane];
        b.color = mode == LaneMode::ByKind ? kindColor(FlowKind(c.lane)) : QColor(0x1f, 0x77, 0xb4);
        b.count = c.count;
        b.firm = c.firm;
        b.laneKey = c.lane;
        blocks.push_back(b);
    }
    m_density->setBlocks(std::move(blocks));
    m_density->setVisible(true);
    m_bubbles->setVisible(false);
    const int flows = cells.flows > INT_MAX ? INT_MAX : int(cells.flows);
    m_plot->xAxis->setLabel(QCoreApplication::translate(
        "ds::gui::TimelineChart",
        "%Ln flow(s) grouped by month: the darker a month, the more flows. Zoom in to see each "
        "flow.",
        nullptr, flows));
    if (!keepView) {
        resetView();
        return;
    }
    m_plot->yAxis->setRange(-0.8, std::max<qsizetype>(1, m_lanes.size()) - 0.2);
    m_plot->replot();
}

const TimelineDensity::Block *TimelineChart::blockAt(const QPointF &pixel) const {
    if (!isGrouped())
        return nullptr;
    const int i = m_density->blockAt(pixel);
    return i < 0 ? nullptr : &m_density->blocks()[size_t(i)];
}

void TimelineChart::setPoints(std::vector<TimelinePoint> points, LaneMode mode,
                              TimelineMode timelineMode, bool keepView) {
    m_points = std::move(points);
    m_density->setVisible(false);
    if (!keepView)
        m_density->setBlocks({}); // refining keeps the months, to go back to them
    m_plot->xAxis->setLabel(QString());
    m_mode = timelineMode;
    clearSeries();
    // Lanes: kinds in a fixed order, or companies by name.
    std::map<QString, int> laneOf;
    m_lanes.clear();
    if (mode == LaneMode::ByKind) {
        for (FlowKind k : allValues<FlowKind>())
            for (const TimelinePoint &p : m_points)
                if (p.kind == k) {
                    laneOf.emplace(displayName(k), int(laneOf.size()));
                    m_lanes << displayName(k);
                    break;
                }
    } else {
        QStringList names;
        for (const TimelinePoint &p : m_points)
            names << (mode == LaneMode::ByPayer ? p.payer : p.payee);
        names.removeDuplicates();
        std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
            return a.compare(b, Qt::CaseInsensitive) > 0; // top to bottom A..Z
        });
        for (const QString &n : names) {
            laneOf.emplace(n, int(laneOf.size()));
            m_lanes << n;
        }
    }
    setLanes(m_lanes);

    std::vector<TimelineBubbles::Bubble> bubbles;
    for (const TimelinePoint &p : m_points) {
        TimelineBubbles::Bubble b;
        b.time = analysis::toAxisTime(p.date);
        if (p.date.precision() != PartialDate::Precision::Day) {
            b.start = analysis::toAxisTime(PartialDate::fromDate(p.date.firstDay())) - 43200;
            b.end = analysis::toAxisTime(PartialDate::fromDate(p.date.lastDay())) + 43200;
        }
        const QString laneKey = mode == LaneMode::ByKind    ? displayName(p.kind)
                                : mode == LaneMode::ByPayer ? p.payer
                                                            : p.payee;
        b.lane = laneOf[laneKey];
        b.color = kindColor(p.kind);
        b.filled = p.isFirm();
        b.hasAmount = p.figure && p.figure->representativeUsd() > 0;
        b.diameter =
            b.hasAmount ? analysis::markerDiameter(p.figure->maxUsd.value_or(p.figure->minUsd)) : 7;
        b.disputed = p.disputed;
        if (p.disputed && p.figure && p.figure->minUsd > 0)
            b.innerDiameter = analysis::markerDiameter(p.figure->minUsd);
        b.flowId = p.flowId;
        bubbles.push_back(b);
    }
    m_bubbles->setBubbles(std::move(bubbles));
    m_labelOrder.resize(m_points.size());
    for (size_t i = 0; i < m_labelOrder.size(); ++i)
        m_labelOrder[i] = i;
    auto usd = [&](size_t i) {
        return m_points[i].figure ? m_points[i].figure->representativeUsd() : 0;
    };
    std::stable_sort(m_labelOrder.begin(), m_labelOrder.end(),
                     [&](size_t a, size_t b) { return usd(a) > usd(b); });
    const bool cumulative = m_mode == TimelineMode::Cumulative;
    m_bubbles->setVisible(!cumulative);
    if (cumulative)
        buildSeries(mode);
    if (!keepView) {
        resetView();
        return;
    }
    m_plot->yAxis->setRange(-0.8, std::max<qsizetype>(1, m_lanes.size()) - 0.2);
    m_plot->replot();
}

void TimelineChart::clearSeries() {
    for (QCPGraph *g : m_series)
        m_plot->removeGraph(g);
    m_series.clear();
    m_plot->legend->setVisible(false);
    m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTickerText>::create());
    m_plot->yAxis->setLabel(QString());
    m_plot->yAxis->grid()->setVisible(false);
}

void TimelineChart::buildSeries(LaneMode mode) {
    // One step line per kind (or payer, or payee): the committed capital summed over time.
    // A disputed figure counts at its lowest claimed value: what the sources agree was at least
    // committed.
    std::map<QString, std::vector<std::pair<double, double>>> steps;
    std::map<QString, QColor> colours;
    for (const TimelinePoint &p : m_points) {
        if (!p.figure || p.figure->representativeUsd() <= 0)
            continue;
        const QString key = mode == LaneMode::ByKind    ? displayName(p.kind)
                            : mode == LaneMode::ByPayer ? p.payer
                                                        : p.payee;
        const double usd = double(analysis::countedUsd(*p.figure, p.disputed));
        auto &series = steps[key];
        const double total = (series.empty() ? 0.0 : series.back().second) + usd / 1e9;
        series.emplace_back(analysis::toAxisTime(p.date), total);
        colours.emplace(key, mode == LaneMode::ByKind ? kindColor(p.kind) : QColor());
    }
    static const QColor palette[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e),
                                     QColor(0x2c, 0xa0, 0x2c), QColor(0xd6, 0x27, 0x28),
                                     QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b),
                                     QColor(0xe3, 0x77, 0xc2), QColor(0x7f, 0x7f, 0x7f)};
    int index = 0;
    for (const auto &[key, series] : steps) {
        QCPGraph *graph = m_plot->addGraph(m_plot->xAxis, m_plot->yAxis);
        graph->setName(key);
        graph->setLineStyle(QCPGraph::lsStepLeft);
        QColor colour = colours[key].isValid() ? colours[key] : palette[index % 8];
        graph->setPen(QPen(colour, 2));
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, colour, Qt::white, 5));
        for (const auto &[time, total] : series)
            graph->addData(time, total);
        m_series.push_back(graph);
        ++index;
    }
    m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
    m_plot->yAxis->setLabel(QCoreApplication::translate(
        "ds::gui::TimelineChart", "Committed capital, cumulative (US$ billions)"));
    m_plot->yAxis->grid()->setVisible(true);
    m_plot->legend->setVisible(!m_series.empty());
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
}

void TimelineChart::toggleSeries(QCPGraph *graph) {
    graph->setVisible(!graph->visible());
    if (QCPPlottableLegendItem *item = m_plot->legend->itemWithPlottable(graph))
        item->setTextColor(graph->visible() ? Qt::black : Qt::gray);
    m_plot->replot();
}

void TimelineChart::resetView() {
    bool found = false;
    // Everything: the months of a grouped timeline even while a part is drawn flow by flow.
    QCPRange keys = !m_density->blocks().empty() ? m_density->getKeyRange(found, QCP::sdBoth)
                                                 : m_bubbles->getKeyRange(found, QCP::sdBoth);
    if (!found)
        keys = QCPRange(analysis::toAxisTime(PartialDate::ofYear(2023)),
                        analysis::toAxisTime(PartialDate::ofYear(2025)));
    // Room on the right for the labels of the latest flows.
    const double margin = std::max(keys.size() * 0.06, 86400.0 * 20);
    m_plot->xAxis->setRange(keys.lower - margin, keys.upper + 3 * margin);
    if (m_mode == TimelineMode::Cumulative) {
        double top = 1;
        for (QCPGraph *g : m_series)
            if (!g->data()->isEmpty())
                top = std::max(top, (g->data()->constEnd() - 1)->value);
        m_plot->yAxis->setRange(0, top * 1.08);
    } else {
        m_plot->yAxis->setRange(-0.8, std::max<qsizetype>(1, m_lanes.size()) - 0.2);
    }
    m_plot->replot();
}

void TimelineChart::placeLabels() {
    for (QCPItemText *label : m_labels)
        m_plot->removeItem(label); // deletes it
    m_labels.clear();
    // The largest flows get labels; a label that would overlap one already placed is skipped.
    if (m_mode != TimelineMode::Markers)
        return;
    auto size = [&](size_t i) {
        return m_points[i].figure ? m_points[i].figure->representativeUsd() : 0;
    };
    std::vector<QRectF> taken;
    const QFontMetrics metrics(m_plot->font());
    const QRect area = m_plot->axisRect()->rect();
    // Measuring a label shapes its text: try the largest few in view, not every flow.
    int tried = 0;
    for (size_t i : m_labelOrder) {
        if (m_labels.size() >= 10 || tried >= 40 || size(i) <= 0)
            break;
        const QPointF anchor = m_bubbles->pixelOf(int(i));
        if (!area.contains(anchor.toPoint()))
            continue;
        ++tried;
        const TimelinePoint &p = m_points[i];
        const QString text =
            flowLabel(p.payer, p.payee) + QLatin1Char(' ') + displayMoney(*p.figure);
        const double r = m_bubbles->bubbles()[i].diameter / 2.0;
        QRectF rect(0, 0, metrics.horizontalAdvance(text) + 6, metrics.height() + 2);
        rect.moveCenter(QPointF(anchor.x(), anchor.y() - r - rect.height() / 2 - 2));
        if (!area.contains(rect.toRect()))
            continue;
        if (std::any_of(taken.begin(), taken.end(),
                        [&](const QRectF &t) { return t.intersects(rect); }))
            continue;
        taken.push_back(rect);
        auto *label = new QCPItemText(m_plot);
        label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        label->position->setType(QCPItemPosition::ptPlotCoords);
        label->position->setCoords(m_bubbles->bubbles()[i].time, m_bubbles->bubbles()[i].lane);
        label->setPadding(QMargins(0, 0, 0, int(r) + 2)); // sits above the marker
        label->setClipToAxisRect(true);
        label->setText(text);
        label->setColor(QColor(0x30, 0x30, 0x30));
        label->setSelectable(false);
        m_labels.push_back(label);
    }
}

void TimelineChart::setMessage(const QString &message) {
    if (!m_message) {
        m_message = new QCPItemText(m_plot);
        m_message->position->setType(QCPItemPosition::ptAxisRectRatio);
        m_message->position->setCoords(0.5, 0.5);
        m_message->setColor(QColor(0x50, 0x50, 0x50));
        m_message->setSelectable(false);
    }
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    m_plot->replot();
}

void TimelineChart::highlight(std::optional<Id> flow) {
    m_bubbles->setHighlighted(flow);
    m_plot->replot();
}

std::optional<Id> TimelineChart::flowAt(const QPointF &pixel) const {
    const int index = m_bubbles->bubbleAt(pixel);
    if (index < 0)
        return std::nullopt;
    return m_bubbles->bubbles()[size_t(index)].flowId;
}

std::optional<QPointF> TimelineChart::pixelOf(Id flow) const {
    const auto &bubbles = m_bubbles->bubbles();
    for (size_t i = 0; i < bubbles.size(); ++i)
        if (bubbles[i].flowId == flow)
            return m_bubbles->pixelOf(int(i));
    return std::nullopt;
}

std::optional<Id> TimelineChart::stepFrom(std::optional<Id> flow, int step) const {
    std::vector<const TimelineBubbles::Bubble *> order;
    for (const auto &b : m_bubbles->bubbles())
        order.push_back(&b);
    if (order.empty())
        return std::nullopt;
    std::sort(order.begin(), order.end(), [](const auto *a, const auto *b) {
        return std::tie(a->time, a->lane, a->flowId) < std::tie(b->time, b->lane, b->flowId);
    });
    return steppedItem(
               order, [&](const auto *b) { return flow && b->flowId == *flow; }, step)
        ->flowId;
}

void TimelineChart::ensureVisible(Id flow) {
    for (const auto &b : m_bubbles->bubbles())
        if (b.flowId == flow) {
            const QCPRange range = m_plot->xAxis->range();
            if (!range.contains(b.time)) {
                m_plot->xAxis->setRange(b.time, range.size(), Qt::AlignCenter);
                m_plot->replot();
            }
            return;
        }
}

void TimelineChart::zoomTime(double factor) {
    m_plot->xAxis->scaleRange(factor, m_plot->xAxis->range().center());
    m_plot->replot();
}

const TimelinePoint *TimelineChart::point(Id flow) const {
    for (const TimelinePoint &p : m_points)
        if (p.flowId == flow)
            return &p;
    return nullptr;
}

} // namespace ds::gui
