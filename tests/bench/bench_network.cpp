// SPDX-License-Identifier: GPL-3.0-or-later
// Network benchmarks: force-directed layout of scale-free graphs side by side with graphviz
// sfdp (time and quality), cycles through one company and stakes of the busiest company of a
// large file.
//
//   build/default/tests/bench/bench_network [--db FILE | --deals N --companies M]
//       [--sizes 10000,100000] [--sfdp-max N] [--samples K]
#include "analysis/sources.h"
#include "benchdata.h"
#include "graph/cycles.h"
#include "graph/layout.h"
#include "graph/stakes.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

#include <algorithm>
#include <cstdio>
#include <random>

using namespace ds;
using namespace ds::graph;

namespace {

double ms(const QElapsedTimer &t) {
    return double(t.nsecsElapsed()) / 1e6;
}

/// Runs graphviz sfdp on the graph; its positions, or nothing when sfdp is missing or fails.
std::optional<std::vector<Point>> sfdp(int n, const std::vector<std::pair<int, int>> &edges,
                                       const QString &dir, double &seconds) {
    const QString program = QStandardPaths::findExecutable(QStringLiteral("sfdp"));
    if (program.isEmpty())
        return std::nullopt;
    const QString dot = dir + QStringLiteral("/graph.dot");
    {
        QFile f(dot);
        if (!f.open(QIODevice::WriteOnly))
            return std::nullopt;
        QByteArray text = "graph G {\n";
        for (int v = 0; v < n; ++v)
            text += QByteArray::number(v) + ";\n";
        for (const auto &[a, b] : edges)
            text += QByteArray::number(a) + " -- " + QByteArray::number(b) + ";\n";
        text += "}\n";
        f.write(text);
    }
    QProcess p;
    QElapsedTimer t;
    t.start();
    p.start(program, {QStringLiteral("-Tplain"), dot});
    if (!p.waitForFinished(-1) || p.exitCode() != 0)
        return std::nullopt;
    seconds = ms(t) / 1000;
    std::vector<Point> points(static_cast<size_t>(n));
    for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> f = line.split(' ');
        if (f.size() > 3 && f[0] == "node") {
            const int v = f[1].toInt();
            if (v >= 0 && v < n)
                points[size_t(v)] = {f[2].toDouble(), f[3].toDouble()};
        }
    }
    return points;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const bench::DataOptions dataOptions;
    dataOptions.addTo(parser);
    const QCommandLineOption sizes(QStringLiteral("sizes"),
                                   QStringLiteral("Barabási–Albert graph sizes to lay out."),
                                   QStringLiteral("N,N"), QStringLiteral("10000,100000"));
    const QCommandLineOption sfdpMax(QStringLiteral("sfdp-max"),
                                     QStringLiteral("Largest graph to give sfdp too."),
                                     QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption samples(QStringLiteral("samples"),
                                     QStringLiteral("Companies to time cycles for."),
                                     QStringLiteral("K"), QStringLiteral("50"));
    const QCommandLineOption noData(QStringLiteral("layout-only"),
                                    QStringLiteral("Skip the database part."));
    parser.addOptions({sizes, sfdpMax, samples, noData});
    parser.process(app);

    QTemporaryDir dir;
    std::printf("%-44s %12s %10s %12s %10s\n", "layout (Barabási–Albert, m=2)", "DealScope",
                "quality", "sfdp", "quality");
    for (const QString &size : parser.value(sizes).split(QLatin1Char(','))) {
        const int n = size.toInt();
        if (n < 2)
            continue;
        const auto edges = barabasiAlbert(n, 2, 1);
        QElapsedTimer t;
        t.start();
        const std::vector<Point> ours = forceLayout(n, edges);
        const double oursMs = ms(t);
        // Deterministic for a seed: the same positions again.
        const bool same = forceLayout(n, edges).front().x == ours.front().x;
        double sfdpSeconds = 0;
        std::optional<std::vector<Point>> theirs;
        if (n <= parser.value(sfdpMax).toInt())
            theirs = sfdp(n, edges, dir.path(), sfdpSeconds);
        std::printf("%-44s %10.0f ms %10.4f %10.1f s %10s%s\n",
                    qPrintable(QStringLiteral("%1 nodes, %2 edges").arg(n).arg(edges.size())),
                    oursMs, edgeLengthRatio(ours, edges), theirs ? sfdpSeconds : 0.0,
                    theirs ? qPrintable(QString::number(edgeLengthRatio(*theirs, edges), 'f', 4))
                           : "—",
                    same ? "" : "  (NOT deterministic)");
    }
    std::printf("quality: mean edge length / mean distance between random node pairs (lower is "
                "better)\n\n");
    if (parser.isSet(noData))
        return 0;

    const QString path = dataOptions.path(parser, dir);
    if (path.isEmpty())
        return 1;
    auto store = Store::open(path, Store::OpenMode::Existing);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.errorMessage()));
        return 1;
    }
    QElapsedTimer t;
    t.start();
    auto graph = MoneyGraph::load(*store);
    if (!graph) {
        std::fprintf(stderr, "%s\n", qPrintable(graph.errorMessage()));
        return 1;
    }
    std::printf("money graph: %zu companies, %zu flows, loaded with every figure in %.0f ms\n",
                graph->nodes().size(), graph->edges().size(), ms(t));
    const int busiest = graph->busiestNode();
    CycleOptions options;
    options.maxLength = 4;
    options.limit = 100;
    options.through = busiest;
    t.start();
    const CycleResult top = findCycles(*graph, options);
    std::printf("100 largest cycles of length <= 4 through the busiest company (%d flows): "
                "%.1f ms (%lld found)\n",
                graph->nodes()[size_t(busiest)].flows, ms(t), (long long)top.found);
    // Typical: companies with flows, picked at random.
    std::vector<int> active;
    for (size_t i = 0; i < graph->nodes().size(); ++i)
        if (graph->nodes()[i].flows > 0)
            active.push_back(int(i));
    std::mt19937_64 rng(3);
    std::vector<double> times;
    for (int i = 0; i < parser.value(samples).toInt() && !active.empty(); ++i) {
        options.through = active[size_t(rng() % active.size())];
        t.start();
        (void)findCycles(*graph, options);
        times.push_back(ms(t));
    }
    if (!times.empty()) {
        std::sort(times.begin(), times.end());
        std::printf("the same through a random company: median %.2f ms, max %.1f ms (%zu "
                    "companies)\n",
                    times[times.size() / 2], times.back(), times.size());
    }
    t.start();
    auto stakes = companyStakes(*store, graph->nodes()[size_t(busiest)].company);
    if (!stakes) {
        std::fprintf(stderr, "%s\n", qPrintable(stakes.errorMessage()));
        return 1;
    }
    std::printf("stakes of the busiest company, every position read (%zu positions, totals, "
                "round trips): %.1f ms\n",
                stakes->outgoing.size() + stakes->incoming.size(), ms(t));

    // What the app shows first: totals and counts over every flow from the money graph, and
    // the first page of positions and round trips read in full.
    t.restart();
    auto sources = analysis::SourceIndex::load(*store);
    if (!sources)
        return 1;
    std::printf("source index for figures (once, with the graph): %.1f ms\n", ms(t));
    std::vector<double> pageTimes;
    for (int run = 0; run < 5; ++run) {
        t.restart();
        auto page = companyStakesPage(*store, *graph, *sources,
                                      graph->nodes()[size_t(busiest)].company, 50);
        pageTimes.push_back(ms(t));
        if (!page || page->outgoingCount + page->incomingCount !=
                         int(stakes->outgoing.size() + stakes->incoming.size())) {
            std::fprintf(stderr, "paged stakes disagree\n");
            return 1;
        }
    }
    std::sort(pageTimes.begin(), pageTimes.end());
    std::printf("stakes of the busiest company, totals and the first 50 positions each way and "
                "50 round trips: median %.1f ms, max %.1f ms (5 runs)\n",
                pageTimes[pageTimes.size() / 2], pageTimes.back());
    return 0;
}
