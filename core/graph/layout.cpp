// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/layout.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>
#include <thread>

namespace ds::graph {

namespace {

/// Adjacency in compressed rows, with edge weights (coarse edges stand for several).
struct Level {
    int n = 0;
    std::vector<int> start; // n + 1
    std::vector<int> adj;
    std::vector<double> weight;
    std::vector<double> mass; // nodes merged into each
    std::vector<int> parent;  // in the next coarser level
};

Level buildLevel(int n, std::vector<std::pair<int, int>> pairs, std::vector<double> mass) {
    for (auto &[a, b] : pairs)
        if (a > b)
            std::swap(a, b);
    std::sort(pairs.begin(), pairs.end());
    Level level;
    level.n = n;
    level.mass = std::move(mass);
    level.start.assign(size_t(n) + 1, 0);
    std::vector<std::pair<std::pair<int, int>, double>> unique;
    for (const auto &p : pairs) {
        if (p.first == p.second || p.first < 0 || p.second >= n)
            continue;
        if (!unique.empty() && unique.back().first == p)
            unique.back().second += 1;
        else
            unique.push_back({p, 1.0});
    }
    for (const auto &[p, w] : unique) {
        ++level.start[size_t(p.first) + 1];
        ++level.start[size_t(p.second) + 1];
    }
    std::partial_sum(level.start.begin(), level.start.end(), level.start.begin());
    level.adj.resize(size_t(level.start.back()));
    level.weight.resize(level.adj.size());
    std::vector<int> fill(level.start.begin(), level.start.end() - 1);
    for (const auto &[p, w] : unique) {
        level.adj[size_t(fill[size_t(p.first)])] = p.second;
        level.weight[size_t(fill[size_t(p.first)]++)] = w;
        level.adj[size_t(fill[size_t(p.second)])] = p.first;
        level.weight[size_t(fill[size_t(p.second)]++)] = w;
    }
    return level;
}

/// Matches each node with an unmatched neighbour of least mass (random visiting order), and
/// returns the coarser level; nodes without a partner stay alone.
Level coarsen(Level &fine, std::mt19937_64 &rng) {
    std::vector<int> order(size_t(fine.n));
    std::iota(order.begin(), order.end(), 0);
    std::shuffle(order.begin(), order.end(), rng);
    fine.parent.assign(size_t(fine.n), -1);
    int coarse = 0;
    std::vector<double> mass;
    for (int v : order) {
        if (fine.parent[size_t(v)] >= 0)
            continue;
        int best = -1;
        for (int i = fine.start[size_t(v)]; i < fine.start[size_t(v) + 1]; ++i) {
            const int w = fine.adj[size_t(i)];
            if (fine.parent[size_t(w)] < 0 &&
                (best < 0 || fine.mass[size_t(w)] < fine.mass[size_t(best)]))
                best = w;
        }
        fine.parent[size_t(v)] = coarse;
        double m = fine.mass[size_t(v)];
        if (best >= 0) {
            fine.parent[size_t(best)] = coarse;
            m += fine.mass[size_t(best)];
        }
        mass.push_back(m);
        ++coarse;
    }
    std::vector<std::pair<int, int>> pairs;
    pairs.reserve(fine.adj.size() / 2);
    for (int v = 0; v < fine.n; ++v)
        for (int i = fine.start[size_t(v)]; i < fine.start[size_t(v) + 1]; ++i)
            if (fine.adj[size_t(i)] > v)
                pairs.emplace_back(fine.parent[size_t(v)],
                                   fine.parent[size_t(fine.adj[size_t(i)])]);
    return buildLevel(coarse, std::move(pairs), std::move(mass));
}

/// The smallest rectangle holding the points: min x, min y, max x, max y.
std::array<double, 4> bounds(const std::vector<Point> &p) {
    std::array<double, 4> b = {
        std::numeric_limits<double>::max(), std::numeric_limits<double>::max(),
        std::numeric_limits<double>::lowest(), std::numeric_limits<double>::lowest()};
    for (const Point &q : p) {
        b[0] = std::min(b[0], q.x);
        b[1] = std::min(b[1], q.y);
        b[2] = std::max(b[2], q.x);
        b[3] = std::max(b[3], q.y);
    }
    return b;
}

/// A quadtree over the points for the Barnes–Hut approximation of the repulsion.
class QuadTree {
public:
    void build(const std::vector<Point> &p, const std::vector<double> &mass) {
        m_cells.clear();
        const auto [minX, minY, maxX, maxY] = bounds(p);
        const double size = std::max({maxX - minX, maxY - minY, 1e-9}) * 1.0001;
        m_cells.push_back(Cell{minX + size / 2, minY + size / 2, size / 2});
        for (size_t i = 0; i < p.size(); ++i)
            insert(0, p[i].x, p[i].y, mass[i], 0);
        m_fast.clear();
        flatten(0);
    }

