/**
 * Centrality and the "one axis, multiple drivers" (一轴多驱) report of docs/spec/analysis.md: the
 * linkage graph on a date projected into compact arrays ({@link io.govgraph.analysis.LinkageGraph}),
 * the measures ({@link io.govgraph.analysis.Centrality}), components and articulation points, the
 * explanation of a vertex's betweenness, and recorded runs.
 * <p>
 * A feature: may use store, web, the scope of {@code linkage} and
 * {@link io.govgraph.directory.VertexLookup} to answer with vertices. {@code jobs} runs its
 * measures in the background.
 */
package io.govgraph.analysis;
