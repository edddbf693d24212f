package io.govgraph.linkage;

import java.util.List;

/** A path between two vertices: its vertices in order from the start, and the edges between them. */
public record LinkagePath(int length, List<GraphVertex> vertices, List<GraphEdge> edges) {
}
