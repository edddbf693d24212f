package io.govgraph.analysis;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
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

	/** Most times a projection is read from the start after one of its reads was run again. */
	static final int MAX_RUNS = 3;

	/**
	 * The projection on {@code asOf}. Each read hands its rows to the builder as they arrive, so a
	 * read the driver runs again after a transient failure would leave its first run's rows behind
	 * (a post ended in between would stay an edge): the projection is then read again from the
	 * start, at most {@value #MAX_RUNS} times in all.
	 */
	Projection project(String scopeId, LocalDate asOf) {
		for (int run = 1;; run++) {
			try {
				return projectOnce(scopeId, asOf);
			}
			catch (ReadAgain again) {
				if (run == MAX_RUNS) {
					throw new IllegalStateException("The linkage graph on " + asOf + " could not be read in "
							+ MAX_RUNS + " runs: a read failed transiently in each", again);
				}
			}
		}
	}

	/** A read was run again by the driver: the projection is read again from the start. */
	private static final class ReadAgain extends RuntimeException {

		ReadAgain() {
			super("a read of the projection was run again after a transient failure", null, false, false);
		}

	}

	private Projection projectOnce(String scopeId, LocalDate asOf) {
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

	/**
	 * Hands each row to the sink as it arrives (the builder keeps no rows, only interned ids).
	 * @throws ReadAgain when the driver runs the read a second time
	 */
	private static void stream(Session session, String query, Map<String, Object> params, Consumer<Record> sink) {
		AtomicBoolean ran = new AtomicBoolean();
		session.executeRead(tx -> {
			if (ran.getAndSet(true)) {
				throw new ReadAgain();
			}
			Result result = tx.run(query, params);
			while (result.hasNext()) {
				sink.accept(result.next());
			}
			return null;
		});
	}

}
