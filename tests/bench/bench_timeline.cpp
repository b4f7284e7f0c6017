// SPDX-License-Identifier: GPL-3.0-or-later
// Timeline benchmarks: the first draw of a large file (grouped by month), redraws while the
// user pans and zooms, and refining a zoomed-in range into single flows.
//
//   QT_QPA_PLATFORM=offscreen build/default/tests/bench/bench_timeline
//       [--db FILE | --deals N --companies M] [--steps K]
#include "analysis/timelinecells.h"
#include "benchdata.h"
#include "charts/timelinechart.h"
#include "store/store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace ds;

namespace {

struct Stats {
    double median = 0;
    double p90 = 0;
};

Stats stats(std::vector<double> ms) {
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms[ms.size() * 9 / 10]};
}

/// Replots after each of `steps` pans and zooms (drag-sized moves, wheel-sized zooms), back
/// and forth around the starting view.
Stats redraws(QCustomPlot &plot, int steps) {
    std::vector<double> ms;
    QElapsedTimer t;
    for (int i = 0; i < steps; ++i) {
        QCPRange range = plot.xAxis->range();
        switch (i % 4) {
        case 0:
            plot.xAxis->moveRange(range.size() * 0.05);
            break;
        case 1:
            plot.xAxis->moveRange(-range.size() * 0.05);
            break;
        case 2:
            plot.xAxis->scaleRange(0.85, range.center());
            break;
        case 3:
            plot.xAxis->scaleRange(1 / 0.85, range.center());
            break;
        }
        t.start();
        plot.replot(QCustomPlot::rpImmediateRefresh);
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    return stats(ms);
}

} // namespace

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption steps(QStringLiteral("steps"),
                                   QStringLiteral("Pan and zoom steps to time."),
                                   QStringLiteral("K"), QStringLiteral("200"));
    const bench::DataOptions dataOptions;
    dataOptions.addTo(parser);
    parser.addOptions({steps});
    parser.process(app);

    QTemporaryDir dir;
    const QString path = dataOptions.path(parser, dir);
    if (path.isEmpty())
        return 1;
    const int stepCount = std::max(10, parser.value(steps).toInt());

    QCustomPlot plot;
    plot.resize(1600, 900);
    plot.show();
    gui::TimelineChart chart(&plot);
    QElapsedTimer t;

    // First draw: open, count, group by month and kind, draw (what the view does on opening).
    t.start();
    auto store = Store::open(path, Store::OpenMode::Existing);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.errorMessage()));
        return 1;
    }
    auto data = analysis::loadTimelineData(*store, {}, analysis::CellLane::Kind);
    if (!data) {
        std::fprintf(stderr, "%s\n", qPrintable(data.errorMessage()));
        return 1;
    }
    const double readMs = double(t.nsecsElapsed()) / 1e6;
    if (data->grouped)
        chart.setCells(data->cells, gui::LaneMode::ByKind);
    else
        chart.setPoints(std::move(data->points), gui::LaneMode::ByKind);
    plot.replot(QCustomPlot::rpImmediateRefresh);
    const double firstMs = double(t.nsecsElapsed()) / 1e6;
    std::printf("dataset: %lld dated flows, %s (%zu month blocks)\n", (long long)data->flows,
                data->grouped ? "grouped by month" : "drawn one by one", data->cells.cells.size());
    std::printf("first draw (open, read, group, draw): %.0f ms (reading %.0f ms)\n", firstMs,
                readMs);

    // Lanes by payee: the same scan, 24 company lanes.
    t.start();
    auto byPayee = analysis::loadTimelineData(*store, {}, analysis::CellLane::Payee);
    if (byPayee && byPayee->grouped) {
        chart.setCells(byPayee->cells, gui::LaneMode::ByPayee);
        plot.replot(QCustomPlot::rpImmediateRefresh);
        std::printf("switch to lanes by payee (read, group, draw): %.0f ms\n",
                    double(t.nsecsElapsed()) / 1e6);
        chart.setCells(data->cells, gui::LaneMode::ByKind);
    }

    const Stats whole = redraws(plot, stepCount);
    std::printf("redraw on pan/zoom, whole range: median %.2f ms, p90 %.2f ms (%d steps)\n",
                whole.median, whole.p90, stepCount);

    // Zoomed in to a few weeks: the flows of the range are read with their figures and drawn
    // one by one.
    if (data->grouped) {
        const auto &blocks = chart.density()->blocks();
        const auto &middle = blocks[blocks.size() / 2];
        const QCPRange view(middle.start, middle.start + 14 * 86400.0);
        plot.xAxis->setRange(view);
        analysis::TimelineFilter filter;
        filter.from = PartialDate::fromDate(
            QDateTime::fromSecsSinceEpoch(qint64(view.lower), Qt::UTC).date());
        filter.to = PartialDate::fromDate(
            QDateTime::fromSecsSinceEpoch(qint64(view.upper), Qt::UTC).date());
        t.start();
        auto refined = analysis::loadTimelineData(*store, filter, analysis::CellLane::Kind);
        if (!refined || refined->grouped) {
            std::fprintf(stderr, "refining failed\n");
            return 1;
        }
        const size_t points = refined->points.size();
        const double refineReadMs = double(t.nsecsElapsed()) / 1e6;
        chart.setPoints(std::move(refined->points), gui::LaneMode::ByKind,
                        gui::TimelineMode::Markers, true);
        plot.replot(QCustomPlot::rpImmediateRefresh);
        std::printf("refine two weeks (%zu flows with figures): read %.0f ms, read and draw "
                    "%.0f ms\n",
                    points, refineReadMs, double(t.nsecsElapsed()) / 1e6);
        const Stats zoomed = redraws(plot, stepCount);
        std::printf("redraw on pan/zoom, two weeks flow by flow: median %.2f ms, p90 %.2f ms\n",
                    zoomed.median, zoomed.p90);
    }
    return 0;
}
