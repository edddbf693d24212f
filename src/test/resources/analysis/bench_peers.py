"""Times GovGraph's centrality measures in igraph and networkx on the same edge list (benchmark peers).

usage: bench_peers.py VERTICES EDGES OUT.json ENGINE MEASURE[:SAMPLE] ...
ENGINE: igraph | networkx. A MEASURE with :SAMPLE runs sampled (networkx betweenness k=SAMPLE);
a measure an engine cannot run that way is reported as null. Writes {measure: {"seconds": s,
"values": {id: score} or null}}.
"""
import json
import sys
import time


def load(vertices, edges):
    with open(vertices, encoding="utf-8") as f:
        ids = [line.strip() for line in f if line.strip()]
    with open(edges, encoding="utf-8") as f:
        pairs = [tuple(line.rstrip("\n").split("\t")) for line in f if line.strip()]
    return ids, pairs


def build_igraph(ids, pairs):
    import igraph as ig
    index = {v: i for i, v in enumerate(ids)}
    return ig.Graph(n=len(ids), edges=[(index[a], index[b]) for a, b in pairs], directed=False)


def build_networkx(ids, pairs):
    import networkx as nx
    g = nx.Graph()
    g.add_nodes_from(ids)
    g.add_edges_from(pairs)
    return g


def run_igraph(g, ids, measure, sample):
    if sample:
        return None
    fn = {
        "DEGREE": lambda: g.degree(),
        "BETWEENNESS": lambda: g.betweenness(directed=False),
        "CLOSENESS": lambda: g.closeness(),
        "HARMONIC": lambda: g.harmonic_centrality(normalized=False),
        "PAGERANK": lambda: g.pagerank(damping=0.85),
        "EIGENVECTOR": lambda: g.eigenvector_centrality(scale=False),
    }[measure]
    return dict(zip(ids, fn()))


def run_networkx(g, ids, measure, sample):
    import networkx as nx
    if sample and measure != "BETWEENNESS":
        return None
    fn = {
        "DEGREE": lambda: dict(g.degree()),
        "BETWEENNESS": lambda: nx.betweenness_centrality(g, k=sample, normalized=False, seed=1) if sample
        else nx.betweenness_centrality(g, normalized=False),
        "CLOSENESS": lambda: nx.closeness_centrality(g, wf_improved=True),
        "HARMONIC": lambda: nx.harmonic_centrality(g),
        "PAGERANK": lambda: nx.pagerank(g, alpha=0.85, tol=1e-9),
        "EIGENVECTOR": lambda: nx.eigenvector_centrality_numpy(g),
    }[measure]
    return fn()


def main():
    vertices, edges, out, engine = sys.argv[1:5]
    ids, pairs = load(vertices, edges)
    # The graph is built once, outside the timed calls.
    g = (build_igraph if engine == "igraph" else build_networkx)(ids, pairs)
    result = {}
    for spec in sys.argv[5:]:
        measure, _, sample = spec.partition(":")
        sample = int(sample) if sample else None
        started = time.perf_counter()
        values = (run_igraph if engine == "igraph" else run_networkx)(g, ids, measure, sample)
        seconds = time.perf_counter() - started
        result[spec] = {"seconds": seconds if values is not None else None,
                        "values": {k: float(v) for k, v in values.items()} if values is not None else None}
        with open(out, "w", encoding="utf-8") as f:
            json.dump(result, f)


if __name__ == "__main__":
    main()
