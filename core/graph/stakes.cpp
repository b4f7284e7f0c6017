// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/stakes.h"

#include "analysis/figures.h"
#include "analysis/sources.h"
#include "graph/moneygraph.h"
#include "store/lookups.h"
#include "store/store.h"

#include <algorithm>
#include <map>
#include <unordered_map>

namespace ds::graph {

bool isSpending(FlowKind kind) {
    return kind == FlowKind::Compute || kind == FlowKind::Chips || kind == FlowKind::Licensing;
}

namespace {

bool largerPosition(const Position &a, const Position &b) {
    if (a.countedUsd != b.countedUsd)
        return a.countedUsd > b.countedUsd;
    return a.flow < b.flow;
}

// Reads what a position shows beyond its flow: counterparty name, deal status and title, the
// figure derived from the claims, and a stake percentage claimed on the flow or the pair.
class PositionReader {
public:
    static Result<PositionReader> prepare(Store &store, const analysis::SourceIndex &sources) {
        auto lookups = Lookups::prepare(store);
        if (!lookups)
            return lookups.error();
        return PositionReader(std::move(*lookups), sources);
    }

    QString nameOf(Id id) {
        auto [it, fresh] = m_nameCache.emplace(id, QString());
        if (fresh)
            it->second = m_lookups.companyName(id);
        return it->second;
    }

