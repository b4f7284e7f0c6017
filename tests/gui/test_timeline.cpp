// The timeline view driven through its real widgets (offscreen): clicking a marker selects
// its flow, selecting in the table highlights the marker, and charts export.
#include "chartexport.h"
#include "dealtablemodel.h"
#include "dealtablewidget.h"
#include "document.h"
#include "exchange/generator.h"
#include "exchange/sample.h"
#include "filters.h"
#include "mainwindow.h"
#include "selection.h"
#include "settings.h"
#include "timelineview.h"

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
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        const QString path = m_dir.filePath(QStringLiteral("t.dealscope"));
        QVERIFY(sample::writeSampleFile(path));
        m_settings = std::make_unique<Settings>();
        m_window = std::make_unique<MainWindow>(m_settings.get());
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(m_window->openFile(path, true));
        m_window->showView(1);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->dealTable()->model()->isLoading(), 10000);
        timeline()->plot()->replot();
    }

    void showsTheDatedFlowsFrom2023To2025() {
        const auto &points = timeline()->chart()->points();
        QCOMPARE(points.size(), size_t(13)); // the 19 flows less the 6 undated
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
        // Equity, in billions: 4 (2023) + at least 2 (talks) + 4 (2024) + 10 (Nvidia) + 5 (the
        // lowest claimed for Microsoft's disputed investment).
        QCOMPARE((equity->data()->constEnd() - 1)->value, 25.0);
        QCOMPARE(equity->data()->size(), 5);
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
        QCOMPARE(table->rowCount(), 19 - 8); // eight equity flows
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
        QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 19, 5000);
        QCOMPARE(timeline()->chart()->points().size(), size_t(13));
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

    void loadsOnlyWhenShownAndCapsItsSize() {
        // A file with more flows than the timeline draws: it says so instead of freezing.
        const QString big = m_dir.filePath(QStringLiteral("big.dealscope"));
        {
            auto store = Store::open(big, Store::OpenMode::CreateNew);
            QVERIFY(store);
            gen::Options o;
            o.deals = 15000;
            o.companies = 300;
            o.textSize = 200;
            QVERIFY(gen::generate(*store, o));
            QVERIFY(*analysis::countTimeline(*store) > analysis::kMaxTimelineFlows);
        }
        m_window->showView(0);
        QVERIFY(m_window->openFile(big, true));
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->dealTable()->model()->isLoading(), 10000);
        // Hidden: nothing read yet (the sample's points are still there).
        QCOMPARE(timeline()->chart()->points().size(), size_t(13));
        m_window->showView(1);
        QVERIFY(timeline()->chart()->points().empty());
        bool told = false;
        for (int i = 0; i < timeline()->plot()->itemCount(); ++i)
            if (auto *text = qobject_cast<QCPItemText *>(timeline()->plot()->item(i)))
                told |= text->visible() && text->text().contains(QLatin1String("draws up to"));
        QVERIFY(told);
        // Narrowed to one company, it draws again.
        m_window->selection()->setCompany(Id(300));
        QVERIFY(!timeline()->chart()->points().empty());
        QVERIFY(timeline()->chart()->points().size() <= size_t(analysis::kMaxTimelineFlows));
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestTimeline)
#include "test_timeline.moc"
