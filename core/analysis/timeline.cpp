// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/timeline.h"

#include "analysis/figures.h"
#include "analysis/sources.h"
#include "store/store.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace ds::analysis {

double markerDiameter(int64_t usd) {
    if (usd <= 0)
        return 7;
    const double billions = double(usd) / 1e9;
    return std::clamp(10.0 + 6.5 * std::log10(std::max(billions, 0.01)), 6.0, 40.0);
}

double toAxisTime(const PartialDate &date) {
    const QDate day = date.midDay();
    return double(QDateTime(day, QTime(12, 0), Qt::UTC).toSecsSinceEpoch());
}

Result<int64_t> countTimeline(Store &store, const TimelineFilter &filter) {
    return countTimelineFlows(store, filter);
}

Result<std::vector<TimelinePoint>> loadTimeline(Store &store, const TimelineFilter &filter) {
    auto sources = SourceIndex::load(store);
    if (!sources)
        return sources.error();
    auto rows = timelineRows(store, filter);
    if (!rows)
        return rows.error();
    std::vector<TimelinePoint> points;
    points.reserve(rows->size());
    for (TimelineRow &r : *rows) {
        TimelinePoint p;
        static_cast<TimelineRow &>(p) = std::move(r);
        points.push_back(std::move(p));
    }
    for (TimelinePoint &p : points) {
        auto claims = store.claimsOfFlow(p.flowId);
        if (!claims)
            return claims.error();
        Flow flow;
        flow.id = p.flowId;
        flow.payerId = p.payerId;
        flow.payeeId = p.payeeId;
        flow.date = p.date;
        const Figure figure = deriveFlowFigure(flow, *claims, *sources, {}, Detail::Summary);
        p.figure = figure.value;
        p.disputed = figure.disputed;
        p.sources = figure.sources;
    }
    return points;
}

} // namespace ds::analysis