    Position position(Id companyId, const Flow &flow, const std::vector<Claim> &claims) {
        Position p;
        p.flow = flow.id;
        p.deal = flow.dealId;
        p.outgoing = flow.payerId == companyId;
        p.counterparty = p.outgoing ? flow.payeeId : flow.payerId;
        p.counterpartyName = nameOf(p.counterparty);
        p.kind = flow.kind;
        p.date = flow.date;
        if (auto deal = m_lookups.deal(flow.dealId)) {
            p.status = deal->status;
            p.dealTitle = std::move(deal->title);
        }
        const analysis::Figure figure =
            analysis::deriveFlowFigure(flow, claims, *m_sources, {}, analysis::Detail::Summary);
        if (figure.value && figure.value->representativeUsd() > 0) {
            p.figure = figure.value;
            p.countedUsd =
                figure.disputed ? figure.value->minUsd : figure.value->representativeUsd();
        }
        p.disputed = figure.disputed;
        for (const Claim &c : claims)
            if (c.attribute == ClaimAttribute::Stake && c.percent && c.rank != Rank::Deprecated) {
                p.stakePercent = c.percent;
                break;
            }
        if (!p.stakePercent && p.kind == FlowKind::Equity)
            p.stakePercent = m_lookups.pairStakePercent(flow.payerId, flow.payeeId);
        return p;
    }

private:
    PositionReader(Lookups lookups, const analysis::SourceIndex &sources)
        : m_lookups(std::move(lookups))
        , m_sources(&sources) {}
    Lookups m_lookups;
    const analysis::SourceIndex *m_sources;
    std::map<Id, QString> m_nameCache;
};

void sortRoundTrips(std::vector<RoundTrip> &trips) {
    std::sort(trips.begin(), trips.end(), [](const RoundTrip &a, const RoundTrip &b) {
        return a.returningUsd != b.returningUsd ? a.returningUsd > b.returningUsd
                                                : a.investment.flow < b.investment.flow;
    });
}

} // namespace

Result<Stakes> companyStakes(Store &store, Id companyId) {
    Stakes stakes;
    {
        auto company = store.company(companyId);
        if (!company)
            return company.error();
        stakes.company = std::move(*company);
    }
    auto sources = analysis::SourceIndex::load(store);
    if (!sources)
        return sources.error();
    auto reader = PositionReader::prepare(store, *sources);
    if (!reader)
        return reader.error();
    Status s = store.forEachFlowOfCompany(
        companyId, [&](const Flow &flow, const std::vector<Claim> &claims) {
            Position p = reader->position(companyId, flow, claims);
            (p.outgoing ? stakes.totalOutUsd : stakes.totalInUsd) += p.countedUsd;
            (p.outgoing ? stakes.outgoing : stakes.incoming).push_back(std::move(p));
            return true;
        });
    if (!s)
        return s.error();
    stakes.outgoingCount = int(stakes.outgoing.size());
    stakes.incomingCount = int(stakes.incoming.size());
    std::sort(stakes.outgoing.begin(), stakes.outgoing.end(), largerPosition);
    std::sort(stakes.incoming.begin(), stakes.incoming.end(), largerPosition);

    // Round trips: as investor (equity out, spending back in from the investee) and as investee
    // (equity in, spending out to the investor).
    auto collect = [&](const std::vector<Position> &investments,
                       const std::vector<Position> &others) {
        // The spending positions by counterparty, with their sum: one pass, and one list
        // shared by every investment in that counterparty.
        struct Spending {
            std::shared_ptr<std::vector<Position>> positions =
                std::make_shared<std::vector<Position>>();
            int64_t usd = 0;
        };
        std::unordered_map<Id, Spending> spending;
        for (const Position &o : others)
            if (isSpending(o.kind)) {
                Spending &sp = spending[o.counterparty];
                sp.positions->push_back(o);
                sp.usd += o.countedUsd;
            }
        for (const Position &inv : investments) {
            if (inv.kind != FlowKind::Equity)
                continue;
            const auto it = spending.find(inv.counterparty);
            if (it == spending.end())
                continue;
            RoundTrip trip;
            trip.investment = inv;
            trip.investmentUsd = inv.countedUsd;
            trip.returning = it->second.positions;
            trip.returningUsd = it->second.usd;
            if (trip.investmentUsd > 0 && trip.returningUsd > 0)
                trip.ratio = double(trip.returningUsd) / double(trip.investmentUsd);
            stakes.roundTrips.push_back(std::move(trip));
        }
    };
    collect(stakes.outgoing, stakes.incoming);
    collect(stakes.incoming, stakes.outgoing);
    sortRoundTrips(stakes.roundTrips);
    stakes.roundTripCount = int(stakes.roundTrips.size());
    return stakes;
}

namespace {

// A position from the graph's summary of a flow (no store access): for round trips' legs.
Position summaryPosition(const MoneyGraph &graph, int node, int e) {
    const Edge &edge = graph.edges()[size_t(e)];
    Position p;
    p.flow = edge.flow;
    p.deal = edge.deal;
    p.outgoing = edge.from == node;
    const Node &other = graph.nodes()[size_t(p.outgoing ? edge.to : edge.from)];
    p.counterparty = other.company;
    p.counterpartyName = other.name;
    p.kind = edge.kind;
    p.status = edge.status;
    p.date = edge.date;
    if (edge.hasAmount)
        p.figure = edge.usdLow == edge.usdHigh ? Money::exact(edge.usdHigh)
                                               : Money::range(edge.usdLow, edge.usdHigh);
    p.disputed = edge.disputed;
    p.countedUsd = edge.usd;
    return p;
}

bool largerEdge(const MoneyGraph &graph, int a, int b) {
    const Edge &x = graph.edges()[size_t(a)];
    const Edge &y = graph.edges()[size_t(b)];
    return x.usd != y.usd ? x.usd > y.usd : x.flow < y.flow;
}

} // namespace

Result<Stakes> companyStakesPage(Store &store, const MoneyGraph &graph,
                                 const analysis::SourceIndex &sources, Id companyId, int pageSize) {
    const std::optional<int> node = graph.nodeOf(companyId);
    if (!node)
        return companyStakes(store, companyId); // no flows in the graph: nothing to page
    Stakes stakes;
    {
        auto company = store.company(companyId);
        if (!company)
            return company.error();
        stakes.company = std::move(*company);
    }
    auto reader = PositionReader::prepare(store, sources);
    if (!reader)
        return reader.error();
    const std::span<const int> out = graph.outEdges(*node);
    const std::span<const int> in = graph.inEdges(*node);
    stakes.outgoingCount = int(out.size());
    stakes.incomingCount = int(in.size());
    for (int e : out)
        stakes.totalOutUsd += graph.edges()[size_t(e)].usd;
    for (int e : in)
        stakes.totalInUsd += graph.edges()[size_t(e)].usd;

    // The largest of each direction, read in full.
    auto page = [&](std::span<const int> edges, std::vector<Position> &into) -> Status {
        std::vector<int> order(edges.begin(), edges.end());
        const size_t n = std::min(order.size(), size_t(std::max(0, pageSize)));
        std::partial_sort(order.begin(), order.begin() + std::ptrdiff_t(n), order.end(),
                          [&](int a, int b) { return largerEdge(graph, a, b); });
        for (size_t i = 0; i < n; ++i) {
            const Id flowId = graph.edges()[size_t(order[i])].flow;
            auto flow = store.flow(flowId);
            auto claims =
                flow ? store.claimsOfFlow(flowId) : Result<std::vector<Claim>>(flow.error());
            if (!claims)
                return claims.error();
            into.push_back(reader->position(companyId, *flow, *claims));
        }
        std::sort(into.begin(), into.end(), largerPosition);
        return {};
    };
    if (Status s = page(out, stakes.outgoing); !s)
        return s.error();
    if (Status s = page(in, stakes.incoming); !s)
        return s.error();

    // Round trips over every flow: spending sums per counterparty first (flat arrays by node:
    // a hub has a hundred thousand counterparties), then the largest trips with their legs.
    const size_t nodes = graph.nodes().size();
    std::vector<int64_t> backToInvestor(nodes, -1); // investee → this company, as investor
    std::vector<int64_t> backToInvestee(nodes, -1); // this company → investor, as investee
    for (int e : in)
        if (const Edge &edge = graph.edges()[size_t(e)]; isSpending(edge.kind))
            backToInvestor[size_t(edge.from)] =
                std::max<int64_t>(backToInvestor[size_t(edge.from)], 0) + edge.usd;
    for (int e : out)
        if (const Edge &edge = graph.edges()[size_t(e)]; isSpending(edge.kind))
            backToInvestee[size_t(edge.to)] =
                std::max<int64_t>(backToInvestee[size_t(edge.to)], 0) + edge.usd;
    struct Candidate {
        int investment;   // edge
        int counterparty; // node
        bool asInvestor;
        int64_t back;
    };
    std::vector<Candidate> candidates;
    for (int e : out)
        if (const Edge &edge = graph.edges()[size_t(e)];
            edge.kind == FlowKind::Equity && backToInvestor[size_t(edge.to)] >= 0)
            candidates.push_back({e, edge.to, true, backToInvestor[size_t(edge.to)]});
    for (int e : in)
        if (const Edge &edge = graph.edges()[size_t(e)];
            edge.kind == FlowKind::Equity && backToInvestee[size_t(edge.from)] >= 0)
            candidates.push_back({e, edge.from, false, backToInvestee[size_t(edge.from)]});
    stakes.roundTripCount = int(candidates.size());
    const size_t n = std::min(candidates.size(), size_t(std::max(0, pageSize)));
    std::partial_sort(candidates.begin(), candidates.begin() + std::ptrdiff_t(n), candidates.end(),
                      [&](const Candidate &a, const Candidate &b) {
                          if (a.back != b.back)
                              return a.back > b.back;
                          return graph.edges()[size_t(a.investment)].flow <
                                 graph.edges()[size_t(b.investment)].flow;
                      });
    // The returning legs of the trips kept, each list shared by the trips of one counterparty.
    std::map<std::pair<int, bool>, std::shared_ptr<const std::vector<Position>>> legs;
    for (size_t i = 0; i < n; ++i) {
        const Candidate &c = candidates[i];
        auto &shared = legs[{c.counterparty, c.asInvestor}];
        if (!shared) {
            auto positions = std::make_shared<std::vector<Position>>();
            for (int e : c.asInvestor ? in : out) {
                const Edge &edge = graph.edges()[size_t(e)];
                if (isSpending(edge.kind) && (c.asInvestor ? edge.from : edge.to) == c.counterparty)
                    positions->push_back(summaryPosition(graph, *node, e));
            }
            shared = std::move(positions);
        }
        RoundTrip trip;
        trip.investment = summaryPosition(graph, *node, c.investment);
        trip.investmentUsd = trip.investment.countedUsd;
        trip.returning = shared;
        trip.returningUsd = c.back;
        if (trip.investmentUsd > 0 && trip.returningUsd > 0)
            trip.ratio = double(trip.returningUsd) / double(trip.investmentUsd);
        stakes.roundTrips.push_back(std::move(trip));
    }
    return stakes;
}

} // namespace ds::graph
