// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "error.h"

#include <optional>
#include <vector>

namespace ds {
class Store;
}

namespace ds::analysis {

/// One dated flow on the timeline, with its figure summarised.
struct TimelinePoint {
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
    std::optional<Money> figure; // empty: no source states an amount
    bool disputed = false;
    int sources = 0;

    /// Filled (announced or completed) or hollow (rumoured, in talks, cancelled).
    bool isFirm() const {
        return status == DealStatus::Announced || status == DealStatus::Completed;
    }
};

struct TimelineFilter {
    PartialDate from; // inclusive; null: no limit
    PartialDate to;
    std::vector<FlowKind> kinds;      // empty: all
    std::vector<DealStatus> statuses; // empty: all
    std::optional<Id> company;        // paid or received by
};

/// How many flows the timeline draws one by one, each with its figure; above that it draws
/// them grouped by month (TimelineCell) until the user zooms in to fewer.
inline constexpr int64_t kMaxTimelineFlows = 3000;

/// The SQL condition for a filter over `flows f JOIN deals d` (tokens and numbers only).
QString timelineWhere(const TimelineFilter &filter);

/// How many dated flows match the filter (fast: no figures are derived).
Result<int64_t> countTimeline(Store &store, const TimelineFilter &filter = {});

/// The dated flows matching the filter, oldest first, each with its figure.
Result<std::vector<TimelinePoint>> loadTimeline(Store &store, const TimelineFilter &filter = {});

/// The marker's diameter in pixels for an amount: area grows with the logarithm, so that
/// $1 billion and $1.4 trillion both stay readable (about 10 and 30 px).
double markerDiameter(int64_t usd);

/// Days since 1970-01-01 as seconds (QCustomPlot's date axis unit) for the middle of a date.
double toAxisTime(const PartialDate &date);

} // namespace ds::analysis
