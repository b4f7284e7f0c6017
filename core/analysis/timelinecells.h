// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/timeline.h"

#include <QString>

#include <map>
#include <vector>

namespace ds::analysis {

/// What the rows of a grouped timeline are.
enum class CellLane { Kind, Payer, Payee };

/// The flows of one month in one lane, for timelines with more flows than can be drawn one by
/// one.
struct TimelineCell {
    int month = 0; // months since the start of year 0: year * 12 + (month - 1)
    Id lane = 0;   // the FlowKind's value, a company id, or kOtherCompanies
    int count = 0; // flows
    int firm = 0;  // of them announced or completed
};

inline constexpr Id kOtherCompanies = -1;

struct TimelineCells {
    std::vector<TimelineCell> cells; // by month, then lane
    /// Company lanes: the companies with most flows each keep a lane (at most maxLanes), the
    /// others share kOtherCompanies. Their names, for the axis.
    std::map<Id, QString> laneNames;
    int64_t flows = 0;
};

/// Groups the dated flows matching the filter by month and lane, reading only the flows and
/// deals tables (no figures are derived: a month's marker shows how many flows it holds).
/// A date known only to the year counts in its middle month, as the one-by-one markers do.
Result<TimelineCells> loadTimelineCells(Store &store, const TimelineFilter &filter, CellLane lane,
                                        int maxLanes = 24);

/// What the timeline draws: each flow when at most maxPoints match, or the flows grouped.
struct TimelineData {
    bool grouped = false;
    std::vector<TimelinePoint> points;
    TimelineCells cells;
    int64_t flows = 0;
};
Result<TimelineData> loadTimelineData(Store &store, const TimelineFilter &filter, CellLane lane,
                                      int64_t maxPoints = kMaxTimelineFlows);

/// The month index of a date (see TimelineCell::month); -1 for a null date.
int monthIndex(int sortKey);
/// The axis time (seconds since 1970) of the first instant of a month index.
double monthStartTime(int month);

} // namespace ds::analysis
