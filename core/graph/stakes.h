// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/money.h"
#include "domain/partialdate.h"
#include "domain/types.h"
#include "error.h"

#include <memory>
#include <optional>
#include <vector>

namespace ds {
class Store;
}
namespace ds::analysis {
class SourceIndex;
}

namespace ds::graph {

/// One flow a company pays (outgoing) or receives (incoming), seen from that company.
struct Position {
    Id flow = 0;
    Id deal = 0;
    QString dealTitle;
    bool outgoing = true;
    Id counterparty = 0;
    QString counterpartyName;
    FlowKind kind = FlowKind::Equity;
    DealStatus status = DealStatus::Announced;
    PartialDate date;
    std::optional<Money> figure; // empty: no source states an amount
    bool disputed = false;
    std::optional<double> stakePercent; // where a source claims one
    /// What the totals count: the figure, a disputed one at its lowest claimed value.
    int64_t countedUsd = 0;
};

/// An investment and what the investee committed to spend with the investor.
struct RoundTrip {
    Position investment; // investor → investee, equity
    /// Investee → investor: compute, chips, licensing. Shared by every investment in the same
    /// investee (a hub has thousands of investments and of returning flows).
    std::shared_ptr<const std::vector<Position>> returning;
    int64_t investmentUsd = 0;   // counted ("up to $5 billion": 5; disputed: the lowest)
    int64_t returningUsd = 0;    // counted values summed
    std::optional<double> ratio; // returning / investment, when both are known
};

struct Stakes {
    Company company;
    std::vector<Position> outgoing; // largest first; with a page size, the first page only
    std::vector<Position> incoming;
    int outgoingCount = 0; // all positions, also those beyond the page
    int incomingCount = 0;
    int roundTripCount = 0;
    int64_t totalOutUsd = 0;
    int64_t totalInUsd = 0;
    int64_t netUsd() const { return totalInUsd - totalOutUsd; }
    std::vector<RoundTrip> roundTrips;
};

/// What a company holds and owes: every flow it pays or receives with its figure, totals,
/// and round trips (as investor or as investee).
Result<Stakes> companyStakes(Store &store, Id company);

class MoneyGraph;

/// The same from the in-memory money graph, for a busy company: totals, counts and round-trip
/// sums over every flow, but only the `pageSize` largest positions each way (and the
/// `pageSize` largest round trips) read in full from the store. A round trip's returning legs
/// carry the graph's summary of their figures (lowest to highest claimed value) and no deal
/// title. `sources` is the store's SourceIndex, loaded once with the graph.
Result<Stakes> companyStakesPage(Store &store, const MoneyGraph &graph,
                                 const analysis::SourceIndex &sources, Id company, int pageSize);

/// Kinds that count as spending with a company (a round trip's returning leg).
bool isSpending(FlowKind kind);

} // namespace ds::graph
