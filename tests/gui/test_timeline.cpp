// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline view driven through its real widgets (offscreen): clicking a marker selects
// its flow, selecting in the table highlights the marker, and charts export.
#include "charts/chartexport.h"
#include "document/document.h"
#include "document/filters.h"
#include "document/selection.h"
#include "document/settings.h"
#include "exchange/generator.h"
#include "exchange/sample.h"
#include "mainwindow.h"
#include "models/dealtablemodel.h"
#include "samplewindow.h"
#include "views/dealtableview.h"
#include "views/timelineview.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace ds;
using namespace ds::gui;

class TestTimeline : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;

    TimelineView *timeline() const { return m_window->timeline(); }

private slots:
    void initTestCase() {
        QVERIFY(test::openSampleWindow(m_dir.filePath(QStringLiteral("t.dealscope")), m_settings,
                                       m_window, 1));
        timeline()->plot()->replot();
    }

    void showsTheDatedFlowsFrom2023To2025() {
        const auto &points = timeline()->chart()->points();
        QCOMPARE(points.size(), size_t(14)); // the 21 flows less the 7 undated
        const QCPRange range = timeline()->plot()->xAxis->range();
        const double y2023 = analysis::toAxisTime(PartialDate::ofDay(2023, 9, 1));
        const double y2025 = analysis::toAxisTime(PartialDate::ofDay(2025, 11, 30));
        QVERIFY(range.lower <= y2023 && range.upper >= y2025);
        QCOMPARE(
            timeline()->chart()->laneNames(),
            QStringList({QStringLiteral("Equity investment"), QStringLiteral("Compute commitment"),
                         QStringLiteral("Chip purchase"), QStringLiteral("Partnership")}));
    }

    void clickingAMarkerSelectsItsFlow() {
        // Amazon's September 2023 investment: a marker of its own in the equity lane.
        Id target = 0;
        for (const auto &p : timeline()->chart()->points())
            if (p.payer == QLatin1String("Amazon") && p.kind == FlowKind::Equity &&
                p.date.year() == 2023)
                target = p.flowId;
        QVERIFY(target);
        const auto pixel = timeline()->chart()->pixelOf(target);
        QVERIFY(pixel);
        QCOMPARE(timeline()->chart()->flowAt(*pixel).value_or(0), target);
        QTest::mouseClick(timeline()->plot(), Qt::LeftButton, {}, pixel->toPoint());
        QCOMPARE(m_window->selection()->flow().value_or(0), target);
        // The table follows.
        QTRY_COMPARE(m_window->dealTable()
                         ->view()
                         ->currentIndex()
                         .data(DealTableModel::FlowIdRole)
                         .toLongLong(),
                     target);
        // Empty space selects nothing new.
        QTest::mouseClick(timeline()->plot(), Qt::LeftButton, {}, QPoint(5, 5));
        QCOMPARE(m_window->selection()->flow().value_or(0), target);
    }

    void selectingInTheTableHighlightsTheMarker() {
        QTableView *table = m_window->dealTable()->view();
        const QModelIndex index = table->model()->index(0, DealTableModel::Payer);
        m_window->showView(0);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
        const Id flow = index.data(DealTableModel::FlowIdRole).toLongLong();
        m_window->showView(1);
        QVERIFY(timeline()->chart()->bubbles());
        QCOMPARE(m_window->selection()->flow().value_or(0), flow);
        // The highlighted bubble is the selected flow's.
        const auto pixel = timeline()->chart()->pixelOf(flow);
        QVERIFY(pixel);
        const QImage image = timeline()->plot()->toPixmap().toImage();
        QVERIFY(!image.isNull());
    }

    void dateRangeControlFollowsTheAxisAndBack() {
        QDateEdit *from = timeline()->fromEdit();
        QDateEdit *to = timeline()->toEdit();
        QVERIFY(from->date() <= QDate(2023, 9, 1));
        QVERIFY(to->date() >= QDate(2025, 11, 30));
        from->setDate(QDate(2024, 11, 1));
        to->setDate(QDate(2024, 11, 30));
        const QCPRange range = timeline()->plot()->xAxis->range();
        QCOMPARE(QDateTime::fromSecsSinceEpoch(qint64(range.lower), Qt::UTC).date(),
                 QDate(2024, 11, 1));
        QCOMPARE(QDateTime::fromSecsSinceEpoch(qint64(range.upper), Qt::UTC).date(),
                 QDate(2024, 11, 30));
        timeline()->resetView();
        QVERIFY(from->date() <= QDate(2023, 9, 1));
    }

    void cumulativeCommittedCapital() {
        timeline()->modeBox()->setCurrentIndex(1);
        TimelineChart *chart = timeline()->chart();
        QCOMPARE(chart->mode(), TimelineMode::Cumulative);
        QVERIFY(!chart->bubbles()->visible());
        QStringList names;
        QCPGraph *equity = nullptr;
        for (QCPGraph *g : chart->series()) {
            names << g->name();
            if (g->name() == QLatin1String("Equity investment"))
                equity = g;
        }
        QCOMPARE(names.size(), 2); // equity and compute: the chips and partnerships have no amount
        QVERIFY(equity);
        // Equity, in billions: 4 (2023) + 4 (2024: the talks of 7 November and the announcement
        // of 22 November are one investment) + 10 (Nvidia) + 5 (the lowest claimed for
        // Microsoft's disputed investment).
        QCOMPARE((equity->data()->constEnd() - 1)->value, 23.0);
        QCOMPARE(equity->data()->size(), 4);
        // The legend toggles a series.
        QVERIFY(timeline()->plot()->legend->visible());
        chart->toggleSeries(equity);
        QVERIFY(!equity->visible());
        auto *item = timeline()->plot()->legend->itemWithPlottable(equity);
        QVERIFY(item);
        timeline()->plot()->replot();
        QTest::mouseClick(timeline()->plot(), Qt::LeftButton, {}, item->outerRect().center());
        QVERIFY(equity->visible());
        timeline()->modeBox()->setCurrentIndex(0);
        QVERIFY(chart->bubbles()->visible());
        QVERIFY(chart->series().empty());
    }

    void kindAndStatusFiltersAreShared() {
        Filters *filters = m_window->filters();
        DealTableModel *table = m_window->dealTable()->model();
        // Through the menu, as a person would: Filter › Kinds › Equity investment.
        QAction *equity = nullptr;
        for (QAction *menu : m_window->menuBar()->actions())
            if (menu->menu())
                for (QAction *sub : menu->menu()->actions())
                    if (sub->menu())
                        for (QAction *a : sub->menu()->actions())
                            if (a->text() == QLatin1String("Equity investment"))
                                equity = a;
        QVERIFY(equity);
        equity->trigger(); // unchecks it
        QVERIFY(!filters->shows(FlowKind::Equity));
        QTRY_VERIFY_WITH_TIMEOUT(!table->isLoading(), 5000);
        QCOMPARE(table->rowCount(), 21 - 7); // seven equity flows
        for (int row = 0; row < table->rowCount(); ++row)
            QVERIFY(table->index(row, DealTableModel::Kind).data().toString() !=
                    QLatin1String("Equity investment"));
        for (const auto &p : timeline()->chart()->points())
            QVERIFY(p.kind != FlowKind::Equity);
        filters->setShown(DealStatus::Announced, false);
        QTRY_VERIFY_WITH_TIMEOUT(!table->isLoading(), 5000);
        for (const auto &p : timeline()->chart()->points())
            QVERIFY(p.status != DealStatus::Announced);
        QVERIFY(table->rowCount() < 11);
        filters->showAll();
        QVERIFY(equity->isChecked());
        QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 21, 5000);
        QCOMPARE(timeline()->chart()->points().size(), size_t(14));
    }

    void lanesByCompany() {
        timeline()->laneBox()->setCurrentIndex(1); // by payer
        QVERIFY(timeline()->chart()->laneNames().contains(QStringLiteral("OpenAI")));
        QVERIFY(!timeline()->chart()->laneNames().contains(QStringLiteral("Equity investment")));
        timeline()->laneBox()->setCurrentIndex(0);
    }

    void exportsPngSvgAndPdf() {
        ExportOptions options;
        options.size = QSize(800, 450);
        options.scale = 2;
        options.caption = timeline()->sourcesCaption();
        QVERIFY(options.caption.startsWith(QLatin1String("Sources: ")));
        QVERIFY(options.caption.contains(QLatin1String("Gnoppix")));
        const QString png = m_dir.filePath(QStringLiteral("t.png"));
        QVERIFY(exportChart(timeline()->plot(), png, options));
        QImage image(png);
        QCOMPARE(image.size(), QSize(1600, 900));
        const QString svg = m_dir.filePath(QStringLiteral("t.svg"));
        QVERIFY(exportChart(timeline()->plot(), svg, options));
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        const QByteArray svgText = svgFile.readAll();
        QVERIFY(svgText.contains("<svg"));
        QVERIFY(svgText.contains("width=\"800\""));
        const QString pdf = m_dir.filePath(QStringLiteral("t.pdf"));
        QVERIFY(exportChart(timeline()->plot(), pdf, options));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(5) == "%PDF-");
        QVERIFY(!exportChart(timeline()->plot(), m_dir.filePath(QStringLiteral("t.gif")), options));
        options.size = QSize(5, 5);
        QVERIFY(!exportChart(timeline()->plot(), png, options));
    }

    void monthPrecisionDatesSpanTheirMonth() {
        // Amazon's first investment in Anthropic is dated September 2023 only: its marker has a
        // band over the whole month, drawn in the kind's colour.
        TimelineChart *chart = timeline()->chart();
        const auto &bubbles = chart->bubbles()->bubbles();
        auto it = std::find_if(bubbles.begin(), bubbles.end(), [&](const auto &b) {
            const analysis::TimelinePoint *p = chart->point(b.flowId);
            return p && p->date == PartialDate::ofMonth(2023, 9) && p->kind == FlowKind::Equity;
        });
        QVERIFY(it != bubbles.end());
        const auto start = QDateTime(QDate(2023, 9, 1), QTime(0, 0), Qt::UTC);
        const auto end = QDateTime(QDate(2023, 10, 1), QTime(0, 0), Qt::UTC);
        timeline()->fromEdit()->setDate(QDate(2023, 8, 1));
        timeline()->toEdit()->setDate(QDate(2023, 11, 1));
        QCOMPARE(it->start, double(start.toSecsSinceEpoch()));
        QCOMPARE(it->end, double(end.toSecsSinceEpoch()));
        // A day-precision marker has no band.
        auto day = std::find_if(bubbles.begin(), bubbles.end(), [&](const auto &b) {
            const analysis::TimelinePoint *p = chart->point(b.flowId);
            return p && p->date.precision() == PartialDate::Precision::Day;
        });
        QVERIFY(day != bubbles.end());
        QCOMPARE(day->end, day->start);
        // In the drawing: two days into the month, away from the disc, the band is blue.
        QCustomPlot *plot = timeline()->plot();
        plot->replot();
        const QImage image = plot->toPixmap().toImage();
        const int x = int(plot->xAxis->coordToPixel(it->start + 2 * 86400.0));
        const int y = int(plot->yAxis->coordToPixel(it->lane));
        QVERIFY(plot->xAxis->coordToPixel(it->time) - x > it->diameter / 2 + 2);
        const QColor band = image.pixelColor(x, y);
        QVERIFY2(band.blue() > band.red() + 30, qPrintable(band.name()));
        const QColor outside = image.pixelColor(int(plot->xAxis->coordToPixel(it->start)) - 6, y);
        QCOMPARE(outside, QColor(Qt::white));
        timeline()->resetView();
    }

    void groupsByMonthAtScaleAndRefinesOnZoom() {
        const QString big = m_dir.filePath(QStringLiteral("big.dealscope"));
        int64_t count = 0;
        {
            auto store = Store::open(big, Store::OpenMode::CreateNew);
            QVERIFY(store);
            gen::Options o;
            o.deals = 15000;
            o.companies = 300;
            o.textSize = 200;
            QVERIFY(gen::generate(*store, o));
            count = *analysis::countTimeline(*store);
            QVERIFY(count > analysis::kMaxTimelineFlows);
        }
        m_window->showView(0);
        QVERIFY(m_window->openFile(big, true));
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->dealTable()->model()->isLoading(), 10000);
        // Hidden: nothing read yet (the sample's points are still there).
        QCOMPARE(timeline()->chart()->points().size(), size_t(14));
        m_window->showView(1);
        TimelineChart *chart = timeline()->chart();
        QTRY_VERIFY_WITH_TIMEOUT(chart->isGrouped(), 10000);
        QVERIFY(chart->points().empty());
        QCOMPARE(chart->density()->flowsIn(QCPRange(-1e12, 1e12)), count);
        QVERIFY(timeline()->plot()->xAxis->label().contains(QLatin1String("grouped by month")));

        // Clicking a month zooms to it; its flows are then read and drawn one by one.
        QCustomPlot *plot = timeline()->plot();
        const TimelineDensity::Block block = chart->density()->blocks()[100];
        const QPoint at(int(plot->xAxis->coordToPixel((block.start + block.end) / 2)),
                        int(plot->yAxis->coordToPixel(block.lane)));
        QCOMPARE(chart->blockAt(at)->count, block.count);
        QTest::mouseClick(plot, Qt::LeftButton, {}, at);
        QVERIFY(plot->xAxis->range().contains((block.start + block.end) / 2));
        QVERIFY(plot->xAxis->range().size() < 62 * 86400.0);
        QTRY_VERIFY_WITH_TIMEOUT(!chart->isGrouped() && !chart->points().empty(), 10000);
        const QString lane = chart->laneName(block.lane);
        const auto inBlock = std::count_if(
            chart->points().begin(), chart->points().end(), [&](const analysis::TimelinePoint &p) {
                const double t = analysis::toAxisTime(p.date);
                return t >= block.start && t < block.end && displayName(p.kind) == lane;
            });
        QCOMPARE(int(inBlock), block.count);
        // Each refined marker can be clicked like any other.
        const analysis::TimelinePoint &first = chart->points().front();
        QVERIFY(chart->pixelOf(first.flowId));

        // Zoomed out again, the months come back.
        timeline()->resetView();
        QTRY_VERIFY_WITH_TIMEOUT(chart->isGrouped(), 10000);

        // The cumulative chart needs every figure: it asks for a narrower view.
        timeline()->modeBox()->setCurrentIndex(1);
        bool told = false;
        for (int i = 0; i < plot->itemCount(); ++i)
            if (auto *text = qobject_cast<QCPItemText *>(plot->item(i)))
                told |= text->visible() && text->text().contains(QLatin1String("adds up to"));
        QVERIFY(told);
        timeline()->modeBox()->setCurrentIndex(0);
        QTRY_VERIFY_WITH_TIMEOUT(chart->isGrouped(), 10000);

        // Narrowed to one company, each flow is drawn.
        m_window->selection()->setCompany(Id(300));
        QTRY_VERIFY_WITH_TIMEOUT(!chart->isGrouped() && !timeline()->isLoading(), 10000);
        QVERIFY(!chart->points().empty());
        QVERIFY(chart->points().size() <= size_t(analysis::kMaxTimelineFlows));
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestTimeline)
#include "test_timeline.moc"
