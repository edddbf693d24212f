package io.govgraph.export;

import java.time.LocalDate;
import java.util.function.Consumer;

import io.govgraph.export.ExportGraph.Edge;
import io.govgraph.export.ExportGraph.Vertex;

/**
 * What an export format writer reads: the vertices, then the edges, each handed over once, so that
 * a source may read them from the store as they are written ({@link ExportService}) or hold them
 * ({@link ExportGraph}).
 */
interface ExportSource {

	/** The day the export describes. */
	LocalDate asOf();

	/** Whether ended and future posts and links among the vertices are included too. */
	boolean history();

	/** Whether the unit with this id is a vertex of the export. */
	boolean hasUnit(String id);

	/** Hands each vertex over once: every unit, then every person. */
	void vertices(Consumer<Vertex> each);

	/** Hands each edge over once, after the vertices: links, posts, UNDER pairs. */
	void edges(Consumer<Edge> each);

}
