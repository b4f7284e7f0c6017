// SPDX-License-Identifier: GPL-3.0-or-later
// The money graph: cycles (lengths, time windows, kinds, one company), stakes and round trips,
// and the graph exports.
#include "analysis/sources.h"
#include "exchange/graphexport.h"
#include "exchange/jsonformat.h"
#include "exchange/sample.h"
#include "graph/cycles.h"
#include "graph/layout.h"
#include "graph/stakes.h"
#include "store/store.h"

#include <QBuffer>
#include <QXmlStreamReader>
#include <QtTest>

#include <random>

using namespace ds;
using namespace ds::graph;

namespace {

constexpr int64_t B = 1'000'000'000;

/// A hand-made graph: nodes 0..n-1 (company ids 1..n).
MoneyGraph makeGraph(int n,
                     const std::vector<std::tuple<int, int, int64_t, int, FlowKind>> &edges) {
    MoneyGraph g;
    for (int i = 0; i < n; ++i) {
        Node node;
        node.company = i + 1;
        node.name = QStringLiteral("C%1").arg(i);
        g.addNode(node);
    }
    Id flow = 1;
    for (const auto &[from, to, usd, dateKey, kind] : edges) {
        Edge e;
        e.flow = flow++;
        e.from = from;
        e.to = to;
        e.usd = e.usdLow = e.usdHigh = usd;
        e.hasAmount = usd > 0;
        e.dateKey = dateKey;
        e.kind = kind;
        g.addEdge(e);
    }
    g.finish();
    return g;
}

Store sampleStore() {
    auto store = Store::openMemory();
    if (!store || !json::importDocument(*store, sample::sampleJson()))
        qFatal("cannot load the sample");
    return std::move(*store);
}

QStringList names(const MoneyGraph &g, const Cycle &c) {
    QStringList list;
    for (int n : c.nodes)
        list << g.nodes()[size_t(n)].name;
    return list;
}

} // namespace

class TestGraph : public QObject {
    Q_OBJECT
private slots:
    void adjacency() {
        const MoneyGraph g = makeGraph(3, {{0, 1, 5 * B, 0, FlowKind::Equity},
                                           {1, 2, 2 * B, 0, FlowKind::Compute},
                                           {0, 2, 0, 0, FlowKind::Chips}});
        QCOMPARE(g.outEdges(0).size(), size_t(2));
        QCOMPARE(g.inEdges(2).size(), size_t(2));
        QCOMPARE(g.inEdges(0).size(), size_t(0));
        QCOMPARE(g.nodes()[1].volumeUsd, double(7 * B));
        QCOMPARE(g.busiestNode(), 0); // ties: the first
        QCOMPARE(*g.nodeOf(3), 2);
        QVERIFY(!g.nodeOf(99));
    }

    void cyclesOfEachLengthOnce() {
        // 0→1→0 (2), 0→1→2→0 (3), and a 5-cycle 2→3→4→5→6→2.
        const MoneyGraph g = makeGraph(7, {{0, 1, 5 * B, 0, FlowKind::Equity},
                                           {1, 0, 30 * B, 0, FlowKind::Compute},
                                           {1, 2, 3 * B, 0, FlowKind::Equity},
                                           {2, 0, 1 * B, 0, FlowKind::Chips},
                                           {2, 3, 1 * B, 0, FlowKind::Equity},
                                           {3, 4, 1 * B, 0, FlowKind::Equity},
                                           {4, 5, 1 * B, 0, FlowKind::Equity},
                                           {5, 6, 1 * B, 0, FlowKind::Equity},
                                           {6, 2, 1 * B, 0, FlowKind::Equity}});
        CycleResult all = findCycles(g);
        QCOMPARE(all.found, int64_t(3));
        QCOMPARE(all.cycles.front().smallestUsd, 5 * B); // largest first
        QCOMPARE(names(g, all.cycles.front()),
                 QStringList({QStringLiteral("C0"), QStringLiteral("C1")}));
        CycleOptions four;
        four.maxLength = 4;
        QCOMPARE(findCycles(g, four).found, int64_t(2)); // the 5-cycle is too long
        CycleOptions threeUp;
        threeUp.minLength = 3;
        QCOMPARE(findCycles(g, threeUp).found, int64_t(2));
        CycleOptions limited;
        limited.limit = 1;
        CycleResult one = findCycles(g, limited);
        QVERIFY(one.found >= 1 && one.found <= 3); // paths that cannot beat it are cut
        QVERIFY(!one.complete || one.found == 3);
        QVERIFY(all.complete);
        QCOMPARE(one.cycles.size(), size_t(1));
        QCOMPARE(one.cycles.front().smallestUsd, 5 * B);
    }

