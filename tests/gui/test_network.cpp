// SPDX-License-Identifier: GPL-3.0-or-later
// The network view, the stakes panel and the cycles panel driven through their real widgets
// (offscreen): clicking a node focuses its company, clicking an edge its flow.
#include "charts/chartexport.h"
#include "docks/cyclesdock.h"
#include "docks/sourcepanel.h"
#include "docks/stakesdock.h"
#include "document/document.h"
#include "document/filters.h"
#include "document/selection.h"
#include "document/settings.h"
#include "exchange/generator.h"
#include "exchange/sample.h"
#include "graph/moneygraph.h"
#include "mainwindow.h"
#include "models/dealtablemodel.h"
#include "samplewindow.h"
#include "store/store.h"
#include "views/dealtableview.h"
#include "views/networkview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>
#include <qcustomplot.h>

using namespace ds;
using namespace ds::gui;

class TestNetwork : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;

    NetworkView *network() const { return m_window->network(); }
    Id companyId(const char *name) const {
        return **m_window->document()->store()->companyIdByName(QString::fromUtf8(name));
    }
    QPoint viewportPos(const QPointF &scenePos) const {
        return network()->canvas()->mapFromScene(scenePos);
    }

    // The picture is laid out on a worker: wait until the newest one is shown.
    void settle() { QTRY_VERIFY_WITH_TIMEOUT(!network()->isLoading(), 10000); }

