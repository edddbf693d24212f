package io.govgraph.linkage;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import io.govgraph.query.Page;
import io.govgraph.store.CypherQueries;
import io.govgraph.web.StatementTimeout;

/**
 * Reads vertices, neighbourhoods and paths of the linkage graph on a day, always for a whole set
 * of vertices at once, so a request costs a number of statements bounded by its depth.
 */
@Repository
@Transactional(readOnly = true, timeoutString = StatementTimeout.SECONDS)
class ExploreRepository {

	private final Neo4jClient client;

	private final String vertices;

	private final String expand;

	private final String adjacency;

	private final String paths;

	private final String walk;

	private final String changes;

	private final String changesCount;

	private final String changesWithTotal;

	ExploreRepository(Neo4jClient client, CypherQueries cypher) {
		this.client = client;
		this.vertices = cypher.get("linkage/vertices");
		this.expand = cypher.get("linkage/expand");
		this.adjacency = cypher.get("linkage/adjacency");
		this.paths = cypher.get("linkage/paths");
		this.walk = cypher.get("linkage/walk");
		this.changes = cypher.get("linkage/changes");
		this.changesCount = cypher.get("linkage/changes_count");
		this.changesWithTotal = cypher.get("linkage/changes_with_total");
	}

	/** A vertex found by id, and whether it is in the linkage graph on the day. */
	record Found(GraphVertex vertex, boolean present) {
	}

	/** The vertices these ids name (ids naming nothing are absent from the map). */
	Map<String, Found> vertices(Collection<String> ids, LocalDate asOf) {
		Map<String, Found> result = new HashMap<>();
		this.client.query(this.vertices)
			.bindAll(Map.of("ids", List.copyOf(ids), "asOf", asOf))
			.fetchAs(Found.class)
			.mappedBy((types, r) -> new Found(vertex(r), r.get("present").asBoolean()))
			.all()
			.forEach(f -> result.put(f.vertex().id(), f));
		return result;
	}

	/** The neighbours of the frontier on the day, by id. */
	List<GraphVertex> expand(Collection<String> frontier, Filter filter) {
		return List.copyOf(this.client.query(this.expand)
			.bindAll(filter.params(frontier))
			.fetchAs(GraphVertex.class)
			.mappedBy((types, r) -> vertex(r))
			.all());
	}

	/** Every vertex of the set: itself, its neighbour count, and its edges to others of the set. */
	record Adjacency(GraphVertex vertex, int degree, List<GraphEdge> edges) {
	}

	Map<String, Adjacency> adjacency(Collection<String> ids, Filter filter) {
		Map<String, Adjacency> result = new HashMap<>();
		this.client.query(this.adjacency)
			.bindAll(filter.params(ids))
			.fetchAs(Adjacency.class)
			.mappedBy((types, r) -> new Adjacency(vertex(r), r.get("degree").asInt(),
					r.get("edges").asList(e -> GraphEdge.of(e.asMap()))))
			.all()
			.forEach(a -> result.put(a.vertex().id(), a));
		return result;
	}

	/**
	 * A walk read in one statement: the ids naming nothing, the vertices reached in order, whether
	 * the limit cut it short, and (when asked for) every vertex's {@link Adjacency}.
	 */
	record Walked(List<String> unknown, List<GraphVertex> vertices, boolean truncated, Map<String, Adjacency> adjacency) {
	}

	/**
	 * The walk of {@code linkage/walk}, at most {@link NeighbourhoodWalk#ONE_STATEMENT_DEPTH} deep and
	 * {@link NeighbourhoodWalk#ONE_STATEMENT_LIMIT} vertices.
	 */
	Walked walk(List<String> ids, int depth, Filter filter, int limit, boolean adjacency) {
		Map<String, Object> params = filter.params(ids);
		params.put("depth", depth);
		params.put("limit", limit);
		params.put("adjacency", adjacency);
		return this.client.query(this.walk)
			.bindAll(params)
			.fetchAs(Walked.class)
			.mappedBy((types, r) -> {
				List<GraphVertex> vertices = r.get("vertices").asList(ExploreRepository::vertex);
				Map<String, GraphVertex> byId = new HashMap<>();
				vertices.forEach(v -> byId.put(v.id(), v));
				Map<String, Adjacency> around = new HashMap<>();
				r.get("adjacency").asList(a -> a).forEach(a -> {
					String id = a.get("id").asString();
					around.put(id, new Adjacency(byId.get(id), a.get("degree").asInt(),
							a.get("edges").asList(e -> GraphEdge.of(e.asMap()))));
				});
				return new Walked(r.get("unknown").asList(Value::asString), vertices, r.get("truncated").asBoolean(),
						adjacency ? around : null);
			})
			.one()
			.orElseThrow();
	}