    void throughOneCompanyStartsThere() {
        const MoneyGraph g = makeGraph(3, {{0, 1, 5 * B, 0, FlowKind::Equity},
                                           {1, 2, 3 * B, 0, FlowKind::Equity},
                                           {2, 0, 2 * B, 0, FlowKind::Compute},
                                           {1, 0, 1 * B, 0, FlowKind::Compute}});
        CycleOptions through;
        through.through = 2;
        CycleResult r = findCycles(g, through);
        QCOMPARE(r.found, int64_t(1));
        QCOMPARE(r.cycles.front().nodes.front(), 2);
        QCOMPARE(r.cycles.front().smallestUsd, 2 * B);
        through.through = 1;
        QCOMPARE(findCycles(g, through).found, int64_t(2));
        through.through = 7; // no such node
        QCOMPARE(findCycles(g, through).found, int64_t(0));
    }

    void windowsAndKinds() {
        // 0→1 in Jan 2023, 1→0 in Jun 2025 (29 months apart); 0→1 again in Mar 2025.
        const MoneyGraph g = makeGraph(2, {{0, 1, 1 * B, 20230115, FlowKind::Equity},
                                           {1, 0, 4 * B, 20250610, FlowKind::Compute},
                                           {0, 1, 2 * B, 20250301, FlowKind::Equity}});
        CycleOptions window;
        window.windowMonths = 24;
        CycleResult r = findCycles(g, window);
        QCOMPARE(r.found, int64_t(1));
        // Only the 2025 investment keeps the cycle within two years.
        QCOMPARE(g.edges()[size_t(r.cycles.front().edges.front())].dateKey, 20250301);
        QCOMPARE(r.cycles.front().smallestUsd, 2 * B);
        window.windowMonths = 2;
        QCOMPARE(findCycles(g, window).found, int64_t(0));
        // Without a window the larger parallel flow serves.
        QCOMPARE(findCycles(g).cycles.front().smallestUsd, 2 * B);
        CycleOptions equityOnly;
        equityOnly.kinds = {FlowKind::Equity};
        QCOMPARE(findCycles(g, equityOnly).found, int64_t(0));
        // Undated flows cannot be placed in a window.
        const MoneyGraph undated =
            makeGraph(2, {{0, 1, B, 0, FlowKind::Equity}, {1, 0, B, 20250101, FlowKind::Compute}});
        QCOMPARE(findCycles(undated).found, int64_t(1));
        window.windowMonths = 24;
        QCOMPARE(findCycles(undated, window).found, int64_t(0));
        QCOMPARE(monthsBetween(20230100, 20250100), 24);
        QCOMPARE(monthsBetween(20250000, 20250300), 2); // a year alone counts from January
    }

    void cyclesWithoutAmountsRankLast() {
        const MoneyGraph g = makeGraph(3, {{0, 1, 0, 0, FlowKind::Chips},
                                           {1, 0, 10 * B, 0, FlowKind::Equity},
                                           {0, 2, 1 * B, 0, FlowKind::Compute},
                                           {2, 0, 1 * B, 0, FlowKind::Equity}});
        CycleResult r = findCycles(g);
        QCOMPARE(r.cycles.size(), size_t(2));
        QVERIFY(r.cycles[0].hasAmounts);
        QVERIFY(!r.cycles[1].hasAmounts);
        QCOMPARE(r.cycles[1].smallestUsd, int64_t(0));
    }

