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

	private final String changes;

	private final String changesCount;

	ExploreRepository(Neo4jClient client, CypherQueries cypher) {
		this.client = client;
		this.vertices = cypher.get("linkage/vertices");
		this.expand = cypher.get("linkage/expand");
		this.adjacency = cypher.get("linkage/adjacency");
		this.paths = cypher.get("linkage/paths");
		this.changes = cypher.get("linkage/changes");
		this.changesCount = cypher.get("linkage/changes_count");
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

	/** A shortest path as its vertices (hidden neighbours not counted) and its edges, in order. */
	record PathRow(List<GraphVertex> vertices, List<GraphEdge> edges) {

		List<String> ids() {
			return this.vertices.stream().map(GraphVertex::id).toList();
		}

	}

	List<PathRow> shortestPaths(String fromId, String toId, LocalDate asOf, int first) {
		return List.copyOf(this.client.query(this.paths)
			.bindAll(Map.of("fromId", fromId, "toId", toId, "asOf", asOf, "first", first))
			.fetchAs(PathRow.class)
			.mappedBy((types, r) -> new PathRow(r.get("vertices").asList(ExploreRepository::vertex),
					r.get("edges").asList(e -> GraphEdge.of(e.asMap()))))
			.all());
	}

	/** A change and the id its cursor is made of. */
	record ChangeRow(Change change, String changeId) {
	}

	/** The changes of one page: its position is the day and the change id. */
	List<ChangeRow> changes(String scopeId, LocalDate from, LocalDate to, Page page) {
		Map<String, Object> params = new HashMap<>();
		params.put("scopeId", scopeId);
		params.put("from", from);
		params.put("to", to);
		params.put("afterDay", page.after(0, LocalDate.class));
		params.put("afterId", page.after(1, String.class));
		params.put("limit", page.limit());
		return List.copyOf(this.client.query(this.changes)
			.bindAll(params)
			.fetchAs(ChangeRow.class)
			.mappedBy((types, r) -> new ChangeRow(new Change(r.get("day").asLocalDate(), r.get("event").asString(),
					GraphEdge.of(r.get("edge").asMap()), r.get("sourceName").asString(), r.get("targetName").asString()),
					r.get("changeId").asString()))
			.all());
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
