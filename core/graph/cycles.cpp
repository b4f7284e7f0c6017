// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/cycles.h"

#include <algorithm>
#include <climits>
#include <queue>
#include <span>

namespace ds::graph {

int monthsBetween(int firstKey, int lastKey) {
    auto months = [](int key) { return (key / 10000) * 12 + std::max(1, (key / 100) % 100) - 1; };
    return std::abs(months(lastKey) - months(firstKey));
}

namespace {

/// Ranks cycles: those with amounts by their smallest amount, then those without.
bool larger(const Cycle &a, const Cycle &b) {
    if (a.hasAmounts != b.hasAmounts)
        return a.hasAmounts;
    if (a.smallestUsd != b.smallestUsd)
        return a.smallestUsd > b.smallestUsd;
    return a.nodes < b.nodes;
}

/// The largest cycles found so far, at most `limit` (0: all), the smallest on top to be
/// replaced by a larger one; shared by both searches.
class Kept {
public:
    explicit Kept(size_t limit)
        : m_limit(limit) {}

    /// False when every kept cycle is larger than a cycle within this bound could be (the
    /// searches then cut the path; `found` no longer counts every cycle).
    bool canBeat(const std::pair<bool, int64_t> &bound) {
        if (m_limit == 0 || m_heap.size() < m_limit)
            return true;
        const Cycle &worst = m_heap.top();
        if (bound.first != worst.hasAmounts ? bound.first : bound.second >= worst.smallestUsd)
            return true;
        m_pruned = true;
        return false;
    }
    /// Whether a cycle of this amount would be kept, before building it.
    bool wouldKeep(bool hasAmounts, int64_t smallest) const {
        if (m_limit == 0 || m_heap.size() < m_limit)
            return true;
        const Cycle &worst = m_heap.top();
        return hasAmounts != worst.hasAmounts ? hasAmounts : smallest >= worst.smallestUsd;
    }
    /// Keeps a scored cycle if it is among the largest.
    void keep(Cycle c) {
        if (m_limit != 0 && m_heap.size() >= m_limit) {
            if (!larger(c, m_heap.top()))
                return;
            m_heap.pop();
        }
        m_heap.push(std::move(c));
    }
    CycleResult result(int64_t found) {
        CycleResult r;
        r.found = found;
        r.complete = !m_pruned;
        while (!m_heap.empty()) {
            r.cycles.push_back(m_heap.top());
            m_heap.pop();
        }
        std::sort(r.cycles.begin(), r.cycles.end(), larger);
        return r;
    }

private:
    struct Smaller {
        bool operator()(const Cycle &a, const Cycle &b) const { return larger(a, b); }
    };
    size_t m_limit;
    bool m_pruned = false;
    std::priority_queue<Cycle, std::vector<Cycle>, Smaller> m_heap;
};

class Finder {
public:
    Finder(const MoneyGraph &graph, const CycleOptions &options)
        : m_graph(graph)
        , m_options(options)
        , m_distance(graph.nodes().size(), INT_MAX)
        , m_onPath(graph.nodes().size(), false)
        , m_return(size_t(options.maxLength) + 1,
                   std::vector<std::pair<bool, int64_t>>(graph.nodes().size(), {false, -1})) {}

    CycleResult run() {
        const int n = int(m_graph.nodes().size());
        if (m_options.through) {
            m_canonical = false;
            search(*m_options.through);
        } else {
            // Each cycle once: from its lowest node, through higher ones only.
            m_canonical = true;
            for (int s = 0; s < n; ++s)
                search(s);
        }
        return m_kept.result(m_found);
    }

private:
    bool allowed(const Edge &e) const {
        if (!m_options.kinds.empty() && std::find(m_options.kinds.begin(), m_options.kinds.end(),
                                                  e.kind) == m_options.kinds.end())
            return false;
        return m_options.windowMonths <= 0 || e.dateKey > 0;
    }

    bool usable(int node) const { return !m_canonical || node > m_start; }