    void sampleCycles() {
        Store store = sampleStore();
        auto g = MoneyGraph::load(store);
        QVERIFY(g);
        const int microsoft = *g->nodeOf(**store.companyIdByName(QStringLiteral("Microsoft")));
        const int anthropic = *g->nodeOf(**store.companyIdByName(QStringLiteral("Anthropic")));
        CycleOptions o;
        o.through = microsoft;
        o.maxLength = 2;
        CycleResult r = findCycles(*g, o);
        QCOMPARE(r.found, int64_t(1));
        const Cycle &c = r.cycles.front();
        QCOMPARE(c.nodes, std::vector<int>({microsoft, anthropic}));
        // Up to $5 billion in (disputed against a $45B attribution: counted at its lowest)
        // against $30 billion of Azure back: at most $5 billion can have gone round.
        QCOMPARE(c.smallestUsd, 5 * B);
        const Edge &investment = g->edges()[size_t(c.edges[0])];
        QCOMPARE(investment.kind, FlowKind::Equity);
        QCOMPARE(g->edges()[size_t(c.edges[1])].usd, 30 * B);
        // Every loop through Anthropic that the articles support, back to it in two hops:
        // Microsoft, Nvidia (chips and equity), Amazon and Google (cloud and equity).
        o.through = anthropic;
        QCOMPARE(findCycles(*g, o).found, int64_t(4));
        QCOMPARE(findCycles(*g).found, int64_t(11)); // with the longer loops through OpenAI and
        // through Amazon’s Nvidia hardware (003)
    }

    // Short cycles through one company are met in the middle; the depth-first search finds the
    // same largest ones on a power-law graph with parallel flows, flows without amounts and
    // several kinds (through hubs and ordinary companies, with and without a kind filter).
    void shortCyclesAgreeWithTheDepthFirstSearch() {
        const int n = 400;
        std::mt19937_64 rng(5);
        std::vector<std::tuple<int, int, int64_t, int, FlowKind>> edges;
        for (const auto &[a, b] : barabasiAlbert(n, 2, 3)) {
            const FlowKind kind = FlowKind(int(rng() % 4));
            const int64_t usd = rng() % 7 == 0 ? 0 : int64_t(1 + rng() % 50) * B / 10;
            const bool reverse = rng() % 2 == 0;
            edges.emplace_back(reverse ? b : a, reverse ? a : b, usd, 20240101, kind);
            if (rng() % 4 == 0) // a return flow, sometimes several between the same pair
                edges.emplace_back(reverse ? a : b, reverse ? b : a, usd / 2, 20240101, kind);
            if (rng() % 9 == 0)
                edges.emplace_back(reverse ? b : a, reverse ? a : b, usd * 2, 20240101, kind);
        }
        const MoneyGraph g = makeGraph(n, edges);
        int compared = 0;
        for (int node : {g.busiestNode(), 0, 1, 7, 50, 123, 399}) {
            for (int maxLength : {2, 3, 4}) {
                for (const std::vector<FlowKind> &kinds :
                     {std::vector<FlowKind>{},
                      std::vector<FlowKind>{FlowKind::Equity, FlowKind::Compute}}) {
                    CycleOptions o;
                    o.through = node;
                    o.maxLength = maxLength;
                    o.kinds = kinds;
                    o.limit = 25;
                    const CycleResult met = findCycles(g, o);
                    const CycleResult walked = detail::findCyclesDepthFirst(g, o);
                    QCOMPARE(met.cycles.size(), walked.cycles.size());
                    for (size_t i = 0; i < met.cycles.size(); ++i) {
                        QCOMPARE(met.cycles[i].nodes, walked.cycles[i].nodes);
                        QCOMPARE(met.cycles[i].edges, walked.cycles[i].edges);
                        QCOMPARE(met.cycles[i].smallestUsd, walked.cycles[i].smallestUsd);
                    }
                    if (met.complete && walked.complete)
                        QCOMPARE(met.found, walked.found);
                    compared += int(met.cycles.size());
                    // Without a limit nothing is cut: both count every cycle.
                    o.limit = 0;
                    const CycleResult all = findCycles(g, o);
                    QVERIFY(all.complete);
                    QCOMPARE(all.found, detail::findCyclesDepthFirst(g, o).found);
                    QCOMPARE(int64_t(all.cycles.size()), all.found);
                }
            }
        }
        QVERIFY(compared > 100);
    }

