// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/moneygraph.h"

#include <optional>
#include <vector>

namespace ds::graph {

struct CycleOptions {
    int minLength = 2;
    int maxLength = 5;
    /// All flows of a cycle within this many months of each other (0: any time). Undated
    /// flows cannot be placed in a window: with a window they are left out.
    int windowMonths = 0;
    std::vector<FlowKind> kinds; // empty: every kind
    /// Only cycles through this node (a company's node index).
    std::optional<int> through;
    /// How many cycles to keep, largest first (0: all).
    size_t limit = 100;
};

/// Money leaving a company and coming back to it: companies[0] pays companies[1], …, and the
/// last pays companies[0] again. One flow per hop: where several could serve, the one with the
/// most money (that keeps the cycle inside the window).
struct Cycle {
    std::vector<int> nodes;
    std::vector<int> edges;
    /// The smallest amount on the cycle: how much can have gone round at most (each flow at its
    /// highest claimed value). 0 when a flow on it has no amount.
    int64_t smallestUsd = 0;
    bool hasAmounts = false; // every flow on it states an amount
    int firstDateKey = 0;
    int lastDateKey = 0;
};

struct CycleResult {
    std::vector<Cycle> cycles; // largest first: with amounts by smallestUsd, then the others
    int64_t found = 0;         // before the limit
    /// False when the search skipped paths that could not beat the cycles kept (with a limit):
    /// then `found` counts only the cycles it reached.
    bool complete = true;
};

/// Cycles through one company of up to four flows without a time window are met in the
/// middle (exhaustive, fast through hubs); the rest by a bounded depth-first search.
CycleResult findCycles(const MoneyGraph &graph, const CycleOptions &options = {});

namespace detail {
/// The depth-first search alone, whatever the options (tests compare the two).
CycleResult findCyclesDepthFirst(const MoneyGraph &graph, const CycleOptions &options);
} // namespace detail

/// Months from the first to the last of two sort keys (yyyymmdd, parts may be zero).
int monthsBetween(int firstKey, int lastKey);

} // namespace ds::graph
