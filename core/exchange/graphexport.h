// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "graph/moneygraph.h"

class QIODevice;

namespace ds::exchange {

/// GEXF 1.2draft for Gephi and networkx: companies as nodes (kind, volume), each flow as a directed
/// edge whose weight is its amount in US$ billions (its counted value, Edge::usd; 0 without an
/// amount) and whose start is its date, so that Gephi's timeline shows the network growing.
Status writeGexf(const graph::MoneyGraph &graph, QIODevice &out);

/// GraphML (Cytoscape, igraph, networkx): the same nodes and edges with typed attributes.
Status writeGraphml(const graph::MoneyGraph &graph, QIODevice &out);

} // namespace ds::exchange