    void search(int start) {
        m_start = start;
        // How far each node is from returning to the start (reverse breadth-first search):
        // the depth-first search below prunes paths that cannot close in time.
        m_touched.clear();
        std::queue<int> queue;
        m_distance[size_t(start)] = 0;
        m_touched.push_back(start);
        queue.push(start);
        while (!queue.empty()) {
            const int v = queue.front();
            queue.pop();
            if (m_distance[size_t(v)] >= m_options.maxLength - 1)
                continue;
            for (int ei : m_graph.inEdges(v)) {
                const Edge &e = m_graph.edges()[size_t(ei)];
                if (!allowed(e) || !usable(e.from) || m_distance[size_t(e.from)] != INT_MAX)
                    continue;
                m_distance[size_t(e.from)] = m_distance[size_t(v)] + 1;
                m_touched.push_back(e.from);
                queue.push(e.from);
            }
        }
        // The most money that can come back to the start from each node within k flows
        // (an upper bound: paths need not be simple): prunes paths that cannot beat the kept.
        for (int k = 1; k < m_options.maxLength; ++k) {
            auto &ret = m_return[size_t(k)];
            for (int w : m_touched) {
                std::pair<bool, int64_t> best = k > 1 ? m_return[size_t(k) - 1][size_t(w)]
                                                      : std::pair<bool, int64_t>{false, -1};
                for (int ei : m_graph.outEdges(w)) {
                    const Edge &e = m_graph.edges()[size_t(ei)];
                    if (!allowed(e))
                        continue;
                    if (e.to == start)
                        best = std::max(best, rankEdge(e));
                    else if (k > 1 && m_distance[size_t(e.to)] < k && usable(e.to))
                        best = std::max(
                            best, std::min(rankEdge(e), m_return[size_t(k) - 1][size_t(e.to)]));
                }
                ret[size_t(w)] = best;
            }
        }
        m_path = {start};
        m_bound[0] = {true, LLONG_MAX};
        m_onPath[size_t(start)] = true;
        extend();
        m_onPath[size_t(start)] = false;
        for (int v : m_touched)
            m_distance[size_t(v)] = INT_MAX;
    }

    bool canBeat(const std::pair<bool, int64_t> &bound) { return m_kept.canBeat(bound); }

    void extend() {
        const int v = m_path.back();
        const int length = int(m_path.size());
        // The allowed flows out of v, grouped by where they go (the graph keeps them so): each
        // neighbour is visited once, with the flows that can serve that hop at hand.
        std::vector<std::pair<int, int>> &next = m_next[size_t(length)];
        next.clear();
        for (int ei : m_graph.outEdges(v)) {
            const Edge &e = m_graph.edges()[size_t(ei)];
            if (allowed(e))
                next.emplace_back(e.to, ei);
        }
        const std::pair<bool, int64_t> bound = m_bound[size_t(length) - 1];
        const int left = m_options.maxLength - length; // flows still allowed after this hop
        // Each neighbour with the most a cycle through it can carry; the most promising first,
        // so that the largest cycles are kept early and the rest is cut.
        std::vector<Group> &groups = m_groups[size_t(length)];
        groups.clear();
        for (size_t i = 0; i < next.size();) {
            const size_t from = i;
            std::pair<bool, int64_t> best{false, 0};
            while (i < next.size() && next[i].first == next[from].first)
                best = std::max(best, rankEdge(m_graph.edges()[size_t(next[i++].second)]));
            const int w = next[from].first;
            if (w != m_start) {
                if (left < 1 || m_onPath[size_t(w)] || !usable(w) ||
                    m_distance[size_t(w)] == INT_MAX || m_distance[size_t(w)] > left)
                    continue;
                best = std::min(best, m_return[size_t(left)][size_t(w)]);
            } else if (length < m_options.minLength) {
                continue;
            }
            const auto potential = std::min(bound, best);
            if (canBeat(potential))
                groups.push_back({potential, from, i});
        }
        std::sort(groups.begin(), groups.end(),
                  [](const Group &x, const Group &y) { return x.potential > y.potential; });
        for (size_t g = 0; g < groups.size(); ++g) {
            const Group group = groups[g];
            if (!canBeat(group.potential))
                break; // sorted: none after it can either
            const int w = next[group.from].first;
            m_hop[size_t(length) - 1] = {group.from, group.to};
            if (w == m_start) {
                close();
                continue;
            }
            m_bound[size_t(length)] = group.potential;
            m_path.push_back(w);
            m_onPath[size_t(w)] = true;
            extend();
            m_onPath[size_t(w)] = false;
            m_path.pop_back();
        }
    }

