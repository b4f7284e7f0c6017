// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "error.h"

#include <QString>

#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace ds {

class Store;

/// Which flows the deal table shows, and in what order.
struct FlowQuery {
    enum class Sort { Date, Deal, Payer, Payee, Kind, Amount, Status, Sources };
    Sort sort = Sort::Date;
    bool descending = true;
    QString text;              ///< in the deal's title, the payer's or the payee's name
    std::optional<Id> company; ///< paid or received by this company
    std::optional<std::vector<FlowKind>> kinds;      ///< empty optional: all; empty list: none
    std::optional<std::vector<DealStatus>> statuses; ///< of the flow's deal; as kinds
    std::optional<std::pair<int, int>> years;        ///< dated within these years (inclusive)
    bool operator==(const FlowQuery &) const = default;
};

/// The ids of the flows a query matches, in its order (ties by id). `cancelled` is asked now
/// and then while the query runs; true stops it with an error.
Result<std::vector<Id>> flowIds(Store &store, const FlowQuery &query,
                                const std::function<bool()> &cancelled = {});

/// One row of the deal table.
struct FlowRow {
    Id flowId = 0;
    Id dealId = 0;
    Id payerId = 0;
    Id payeeId = 0;
    PartialDate date;
    QString deal;
    QString payer;
    QString payee;
    FlowKind kind = FlowKind::Equity;
    /// The amount as stated: the preferred claim's, a number before a vague one ("billions").
    QString amount;
    DealStatus status = DealStatus::Announced;
    int sources = 0; ///< distinct sources with a claim on the flow
};

/// The rows of these flows, in the order given; a flow that is gone has a row with only its id.
Result<std::vector<FlowRow>> flowRows(Store &store, const std::vector<Id> &flows);

} // namespace ds
