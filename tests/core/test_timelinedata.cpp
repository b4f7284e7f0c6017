// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline's data: flows one by one with figures, and grouped by month and lane when there
// are more than the chart draws one by one.
#include "analysis/timelinecells.h"
#include "exchange/generator.h"
#include "exchange/jsonformat.h"
#include "exchange/sample.h"
#include "store/store.h"

#include <QtTest>

using namespace ds;
using namespace ds::analysis;

class TestTimelineData : public QObject {
    Q_OBJECT
private:
    Store sampleStore() {
        auto store = Store::openMemory();
        if (!store || !json::importDocument(*store, sample::sampleJson()))
            qFatal("cannot load the sample");
        return std::move(*store);
    }

private slots:
    void monthIndexes() {
        QCOMPARE(monthIndex(20250115), 2025 * 12);
        QCOMPARE(monthIndex(20231100), 2023 * 12 + 10);
        QCOMPARE(monthIndex(20240000), 2024 * 12 + 6); // a year alone: July
        QCOMPARE(monthIndex(0), -1);
        QCOMPARE(monthStartTime(2024 * 12 + 1),
                 double(QDateTime(QDate(2024, 2, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch()));
        // A month's markers fall into its block.
        const double t = toAxisTime(PartialDate::ofMonth(2023, 9));
        QVERIFY(t > monthStartTime(2023 * 12 + 8) && t < monthStartTime(2023 * 12 + 9));
    }

    void pointsOfTheSample() {
        Store store = sampleStore();
        auto points = loadTimeline(store);
        QVERIFY(points);
        QCOMPARE(points->size(), size_t(14)); // 21 flows, 7 undated
        QVERIFY(std::is_sorted(points->begin(), points->end(), [](const auto &a, const auto &b) {
            return a.date.sortKey() < b.date.sortKey();
        }));
        TimelineFilter equity;
        equity.kinds = {FlowKind::Equity};
        equity.from = PartialDate::ofYear(2024);
        auto some = loadTimeline(store, equity);
        QVERIFY(some);
        QCOMPARE(some->size(), size_t(3)); // Amazon in Nov 2024, Microsoft and Nvidia 2025
        for (const TimelinePoint &p : *some)
            QVERIFY(p.kind == FlowKind::Equity && p.date.year() >= 2024);
    }

    void cellsAddUpToTheFlows() {
        Store store = sampleStore();
        auto cells = loadTimelineCells(store, {}, CellLane::Kind);
        QVERIFY(cells);
        QCOMPARE(cells->flows, int64_t(14));
        int total = 0;
        for (const TimelineCell &c : cells->cells)
            total += c.count;
        QCOMPARE(total, 14);
        // September 2023: Amazon's first investment (equity) and Anthropic's AWS commitment.
        const int sep2023 = 2023 * 12 + 8;
        auto cellOf = [&](int month, FlowKind kind) -> const TimelineCell * {
            for (const TimelineCell &c : cells->cells)
                if (c.month == month && c.lane == Id(kind))
                    return &c;
            return nullptr;
        };
        QVERIFY(cellOf(sep2023, FlowKind::Equity));
        QCOMPARE(cellOf(sep2023, FlowKind::Equity)->count, 1);
        QCOMPARE(cellOf(sep2023, FlowKind::Equity)->firm, 1);
        // November 2024: Amazon's talks and announcement are one investment, announced.
        const TimelineCell *nov = cellOf(2024 * 12 + 10, FlowKind::Equity);
        QVERIFY(nov);
        QCOMPARE(nov->count, 1);
        QCOMPARE(nov->firm, 1);
    }

    void companyLanesKeepTheBusiest() {
        Store store = sampleStore();
        auto cells = loadTimelineCells(store, {}, CellLane::Payee, 2);
        QVERIFY(cells);
        QCOMPARE(cells->laneNames.size(), size_t(2));
        QVERIFY(std::any_of(cells->laneNames.begin(), cells->laneNames.end(),
                            [](const auto &l) { return l.second == QLatin1String("Anthropic"); }));
        int others = 0, total = 0;
        for (const TimelineCell &c : cells->cells) {
            QVERIFY(c.lane == kOtherCompanies || cells->laneNames.count(c.lane));
            total += c.count;
            if (c.lane == kOtherCompanies)
                others += c.count;
        }
        QCOMPARE(total, 14);
        QVERIFY(others > 0);
    }

    void filtersApplyToCells() {
        Store store = sampleStore();
        TimelineFilter filter;
        filter.statuses = {DealStatus::Rumoured, DealStatus::InTalks};
        auto cells = loadTimelineCells(store, filter, CellLane::Kind);
        QVERIFY(cells);
        QCOMPARE(cells->flows, int64_t(1)); // OpenAI's planned spending
        for (const TimelineCell &c : cells->cells)
            QCOMPARE(c.firm, 0);
        QCOMPARE(*countTimeline(store, filter), int64_t(1));
    }

    void groupsOnlyAboveTheLimit() {
        auto store = Store::openMemory();
        QVERIFY(store);
        gen::Options o;
        o.deals = 3000;
        o.companies = 100;
        o.textSize = 100;
        QVERIFY(gen::generate(*store, o));
        const int64_t count = *countTimeline(*store);
        QVERIFY(count > 1000);
        auto grouped = loadTimelineData(*store, {}, CellLane::Kind, count - 1);
        QVERIFY(grouped && grouped->grouped && grouped->points.empty());
        int64_t total = 0;
        for (const TimelineCell &c : grouped->cells.cells)
            total += c.count;
        QCOMPARE(total, count);
        auto single = loadTimelineData(*store, {}, CellLane::Kind, count);
        QVERIFY(single && !single->grouped);
        QCOMPARE(int64_t(single->points.size()), count);
    }
};

QTEST_GUILESS_MAIN(TestTimelineData)
#include "test_timelinedata.moc"
