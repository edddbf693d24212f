package io.govgraph.linkage;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.govgraph.store.CypherQueries;
import io.govgraph.web.UserInputException;

/** Resolves a scope (docs/spec/analysis.md §Scope): a unit, its subtree and its partners, on a date. */
@Service
@Transactional(readOnly = true)
public class ScopeService {

	private final Neo4jClient client;

	private final String scopeUnits;

	private final String unitExists;

	public ScopeService(Neo4jClient client, CypherQueries cypher) {
		this.client = client;
		this.scopeUnits = cypher.get("linkage/scope_units");
		this.unitExists = cypher.get("linkage/unit_exists");
	}

	/** A unit of a scope: its id, v1 type, and whether it is in the subtree (else a partner). */
	public record ScopeUnit(String id, String type, boolean inSubtree) {
	}

	/**
	 * The units of the scope of {@code scopeId} on {@code asOf}.
	 * @throws UserInputException if no unit has that id
	 */
	public List<ScopeUnit> units(String scopeId, LocalDate asOf) {
		boolean exists = this.client.query(this.unitExists).bind(scopeId).to("id").fetchAs(Boolean.class).one().orElse(false);
		if (!exists) {
			throw new UserInputException("scopeId: no unit with id \"" + scopeId + "\"");
		}
		Map<String, ScopeUnit> units = new java.util.LinkedHashMap<>();
		this.client.query(this.scopeUnits)
			.bindAll(Map.of("scopeId", scopeId, "asOf", asOf))
			.fetchAs(ScopeUnit.class)
			.mappedBy((types, r) -> new ScopeUnit(r.get("id").asString(), r.get("type").asString(),
					r.get("inSubtree").asBoolean()))
			.all()
			.forEach(u -> units.merge(u.id(), u, (a, b) -> a.inSubtree() ? a : b));
		return List.copyOf(units.values());
	}

}
