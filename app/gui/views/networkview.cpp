// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/networkview.h"

#include "widgets/keysteps.h"

#include "domain/moneydisplay.h"

#include "charts/networkpicture.h"

#include "analysis/timelinecells.h"
#include "document/document.h"
#include "document/filters.h"
#include "document/selection.h"
#include "graph/layout.h"
#include "store/store.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QPromise>
#include <QPushButton>
#include <QScrollBar>
#include <QSlider>
#include <QToolTip>
#include <QVBoxLayout>

#include <QtConcurrent>
#include <numeric>

#include <climits>
#include <cmath>
#include <map>
#include <queue>

namespace ds::gui {

NetworkView::NetworkView(Document *document, Selection *selection, Filters *filters,
                         QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_selection(selection)
    , m_filters(filters)
    , m_item(new NetworkItem)
    , m_canvas(new NetworkCanvas(m_item, this))
    , m_ego(new QComboBox(this))
    , m_time(new QSlider(Qt::Horizontal, this))
    , m_timeLabel(new QLabel(this))
    , m_message(new QLabel(this))
    , m_play(new QPushButton(tr("Play"), this)) {
    m_message->setObjectName(QStringLiteral("networkMessage"));
    m_ego->addItem(tr("Whole network"), 0);
    m_ego->addItem(tr("Focused company and neighbours"), 1);
    m_ego->addItem(tr("Focused company, 2 hops"), 2);
    m_ego->setAccessibleName(tr("Network scope"));
    m_ego->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_ego->setMinimumContentsLength(12);
    m_time->setMinimumWidth(60);
    m_time->setAccessibleName(tr("Network as of"));
    m_time->setToolTip(tr("Show the network as of a date: only flows announced by then"));
    m_play->setToolTip(tr("Play the network's growth month by month"));
    m_play->setCheckable(true);
    auto *fit = new QPushButton(tr("Fit"), this);
    fit->setToolTip(tr("Show the whole network (Ctrl+Shift+0)"));
    fit->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_0));
    auto *hint = new QLabel(tr("Wheel: zoom · drag: pan · drag a company to pin it · click to "
                               "focus"),
                            this);
    hint->setForegroundRole(QPalette::PlaceholderText);
    hint->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->hide();
    m_canvas->setAccessibleName(tr("Money network"));
    m_canvas->setAccessibleDescription(tr("Left and Right arrows: previous and next company; Up "
                                          "and Down: the focused company's flows; + and −: "
                                          "zoom; Home: whole network"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_ego);
    bar->addWidget(new QLabel(tr("As of"), this));
    bar->addWidget(m_time, 1);
    bar->addWidget(m_timeLabel);
    bar->addWidget(m_play);
    bar->addWidget(fit);
    bar->addWidget(hint, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(m_canvas, 1);

    connect(fit, &QPushButton::clicked, m_canvas, &NetworkCanvas::fit);
    connect(m_ego, &QComboBox::currentIndexChanged, this, &NetworkView::rebuild);
    connect(m_time, &QSlider::valueChanged, this, [this] {
        updateTimeLabel();
        rebuild();
    });
    m_playTimer.setInterval(150);
    connect(m_play, &QPushButton::toggled, this, [this](bool on) {
        if (on && m_time->value() >= m_time->maximum())
            m_time->setValue(m_time->minimum());
        on ? m_playTimer.start() : m_playTimer.stop();
    });
    connect(&m_playTimer, &QTimer::timeout, this, [this] {
        if (m_time->value() >= m_time->maximum()) {
            m_play->setChecked(false);
            return;
        }
        m_time->setValue(m_time->value() + 1);
    });
    connect(m_canvas, &NetworkCanvas::nodeClicked, this, [this](int node) {
        m_selection->setCompany(m_item->picture().nodes[size_t(node)].company);
    });
    connect(m_canvas, &NetworkCanvas::edgeClicked, this, [this](int edge) {
        const auto &e = m_item->picture().edges[size_t(edge)];
        m_selection->setFlow(e.flows.front(), e.deals.front());
    });
    connect(m_canvas, &NetworkCanvas::companyStepRequested, this, &NetworkView::stepCompany);
    connect(m_canvas, &NetworkCanvas::flowStepRequested, this, &NetworkView::stepFlow);
    connect(m_canvas, &NetworkCanvas::nodeMoved, this, [this](int node) {
        const auto &n = m_item->picture().nodes[size_t(node)];
        m_positions[n.company] = {n.pos.x() / kUnit, n.pos.y() / kUnit};
        m_pinned.insert(n.company);
    });
    connect(m_canvas, &NetworkCanvas::hovered, this, &NetworkView::showTooltip);
    connect(&m_buildWatcher, &QFutureWatcher<Built>::finished, this, [this] {
        if (m_buildWatcher.future().resultCount() > 0)
            showBuilt(m_buildWatcher.result());
    });
    connect(&m_buildWatcher, &QFutureWatcher<Built>::progressValueChanged, this,
            [this](int percent) {
                // Only a layout that takes a while says how far it has got.
                if (m_buildStarted.elapsed() < 400 || percent >= 100)
                    return;
                const int companies = m_buildWatcher.progressText().toInt();
                setMessage(tr("Laying out %Ln companies… %1%", nullptr, companies).arg(percent));
            });
    connect(document, &Document::graphChanged, this, &NetworkView::takeGraph);
    connect(selection, &Selection::highlightChanged, this, &NetworkView::highlightFlows);
    connect(document, &Document::opened, this, [this] {
        m_positions.clear();
        m_pinned.clear();
        reload();
    });
    connect(document, &Document::changed, this, &NetworkView::reload);
    connect(filters, &Filters::changed, this, &NetworkView::rebuild);
    connect(selection, &Selection::companyChanged, this, [this](std::optional<Id> company) {
        m_item->setFocusedCompany(company);
        if (m_ego->currentData().toInt() > 0)
            rebuild();
    });
    connect(selection, &Selection::flowChanged, this,
            [this](std::optional<Id> flow) { m_item->setFocusedFlow(flow); });
    updateTimeLabel();
}

NetworkView::~NetworkView() {
    m_buildWatcher.waitForFinished();
}

void NetworkView::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

bool NetworkView::isLoading() const {
    return m_document->isGraphLoading() || m_building;
}

void NetworkView::reload() {
    if (!m_document->isOpen())
        return;
    if (!isVisible()) { // asked for only when shown: the graph needs every figure
        m_stale = true;
        return;
    }
    m_stale = false;
    m_document->requestGraph();
    takeGraph();
}

void NetworkView::takeGraph() {
    if (!isVisible() && !m_document->graph()) {
        m_stale = true;
        return;
    }
    if (!m_document->graphError().isEmpty()) {
        setMessage(tr("The flows cannot be read: %1").arg(m_document->graphError()));
        return;
    }
    if (!m_document->graph()) {
        setMessage(tr("Reading the flows and their figures…"));
        return;
    }
    if (m_document->graph() == m_graph)
        return;
    m_graph = m_document->graph();
    // The slider spans the months of the dated flows; its end shows everything.
    int first = INT_MAX, last = 0;
    for (const graph::Edge &e : m_graph->edges())
        if (e.dateKey > 0) {
            first = std::min(first, analysis::monthIndex(e.dateKey));
            last = std::max(last, analysis::monthIndex(e.dateKey));
        }
    m_firstMonth = first == INT_MAX ? 0 : first;
    const QSignalBlocker block(m_time);
    m_time->setRange(0, first == INT_MAX ? 0 : last - first + 1);
    m_time->setValue(m_time->maximum());
    updateTimeLabel();
    rebuild();
    m_canvas->fit();
}

void NetworkView::setMessage(const QString &text) {
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void NetworkView::updateTimeLabel() {
    if (m_time->value() >= m_time->maximum()) {
        m_timeLabel->setText(tr("all dates"));
        return;
    }
    const int month = m_firstMonth + m_time->value();
    m_timeLabel->setText(
        QLocale().toString(QDate(month / 12, month % 12 + 1, 1), QStringLiteral("MMM yyyy")));
}

int NetworkView::pictureNode(Id company) const {
    const auto &nodes = m_item->picture().nodes;
    for (size_t i = 0; i < nodes.size(); ++i)
        if (nodes[i].company == company)
            return int(i);
    return -1;
}

void NetworkView::rebuild() {
    if (!m_graph)
        return;
    NetworkScope scope;
    if (!m_filters->showsAll()) {
        scope.kinds = m_filters->kinds();
        scope.statuses = m_filters->statuses();
    }
    // As of: flows dated up to the end of the slider's month (the end shows everything).
    if (m_time->value() < m_time->maximum()) {
        const int month = m_firstMonth + m_time->value();
        scope.dateLimit = (month / 12) * 10000 + (month % 12 + 1) * 100 + 99;
    }
    if (const auto years = m_filters->years()) { // Filter › Years, within the As-of date
        scope.dateFloor = years->first * 10000;
        scope.dateLimit = std::min(scope.dateLimit, years->second * 10000 + 9999);
    }
    scope.focus = m_selection->company();
    scope.hops = m_ego->currentData().toInt();
    if (m_filters->kinds().empty() || m_filters->statuses().empty()) {
        ++m_buildGeneration; // a layout still running is for an older scope
        m_item->setPicture({});
        setMessage(tr("No flows match the filters and the date."));
        return;
    }
    // The layout runs on a worker with copies of the known places; a rebuild asked for
    // meanwhile (the slider playing, a filter) starts when it is done, with the newest scope.
    if (m_buildWatcher.isRunning()) {
        m_buildAgain = true;
        return;
    }
    const int generation = ++m_buildGeneration;
    m_building = true;
    m_buildStarted.start();
    m_buildWatcher.setFuture(QtConcurrent::run([graph = m_graph, scope, positions = m_positions,
                                                pinned = m_pinned,
                                                generation](QPromise<Built> &promise) mutable {
        promise.setProgressRange(0, 100);
        Built built;
        built.generation = generation;
        built.build =
            buildNetworkPicture(*graph, scope, positions, pinned, [&](int companies, int percent) {
                promise.setProgressValueAndText(percent, QString::number(companies));
            });
        built.positions = std::move(positions);
        promise.addResult(std::move(built));
    }));
}

void NetworkView::showBuilt(Built result) {
    m_building = false;
    if (m_buildAgain) {
        m_buildAgain = false;
        rebuild(); // the scope changed while this one was laid out: lay out the newest
        return;
    }
    if (result.generation != m_buildGeneration)
        return;
    // Places of companies dragged while the layout ran win over the layout's.
    for (const Id company : m_pinned)
        if (auto it = m_positions.find(company); it != m_positions.end())
            result.positions[company] = it->second;
    m_positions = std::move(result.positions);
    NetworkBuild &built = result.build;
    if (built.needsFocus) {
        m_item->setPicture({});
        setMessage(tr("Select a company (in the list, the table or here) to see its neighbours."));
        return;
    }
    setMessage(built.picture.nodes.empty() ? tr("No flows match the filters and the date.")
                                           : QString());
    const bool first = m_item->picture().nodes.empty();
    m_item->setPicture(std::move(built.picture));
    m_item->setFocusedCompany(m_selection->company());
    if (first)
        m_canvas->fit();
}

void NetworkView::highlightFlows(const std::vector<Id> &flows) {
    m_item->setHighlightedFlows(flows);
}

void NetworkView::showTooltip(int node, int edge, const QPoint &globalPos) {
    const NetworkPicture &p = m_item->picture();
    if (node >= 0) {
        const auto &n = p.nodes[size_t(node)];
        QToolTip::showText(
            globalPos,
            tr("<b>%1</b><br>%2 · %3 paid and received")
                .arg(n.name.toHtmlEscaped(), displayName(n.kind), displayUsd(int64_t(n.volumeUsd))),
            m_canvas);
    } else if (edge >= 0) {
        const auto &e = p.edges[size_t(edge)];
        QString figure = e.hasAmount ? displayUsd(e.usd) : tr("no amount");
        if (e.disputed)
            figure = tr("%1 (disputed)").arg(figure);
        QToolTip::showText(globalPos,
                           tr("%1 → %2 · %3<br>%4 · %n flow(s)", nullptr, int(e.flows.size()))
                               .arg(p.nodes[size_t(e.from)].name.toHtmlEscaped(),
                                    p.nodes[size_t(e.to)].name.toHtmlEscaped(), displayName(e.kind),
                                    figure),
                           m_canvas);
    } else {
        QToolTip::hideText();
    }
}

void NetworkView::stepCompany(int step) {
    const auto &nodes = m_item->picture().nodes;
    if (nodes.empty())
        return;
    std::vector<size_t> order(nodes.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        return nodes[a].name.compare(nodes[b].name, Qt::CaseInsensitive) < 0;
    });
    const auto focused = m_selection->company();
    const size_t next = steppedItem(
        order, [&](size_t i) { return focused && nodes[i].company == *focused; }, step);
    m_selection->setCompany(nodes[next].company);
    m_canvas->centerOn(nodes[next].pos);
}

void NetworkView::stepFlow(int step) {
    const auto &picture = m_item->picture();
    const auto focused = m_selection->company();
    if (!focused)
        return stepCompany(step);
    std::vector<size_t> edges; // the focused company's, in drawing order
    for (size_t i = 0; i < picture.edges.size(); ++i) {
        const auto &e = picture.edges[i];
        if (picture.nodes[size_t(e.from)].company == *focused ||
            picture.nodes[size_t(e.to)].company == *focused)
            edges.push_back(i);
    }
    if (edges.empty())
        return;
    const auto flow = m_selection->flow();
    const size_t next = steppedItem(
        edges,
        [&](size_t i) {
            const auto &flows = picture.edges[i].flows;
            return flow && std::find(flows.begin(), flows.end(), *flow) != flows.end();
        },
        step);
    const auto &e = picture.edges[next];
    m_selection->setFlow(e.flows.front(), e.deals.front());
}

} // namespace ds::gui
