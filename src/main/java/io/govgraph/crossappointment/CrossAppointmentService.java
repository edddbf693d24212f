package io.govgraph.crossappointment;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.govgraph.api.UserInputException;
import io.govgraph.scope.ScopeService;
import io.govgraph.store.CypherQueries;

/** Cross-appointment (交叉任职) in compounds and the make-up of owners committees, on a date. */
@Service
@Transactional(readOnly = true)
public class CrossAppointmentService {

	private final Neo4jClient client;

	private final ScopeService scopes;

	private final String compoundSides;

	private final String ownersCommittee;

	private final String composition;

	public CrossAppointmentService(Neo4jClient client, ScopeService scopes, CypherQueries cypher) {
		this.client = client;
		this.scopes = scopes;
		this.compoundSides = cypher.get("crossappointment/compound_sides");
		this.ownersCommittee = cypher.get("crossappointment/owners_committee");
		this.composition = cypher.get("crossappointment/composition");
	}

	/** Every compound of the scope (null: all compounds) existing on the day, with its sides. */
	public List<CompoundSides> compounds(String scopeId, LocalDate asOf) {
		List<String> compoundIds = scopeId == null ? null
				: this.scopes.units(scopeId, asOf)
					.stream()
					.filter(u -> u.type().equals("COMPOUND"))
					.map(ScopeService.ScopeUnit::id)
					.toList();
		Map<String, Object> params = new HashMap<>();
		params.put("compoundIds", compoundIds);
		params.put("asOf", asOf);
		return List.copyOf(this.client.query(this.compoundSides)
			.bindAll(params)
			.fetchAs(CompoundSides.class)
			.mappedBy((types, r) -> new CompoundSides(r.get("compound").asString(),
					r.get("hasOwnersCommittee").asBoolean(), r.get("crossAppointed").asList(v -> v.asString())))
			.all());
	}

	public CrossAppointmentStats stats(String scopeId, LocalDate asOf) {
		return CrossAppointmentStats.of(compounds(scopeId, asOf));
	}

	/**
	 * The composition of the owners committee {@code id}, or of the compound {@code id}'s.
	 * @throws UserInputException if the id names neither, or the compound has none on the day
	 */
	public OwnersCommitteeComposition composition(String id, LocalDate asOf) {
		var target = this.client.query(this.ownersCommittee)
			.bindAll(Map.of("id", id, "asOf", asOf))
			.fetch()
			.one()
			.orElseThrow(() -> new UserInputException("id: no unit with id \"" + id + "\""));
		Object ocId = target.get("ownersCommitteeId");
		if (ocId == null) {
			throw new UserInputException("id: \"" + id + "\" is a " + target.get("type")
					+ ("COMPOUND".equals(target.get("type")) ? " with no owners committee on " + asOf
							: ", not an OWNERS_COMMITTEE or a COMPOUND"));
		}
		int members = 0;
		int partyMembers = 0;
		int reps = 0;
		int partyReps = 0;
		for (Map<String, Object> row : this.client.query(this.composition)
			.bindAll(Map.of("id", ocId, "asOf", asOf))
			.fetch()
			.all()) {
			int people = ((Number) row.get("people")).intValue();
			int party = ((Number) row.get("party")).intValue();
			if ((Boolean) row.get("rep")) {
				reps = people;
				partyReps = party;
			}
			else {
				members = people;
				partyMembers = party;
			}
		}
		return new OwnersCommitteeComposition(members, partyMembers, reps, partyReps);
	}

}
