// SPDX-License-Identifier: GPL-3.0-or-later
// The force-directed layout: deterministic for a seed, sensible (neighbours closer than
// strangers), incremental (known nodes stay, pinned ones exactly), and robust on odd graphs.
#include "graph/layout.h"

#include <QtTest>

#include <cmath>

using namespace ds::graph;

namespace {

double distance(const Point &a, const Point &b) {
    return std::hypot(a.x - b.x, a.y - b.y);
}

} // namespace

class TestLayout : public QObject {
    Q_OBJECT
private slots:
    void deterministicForASeed() {
        const auto edges = barabasiAlbert(2000, 2, 5);
        QCOMPARE(edges.size(), size_t(2 * 2000 - 4)); // m=2: two edges per node after the third
        LayoutOptions options;
        options.seed = 9;
        const auto a = forceLayout(2000, edges, options);
        const auto b = forceLayout(2000, edges, options);
        for (size_t i = 0; i < a.size(); ++i) {
            QCOMPARE(a[i].x, b[i].x);
            QCOMPARE(a[i].y, b[i].y);
        }
        options.seed = 10;
        const auto c = forceLayout(2000, edges, options);
        QVERIFY(a[0].x != c[0].x || a[0].y != c[0].y);
    }

    void neighboursCloserThanStrangers() {
        const auto edges = barabasiAlbert(3000, 2, 1);
        const auto points = forceLayout(3000, edges);
        const double ratio = edgeLengthRatio(points, edges);
        QVERIFY2(ratio > 0 && ratio < 0.6, qPrintable(QString::number(ratio)));
        for (const Point &p : points)
            QVERIFY(std::isfinite(p.x) && std::isfinite(p.y));
    }

    void twoClustersStayApart() {
        // Two triangles joined by nothing: each triangle's nodes are closer to each other.
        const std::vector<std::pair<int, int>> edges = {{0, 1}, {1, 2}, {2, 0},
                                                        {3, 4}, {4, 5}, {5, 3}};
        const auto p = forceLayout(6, edges);
        QVERIFY(distance(p[0], p[1]) < distance(p[0], p[3]));
        QVERIFY(distance(p[3], p[4]) < distance(p[1], p[5]));
    }

    void incrementalKeepsKnownNodesAndPinnedOnesExactly() {
        const auto edges = barabasiAlbert(300, 2, 3);
        const auto before = forceLayout(300, edges);
        // A new node joins, linked to node 0; node 5 was dragged and pinned.
        auto grown = edges;
        grown.emplace_back(300, 0);
        std::vector<Point> initial(before);
        initial.push_back({std::nan(""), std::nan("")});
        initial[5] = {before[5].x + 3, before[5].y - 2};
        std::vector<bool> pinned(301, false);
        pinned[5] = true;
        const auto after = forceLayout(301, grown, {}, &initial, &pinned);
        QCOMPARE(after[5].x, initial[5].x);
        QCOMPARE(after[5].y, initial[5].y);
        double moved = 0;
        for (int i = 0; i < 300; ++i)
            if (i != 5)
                moved += distance(before[size_t(i)], after[size_t(i)]);
        QVERIFY2(moved / 299 < 1.0, qPrintable(QString::number(moved / 299))); // < an edge
        QVERIFY(distance(after[300], after[0]) < 3); // placed by its neighbour
    }

    void oddGraphs() {
        QVERIFY(forceLayout(0, {}).empty());
        QCOMPARE(forceLayout(1, {}).size(), size_t(1));
        // Self-loops, duplicates and out-of-range ends are ignored.
        const auto p = forceLayout(3, {{0, 0}, {0, 1}, {0, 1}, {1, 7}, {-1, 2}});
        QCOMPARE(p.size(), size_t(3));
        for (const Point &q : p)
            QVERIFY(std::isfinite(q.x) && std::isfinite(q.y));
        // No edges at all: the nodes still spread out.
        const auto loose = forceLayout(50, {});
        QVERIFY(distance(loose[0], loose[1]) > 1e-6);
    }
};

QTEST_GUILESS_MAIN(TestLayout)
#include "test_layout.moc"
