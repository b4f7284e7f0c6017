// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/networkpicture.h"

#include <cmath>
#include <map>
#include <queue>

namespace ds::gui {

NetworkBuild buildNetworkPicture(const graph::MoneyGraph &g, const NetworkScope &scope,
                                 std::unordered_map<Id, graph::Point> &positions,
                                 const std::unordered_set<Id> &pinned_,
                                 const std::function<void(int, int)> &progress) {
    NetworkBuild result;
    auto listed = [](const auto &list, auto value) {
        return list.empty() || std::find(list.begin(), list.end(), value) != list.end();
    };
    auto shows = [&](const graph::Edge &e) {
        return listed(scope.kinds, e.kind) && listed(scope.statuses, e.status) &&
               (scope.dateLimit == INT_MAX || (e.dateKey > 0 && e.dateKey <= scope.dateLimit)) &&
               (scope.dateFloor == 0 || e.dateKey >= scope.dateFloor);
    };
    // Ego mode: the focused company and its neighbours up to 1 or 2 hops (either direction).
    const int hops = scope.hops;
    std::vector<int> depth(g.nodes().size(), -1);
    const auto focus = scope.focus ? g.nodeOf(*scope.focus) : std::nullopt;
    if (hops > 0 && !focus) {
        result.needsFocus = true;
        return result;
    }
    if (hops > 0) {
        std::queue<int> queue;
        depth[size_t(*focus)] = 0;
        queue.push(*focus);
        while (!queue.empty()) {
            const int v = queue.front();
            queue.pop();
            if (depth[size_t(v)] >= hops)
                continue;
            for (auto list : {g.outEdges(v), g.inEdges(v)})
                for (int ei : list) {
                    const graph::Edge &e = g.edges()[size_t(ei)];
                    const int w = e.from == v ? e.to : e.from;
                    if (shows(e) && depth[size_t(w)] < 0) {
                        depth[size_t(w)] = depth[size_t(v)] + 1;
                        queue.push(w);
                    }
                }
        }
    }
    auto inScope = [&](int v) { return hops == 0 || depth[size_t(v)] >= 0; };
    // Aggregate the visible flows per payer → payee → kind.
    NetworkPicture &picture = result.picture;
    std::unordered_map<int, int> nodeOf; // graph node → picture node
    std::map<std::tuple<int, int, int>, int> edgeOf;
    auto pictureNodeOf = [&](int v) {
        auto [it, fresh] = nodeOf.emplace(v, int(picture.nodes.size()));
        if (fresh) {
            const graph::Node &n = g.nodes()[size_t(v)];
            NetworkPicture::Node p;
            p.company = n.company;
            p.name = n.name;
            p.kind = n.kind;
            picture.nodes.push_back(p);
        }
        return it->second;
    };
    for (const graph::Edge &e : g.edges()) {
        if (!shows(e) || !inScope(e.from) || !inScope(e.to))
            continue;
        const int a = pictureNodeOf(e.from), b = pictureNodeOf(e.to);
        auto [it, fresh] = edgeOf.emplace(std::tuple(a, b, int(e.kind)), int(picture.edges.size()));
        if (fresh) {
            NetworkPicture::Edge pe;
            pe.from = a;
            pe.to = b;
            pe.kind = e.kind;
            picture.edges.push_back(pe);
        }
        NetworkPicture::Edge &pe = picture.edges[size_t(it->second)];
        pe.flows.push_back(e.flow);
        pe.deals.push_back(e.deal);
        pe.usd += e.usd;
        pe.hasAmount |= e.hasAmount;
        pe.firm |= e.isFirm();
        pe.disputed |= e.disputed;
        picture.nodes[size_t(a)].volumeUsd += double(e.usd);
        picture.nodes[size_t(b)].volumeUsd += double(e.usd);
    }
    // Sizes: area and width grow with the logarithm of the money.
    std::unordered_set<int64_t> pairs;
    for (const auto &e : picture.edges)
        pairs.insert(int64_t(e.from) << 32 | uint32_t(e.to));
    for (auto &e : picture.edges) {
        e.curved = pairs.count(int64_t(e.to) << 32 | uint32_t(e.from)) > 0;
        e.width = std::clamp(1.0 + 1.6 * std::log10(1.0 + double(e.usd) / 1e9), 1.0, 8.0);
    }
    for (auto &n : picture.nodes)
        n.radius = std::clamp(6.0 + 4.0 * std::log10(1.0 + n.volumeUsd / 1e9), 6.0, 26.0);
    // Layout: known companies stay where they were (and pinned ones exactly there).
    std::vector<std::pair<int, int>> layoutEdges;
    for (const auto &e : picture.edges)
        layoutEdges.emplace_back(e.from, e.to);
    std::vector<graph::Point> initial(picture.nodes.size(), {std::nan(""), std::nan("")});
    std::vector<bool> pinned(picture.nodes.size(), false);
    bool anyKnown = false;
    for (size_t i = 0; i < picture.nodes.size(); ++i) {
        const Id company = picture.nodes[i].company;
        if (auto it = positions.find(company); it != positions.end()) {
            initial[i] = it->second;
            anyKnown = true;
        }
        pinned[i] = pinned_.count(company) > 0;
        picture.nodes[i].pinned = pinned[i];
    }
    graph::LayoutOptions options;
    options.seed = 42;
    options.threads = scope.threads;
    if (progress)
        options.progress = [&progress, companies = int(picture.nodes.size())](int percent) {
            progress(companies, percent);
        };
    const std::vector<graph::Point> points =
        graph::forceLayout(int(picture.nodes.size()), layoutEdges, options,
                           anyKnown ? &initial : nullptr, anyKnown ? &pinned : nullptr);
    for (size_t i = 0; i < picture.nodes.size(); ++i) {
        picture.nodes[i].pos = QPointF(points[i].x * kUnit, points[i].y * kUnit);
        positions[picture.nodes[i].company] = points[i];
    }
    return result;
}

} // namespace ds::gui