    /// The flows that can serve hop i of the current path.
    std::span<const std::pair<int, int>> hop(size_t i) const {
        const auto [from, to] = m_hop[i];
        return std::span<const std::pair<int, int>>(m_next[i + 1]).subspan(from, to - from);
    }

    void score(Cycle &cycle) const {
        cycle.hasAmounts = true;
        cycle.smallestUsd = LLONG_MAX;
        cycle.firstDateKey = INT_MAX;
        cycle.lastDateKey = 0;
        for (int ei : cycle.edges) {
            const Edge &e = m_graph.edges()[size_t(ei)];
            cycle.hasAmounts &= e.hasAmount;
            cycle.smallestUsd = std::min(cycle.smallestUsd, e.usd);
            if (e.dateKey > 0) {
                cycle.firstDateKey = std::min(cycle.firstDateKey, e.dateKey);
                cycle.lastDateKey = std::max(cycle.lastDateKey, e.dateKey);
            }
        }
        if (!cycle.hasAmounts)
            cycle.smallestUsd = 0;
        if (cycle.firstDateKey == INT_MAX)
            cycle.firstDateKey = 0;
    }

    void close() {
        const size_t length = m_path.size();
        // Without a window: each hop's largest flow; the cycle's amount is their smallest.
        // Built only when it would be kept.
        if (m_options.windowMonths <= 0) {
            Cycle c;
            c.nodes = m_path;
            for (size_t i = 0; i < length; ++i) {
                int best = -1;
                for (const auto &[to, ei] : hop(i)) {
                    const Edge &e = m_graph.edges()[size_t(ei)];
                    if (best < 0 || rankEdge(e) > rankEdge(m_graph.edges()[size_t(best)]))
                        best = ei;
                }
                c.edges.push_back(best);
            }
            ++m_found;
            keep(std::move(c));
            return;
        }
        // With a window: every combination of parallel flows (few in practice; capped); the one
        // with the most money that fits the window.
        Cycle best;
        bool found = false;
        std::vector<size_t> pick(length, 0);
        for (int guard = 0; guard < 4096; ++guard) {
            Cycle c;
            c.nodes = m_path;
            for (size_t i = 0; i < length; ++i)
                c.edges.push_back(hop(i)[pick[i]].second);
            score(c);
            const bool fits =
                monthsBetween(c.firstDateKey, c.lastDateKey) <= m_options.windowMonths;
            if (fits && (!found || larger(c, best))) {
                best = std::move(c);
                found = true;
            }
            size_t i = 0;
            while (i < length && ++pick[i] == hop(i).size())
                pick[i++] = 0;
            if (i == length)
                break;
        }
        if (!found)
            return;
        ++m_found;
        keep(std::move(best), true);
    }

    /// A flow's worth for a hop: an amount first, then the amount.
    static std::pair<bool, int64_t> rankEdge(const Edge &e) { return {e.hasAmount, e.usd}; }

    void keep(Cycle c, bool scored = false) {
        if (!scored)
            score(c);
        m_kept.keep(std::move(c));
    }

    const MoneyGraph &m_graph;
    const CycleOptions m_options; // lengths clamped to what the search arrays hold
    std::vector<int> m_distance;
    std::vector<bool> m_onPath;
    std::vector<int> m_touched;
    std::vector<int> m_path;
    // Per depth: the allowed flows out of the path's node there, by target; and which run of
    // them the path takes.
    std::vector<std::vector<std::pair<int, int>>> m_next =
        std::vector<std::vector<std::pair<int, int>>>(8);
    std::pair<size_t, size_t> m_hop[8] = {};
    std::pair<bool, int64_t> m_bound[8] = {}; // the best amount a path can still close with
    struct Group {
        std::pair<bool, int64_t> potential; // the most a cycle through this hop can carry
        size_t from, to;                    // its flows in m_next
    };
    std::vector<std::vector<Group>> m_groups = std::vector<std::vector<Group>>(8);
    // m_return[k][node]: the best amount on a way back to the start in at most k flows.
    std::vector<std::vector<std::pair<bool, int64_t>>> m_return;
    int m_start = 0;
    bool m_canonical = true;
    int64_t m_found = 0;
    Kept m_kept{m_options.limit};
};

/// Short cycles (up to four flows) through one company without a time window, met in the
/// middle: the companies that pay the start directly, and those two flows away from it (each
/// with the company in between), are marked first; then every path of one or two flows out of
/// the start is closed by a lookup. No path is walked twice and nothing is left unexplored, so
/// `found` is exact. Per hop, the flow with the most money serves (as in Finder).
class ShortCycles {
public:
    ShortCycles(const MoneyGraph &graph, const CycleOptions &options)
        : m_graph(graph)
        , m_options(options)
        , m_start(*options.through)
        , m_back1(graph.nodes().size(), -1)
        , m_back2Start(graph.nodes().size(), -1) {}

