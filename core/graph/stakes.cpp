#include "graph/stakes.h"

#include "analysis/figures.h"
#include "analysis/sources.h"
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
    auto names = sql::Statement::prepare(store.db(),
                                         QStringLiteral("SELECT name FROM companies WHERE id = ?"));
    auto deals = sql::Statement::prepare(
        store.db(), QStringLiteral("SELECT status, title FROM deals WHERE id = ?"));
    // Stake percentages claimed on the company pair (company claims with a counterparty).
    auto pairStakes = sql::Statement::prepare(
        store.db(), QStringLiteral("SELECT percent FROM claims WHERE attribute = 'stake' AND "
                                   "percent IS NOT NULL AND rank <> 'deprecated' AND ((company_id "
                                   "= ?1 AND counterparty_id = ?2) OR (company_id = ?2 AND "
                                   "counterparty_id = ?1)) ORDER BY rank = 'preferred' DESC, id"));
    if (!names || !deals || !pairStakes)
        return !names ? names.error() : !deals ? deals.error() : pairStakes.error();
    std::map<Id, QString> nameCache;
    auto nameOf = [&](Id id) {
        auto [it, fresh] = nameCache.emplace(id, QString());
        if (fresh) {
            names->reset();
            names->bind(1, id);
            if (names->next())
                it->second = names->text(0);
        }
        return it->second;
    };

    Status s = store.forEachFlowOfCompany(companyId, [&](const Flow &flow,
                                                         const std::vector<Claim> &claims) {
        Position p;
        p.flow = flow.id;
        p.deal = flow.dealId;
        p.outgoing = flow.payerId == companyId;
        p.counterparty = p.outgoing ? flow.payeeId : flow.payerId;
        p.counterpartyName = nameOf(p.counterparty);
        p.kind = flow.kind;
        p.date = flow.date;
        deals->reset();
        deals->bind(1, flow.dealId);
        if (deals->next()) {
            p.status = fromToken<DealStatus>(deals->latin1(0)).value_or(DealStatus::Announced);
            p.dealTitle = deals->text(1);
        }
        const analysis::Figure figure =
            analysis::deriveFlowFigure(flow, claims, *sources, {}, analysis::Detail::Summary);
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
        if (!p.stakePercent && p.kind == FlowKind::Equity) {
            pairStakes->reset();
            pairStakes->bind(1, flow.payerId);
            pairStakes->bind(2, flow.payeeId);
            if (pairStakes->next())
                p.stakePercent = pairStakes->real(0);
        }
        (p.outgoing ? stakes.totalOutUsd : stakes.totalInUsd) += p.countedUsd;
        (p.outgoing ? stakes.outgoing : stakes.incoming).push_back(std::move(p));
        return true;
    });
    if (!s)
        return s.error();
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
    std::sort(stakes.roundTrips.begin(), stakes.roundTrips.end(),
              [](const RoundTrip &a, const RoundTrip &b) {
                  return a.returningUsd != b.returningUsd ? a.returningUsd > b.returningUsd
                                                          : a.investment.flow < b.investment.flow;
              });
    return stakes;
}

} // namespace ds::graph
