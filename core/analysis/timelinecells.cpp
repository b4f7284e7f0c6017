// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/timelinecells.h"

#include "store/lookups.h"
#include "store/store.h"
#include "store/timelinequery.h"

#include <QDateTime>

#include <algorithm>
#include <climits>
#include <thread>
#include <unordered_map>

namespace ds::analysis {

int monthIndex(int sortKey) {
    if (sortKey <= 0)
        return -1;
    const int year = sortKey / 10000;
    const int month = (sortKey / 100) % 100;
    return year * 12 + (month == 0 ? 6 : month - 1); // a year alone: its middle, July
}

double monthStartTime(int month) {
    const QDate first(month / 12, month % 12 + 1, 1);
    return double(QDateTime(first, QTime(0, 0), Qt::UTC).toSecsSinceEpoch());
}

namespace {

struct Row {
    int32_t month;
    int32_t firm;
    Id lane;
};

/// The flows matching the filter with ids in [low, high], as compact rows.
Status scanRows(Store &store, const TimelineFilter &filter, CellLane lane, Id low, Id high,
                std::vector<Row> &rows) {
    return scanTimelineFlows(store, filter, low, high, [&](const TimelineFlowHead &flow) {
        Row row;
        row.month = monthIndex(flow.dateSort);
        switch (lane) {
        case CellLane::Kind:
            row.lane = Id(flow.kind);
            break;
        case CellLane::Payer:
            row.lane = flow.payerId;
            break;
        case CellLane::Payee:
            row.lane = flow.payeeId;
            break;
        }
        row.firm = flow.status == DealStatus::Announced || flow.status == DealStatus::Completed;
        rows.push_back(row);
    });
}

} // namespace

Result<TimelineCells> loadTimelineCells(Store &store, const TimelineFilter &filter, CellLane lane,
                                        int maxLanes) {
    // Two passes over compact rows: hash maps keyed by month and lane cost more than the scan.
    // A large file is scanned in two halves at once, the second on a connection of its own.
    auto range = flowIdRange(store);
    if (!range)
        return range.error();
    const Id low = range->low, high = range->high;
    std::vector<Row> rows;
    const bool split = !filter.company && !store.path().isEmpty() && high - low > 200000;
    const Id middle = split ? low + (high - low) / 2 : high;
    std::vector<Row> upper;
    Status upperStatus;
    std::thread second;
    if (split)
        second = std::thread([&] {
            auto own = Store::open(store.path(), Store::OpenMode::Existing);
            upperStatus =
                own ? scanRows(*own, filter, lane, middle + 1, high, upper) : Status(own.error());
        });
    Status status = scanRows(store, filter, lane, low, middle, rows);
    if (second.joinable())
        second.join();
    if (!status)
        return status.error();
    if (!upperStatus)
        return upperStatus.error();
    rows.insert(rows.end(), upper.begin(), upper.end());
    int minMonth = INT_MAX, maxMonth = INT_MIN;
    for (const Row &row : rows) {
        minMonth = std::min(minMonth, row.month);
        maxMonth = std::max(maxMonth, row.month);
    }
    TimelineCells result;
    result.flows = int64_t(rows.size());
    if (rows.empty())
        return result;

    // The lanes: every kind, or the busiest companies and one lane for the rest.
    std::vector<Id> laneKeys;
    std::unordered_map<Id, int> slotOf;
    if (lane == CellLane::Kind) {
        for (FlowKind k : allValues<FlowKind>()) {
            slotOf.emplace(Id(k), int(laneKeys.size()));
            laneKeys.push_back(Id(k));
        }
    } else {
        std::unordered_map<Id, int64_t> flowsOf;
        for (const Row &row : rows)
            ++flowsOf[row.lane];
        std::vector<std::pair<int64_t, Id>> busiest;
        busiest.reserve(flowsOf.size());
        for (const auto &[id, n] : flowsOf)
            busiest.emplace_back(n, id);
        const size_t kept = std::min(busiest.size(), size_t(std::max(maxLanes, 0)));
        std::partial_sort(busiest.begin(), busiest.begin() + kept, busiest.end(),
                          [](const auto &a, const auto &b) {
                              return a.first != b.first ? a.first > b.first : a.second < b.second;
                          });
        for (size_t i = 0; i < kept; ++i) {
            auto company = store.company(busiest[i].second);
            if (!company)
                return company.error();
            result.laneNames.emplace(busiest[i].second, company->name);
            slotOf.emplace(busiest[i].second, int(laneKeys.size()));
            laneKeys.push_back(busiest[i].second);
        }
        if (kept < busiest.size())
            laneKeys.push_back(kOtherCompanies);
    }
    const int lanes = int(laneKeys.size());
    const int otherSlot = lanes - 1; // only reached when there is an "other" lane
    std::vector<TimelineCell> grid(size_t(maxMonth - minMonth + 1) * size_t(lanes));
    for (const Row &row : rows) {
        const auto it = slotOf.find(row.lane);
        const int slot = it != slotOf.end() ? it->second : otherSlot;
        TimelineCell &cell = grid[size_t(row.month - minMonth) * size_t(lanes) + size_t(slot)];
        ++cell.count;
        cell.firm += row.firm;
    }
    for (size_t i = 0; i < grid.size(); ++i) {
        if (!grid[i].count)
            continue;
        TimelineCell cell = grid[i];
        cell.month = minMonth + int(i / size_t(lanes));
        cell.lane = laneKeys[i % size_t(lanes)];
        result.cells.push_back(cell);
    }
    return result;
}

Result<TimelineData> loadTimelineData(Store &store, const TimelineFilter &filter, CellLane lane,
                                      int64_t maxPoints) {
    TimelineData data;
    auto count = countTimeline(store, filter);
    if (!count)
        return count.error();
    data.flows = *count;
    data.grouped = *count > maxPoints;
    if (data.grouped) {
        auto cells = loadTimelineCells(store, filter, lane);
        if (!cells)
            return cells.error();
        data.cells = std::move(*cells);
    } else {
        auto points = loadTimeline(store, filter);
        if (!points)
            return points.error();
        data.points = std::move(*points);
    }
    return data;
}

} // namespace ds::analysis