    /// The repulsive force on a point (strength c·K², falling with 1/d). The cells are laid
    /// out in depth-first order, each knowing where its subtree ends: a far or leaf cell jumps
    /// past its subtree, a near one steps into its first child.
    void force(double x, double y, double theta2, double k2, double &fx, double &fy) const {
        const Fast *cells = m_fast.data();
        const int count = int(m_fast.size());
        for (int i = 0; i < count;) {
            const Fast &c = cells[i];
            const double dx = x - c.x, dy = y - c.y;
            const double d2 = dx * dx + dy * dy;
            if (c.leaf || c.width2 < theta2 * d2) {
                if (d2 > 1e-18) { // not the point itself (or one at the same place)
                    const double f = k2 * c.mass / d2;
                    fx += dx * f;
                    fy += dy * f;
                }
                i = c.next;
            } else {
                ++i;
            }
        }
    }

private:
    struct Cell {
        double cx, cy, half;
        double x = 0, y = 0, mass = 0; // centre of mass (sums until flatten())
        int children[4] = {0, 0, 0, 0};
        bool leaf = true;
        int bodies = 0;
        double bx = 0, by = 0, bmass = 0; // the body of a leaf
    };

    void insert(int cell, double x, double y, double mass, int depth) {
        for (;;) {
            Cell &c = m_cells[size_t(cell)];
            c.x += x * mass;
            c.y += y * mass;
            c.mass += mass;
            if (c.leaf) {
                if (c.bodies == 0 || depth > 40) { // an empty leaf, or points piled up
                    c.bx = x;
                    c.by = y;
                    c.bmass += mass;
                    ++c.bodies;
                    return;
                }
                // Split: push the body down.
                c.leaf = false;
                const double bx = c.bx, by = c.by, bm = c.bmass;
                c.bodies = 0;
                c.bmass = 0;
                const int q = child(cell, bx, by);
                Cell &sub = m_cells[size_t(q)];
                sub.x += bx * bm;
                sub.y += by * bm;
                sub.mass += bm;
                sub.bx = bx;
                sub.by = by;
                sub.bmass = bm;
                sub.bodies = 1;
            }
            cell = child(cell, x, y);
            ++depth;
        }
    }

    int child(int cell, double x, double y) {
        const int quadrant =
            (x >= m_cells[size_t(cell)].cx ? 1 : 0) | (y >= m_cells[size_t(cell)].cy ? 2 : 0);
        if (m_cells[size_t(cell)].children[quadrant] == 0) {
            const Cell &c = m_cells[size_t(cell)];
            const double h = c.half / 2;
            Cell sub{c.cx + (quadrant & 1 ? h : -h), c.cy + (quadrant & 2 ? h : -h), h};
            m_cells.push_back(sub);
            m_cells[size_t(cell)].children[quadrant] = int(m_cells.size()) - 1;
        }
        return m_cells[size_t(cell)].children[quadrant];
    }

    struct Fast {
        double x, y, mass, width2;
        int next; // the index after this cell's subtree
        bool leaf;
    };

    /// Turns the sums into centres of mass and lays the cells out depth first.
    void flatten(int cell) {
        Cell &c = m_cells[size_t(cell)];
        if (c.mass <= 0)
            return;
        c.x /= c.mass;
        c.y /= c.mass;
        const size_t at = m_fast.size();
        m_fast.push_back(Fast{c.x, c.y, c.mass, 4 * c.half * c.half, 0, c.leaf});
        for (int child : c.children)
            if (child > 0)
                flatten(child);
        m_fast[at].next = int(m_fast.size());
    }