private slots:
    void initTestCase() {
        QVERIFY(test::openSampleWindow(m_dir.filePath(QStringLiteral("n.dealscope")), m_settings,
                                       m_window, 2));
        QTRY_VERIFY_WITH_TIMEOUT(network()->graph() && !network()->isLoading(), 10000);
        QTRY_COMPARE(network()->item()->picture().nodes.size(), size_t(8));
    }

    void drawsCompaniesAndAggregatedFlows() {
        const NetworkPicture &p = network()->item()->picture();
        // 21 flows; Amazon → Anthropic equity appears twice and Microsoft → Nvidia chips
        // twice: aggregated per payer, payee and kind.
        QVERIFY(p.edges.size() < 21);
        size_t flows = 0;
        for (const auto &e : p.edges)
            flows += e.flows.size();
        QCOMPARE(flows, size_t(21));
        // Microsoft ⇄ Anthropic go both ways: curved; the Microsoft → Anthropic figure is
        // disputed.
        const int microsoft = network()->pictureNode(companyId("Microsoft"));
        const int anthropic = network()->pictureNode(companyId("Anthropic"));
        bool curvedBoth = false, disputed = false;
        for (const auto &e : p.edges)
            if (e.from == microsoft && e.to == anthropic) {
                curvedBoth = curvedBoth || e.curved;
                disputed = disputed || e.disputed; // the equity, not the Claude partnership
            }
        QVERIFY(curvedBoth);
        QVERIFY(disputed);
        // The busiest company is drawn largest.
        double largest = 0;
        Id largestCompany = 0;
        for (const auto &n : p.nodes)
            if (n.radius > largest) {
                largest = n.radius;
                largestCompany = n.company;
            }
        QVERIFY(largestCompany == companyId("Anthropic") || largestCompany == companyId("OpenAI"));
    }

    void clickingANodeFocusesItsCompanyAndShowsItsStakes() {
        m_window->stakesDock()->show();
        m_window->stakesDock()->raise();
        const int node = network()->pictureNode(companyId("Microsoft"));
        const QPoint at = viewportPos(network()->item()->picture().nodes[size_t(node)].pos);
        QTest::mouseClick(network()->canvas()->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(m_window->selection()->company(), std::optional<Id>(companyId("Microsoft")));
        StakesDock *stakes = m_window->stakesDock();
        QTRY_VERIFY(stakes->stakes().has_value());
        QVERIFY(stakes->summary()->text().contains(QLatin1String("Microsoft")));
        QVERIFY(stakes->summary()->text().contains(QLatin1String("+$23B")));
        QCOMPARE(stakes->table()->rowCount(), 6);
        QVERIFY2(stakes->roundTrips()->text().contains(QStringLiteral("6.0×")),
                 qPrintable(stakes->roundTrips()->text()));
        // The chart has a bar per counterparty and exports like every chart.
        QCOMPARE(stakes->chart()->plottableCount(), 2);
        ExportOptions options;
        options.size = QSize(600, 300);
        const QString png = m_dir.filePath(QStringLiteral("stakes.png"));
        QVERIFY(exportChart(stakes->chart(), png, options));
        QCOMPARE(QImage(png).size(), QSize(600, 300));
        // Clicking a position selects its flow.
        stakes->table()->selectRow(0);
        QVERIFY(m_window->selection()->flow().has_value());
    }

    void clickingAnEdgeFocusesItsFlow() {
        const NetworkPicture &p = network()->item()->picture();
        // OpenAI → Unnamed compute providers: a single, straight edge.
        const int openai = network()->pictureNode(companyId("OpenAI"));
        int edge = -1;
        for (size_t i = 0; i < p.edges.size(); ++i)
            if (p.edges[i].from == openai && p.edges[i].flows.size() == 1 && !p.edges[i].curved)
                edge = int(i);
        QVERIFY(edge >= 0);
        const Id flow = p.edges[size_t(edge)].flows.front();
        const QPoint at =
            viewportPos(network()->item()->edgeMidpoint(edge, network()->canvas()->scale()));
        QTest::mouseClick(network()->canvas()->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(m_window->selection()->flow(), std::optional<Id>(flow));
        // The source panel follows: the flow's claims.
        QTRY_VERIFY(!m_window->sourcePanel()->cards().isEmpty());
    }

    void egoModeShowsTheNeighbours() {
        m_window->selection()->setCompany(companyId("Palantir"));
        network()->egoBox()->setCurrentIndex(1);
        settle();
        QStringList names;
        for (const auto &n : network()->item()->picture().nodes)
            names << n.name;
        names.sort();
        QCOMPARE(names, QStringList({QStringLiteral("Amazon"), QStringLiteral("Anthropic"),
                                     QStringLiteral("Palantir")}));
        network()->egoBox()->setCurrentIndex(2);
        settle();
        QVERIFY(network()->item()->picture().nodes.size() > 3);
        network()->egoBox()->setCurrentIndex(0);
        settle();
        QCOMPARE(network()->item()->picture().nodes.size(), size_t(8));
    }

    void timeSliderShowsTheNetworkAsOfADate() {
        QSlider *slider = network()->timeSlider();
        QVERIFY(slider->maximum() > 20); // Sep 2023 to Nov 2025
        slider->setValue(0);             // September 2023: Amazon's first investment
        settle();
        size_t flows = 0;
        for (const auto &e : network()->item()->picture().edges)
            flows += e.flows.size();
        QCOMPARE(flows, size_t(2)); // the investment and Anthropic's AWS commitment
        slider->setValue(slider->maximum());
        settle();
        QCOMPARE(network()->item()->picture().nodes.size(), size_t(8));
    }

    void layoutIsIncrementalAndDraggedNodesStay() {
        const int node = network()->pictureNode(companyId("Google"));
        const QPointF before = network()->item()->picture().nodes[size_t(node)].pos;
        const QPoint from = viewportPos(before);
        const QPoint to = from + QPoint(60, 40);
        QWidget *viewport = network()->canvas()->viewport();
        QTest::mousePress(viewport, Qt::LeftButton, {}, from);
        QMouseEvent move(QEvent::MouseMove, QPointF(to), viewport->mapToGlobal(QPointF(to)),
                         Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &move);
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
        const QPointF dragged = network()->item()->picture().nodes[size_t(node)].pos;
        QVERIFY(QLineF(dragged, before).length() > 10);
        // Filtering and back keeps the pinned node where it was dropped and the others close.
        const QPointF anthropic = network()
                                      ->item()
                                      ->picture()
                                      .nodes[size_t(network()->pictureNode(companyId("Anthropic")))]
                                      .pos;
        network()->timeSlider()->setValue(network()->timeSlider()->maximum() - 1);
        network()->timeSlider()->setValue(network()->timeSlider()->maximum());
        settle();
        const int again = network()->pictureNode(companyId("Google"));
        QVERIFY(network()->item()->picture().nodes[size_t(again)].pinned);
        QVERIFY(QLineF(network()->item()->picture().nodes[size_t(again)].pos, dragged).length() <
                1);
        const QPointF anthropicAfter =
            network()
                ->item()
                ->picture()
                .nodes[size_t(network()->pictureNode(companyId("Anthropic")))]
                .pos;
        QVERIFY(QLineF(anthropic, anthropicAfter).length() < 90); // within an edge length
    }

    void cyclesPanelListsAndHighlights() {
        CyclesDock *cycles = m_window->cyclesDock();
        QTRY_COMPARE(cycles->result().found, int64_t(11));
        QCOMPARE(cycles->table()->rowCount(), 11);
        QVERIFY(cycles->table()->item(0, 0)->text().contains(QLatin1String("Microsoft")));
        QCOMPARE(cycles->table()->item(0, 2)->text(), QStringLiteral("$5B"));
        cycles->table()->selectRow(0);
        QCOMPARE(cycles->result().cycles.front().edges.size(), size_t(2));
        // Only through the focused company, two flows long.
        m_window->selection()->setCompany(companyId("Google"));
        cycles->maxLengthBox()->setValue(2);
        cycles->throughFocusBox()->setChecked(true);
        QCOMPARE(cycles->result().found, int64_t(1));
        cycles->throughFocusBox()->setChecked(false);
        cycles->maxLengthBox()->setValue(5);
    }

    void yearsFilterIsShared() {
        // Filter › Years: the table and the network show only the flows dated 2024.
        m_window->selection()->setCompany(std::nullopt);
        m_window->filters()->setYears(std::pair(2024, 2024));
        auto *table = m_window->dealTable()->model();
        QTRY_VERIFY_WITH_TIMEOUT(!table->isLoading(), 5000);
        QTRY_COMPARE(table->rowCount(), 5); // Amazon's second investment and Bedrock, Palantir
        settle();
        size_t flows = 0;
        for (const auto &e : network()->item()->picture().edges)
            flows += e.flows.size();
        QCOMPARE(flows, size_t(5));
        QVERIFY(!m_window->filters()->showsAll());
        m_window->filters()->showAll();
        QTRY_COMPARE(table->rowCount(), 21);
        settle();
        QCOMPARE(network()->item()->picture().nodes.size(), size_t(8));
    }

    void hubStakesAreReadOnAWorker() {
        // A company with thousands of positions: the panel says it is reading, the window
        // stays responsive, and the table shows the largest positions.
        const QString big = m_dir.filePath(QStringLiteral("hub.dealscope"));
        {
            auto store = Store::open(big, Store::OpenMode::CreateNew);
            QVERIFY(store);
            gen::Options o;
            o.deals = 4000;
            o.companies = 30;
            o.textSize = 100;
            QVERIFY(gen::generate(*store, o));
        }
        QVERIFY(m_window->openFile(big, true));
        m_window->stakesDock()->show();
        m_window->stakesDock()->raise();
        m_window->selection()->setCompany(Id(1)); // the generator's busiest
        StakesDock *stakes = m_window->stakesDock();
        QVERIFY(stakes->isLoading());
        QVERIFY(stakes->summary()->text().contains(QLatin1String("Reading")));
        QTRY_VERIFY_WITH_TIMEOUT(stakes->stakes().has_value(), 20000);
        auto store = Store::open(big);
        QVERIFY(store);
        const graph::Stakes full = *graph::companyStakes(*store, Id(1));
        const int positions = full.outgoingCount + full.incomingCount;
        QVERIFY(positions > 2000);
        QCOMPARE(stakes->stakes()->outgoingCount + stakes->stakes()->incomingCount, positions);
        QVERIFY(stakes->table()->rowCount() <= 2000);
        QVERIFY(stakes->table()->rowCount() > 0);
        QVERIFY(stakes->summary()->text().contains(QLatin1String("largest of")));
        // Round trips: the largest eight and how many more, not thousands of lines.
        QVERIFY(stakes->roundTrips()->text().count(QStringLiteral("<br>")) <= 9);

        // The busy company made the document read its money graph (whatever tab is shown):
        // with it, the same totals come at once, with the largest positions read in full.
        QTRY_VERIFY_WITH_TIMEOUT(m_window->document()->graph() != nullptr, 20000);
        stakes->reload();
        QVERIFY(!stakes->isLoading());
        QVERIFY(stakes->stakes().has_value());
        const graph::Stakes &paged = *stakes->stakes();
        QCOMPARE(paged.totalOutUsd, full.totalOutUsd);
        QCOMPARE(paged.totalInUsd, full.totalInUsd);
        QCOMPARE(paged.outgoingCount + paged.incomingCount, positions);
        QCOMPARE(paged.roundTripCount, full.roundTripCount);
        QVERIFY(stakes->table()->rowCount() <= 400);
        QCOMPARE(paged.outgoing.front().flow, full.outgoing.front().flow);
        QVERIFY(stakes->roundTrips()->text().contains(QLatin1String("more")));
    }

    void drawsAHundredThousandCompanies() {
        // No limit on the companies drawn: a generated file of 100,000 companies (45,545 of
        // them with flows) lays out on a worker and is drawn whole.
        const QString big = m_dir.filePath(QStringLiteral("100k.dealscope"));
        {
            auto store = Store::open(big, Store::OpenMode::CreateNew);
            QVERIFY(store);
            gen::Options o;
            o.deals = 120000;
            o.companies = 100000;
            o.textSize = 100;
            QVERIFY(gen::generate(*store, o));
        }
        QVERIFY(m_window->openFile(big, true));
        m_window->showView(2);
        // The layout takes seconds: the view says how far it has got while it runs.
        auto *message = network()->findChild<QLabel *>(QStringLiteral("networkMessage"));
        QVERIFY(message);
        QTRY_VERIFY_WITH_TIMEOUT(message->text().startsWith(QStringLiteral("Laying out 45")),
                                 120000);
        QVERIFY(message->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(network()->item()->picture().nodes.size() > 40000, 120000);
        QVERIFY(message->isHidden());
        QTest::keyClick(network()->canvas(), Qt::Key_Home); // the whole network in view
        const QImage shot = network()->canvas()->viewport()->grab().toImage();
        int coloured = 0;
        for (int y = 0; y < shot.height(); y += 4)
            for (int x = 0; x < shot.width(); x += 4)
                coloured += qGray(shot.pixel(x, y)) < 200;
        QVERIFY(coloured > 100);                     // drawn, not an empty canvas with a message
        QVERIFY(!network()->item()->drewInDetail()); // 45,545 companies in view: simplified

        // Zoomed in on a quiet corner, the few companies in view are drawn in full detail.
        const auto &nodes = network()->item()->picture().nodes;
        const auto busiest =
            std::min_element(nodes.begin(), nodes.end(), [](const auto &a, const auto &b) {
                return a.pos.x() + a.pos.y() < b.pos.x() + b.pos.y();
            });
        NetworkCanvas *canvas = network()->canvas();
        canvas->setFocus();
        for (int i = 0; i < 16; ++i)
            QTest::keyClick(canvas, Qt::Key_Plus);
        canvas->centerOn(busiest->pos);
        canvas->viewport()->grab();
        QVERIFY(network()->item()->drewInDetail());
        QTest::keyClick(canvas, Qt::Key_Home); // the whole network again
        canvas->viewport()->grab();
        QVERIFY(!network()->item()->drewInDetail());
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestNetwork)
#include "test_network.moc"
