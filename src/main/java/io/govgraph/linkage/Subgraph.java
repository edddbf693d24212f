package io.govgraph.linkage;

import java.util.List;

/** The vertices and edges around some vertices; {@code truncated} when the limit cut it short. */
public record Subgraph(List<GraphVertex> vertices, List<GraphEdge> edges, boolean truncated) {
}
