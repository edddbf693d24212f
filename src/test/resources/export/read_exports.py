"""Reads a GovGraph export with a reader other than GovGraph's own and prints what it got as JSON.

Usage: read_exports.py READER FILE OUT.json, READER one of igraph-graphml, networkx-graphml,
networkx-gexf. OUT.json holds {"vertices": {id: {attribute: value}}, "edges": {id: {"source": id,
"target": id, attribute: value}}}: every attribute the reader attached, values it left empty
dropped (igraph gives every vertex every attribute, None where a vertex has none).
"""
import json
import sys


def kept(attributes):
    return {k: v for k, v in attributes.items() if v is not None and v != ""}


def igraph_graphml(path):
    import igraph

    g = igraph.Graph.Read_GraphML(path)
    vertices = {v["id"]: kept({k: v[k] for k in g.vs.attributes() if k != "id"}) for v in g.vs}
    edges = {}
    for e in g.es:
        values = kept({k: e[k] for k in g.es.attributes() if k != "id"})
        values.update(source=g.vs[e.source]["id"], target=g.vs[e.target]["id"])
        edges[e["id"]] = values
    return vertices, edges


def networkx_edges(g):
    # The GraphML reader keeps an edge's id as its key in a multigraph, as its "id" attribute
    # otherwise; the GEXF reader keeps it as "id" always.
    edges = {}
    listed = g.edges(data=True, keys=True) if g.is_multigraph() else ((s, t, None, d) for s, t, d in g.edges(data=True))
    for source, target, key, data in listed:
        values = kept({k: v for k, v in data.items() if k != "id"})
        values.update(source=source, target=target)
        edges[data.get("id", key)] = values
    return edges


def networkx_graphml(path):
    import networkx

    g = networkx.read_graphml(path)
    return {n: kept(dict(d)) for n, d in g.nodes(data=True)}, networkx_edges(g)


def networkx_gexf(path):
    import networkx
    from networkx.readwrite import gexf

    # networkx before 3.0 (Debian bookworm's 2.8.8) knows GEXF up to 1.2draft; later versions read
    # 1.3 with the same code, given this namespace entry, which is added here where it is missing.
    gexf.GEXF.versions.setdefault("1.3", {
        "NS_GEXF": "http://gexf.net/1.3",
        "NS_VIZ": "http://gexf.net/1.3/viz",
        "NS_XSI": "http://www.w3.org/2001/XMLSchema-instance",
        "SCHEMALOCATION": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
        "VERSION": "1.3",
    })
    g = networkx.read_gexf(path, version="1.3")
    # start, end and spells are the days of a dynamic graph: elements' times, not their attributes.
    times = ("start", "end", "spells")
    vertices = {n: kept({k: v for k, v in d.items() if k not in times}) for n, d in g.nodes(data=True)}
    edges = {i: {k: v for k, v in e.items() if k not in times} for i, e in networkx_edges(g).items()}
    return vertices, edges


READERS = {"igraph-graphml": igraph_graphml, "networkx-graphml": networkx_graphml, "networkx-gexf": networkx_gexf}

if __name__ == "__main__":
    reader, path, out = sys.argv[1:4]
    vertices, edges = READERS[reader](path)
    with open(out, "w", encoding="utf-8") as f:
        json.dump({"vertices": vertices, "edges": edges}, f, ensure_ascii=False, indent=1)
