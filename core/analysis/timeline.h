// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "error.h"
#include "store/timelinequery.h"

#include <optional>
#include <vector>

namespace ds {
class Store;
}

namespace ds::analysis {

/// One dated flow on the timeline, with its figure summarised.
struct TimelinePoint : TimelineRow {
    std::optional<Money> figure; // empty: no source states an amount
    bool disputed = false;
    int sources = 0;

    /// Filled (announced or completed) or hollow (rumoured, in talks, cancelled).
    bool isFirm() const {
        return status == DealStatus::Announced || status == DealStatus::Completed;
    }
};

using ds::TimelineFilter;

/// How many flows the timeline draws one by one, each with its figure; above that it draws
/// them grouped by month (TimelineCell) until the user zooms in to fewer.
inline constexpr int64_t kMaxTimelineFlows = 3000;

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
