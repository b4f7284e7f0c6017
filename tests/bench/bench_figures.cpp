// SPDX-License-Identifier: GPL-3.0-or-later
// Figure benchmarks: deriving every figure of a large file, and the figure of one flow.
//
//   build/default/tests/bench/bench_figures [--db FILE | --deals N --companies M] [--samples K]
#include "analysis/figureset.h"
#include "benchdata.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <random>

using namespace ds;

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption samples(QStringLiteral("samples"),
                                     QStringLiteral("Single-flow figures to time."),
                                     QStringLiteral("K"), QStringLiteral("1000"));
    const QCommandLineOption summaryOnly(QStringLiteral("summary-only"),
                                         QStringLiteral("Skip the pass with explanations."));
    const bench::DataOptions dataOptions;
    dataOptions.addTo(parser);
    parser.addOptions({samples, summaryOnly});
    parser.process(app);

    QTemporaryDir dir;
    const QString path = dataOptions.path(parser, dir);
    if (path.isEmpty())
        return 1;
    auto store = Store::open(path, Store::OpenMode::Existing);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.errorMessage()));
        return 1;
    }
    const Counts counts = *store->counts();
    std::printf("dataset: %lld deals, %lld flows, %lld claims\n", (long long)counts.deals,
                (long long)counts.flows, (long long)counts.claims);

    QElapsedTimer t;
    t.start();
    auto set = analysis::FigureSet::load(*store);
    if (!set)
        return 1;
    int64_t figures = 0, disputed = 0;
    const Status s = set->forEach(
        [&](const analysis::FigureRecord &r) {
            ++figures;
            disputed += r.figure.disputed ? 1 : 0;
            return true;
        },
        analysis::Detail::Summary);
    if (!s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.errorMessage()));
        return 1;
    }
    std::printf("%-58s %10.1f ms  (%lld figures, %lld disputed)\n",
                "derive every figure (summary, 1 thread)", double(t.nsecsElapsed()) / 1e6,
                (long long)figures, (long long)disputed);

    t.restart();
    auto summary = analysis::summarizeAll(path, 2);
    if (!summary)
        return 1;
    std::printf("%-58s %10.1f ms  (%lld figures, %lld disputed)\n",
                "derive every figure (summary, 2 threads)", double(t.nsecsElapsed()) / 1e6,
                (long long)summary->figures, (long long)summary->disputed);

    t.restart();
    int64_t full = 0;
    if (!parser.isSet(summaryOnly)) {
        (void)set->forEach([&](const analysis::FigureRecord &r) {
            full += r.figure.explanation.size() > 0 ? 1 : 0;
            return true;
        });
        std::printf("%-58s %10.1f ms\n", "derive every figure with explanations and quotes",
                    double(t.nsecsElapsed()) / 1e6);
    }

    std::mt19937_64 rng(5);
    std::vector<double> times;
    const int k = parser.value(samples).toInt();
    for (int i = 0; i < k; ++i) {
        const Id flow = 1 + Id(rng() % uint64_t(std::max<int64_t>(1, counts.flows)));
        QElapsedTimer one;
        one.start();
        auto record = set->flowFigure(flow);
        if (!record)
            return 1;
        times.push_back(double(one.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    if (!times.empty())
        std::printf("%-58s %10.3f ms  (p99 %.3f ms)\n",
                    "figure of one flow with its claims (median)", times[times.size() / 2],
                    times[times.size() * 99 / 100]);
    return 0;
}
