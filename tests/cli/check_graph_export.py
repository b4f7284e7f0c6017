#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads DealScope's GEXF and GraphML exports with a third-party reader (networkx) and checks
that both hold the sample's companies, every flow as a directed edge, and the same weights as
the figures `dealscope-cli stakes` counts.

    check_graph_export.py DEALSCOPE_CLI WORK_DIR
"""
import collections, json, os, subprocess, sys

import networkx as nx

cli, work = sys.argv[1], sys.argv[2]
os.makedirs(work, exist_ok=True)
db = os.path.join(work, "graph.dealscope")
if os.path.exists(db):
    os.remove(db)


def run(*args):
    return subprocess.run([cli, *args], check=True, capture_output=True, text=True).stdout


run("sample", db)
data = json.loads(run("export", db))
flows = collections.Counter()
for deal in data["deals"]:
    for f in deal["flows"]:
        flows[(f["payer"], f["payee"], f["kind"])] += 1  # payer and payee by name
expected_nodes = {n for (a, b, _) in flows for n in (a, b)}

# What each flow counts for, from the stakes of every company (outgoing positions).
counted = {}
for name in expected_nodes:
    for p in json.loads(run("stakes", db, name, "--json"))["outgoing"]:
        counted[p["flow"]] = p["counted_usd"] / 1e9

def gexf_as_written(path):
    """The file as DealScope wrote it, read by networkx unmodified: GEXF 1.2draft."""
    text = open(path, encoding="utf-8").read()
    assert 'xmlns="http://www.gexf.net/1.2draft"' in text and 'version="1.2"' in text
    return path


weights = {}
for fmt in ("gexf", "graphml"):
    path = os.path.join(work, "graph." + fmt)
    run("export", db, "--format", fmt, "--output", path)
    g = nx.read_gexf(gexf_as_written(path)) if fmt == "gexf" else nx.read_graphml(path)
    assert g.is_directed(), fmt
    label = lambda n: g.nodes[n]["label"]
    assert {label(n) for n in g.nodes} == expected_nodes, (fmt, sorted(label(n) for n in g.nodes))
    edges = collections.Counter()
    weights[fmt] = {}
    for u, v, d in g.edges(data=True):
        edges[(label(u), label(v), d["kind"])] += 1
        flow = int(d["flow"])
        weights[fmt][flow] = float(d["weight"])
        assert abs(weights[fmt][flow] - counted[flow]) < 1e-9, (fmt, flow, d, counted[flow])
    assert edges == flows, (fmt, edges, flows)
    print(f"{fmt}: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges, "
          f"total weight {sum(weights[fmt].values()):.1f} (US$ billions)")
assert weights["gexf"] == weights["graphml"]
# Gephi's timeline: dated flows carry a start.
gexf = nx.read_gexf(gexf_as_written(os.path.join(work, "graph.gexf")))
starts = [d for _, _, d in gexf.edges(data=True) if "start" in d]
assert len(starts) == 14, len(starts)
print("networkx", nx.__version__, "reads both exports: same nodes, edges and weights")
