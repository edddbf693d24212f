/**
 * Graph-file exports of a scope, a neighbourhood or the whole graph, for visualization tools:
 * Cytoscape.js JSON, GraphML (yEd, Gephi) and dynamic GEXF 1.3 (Gephi's timeline), served at
 * {@code /export/*}; the {@code cli} writes the same files.
 * <p>
 * A feature: may use store, web, security (masking and the access log) and the scope of
 * {@code linkage}. Its repository is package-private.
 */
package io.govgraph.export;
