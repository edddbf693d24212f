"""The networkx reference values of docs/spec/analysis.md for a data set, computed straight from its CSV files.

usage: reference_from_dataset.py DATASET_FOLDER SCOPE_ID DATE OUT.json

Builds the linkage graph on DATE restricted to the scope of SCOPE_ID exactly as docs/spec/analysis.md defines
them (independently of GovGraph's own projection), then writes every measure for every vertex:
{"vertices": n, "edges": m, "DEGREE": {id: score}, ...}, scores to 15 significant digits.
"""
import csv
import json
import sys

import networkx as nx


def day(text):
    if not text:
        return None
    return text if len(text) == 10 else (text + "-01" if len(text) == 7 else text + "-01-01")


def main():
    folder, scope, date, out = sys.argv[1:5]
    rows = lambda name: list(csv.DictReader(open(f"{folder}/{name}", encoding="utf-8-sig")))
    units = {r["id"]: r for r in rows("units.csv")}
    exists = lambda u: (not day(u.get("founded")) or day(u["founded"]) <= date) and \
        (not day(u.get("dissolved")) or day(u["dissolved"]) > date)
    in_force = lambda r: (not day(r.get("since")) or day(r["since"]) <= date) and \
        (not day(r.get("until")) or day(r["until"]) >= date)
    links = [r for r in rows("links.csv") if in_force(r)]
    posts = [r for r in rows("posts.csv") if in_force(r)]
    children = {}
    for uid, u in units.items():
        children.setdefault(u.get("parent_id") or None, []).append(uid)
    subtree, stack = set(), [scope]
    while stack:
        x = stack.pop()
        if exists(units[x]):
            subtree.add(x)
        stack += children.get(x, [])
    partners = set()
    for l in links:
        a, b = l["from_id"], l["to_id"]
        if a in subtree and exists(units[b]):
            partners.add(b)
        if b in subtree and exists(units[a]):
            partners.add(a)
    members = subtree | partners
    g = nx.Graph()
    g.add_nodes_from(members)
    for uid in members:
        parent = units[uid].get("parent_id")
        if parent in members:
            g.add_edge(uid, parent)
    for l in links:
        if l["from_id"] in members and l["to_id"] in members:
            g.add_edge(l["from_id"], l["to_id"])
    for p in posts:
        if p["unit_id"] in members:
            g.add_edge(p["person_id"], p["unit_id"])
    g.remove_edges_from(list(nx.selfloop_edges(g)))
    measures = {
        "DEGREE": dict(g.degree()),
        "BETWEENNESS": nx.betweenness_centrality(g, normalized=False),
        "CLOSENESS": nx.closeness_centrality(g, wf_improved=True),
        "HARMONIC": nx.harmonic_centrality(g),
        "PAGERANK": nx.pagerank(g, alpha=0.85, tol=1e-9),
        "EIGENVECTOR": nx.eigenvector_centrality_numpy(g),
    }
    result = {"scope": scope, "date": date, "vertices": g.number_of_nodes(), "edges": g.number_of_edges()}
    for name, values in measures.items():
        result[name] = {k: float(f"{float(v):.15g}") for k, v in sorted(values.items())}
    with open(out, "w", encoding="utf-8") as f:
        json.dump(result, f, indent=0, sort_keys=True)


if __name__ == "__main__":
    main()
