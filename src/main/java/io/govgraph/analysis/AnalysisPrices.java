package io.govgraph.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

import io.govgraph.linkage.ScopeService;
import io.govgraph.store.CypherQueries;
import io.govgraph.web.AsOf;
import io.govgraph.web.FieldPrices;
import io.govgraph.web.UserInputException;

/**
 * Prices an analysis by the vertices of the graph it projects (its scope on its date, or the whole
 * graph): the measures read and compute over every one of them, whatever the request selects. The
 * count is what {@link GraphProjection} will read, by two count queries (for a scope: the scope's
 * units, as the projection resolves them, and its people).
 */
@Component
class AnalysisPrices implements FieldPrices {

	private final ScopeService scopes;

	private final Neo4jClient client;

	private final AsOf asOf;

	private final String vertexCount;

	private final String scopePeopleCount;

	AnalysisPrices(ScopeService scopes, Neo4jClient client, AsOf asOf, CypherQueries cypher) {
		this.scopes = scopes;
		this.client = client;
		this.asOf = asOf;
		this.vertexCount = cypher.get("analysis/vertex_count");
		this.scopePeopleCount = cypher.get("analysis/scope_people_count");
	}

	@Override
	public Set<String> fields() {
		return Set.of("Query.centrality", "Query.axisReport", "Query.betweennessExplanation",
				"Mutation.recordCentrality");
	}

	@Override
	public Price price(String field, Map<String, Object> arguments) {
		String scopeId = (String) arguments.get(field.equals("Query.axisReport") ? "streetId" : "scopeId");
		LocalDate day = this.asOf.orToday((LocalDate) arguments.get("asOf"));
		if (scopeId == null) {
			long vertices = this.client.query(this.vertexCount)
				.bind(day)
				.to("asOf")
				.fetchAs(Long.class)
				.one()
				.orElse(0L);
			return new Price(Math.max(1, vertices), vertices + " vertices in the whole graph on " + day);
		}
		List<ScopeService.ScopeUnit> units;
		try {
			units = this.scopes.units(scopeId, day);
		}
		catch (UserInputException ex) {
			// the field itself says so when it runs
			return new Price(1, "no such scope");
		}
		long people = this.client.query(this.scopePeopleCount)
			.bindAll(Map.of("ids", units.stream().map(ScopeService.ScopeUnit::id).toList(), "asOf", day))
			.fetchAs(Long.class)
			.one()
			.orElse(0L);
		long vertices = units.size() + people;
		return new Price(Math.max(1, vertices), vertices + " vertices in scope " + scopeId + " on " + day);
	}

}
