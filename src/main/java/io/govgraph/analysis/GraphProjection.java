package io.govgraph.analysis;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

import org.springframework.stereotype.Component;

import io.govgraph.linkage.ScopeService;
import io.govgraph.store.CypherQueries;

/**
 * Reads the linkage graph on a date (docs/spec/analysis.md) for the whole store or a scope into a
 * {@link LinkageGraph}: three streamed read queries, never one per vertex.
 */
@Component
class GraphProjection {

	static final String PERSON = "PERSON";

	private final Driver driver;

	private final ScopeService scopes;

	private final String existingUnits;

	private final String unitEdges;

	private final String postEdges;

	private final String scopeUnitEdges;

	private final String scopePostEdges;

	GraphProjection(Driver driver, ScopeService scopes, CypherQueries cypher) {
		this.driver = driver;
		this.scopes = scopes;
		this.existingUnits = cypher.get("analysis/existing_units");
		this.unitEdges = cypher.get("analysis/unit_edges");
		this.postEdges = cypher.get("analysis/post_edges");
		this.scopeUnitEdges = cypher.get("analysis/scope_unit_edges");
		this.scopePostEdges = cypher.get("analysis/scope_post_edges");
	}

	/** A projected graph with the scope's subtree/partner split (empty sets for the whole graph). */
	record Projection(LinkageGraph graph, Set<String> subtree, Set<String> partners) {
	}

	Projection project(String scopeId, LocalDate asOf) {
		LinkageGraph.Builder builder = LinkageGraph.builder();
		Set<String> subtree = new HashSet<>();
		Set<String> partners = new HashSet<>();
		try (Session session = this.driver.session(SessionConfig.builder().withDefaultAccessMode(
				org.neo4j.driver.AccessMode.READ).build())) {
			if (scopeId == null) {
				stream(session, this.existingUnits, Map.of("asOf", asOf),
						r -> builder.vertex(r.get("id").asString(), r.get("type").asString()));
				stream(session, this.unitEdges, Map.of("asOf", asOf),
						r -> builder.edge(r.get("a").asString(), r.get("b").asString()));
				stream(session, this.postEdges, Map.of("asOf", asOf), r -> post(builder, r));
			}
			else {
				List<ScopeService.ScopeUnit> units = this.scopes.units(scopeId, asOf);
				for (ScopeService.ScopeUnit u : units) {
					builder.vertex(u.id(), u.type());
					(u.inSubtree() ? subtree : partners).add(u.id());
				}
				List<String> ids = units.stream().map(ScopeService.ScopeUnit::id).toList();
				stream(session, this.scopeUnitEdges, Map.of("ids", ids, "asOf", asOf),
						r -> builder.edge(r.get("a").asString(), r.get("b").asString()));
				stream(session, this.scopePostEdges, Map.of("ids", ids, "asOf", asOf), r -> post(builder, r));
			}
		}
		return new Projection(builder.build(), subtree, partners);
	}

	/** A post in force: its person is a vertex, the post an edge. */
	private static void post(LinkageGraph.Builder builder, Record r) {
		String person = r.get("p").asString();
		builder.vertex(person, PERSON).edge(person, r.get("u").asString());
	}

	/** Hands each row to the sink as it arrives (the builder keeps no rows, only interned ids). */
	private static void stream(Session session, String query, Map<String, Object> params, Consumer<Record> sink) {
		session.executeRead(tx -> {
			Result result = tx.run(query, params);
			while (result.hasNext()) {
				sink.accept(result.next());
			}
			return null;
		});
	}

}
