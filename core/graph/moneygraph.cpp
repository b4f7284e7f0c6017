// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/moneygraph.h"

#include "analysis/figureset.h"
#include "store/lookups.h"
#include "store/store.h"

#include <algorithm>

namespace ds::graph {

int MoneyGraph::addNode(Node node) {
    m_index.emplace(node.company, int(m_nodes.size()));
    m_nodes.push_back(std::move(node));
    return int(m_nodes.size()) - 1;
}

int MoneyGraph::addEdge(Edge edge) {
    m_edges.push_back(edge);
    return int(m_edges.size()) - 1;
}

void MoneyGraph::finish() {
    const size_t n = m_nodes.size();
    m_outStart.assign(n + 1, 0);
    m_inStart.assign(n + 1, 0);
    for (Node &node : m_nodes) {
        node.volumeUsd = 0;
        node.flows = 0;
    }
    for (const Edge &e : m_edges) {
        ++m_outStart[size_t(e.from) + 1];
        ++m_inStart[size_t(e.to) + 1];
        for (int end : {e.from, e.to}) {
            m_nodes[size_t(end)].volumeUsd += double(e.usd);
            ++m_nodes[size_t(end)].flows;
        }
    }
    for (size_t i = 0; i < n; ++i) {
        m_outStart[i + 1] += m_outStart[i];
        m_inStart[i + 1] += m_inStart[i];
    }
    m_out.assign(m_edges.size(), 0);
    m_in.assign(m_edges.size(), 0);
    std::vector<int> outFill(m_outStart.begin(), m_outStart.end() - 1);
    std::vector<int> inFill(m_inStart.begin(), m_inStart.end() - 1);
    for (size_t i = 0; i < m_edges.size(); ++i) {
        m_out[size_t(outFill[size_t(m_edges[i].from)]++)] = int(i);
        m_in[size_t(inFill[size_t(m_edges[i].to)]++)] = int(i);
    }
    // Each node's flows grouped by the other end (cycles walk them neighbour by neighbour).
    for (size_t v = 0; v < n; ++v) {
        std::sort(
            m_out.begin() + m_outStart[v], m_out.begin() + m_outStart[v + 1], [&](int a, int b) {
                return std::pair(m_edges[size_t(a)].to, a) < std::pair(m_edges[size_t(b)].to, b);
            });
        std::sort(m_in.begin() + m_inStart[v], m_in.begin() + m_inStart[v + 1], [&](int a, int b) {
            return std::pair(m_edges[size_t(a)].from, a) < std::pair(m_edges[size_t(b)].from, b);
        });
    }
}

std::span<const int> MoneyGraph::outEdges(int node) const {
    return {m_out.data() + m_outStart[size_t(node)],
            size_t(m_outStart[size_t(node) + 1] - m_outStart[size_t(node)])};
}

std::span<const int> MoneyGraph::inEdges(int node) const {
    return {m_in.data() + m_inStart[size_t(node)],
            size_t(m_inStart[size_t(node) + 1] - m_inStart[size_t(node)])};
}

std::optional<int> MoneyGraph::nodeOf(Id company) const {
    const auto it = m_index.find(company);
    return it == m_index.end() ? std::nullopt : std::optional<int>(it->second);
}

int MoneyGraph::busiestNode() const {
    int best = -1;
    for (size_t i = 0; i < m_nodes.size(); ++i)
        if (best < 0 || m_nodes[i].flows > m_nodes[size_t(best)].flows)
            best = int(i);
    return best;
}

Result<MoneyGraph> MoneyGraph::load(Store &store) {
    MoneyGraph graph;
    auto heads = companyHeads(store);
    if (!heads)
        return heads.error();
    for (CompanyHead &head : *heads) {
        Node node;
        node.company = head.id;
        node.name = std::move(head.name);
        node.kind = head.kind;
        graph.addNode(std::move(node));
    }
    auto statuses = dealStatuses(store);
    if (!statuses)
        return statuses.error();
    auto set = analysis::FigureSet::load(store);
    if (!set)
        return set.error();
    Status s = set->forEachFlow(
        [&](const analysis::FigureRecord &r) {
            const Flow &f = *r.flow;
            const auto from = graph.nodeOf(f.payerId), to = graph.nodeOf(f.payeeId);
            if (!from || !to)
                return true;
            Edge e;
            e.flow = f.id;
            e.deal = f.dealId;
            e.from = *from;
            e.to = *to;
            e.kind = f.kind;
            const auto status = statuses->find(f.dealId);
            e.status = status == statuses->end() ? DealStatus::Announced : status->second;
            e.date = f.date;
            e.dateKey = f.date.sortKey();
            if (const auto &value = r.figure.value; value && value->representativeUsd() > 0) {
                e.hasAmount = true;
                e.usdLow = value->minUsd;
                e.usdHigh = value->maxUsd.value_or(value->minUsd);
                e.usd = analysis::countedUsd(*value, r.figure.disputed);
            }
            e.disputed = r.figure.disputed;
            graph.addEdge(e);
            return true;
        },
        analysis::Detail::Summary, 0, std::numeric_limits<Id>::max());
    if (!s)
        return s.error();
    graph.finish();
    return graph;
}

} // namespace ds::graph
