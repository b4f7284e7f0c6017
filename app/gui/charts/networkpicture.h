// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/networkitem.h"
#include "graph/layout.h"
#include "graph/moneygraph.h"

#include <climits>
#include <functional>
#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace ds::gui {

inline constexpr double kUnit = 90; // scene pixels per layout unit (the natural edge length)

/// Which part of the money graph the network shows.
struct NetworkScope {
    std::vector<FlowKind> kinds;      // empty: all
    std::vector<DealStatus> statuses; // empty: all
    int dateLimit = INT_MAX;          // flows dated up to this sort key (INT_MAX: all, undated too)
    int dateFloor = 0;                // and from this one (0: no lower limit)
    std::optional<Id> focus;          // the focused company
    int hops = 0;                     // ego mode: neighbours up to this many hops (0: everything)
    int threads = 2;
};

struct NetworkBuild {
    NetworkPicture picture;
    bool needsFocus = false; // ego mode without a focused company
};

/// The picture of the flows in scope, aggregated per payer → payee → kind, sized by money
/// (log-compressed), laid out by force. `positions` (layout units, by company) are where known
/// companies start, and get the new places; `pinned` companies do not move. `progress` is told
/// how many companies are being laid out and how far the layout has got (percent).
NetworkBuild
buildNetworkPicture(const graph::MoneyGraph &graph, const NetworkScope &scope,
                    std::unordered_map<Id, graph::Point> &positions,
                    const std::unordered_set<Id> &pinned,
                    const std::function<void(int companies, int percent)> &progress = {});

} // namespace ds::gui