	/** A shortest path as its vertices (hidden neighbours not counted) and its edges, in order. */
	record PathRow(List<GraphVertex> vertices, List<GraphEdge> edges) {

		List<String> ids() {
			return this.vertices.stream().map(GraphVertex::id).toList();
		}

	}

	/** The two ends of a path query found by id (an id naming nothing is absent), and the shortest paths. */
	record Paths(Map<String, Found> ends, List<PathRow> rows) {
	}

	/**
	 * The ends and the shortest paths between them ({@code linkage/paths}); no path unless both
	 * ends are in the graph on the day and differ.
	 */
	Paths shortestPaths(String fromId, String toId, LocalDate asOf, int first) {
		return this.client.query(this.paths)
			.bindAll(Map.of("fromId", fromId, "toId", toId, "asOf", asOf, "first", first))
			.fetchAs(Paths.class)
			.mappedBy((types, r) -> {
				Map<String, Found> ends = new HashMap<>();
				r.get("ends").asList(e -> e).forEach(e -> ends.put(e.get("id").asString(),
						new Found(vertex(e), e.get("present").asBoolean())));
				return new Paths(ends, r.get("paths").asList(p -> new PathRow(p.get("vertices").asList(ExploreRepository::vertex),
						p.get("edges").asList(e -> GraphEdge.of(e.asMap())))));
			})
			.one()
			.orElseThrow();
	}

	/** A change and the id its cursor is made of. */
	record ChangeRow(Change change, String changeId) {
	}

	/** The changes of one page: its position is the day and the change id. */
	List<ChangeRow> changes(String scopeId, LocalDate from, LocalDate to, Page page) {
		return List.copyOf(this.client.query(this.changes)
			.bindAll(changeParameters(scopeId, from, to, page))
			.fetchAs(ChangeRow.class)
			.mappedBy((types, r) -> changeRow(r))
			.all());
	}

	/**
	 * A page of changes with their total, if they are at most {@code totalCap}, and whether the
	 * scope is a unit ({@code linkage/changes_with_total}).
	 */
	record ChangesWithTotal(List<ChangeRow> rows, long total, boolean scopeIsUnit) {
	}

	ChangesWithTotal changesWithTotal(String scopeId, LocalDate from, LocalDate to, Page page, int totalCap) {
		Map<String, Object> params = changeParameters(scopeId, from, to, page);
		params.put("totalCap", totalCap);
		return this.client.query(this.changesWithTotal)
			.bindAll(params)
			.fetchAs(ChangesWithTotal.class)
			.mappedBy((types, r) -> new ChangesWithTotal(r.get("page").asList(ExploreRepository::changeRow),
					r.get("total").asLong(), r.get("scopeIsUnit").asBoolean()))
			.one()
			.orElseThrow();
	}

	private static Map<String, Object> changeParameters(String scopeId, LocalDate from, LocalDate to, Page page) {
		Map<String, Object> params = new HashMap<>();
		params.put("scopeId", scopeId);
		params.put("from", from);
		params.put("to", to);
		params.put("afterDay", page.after(0, LocalDate.class));
		params.put("afterId", page.after(1, String.class));
		params.put("limit", page.limit());
		return params;
	}

	private static ChangeRow changeRow(MapAccessor r) {
		return new ChangeRow(new Change(r.get("day").asLocalDate(), r.get("event").asString(),
				GraphEdge.of(r.get("edge").asMap()), r.get("sourceName").asString(), r.get("targetName").asString()),
				r.get("changeId").asString());
	}

	long changesCount(String scopeId, LocalDate from, LocalDate to) {
		Map<String, Object> params = new HashMap<>();
		params.put("scopeId", scopeId);
		params.put("from", from);
		params.put("to", to);
		return this.client.query(this.changesCount).bindAll(params).fetchAs(Long.class).one().orElse(0L);
	}

	/** What a walk may cross: the day, the edge types, and the unit types it may enter (null: any). */
	record Filter(LocalDate asOf, List<String> edgeTypes, List<String> unitTypes) {

		Map<String, Object> params(Collection<String> ids) {
			Map<String, Object> params = new HashMap<>();
			params.put("ids", List.copyOf(ids));
			params.put("asOf", this.asOf);
			params.put("edgeTypes", this.edgeTypes);
			params.put("unitTypes", this.unitTypes);
			return params;
		}

	}

	private static GraphVertex vertex(MapAccessor r) {
		boolean unit = r.get("isUnit").asBoolean();
		return new GraphVertex(r.get("id").asString(), unit ? GraphVertex.UNIT : GraphVertex.PERSON,
				unit ? r.get("type").asString() : null, r.get("name").asString(),
				r.get("parentId").isNull() ? null : r.get("parentId").asString(), 0);
	}

}