    CycleResult run() {
        const int s = m_start;
        // The best allowed flow to each neighbour, by neighbour (edges are grouped so).
        std::vector<std::pair<int, int>> out = bestByNeighbour(m_graph.outEdges(s), true);
        // Companies that pay the start: their best flow to it.
        for (const auto &[c, e] : bestByNeighbour(m_graph.inEdges(s), false))
            if (c != s)
                m_back1[size_t(c)] = e;
        // Companies two flows from the start (b pays c, c pays the start): (c, b→c) per b.
        if (m_options.maxLength >= 4) {
            std::vector<std::pair<int, std::pair<int, int>>> pairs; // b → (c, edge b→c)
            for (const auto &[c, ecs] : bestByNeighbour(m_graph.inEdges(s), false)) {
                if (c == s)
                    continue;
                for (const auto &[b, ebc] : bestByNeighbour(m_graph.inEdges(c), false))
                    if (b != s && b != c)
                        pairs.push_back({b, {c, ebc}});
            }
            std::sort(pairs.begin(), pairs.end());
            m_back2.reserve(pairs.size());
            for (size_t i = 0; i < pairs.size(); ++i) {
                if (i == 0 || pairs[i].first != pairs[i - 1].first)
                    m_back2Start[size_t(pairs[i].first)] = int(i);
                m_back2.push_back(
                    {pairs[i].first, pairs[i].second.first, pairs[i].second.second, {}});
            }
        }
        // The largest first everywhere, so that the kept cycles fill with large ones early and
        // whatever cannot beat them is cut (then `found` counts what was reached).
        auto byRank = [&](std::vector<std::pair<int, int>> &list) {
            std::sort(list.begin(), list.end(), [&](const auto &x, const auto &y) {
                return rank(x.second) > rank(y.second);
            });
        };
        sortBack2();
        byRank(out);
        const int minLength = m_options.minLength;
        const int maxLength = m_options.maxLength;
        for (const auto &[a, esa] : out) {
            if (a == s)
                continue;
            const auto boundA = rank(esa);
            if (!canBeat(boundA))
                break;
            if (minLength <= 2 && m_back1[size_t(a)] >= 0)
                consider({s, a}, {esa, m_back1[size_t(a)]});
            if (maxLength < 3)
                continue;
            std::vector<std::pair<int, int>> next = bestByNeighbour(m_graph.outEdges(a), true);
            byRank(next);
            for (const auto &[b, eab] : next) {
                if (b == s || b == a)
                    continue;
                const auto boundB = std::min(boundA, rank(eab));
                if (!canBeat(boundB))
                    break;
                if (minLength <= 3 && maxLength >= 3 && m_back1[size_t(b)] >= 0)
                    consider({s, a, b}, {esa, eab, m_back1[size_t(b)]});
                if (maxLength < 4 || m_back2Start[size_t(b)] < 0)
                    continue;
                for (size_t i = size_t(m_back2Start[size_t(b)]);
                     i < m_back2.size() && m_back2[i].b == b; ++i) {
                    const int c = m_back2[i].c;
                    if (!canBeat(std::min(boundB, m_back2[i].potential)))
                        break;
                    if (c == a)
                        continue;
                    consider({s, a, b, c}, {esa, eab, m_back2[i].edge, m_back1[size_t(c)]});
                }
            }
        }
        return m_kept.result(m_found);
    }

private:
    using Rank = std::pair<bool, int64_t>;
    struct Back2 {
        int b, c, edge;
        Rank potential; // the most the last two flows (b → c → start) can carry
    };

