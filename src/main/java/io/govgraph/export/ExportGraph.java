package io.govgraph.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.jgrapht.Graph;
import org.jgrapht.graph.builder.GraphTypeBuilder;

/**
 * A part of the knowledge base ready to be written for a visualization tool: a directed multigraph
 * of units and people whose edges are UNDER pairs (child → parent), links (from → to) and posts
 * (person → unit), each a fact of its own, so that dated facts keep their own dates.
 */
public final class ExportGraph implements ExportSource {

	/** A closed interval of days; a null end is open on that side. */
	record Spell(LocalDate start, LocalDate end) {
	}

	/** A unit ({@code kind} UNIT, {@code type} its v1 type) or a person ({@code kind} PERSON). */
	record Vertex(String id, String kind, String type, String name, String parentId, String sector,
			LocalDate founded, LocalDate dissolved, List<Spell> spells) {

		boolean isUnit() {
			return "UNIT".equals(this.kind);
		}

	}

	/**
	 * An UNDER pair, a link or a post; {@code type} is UNDER, the link type or HOLDS_POST; posts
	 * have a role and a title.
	 */
	record Edge(String id, String kind, String type, String source, String target, String role, String title,
			LocalDate since, LocalDate until) {

		/** The days the fact is in force, or none when it has no dates (it lasts as long as its ends). */
		List<Spell> spells() {
			return this.since == null && this.until == null ? List.of() : List.of(new Spell(this.since, this.until));
		}

	}

	private final Graph<Vertex, Edge> graph;

	private final Map<String, Vertex> byId;

	private final LocalDate asOf;

	private final boolean history;

	ExportGraph(Collection<Vertex> vertices, Collection<Edge> edges, LocalDate asOf, boolean history) {
		this.graph = GraphTypeBuilder.<Vertex, Edge>directed()
			.allowingMultipleEdges(true)
			.allowingSelfLoops(false)
			.weighted(false)
			.buildGraph();
		this.byId = new java.util.HashMap<>();
		vertices.stream().sorted(Comparator.comparing(Vertex::id)).forEach(v -> {
			this.byId.put(v.id(), v);
			this.graph.addVertex(v);
		});
		edges.stream()
			.sorted(Comparator.comparing(Edge::id))
			.forEach(e -> this.graph.addEdge(this.byId.get(e.source()), this.byId.get(e.target()), e));
		this.asOf = asOf;
		this.history = history;
	}

	/** How many vertices the graph holds. */
	public int vertexCount() {
		return graph().vertexSet().size();
	}

	/** How many edges the graph holds. */
	public int edgeCount() {
		return graph().edgeSet().size();
	}

	Graph<Vertex, Edge> graph() {
		return this.graph;
	}

	Vertex vertex(String id) {
		return this.byId.get(id);
	}

	/** Vertices by id. */
	List<Vertex> vertices() {
		return new ArrayList<>(this.graph.vertexSet());
	}

	/** Edges by id. */
	List<Edge> edges() {
		return new ArrayList<>(this.graph.edgeSet());
	}

	@Override
	public boolean hasUnit(String id) {
		Vertex v = this.byId.get(id);
		return v != null && v.isUnit();
	}

	@Override
	public void vertices(Consumer<Vertex> each) {
		this.graph.vertexSet().forEach(each);
	}

	@Override
	public void edges(Consumer<Edge> each) {
		this.graph.edgeSet().forEach(each);
	}

	@Override
	public LocalDate asOf() {
		return this.asOf;
	}

	@Override
	public boolean history() {
		return this.history;
	}

}
