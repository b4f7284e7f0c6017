// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace ds::graph {

struct Point {
    double x = 0;
    double y = 0;
};

struct LayoutOptions {
    uint64_t seed = 1;
    /// Iterations at the finest level (the coarser levels get more); 0: chosen by size.
    int iterations = 0;
    /// Threads for the repulsive forces (1 or 2 is what the machines here have).
    int threads = 2;
    /// Told how far the layout has got, 0 to 100, a few dozen times (from the calling thread).
    std::function<void(int percent)> progress;
};

/// A force-directed layout (spring-electrical model, Barnes–Hut approximation of the
/// repulsion, multilevel coarsening by edge matching as in Hu's sfdp), deterministic for a seed
/// and thread count.
///
/// Incremental: with `initial` positions (NaN for a node that has none yet), the known nodes
/// start where they were, new ones next to their placed neighbours, and only a short
/// refinement runs, so that filtering or adding nodes keeps the picture. `pinned` nodes (the
/// ones the user dragged) do not move at all.
///
/// Edges are undirected pairs of node indexes; duplicates and self-loops are ignored.
std::vector<Point> forceLayout(int nodeCount, const std::vector<std::pair<int, int>> &edges,
                               const LayoutOptions &options = {},
                               const std::vector<Point> *initial = nullptr,
                               const std::vector<bool> *pinned = nullptr);

/// Mean edge length divided by the mean distance between random node pairs (lower: neighbours
/// closer than strangers), the quality measure the benchmarks compare with graphviz sfdp.
double edgeLengthRatio(const std::vector<Point> &points,
                       const std::vector<std::pair<int, int>> &edges, uint64_t seed = 7,
                       int pairs = 20000);

/// A scale-free graph (Barabási–Albert, m edges per new node), deterministic for a seed.
std::vector<std::pair<int, int>> barabasiAlbert(int nodeCount, int m, uint64_t seed = 1);

} // namespace ds::graph
