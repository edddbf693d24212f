"""The reference values of docs/spec/analysis.md, computed by networkx, for GovGraph's tests and benchmarks.

usage: networkx_reference.py VERTICES EDGES OUT.json [MEASURE ...]
VERTICES: one vertex id a line; EDGES: "a<TAB>b" a line. Prints nothing; writes {measure: {id: score}}.
"""
import json
import sys
import time

import networkx as nx


def main():
    vertices, edges, out = sys.argv[1:4]
    measures = sys.argv[4:] or ["DEGREE", "BETWEENNESS", "CLOSENESS", "HARMONIC", "PAGERANK", "EIGENVECTOR"]
    g = nx.Graph()
    with open(vertices, encoding="utf-8") as f:
        g.add_nodes_from(line.strip() for line in f if line.strip())
    with open(edges, encoding="utf-8") as f:
        g.add_edges_from(tuple(line.rstrip("\n").split("\t")) for line in f if line.strip())
    functions = {
        "DEGREE": lambda: dict(g.degree()),
        "BETWEENNESS": lambda: nx.betweenness_centrality(g, normalized=False),
        "CLOSENESS": lambda: nx.closeness_centrality(g, wf_improved=True),
        "HARMONIC": lambda: nx.harmonic_centrality(g),
        "PAGERANK": lambda: nx.pagerank(g, alpha=0.85, tol=1e-9),
        "EIGENVECTOR": lambda: nx.eigenvector_centrality_numpy(g),
    }
    result = {"seconds": {}}
    for m in measures:
        started = time.perf_counter()
        result[m] = {k: float(v) for k, v in functions[m]().items()}
        result["seconds"][m] = time.perf_counter() - started
    with open(out, "w", encoding="utf-8") as f:
        json.dump(result, f)


if __name__ == "__main__":
    main()