    void sampleStakesAndRoundTrips() {
        Store store = sampleStore();
        auto stakes = companyStakes(store, **store.companyIdByName(QStringLiteral("Microsoft")));
        QVERIFY(stakes);
        QCOMPARE(stakes->outgoing.size(), size_t(5)); // Anthropic (equity, Claude on Azure),
        // OpenAI, Nvidia (chips, and the November 2025 priority access)
        QCOMPARE(stakes->incoming.size(), size_t(1)); // Anthropic's Azure commitment
        QCOMPARE(stakes->outgoing.front().counterpartyName, QStringLiteral("Anthropic"));
        QVERIFY(stakes->outgoing.front().disputed);
        QCOMPARE(stakes->totalInUsd, 30 * B);
        QCOMPARE(stakes->totalOutUsd, 7 * B); // $5B + at least $2B; the chips have no amount
        QCOMPARE(stakes->netUsd(), 23 * B);
        QCOMPARE(stakes->roundTrips.size(), size_t(1));
        const RoundTrip &t = stakes->roundTrips.front();
        QCOMPARE(t.investmentUsd, 5 * B);
        QCOMPARE(t.returningUsd, 30 * B);
        QCOMPARE(*t.ratio, 6.0);
        QCOMPARE(t.returning->front().kind, FlowKind::Compute);
        // Seen from the investee, the same round trip, plus those whose commitments state no
        // amount (no ratio then).
        auto anthropic = companyStakes(store, **store.companyIdByName(QStringLiteral("Anthropic")));
        QVERIFY(anthropic);
        QVERIFY(anthropic->roundTrips.size() >= 4);
        QCOMPARE(*anthropic->roundTrips.front().ratio, 6.0);
        QVERIFY(!anthropic->roundTrips.back().ratio);
        QVERIFY(!companyStakes(store, 9999));
    }

    // The paged stakes from the money graph agree with the full ones: same totals, counts and
    // round-trip sums; the page holds the largest positions, read in full.
    void pagedStakesAgree() {
        Store store = sampleStore();
        auto g = MoneyGraph::load(store);
        auto sources = analysis::SourceIndex::load(store);
        QVERIFY(g && sources);
        for (const Company &c : *store.companies()) {
            auto full = companyStakes(store, c.id);
            auto paged = companyStakesPage(store, *g, *sources, c.id, 1000);
            auto first = companyStakesPage(store, *g, *sources, c.id, 1);
            QVERIFY(full && paged && first);
            for (const Stakes *s : {&*paged, &*first}) {
                QCOMPARE(s->totalOutUsd, full->totalOutUsd);
                QCOMPARE(s->totalInUsd, full->totalInUsd);
                QCOMPARE(s->outgoingCount, full->outgoingCount);
                QCOMPARE(s->incomingCount, full->incomingCount);
                QCOMPARE(s->roundTripCount, full->roundTripCount);
            }
            QCOMPARE(paged->outgoing.size(), full->outgoing.size());
            for (size_t i = 0; i < full->outgoing.size(); ++i) {
                QCOMPARE(paged->outgoing[i].flow, full->outgoing[i].flow);
                QCOMPARE(paged->outgoing[i].dealTitle, full->outgoing[i].dealTitle);
                QCOMPARE(paged->outgoing[i].stakePercent, full->outgoing[i].stakePercent);
                QVERIFY(paged->outgoing[i].figure.has_value() ==
                        full->outgoing[i].figure.has_value());
            }
            QVERIFY(first->outgoing.size() <= 1 && first->incoming.size() <= 1);
            if (!full->outgoing.empty())
                QCOMPARE(first->outgoing.front().flow, full->outgoing.front().flow);
            QCOMPARE(paged->roundTrips.size(), full->roundTrips.size());
            for (size_t i = 0; i < full->roundTrips.size(); ++i) {
                QCOMPARE(paged->roundTrips[i].returningUsd, full->roundTrips[i].returningUsd);
                QCOMPARE(paged->roundTrips[i].investment.flow, full->roundTrips[i].investment.flow);
                QCOMPARE(paged->roundTrips[i].returning->size(),
                         full->roundTrips[i].returning->size());
            }
        }
    }

    void exportsAreWellFormed() {
        Store store = sampleStore();
        auto g = MoneyGraph::load(store);
        QVERIFY(g);
        for (bool gexf : {true, false}) {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            QVERIFY(gexf ? exchange::writeGexf(*g, buffer) : exchange::writeGraphml(*g, buffer));
            QXmlStreamReader xml(buffer.data());
            int nodes = 0, edges = 0, starts = 0;
            while (!xml.atEnd()) {
                if (xml.readNext() != QXmlStreamReader::StartElement)
                    continue;
                nodes += xml.name() == QLatin1String("node");
                edges += xml.name() == QLatin1String("edge");
                starts += xml.attributes().hasAttribute(QStringLiteral("start"));
            }
            QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
            QCOMPARE(nodes, 8); // every company of the sample pays or receives something
            QCOMPARE(edges, 21);
            QCOMPARE(starts, gexf ? 14 : 0); // dated flows start on the timeline
        }
    }
};

QTEST_GUILESS_MAIN(TestGraph)
#include "test_graph.moc"
