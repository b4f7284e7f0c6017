// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/partialdate.h"
#include "domain/types.h"
#include "error.h"

#include <QString>

#include <optional>
#include <span>
#include <unordered_map>
#include <vector>

namespace ds {
class Store;
}

namespace ds::graph {

/// A company in the money graph.
struct Node {
    Id company = 0;
    QString name;
    CompanyKind kind = CompanyKind::Other;
    double volumeUsd = 0; // paid and received, each flow at its counted value (Edge::usd)
    int flows = 0;
};

/// A flow in the money graph, with its figure summarised.
struct Edge {
    Id flow = 0;
    Id deal = 0;
    int from = 0; // node indexes: the payer and the payee
    int to = 0;
    FlowKind kind = FlowKind::Equity;
    DealStatus status = DealStatus::Announced;
    PartialDate date;
    int dateKey = 0;     // date.sortKey(); 0 when undated
    int64_t usdLow = 0;  // the lowest claimed value (0 without an amount)
    int64_t usdHigh = 0; // the highest
    /// What the flow counts for in cycles, weights and volumes: its figure ("up to $5 billion":
    /// 5), a disputed one at its lowest claimed value, as the company totals count it.
    int64_t usd = 0;
    bool hasAmount = false;
    bool disputed = false;

    bool isFirm() const {
        return status == DealStatus::Announced || status == DealStatus::Completed;
    }
};

/// Companies and the flows between them as an in-memory adjacency list (compressed rows), for
/// cycles, stakes and the network's layout: one read of the store, then no SQL.
class MoneyGraph {
public:
    /// Every company and every flow, each flow with its figure (Detail::Summary).
    static Result<MoneyGraph> load(Store &store);

    /// Building by hand (tests, benchmarks): add nodes and edges, then finish().
    int addNode(Node node);
    int addEdge(Edge edge);
    void finish();

    const std::vector<Node> &nodes() const { return m_nodes; }
    const std::vector<Edge> &edges() const { return m_edges; }
    /// The edges leaving (paid by) and entering (received by) a node, grouped by the other end.
    std::span<const int> outEdges(int node) const;
    std::span<const int> inEdges(int node) const;
    std::optional<int> nodeOf(Id company) const;
    /// The node with most flows (the busiest company), or -1 for an empty graph.
    int busiestNode() const;

private:
    std::vector<Node> m_nodes;
    std::vector<Edge> m_edges;
    std::vector<int> m_outStart, m_out, m_inStart, m_in; // offsets into m_out / m_in per node
    std::unordered_map<Id, int> m_index;
};

} // namespace ds::graph
