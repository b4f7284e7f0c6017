// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/partialdate.h"
#include "domain/types.h"
#include "error.h"

#include <functional>
#include <optional>
#include <vector>

namespace ds {

class Store;

/// Which dated flows the timeline shows.
struct TimelineFilter {
    PartialDate from; // inclusive; null: no limit
    PartialDate to;
    std::vector<FlowKind> kinds;      // empty: all
    std::vector<DealStatus> statuses; // empty: all
    std::optional<Id> company;        // paid or received by
};

/// A dated flow as the timeline lists it, without its figure.
struct TimelineRow {
    Id flowId = 0;
    Id dealId = 0;
    PartialDate date;
    FlowKind kind = FlowKind::Equity;
    DealStatus status = DealStatus::Announced;
    Id payerId = 0;
    Id payeeId = 0;
    QString payer;
    QString payee;
    QString deal;
};

/// The least a scan of many flows needs: when, what, how firm and between whom.
struct TimelineFlowHead {
    int dateSort = 0; // PartialDate::sortKey()
    FlowKind kind = FlowKind::Equity;
    DealStatus status = DealStatus::Announced;
    Id payerId = 0;
    Id payeeId = 0;
};

/// How many dated flows match the filter (from the date index: no figures, no names).
Result<int64_t> countTimelineFlows(Store &store, const TimelineFilter &filter);
/// The dated flows matching the filter, oldest first (by date, then id), with names.
Result<std::vector<TimelineRow>> timelineRows(Store &store, const TimelineFilter &filter);
/// Calls `onFlow` for each dated flow matching the filter whose id lies in [low, high], in
/// table order (a million flows in well under a second).
Status scanTimelineFlows(Store &store, const TimelineFilter &filter, Id low, Id high,
                         const std::function<void(const TimelineFlowHead &)> &onFlow);

} // namespace ds