    std::vector<Cell> m_cells;
    std::vector<Fast> m_fast;
};

/// Node indexes sorted along a Morton (Z-order) curve over their positions.
void spatialOrder(const std::vector<Point> &p, std::vector<int> &order) {
    const auto [minX, minY, maxX, maxY] = bounds(p);
    const double sx = 65535.0 / std::max(maxX - minX, 1e-9);
    const double sy = 65535.0 / std::max(maxY - minY, 1e-9);
    auto spread = [](uint32_t v) {
        uint64_t x = v;
        x = (x | (x << 16)) & 0x0000FFFF0000FFFFULL;
        x = (x | (x << 8)) & 0x00FF00FF00FF00FFULL;
        x = (x | (x << 4)) & 0x0F0F0F0F0F0F0F0FULL;
        x = (x | (x << 2)) & 0x3333333333333333ULL;
        x = (x | (x << 1)) & 0x5555555555555555ULL;
        return x;
    };
    std::vector<std::pair<uint64_t, int>> keyed(p.size());
    for (size_t i = 0; i < p.size(); ++i)
        keyed[i] = {spread(uint32_t((p[i].x - minX) * sx)) |
                        (spread(uint32_t((p[i].y - minY) * sy)) << 1),
                    int(i)};
    std::sort(keyed.begin(), keyed.end());
    order.resize(p.size());
    for (size_t i = 0; i < p.size(); ++i)
        order[i] = keyed[i].second;
}

/// Spring-electrical refinement with Hu's adaptive step length.
void refine(const Level &level, std::vector<Point> &p, int iterations, double step,
            const std::vector<bool> *pinned, int threads, double theta,
            const std::function<void()> &iterated = {}) {
    const int n = level.n;
    if (n < 2)
        return;
    // K: the natural edge length; the repulsion constant is C·K² with C = 0.2 (Hu).
    const double k = 1.0;
    const double k2 = 0.2 * k * k;
    const double theta2 = theta * theta;
    std::vector<Point> force(static_cast<size_t>(n));
    std::vector<int> order;
    QuadTree tree;
    double energy = std::numeric_limits<double>::max();
    int progress = 0;
    for (int it = 0; it < iterations; ++it) {
        if (iterated)
            iterated();
        tree.build(p, level.mass);
        // Visit the nodes in space-filling-curve order: neighbours in turn walk the same cells.
        if (it % 5 == 0)
            spatialOrder(p, order);
        auto work = [&](int from, int to) {
            for (int o = from; o < to; ++o) {
                const int v = order[size_t(o)];
                double fx = 0, fy = 0;
                tree.force(p[size_t(v)].x, p[size_t(v)].y, theta2, k2 * level.mass[size_t(v)], fx,
                           fy);
                for (int i = level.start[size_t(v)]; i < level.start[size_t(v) + 1]; ++i) {
                    const Point &q = p[size_t(level.adj[size_t(i)])];
                    const double dx = q.x - p[size_t(v)].x, dy = q.y - p[size_t(v)].y;
                    const double d = std::sqrt(dx * dx + dy * dy);
                    const double f = d * level.weight[size_t(i)] / k;
                    fx += dx * f;
                    fy += dy * f;
                }
                force[size_t(v)] = {fx, fy};
            }
        };
        const int parts = std::clamp(threads, 1, 8);
        if (parts == 1 || n < 2000) {
            work(0, n);
        } else {
            std::vector<std::thread> pool;
            for (int t = 1; t < parts; ++t)
                pool.emplace_back(work, n * t / parts, n * (t + 1) / parts);
            work(0, n / parts);
            for (std::thread &t : pool)
                t.join();
        }
        double newEnergy = 0;
        for (int v = 0; v < n; ++v) {
            const double fx = force[size_t(v)].x, fy = force[size_t(v)].y;
            const double norm = std::sqrt(fx * fx + fy * fy);
            newEnergy += norm * norm;
            if (norm <= 0 || (pinned && (*pinned)[size_t(v)]))
                continue;
            p[size_t(v)].x += step * fx / norm;
            p[size_t(v)].y += step * fy / norm;
        }
        // Adaptive cooling: grow the step after steady progress, shrink it otherwise.
        if (newEnergy < energy) {
            if (++progress >= 5) {
                progress = 0;
                step /= 0.9;
            }
        } else {
            progress = 0;
            step *= 0.9;
        }
        energy = newEnergy;
    }
}

// Disconnected pieces feel only repulsion and drift far out, leaving the main piece a dot in
// the middle of the picture. Each piece other than the largest keeps its shape and is moved
// onto rings just outside the largest, biggest pieces first.
void packComponents(const Level &level, std::vector<Point> &p) {
    const int n = level.n;
    std::vector<int> component(size_t(n), -1);
    std::vector<std::vector<int>> members;
    for (int start = 0; start < n; ++start) {
        if (component[size_t(start)] >= 0)
            continue;
        const int c = int(members.size());
        members.push_back({start});
        component[size_t(start)] = c;
        for (size_t k = 0; k < members.back().size(); ++k) {
            const int v = members.back()[k];
            for (int i = level.start[size_t(v)]; i < level.start[size_t(v) + 1]; ++i) {
                const int w = level.adj[size_t(i)];
                if (component[size_t(w)] < 0) {
                    component[size_t(w)] = c;
                    members.back().push_back(w);
                }
            }
        }
    }
    if (members.size() < 2)
        return;
    std::stable_sort(members.begin(), members.end(),
                     [](const auto &a, const auto &b) { return a.size() > b.size(); });
    struct Disc {
        Point centre;
        double radius = 0;
    };
    auto discOf = [&p](const std::vector<int> &vs) {
        Disc d;
        for (int v : vs) {
            d.centre.x += p[size_t(v)].x / double(vs.size());
            d.centre.y += p[size_t(v)].y / double(vs.size());
        }
        for (int v : vs)
            d.radius = std::max(
                d.radius, std::hypot(p[size_t(v)].x - d.centre.x, p[size_t(v)].y - d.centre.y));
        d.radius = std::max(d.radius, 0.5);
        return d;
    };
    const Disc main = discOf(members.front());
    constexpr double gap = 1.0; // one natural edge length between pieces
    double ring = main.radius + gap;
    double angle = 0, ringWidth = 0;
    for (size_t c = 1; c < members.size(); ++c) {
        const Disc d = discOf(members[c]);
        double r = ring + d.radius;
        double step = (2 * d.radius + gap) / r;
        if (angle + step > 2 * M_PI) { // this ring is full: start the next one outside it
            ring += ringWidth + gap;
            angle = 0;
            ringWidth = 0;
            r = ring + d.radius;
            step = (2 * d.radius + gap) / r;
        }
        const double at = angle + step / 2;
        const Point target{main.centre.x + r * std::cos(at), main.centre.y + r * std::sin(at)};
        for (int v : members[c]) {
            p[size_t(v)].x += target.x - d.centre.x;
            p[size_t(v)].y += target.y - d.centre.y;
        }
        angle += step;
        ringWidth = std::max(ringWidth, 2 * d.radius);
    }
}

uint64_t mix(uint64_t seed, uint64_t v) {
    uint64_t z = seed + 0x9e3779b97f4a7c15ULL * (v + 1);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

double jitter(uint64_t seed, uint64_t v) {
    return double(mix(seed, v) >> 11) / double(1ULL << 53) - 0.5;
}

} // namespace

std::vector<Point> forceLayout(int nodeCount, const std::vector<std::pair<int, int>> &edges,
                               const LayoutOptions &options, const std::vector<Point> *initial,
                               const std::vector<bool> *pinned) {
    std::vector<Point> result(size_t(std::max(nodeCount, 0)));
    if (nodeCount <= 0)
        return result;
    std::mt19937_64 rng(options.seed);
    std::vector<Level> levels;
    levels.push_back(buildLevel(nodeCount, edges, std::vector<double>(size_t(nodeCount), 1.0)));
    // Large graphs: a coarser approximation of the repulsion (Barnes–Hut θ = 2) buys more
    // iterations on the coarse levels, where the shape of the picture is decided; measured on
    // scale-free graphs against sfdp (BENCHMARKS.md).
    const bool large = nodeCount > 20000;
    const double theta = large ? 2.0 : 1.5;
    const int fineIterations = options.iterations > 0 ? options.iterations : (large ? 20 : 40);
    const int coarseIterations = large ? 40 : 50;
    // Progress: the work of an iteration grows with the nodes of its level.
    double totalWork = 0, doneWork = 0;
    int lastPercent = -1;
    auto tell = [&](double work) {
        return [&, work] {
            doneWork += work;
            const int percent = totalWork > 0 ? int(std::min(99.0, 100 * doneWork / totalWork)) : 0;
            if (options.progress && percent != lastPercent) {
                lastPercent = percent;
                options.progress(percent);
            }
        };
    };

    if (initial && initial->size() == size_t(nodeCount)) {
        // Incremental: keep the known positions; place new nodes next to placed neighbours.
        const Level &level = levels.front();
        std::vector<bool> known(static_cast<size_t>(nodeCount));
        for (int v = 0; v < nodeCount; ++v) {
            known[size_t(v)] = !std::isnan((*initial)[size_t(v)].x);
            result[size_t(v)] = (*initial)[size_t(v)];
        }
        for (int v = 0; v < nodeCount; ++v) {
            if (known[size_t(v)])
                continue;
            double x = 0, y = 0;
            int placed = 0;
            for (int i = level.start[size_t(v)]; i < level.start[size_t(v) + 1]; ++i)
                if (known[size_t(level.adj[size_t(i)])]) {
                    x += result[size_t(level.adj[size_t(i)])].x;
                    y += result[size_t(level.adj[size_t(i)])].y;
                    ++placed;
                }
            result[size_t(v)] = placed ? Point{x / placed + jitter(options.seed, uint64_t(v)),
                                               y / placed + jitter(options.seed, uint64_t(v) + 7)}
                                       : Point{4 * jitter(options.seed, uint64_t(v)),
                                               4 * jitter(options.seed, uint64_t(v) + 7)};
        }
        // New nodes move freely; the known ones settle a little.
        const int iterations = std::max(10, fineIterations / 3);
        totalWork = double(iterations);
        refine(level, result, iterations, 0.2, pinned, options.threads, theta, tell(1));
        if (options.progress)
            options.progress(100);
        return result;
    }

    // Coarsen until small or until matching stops shrinking the graph.
    while (levels.back().n > 60) {
        Level coarse = coarsen(levels.back(), rng);
        if (coarse.n > levels.back().n * 0.8) {
            levels.back().parent.clear();
            break;
        }
        levels.push_back(std::move(coarse));
    }
    totalWork = 300.0 * levels.back().n;
    for (size_t l = 0; l + 1 < levels.size(); ++l)
        totalWork += double(l == 0 ? fineIterations : coarseIterations) * levels[l].n;
    // The coarsest level from random positions.
    const Level &top = levels.back();
    std::vector<Point> p(size_t(top.n));
    const double spread = std::sqrt(double(top.n));
    for (int v = 0; v < top.n; ++v)
        p[size_t(v)] = {spread * jitter(options.seed, uint64_t(v)),
                        spread * jitter(options.seed, uint64_t(v) + 1000003)};
    refine(top, p, 300, spread / 10, nullptr, options.threads, theta, tell(top.n));
    // Each finer level starts from its parents' places, scaled for its larger size.
    for (size_t l = levels.size() - 1; l-- > 0;) {
        const Level &fine = levels[l];
        std::vector<Point> q(size_t(fine.n));
        const double scale = std::sqrt(double(fine.n) / double(levels[l + 1].n));
        for (int v = 0; v < fine.n; ++v) {
            const Point &c = p[size_t(fine.parent[size_t(v)])];
            q[size_t(v)] = {c.x * scale + 0.3 * jitter(options.seed, uint64_t(v) * 2 + l),
                            c.y * scale + 0.3 * jitter(options.seed, uint64_t(v) * 2 + 1 + l)};
        }
        p = std::move(q);
        const bool finest = l == 0;
        refine(fine, p, finest ? fineIterations : coarseIterations, 1.0, finest ? pinned : nullptr,
               options.threads, theta, tell(fine.n));
    }
    packComponents(levels.front(), p);
    if (options.progress)
        options.progress(100);
    // Pinned nodes stay where the caller put them.
    if (pinned && initial)
        for (int v = 0; v < nodeCount; ++v)
            if ((*pinned)[size_t(v)])
                p[size_t(v)] = (*initial)[size_t(v)];
    return p;
}

double edgeLengthRatio(const std::vector<Point> &points,
                       const std::vector<std::pair<int, int>> &edges, uint64_t seed, int pairs) {
    auto distance = [&](int a, int b) {
        return std::hypot(points[size_t(a)].x - points[size_t(b)].x,
                          points[size_t(a)].y - points[size_t(b)].y);
    };
    if (points.size() < 2 || edges.empty())
        return 0;
    double edgeSum = 0;
    for (const auto &[a, b] : edges)
        edgeSum += distance(a, b);
    std::mt19937_64 rng(seed);
    std::uniform_int_distribution<int> pick(0, int(points.size()) - 1);
    double pairSum = 0;
    for (int i = 0; i < pairs; ++i) {
        const int a = pick(rng), b = pick(rng);
        pairSum += distance(a, b);
    }
    return (edgeSum / double(edges.size())) / (pairSum / pairs);
}

std::vector<std::pair<int, int>> barabasiAlbert(int nodeCount, int m, uint64_t seed) {
    std::vector<std::pair<int, int>> edges;
    std::mt19937_64 rng(seed);
    std::vector<int> ends; // every edge end: picking from it is picking by degree
    for (int v = 1; v <= m && v < nodeCount; ++v) {
        edges.emplace_back(v, 0);
        ends.push_back(v);
        ends.push_back(0);
    }
    for (int v = m + 1; v < nodeCount; ++v) {
        std::vector<int> targets;
        while (int(targets.size()) < m) {
            const int t = ends[size_t(rng() % ends.size())];
            if (std::find(targets.begin(), targets.end(), t) == targets.end())
                targets.push_back(t);
        }
        for (int t : targets) {
            edges.emplace_back(v, t);
            ends.push_back(v);
            ends.push_back(t);
        }
    }
    return edges;
}

} // namespace ds::graph