    Rank rank(int edge) const { return rankEdge(m_graph.edges()[size_t(edge)]); }

    /// Each company's entries by what its last two hops can carry, the largest first.
    void sortBack2() {
        for (Back2 &entry : m_back2)
            entry.potential = std::min(rank(entry.edge), rank(m_back1[size_t(entry.c)]));
        std::stable_sort(m_back2.begin(), m_back2.end(), [](const Back2 &x, const Back2 &y) {
            return x.b != y.b ? x.b < y.b : x.potential > y.potential;
        });
    }

    bool canBeat(const Rank &bound) { return m_kept.canBeat(bound); }

    bool allowed(const Edge &e) const {
        return m_options.kinds.empty() || std::find(m_options.kinds.begin(), m_options.kinds.end(),
                                                    e.kind) != m_options.kinds.end();
    }

    static std::pair<bool, int64_t> rankEdge(const Edge &e) { return {e.hasAmount, e.usd}; }

    /// Per neighbour (the other end), the allowed flow with the most money.
    std::vector<std::pair<int, int>> bestByNeighbour(std::span<const int> edges, bool out) const {
        std::vector<std::pair<int, int>> best;
        for (int ei : edges) {
            const Edge &e = m_graph.edges()[size_t(ei)];
            if (!allowed(e))
                continue;
            const int other = out ? e.to : e.from;
            if (!best.empty() && best.back().first == other) {
                if (rankEdge(e) > rankEdge(m_graph.edges()[size_t(best.back().second)]))
                    best.back().second = ei;
            } else {
                best.emplace_back(other, ei);
            }
        }
        return best;
    }

    template <size_t N> void consider(const int (&nodes)[N], const int (&edges)[N]) {
        ++m_found;
        bool hasAmounts = true;
        int64_t smallest = LLONG_MAX;
        for (int ei : edges) {
            const Edge &e = m_graph.edges()[size_t(ei)];
            hasAmounts &= e.hasAmount;
            smallest = std::min(smallest, e.usd);
        }
        if (!hasAmounts)
            smallest = 0;
        // Most cycles cannot beat the smallest kept: decide before building one.
        if (!m_kept.wouldKeep(hasAmounts, smallest))
            return;
        Cycle c;
        c.nodes.assign(std::begin(nodes), std::end(nodes));
        c.edges.assign(std::begin(edges), std::end(edges));
        c.hasAmounts = hasAmounts;
        c.smallestUsd = smallest;
        c.firstDateKey = INT_MAX;
        for (int ei : edges) {
            const int key = m_graph.edges()[size_t(ei)].dateKey;
            if (key > 0) {
                c.firstDateKey = std::min(c.firstDateKey, key);
                c.lastDateKey = std::max(c.lastDateKey, key);
            }
        }
        if (c.firstDateKey == INT_MAX)
            c.firstDateKey = 0;
        m_kept.keep(std::move(c));
    }

    const MoneyGraph &m_graph;
    const CycleOptions &m_options;
    const int m_start;
    std::vector<int> m_back1;      // node → its best flow to the start, or -1
    std::vector<int> m_back2Start; // node → its first entry in m_back2, or -1
    std::vector<Back2> m_back2;    // sorted by b
    int64_t m_found = 0;
    Kept m_kept{m_options.limit};
};

} // namespace

namespace detail {

CycleResult findCyclesDepthFirst(const MoneyGraph &graph, const CycleOptions &options) {
    return Finder(graph, options).run();
}

} // namespace detail

CycleResult findCycles(const MoneyGraph &graph, const CycleOptions &options) {
    if (options.through &&
        (*options.through < 0 || size_t(*options.through) >= graph.nodes().size()))
        return {};
    CycleOptions clamped = options;
    clamped.maxLength = std::clamp(options.maxLength, 2, 7);
    clamped.minLength = std::clamp(options.minLength, 2, clamped.maxLength);
    if (clamped.through && clamped.maxLength <= 4 && clamped.windowMonths <= 0)
        return ShortCycles(graph, clamped).run();
    return Finder(graph, clamped).run();
}

} // namespace ds::graph
