package io.govgraph.crossappointment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.govgraph.linkage.ScopeService;
import io.govgraph.security.Caller;
import io.govgraph.store.CypherQueries;
import io.govgraph.web.UserInputException;

/** Cross-appointment (交叉任职) in compounds and the make-up of owners committees, on a date. */
@Service
@PreAuthorize("hasRole('PLANNER')")
@Transactional(readOnly = true)
public class CrossAppointmentService {

	private final Neo4jClient client;

	private final ScopeService scopes;

	private final String compoundSides;

	private final String ownersCommittee;

	private final String composition;

	private final String compoundSidePosts;

	private final String compositions;

	public CrossAppointmentService(Neo4jClient client, ScopeService scopes, CypherQueries cypher) {
		this.client = client;
		this.scopes = scopes;
		this.compoundSides = cypher.get("crossappointment/compound_sides");
		this.ownersCommittee = cypher.get("crossappointment/owners_committee");
		this.composition = cypher.get("crossappointment/composition");
		this.compoundSidePosts = cypher.get("crossappointment/compound_side_posts");
		this.compositions = cypher.get("crossappointment/compositions");
	}

	/** Every compound of the scope (null: all compounds) existing on the day, with its sides. */
	public List<CompoundSides> compounds(String scopeId, LocalDate asOf) {
		Map<String, Object> params = compoundParameters(scopeId, asOf);
		return List.copyOf(this.client.query(this.compoundSides)
			.bindAll(params)
			.fetchAs(CompoundSides.class)
			.mappedBy((types, r) -> new CompoundSides(r.get("compound").asString(),
					r.get("hasOwnersCommittee").asBoolean(), r.get("crossAppointed").asList(v -> v.asString())))
			.all());
	}

	private Map<String, Object> compoundParameters(String scopeId, LocalDate asOf) {
		List<String> compoundIds = scopeId == null ? null
				: this.scopes.units(scopeId, asOf)
					.stream()
					.filter(u -> u.type().equals("COMPOUND"))
					.map(ScopeService.ScopeUnit::id)
					.toList();
		Map<String, Object> params = new HashMap<>();
		params.put("compoundIds", compoundIds);
		params.put("asOf", asOf);
		return params;
	}

	/**
	 * Every cross-appointment in the compounds of the scope (null: all compounds) on the day, with
	 * the posts that make it; by compound id, then person id.
	 */
	public List<CrossAppointment> crossAppointments(String scopeId, LocalDate asOf) {
		Map<List<String>, List<CrossAppointment.SidePost>> byPerson = new LinkedHashMap<>();
		for (Map<String, Object> row : this.client.query(this.compoundSidePosts)
			.bindAll(compoundParameters(scopeId, asOf))
			.fetch()
			.all()) {
			byPerson.computeIfAbsent(List.of((String) row.get("compound"), (String) row.get("person")), k -> new ArrayList<>())
				.add(new CrossAppointment.SidePost((String) row.get("side"), (String) row.get("unit"),
						(String) row.get("role"), (String) row.get("title"), (LocalDate) row.get("since"),
						(LocalDate) row.get("until"), (String) row.get("source")));
		}
		return byPerson.entrySet()
			.stream()
			.map(e -> new CrossAppointment(e.getKey().get(0), e.getKey().get(1), List.copyOf(e.getValue())))
			.filter(ca -> ca.sides().size() >= 2)
			.toList();
	}

	/**
	 * Every person with a post in force on a side of a compound of the scope on the day: compound id
	 * → person id → sides (what roster/ResolutionDecisions needs to tell whether joining two people
	 * would change a compound's figure).
	 */
	public Map<String, Map<String, java.util.Set<String>>> sidesByPerson(String scopeId, LocalDate asOf) {
		Map<String, Map<String, java.util.Set<String>>> sides = new HashMap<>();
		for (Map<String, Object> row : this.client.query(this.compoundSidePosts)
			.bindAll(compoundParameters(scopeId, asOf))
			.fetch()
			.all()) {
			sides.computeIfAbsent((String) row.get("compound"), k -> new HashMap<>())
				.computeIfAbsent((String) row.get("person"), k -> new java.util.TreeSet<>())
				.add((String) row.get("side"));
		}
		return sides;
	}

	/**
	 * Which count of party members the caller gets: by the party-join date on the day for those who
	 * may see it, else by the party-member flag alone. A count that followed party_since would let
	 * anyone read a join date by varying asOf (or by giving its holder a post dated 1900); the flag
	 * is shown to every reader on the person, so counting by it tells nothing more.
	 */
	private static String partyColumn() {
		return Caller.current().seesPersonalData() ? "partyOnDay" : "party";
	}

	/**
	 * The compositions of many owners committees at once (one query); a committee with no one in
	 * office on the day has an all-zero composition.
	 */
	public Map<String, OwnersCommitteeComposition> compositions(Collection<String> ownersCommitteeIds,
			LocalDate asOf) {
		String party = partyColumn();
		Map<String, int[]> counts = new HashMap<>();
		ownersCommitteeIds.forEach(id -> counts.put(id, new int[4]));
		for (Map<String, Object> row : this.client.query(this.compositions)
			.bindAll(Map.of("ids", List.copyOf(ownersCommitteeIds), "asOf", asOf))
			.fetch()
			.all()) {
			int[] c = counts.get((String) row.get("id"));
			int offset = (Boolean) row.get("rep") ? 2 : 0;
			c[offset] = ((Number) row.get("people")).intValue();
			c[offset + 1] = ((Number) row.get(party)).intValue();
		}
		Map<String, OwnersCommitteeComposition> result = new TreeMap<>();
		counts.forEach((id, c) -> result.put(id, new OwnersCommitteeComposition(c[0], c[1], c[2], c[3])));
		return result;
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
		String partyColumn = partyColumn();
		int members = 0;
		int partyMembers = 0;
		int reps = 0;
		int partyReps = 0;
		for (Map<String, Object> row : this.client.query(this.composition)
			.bindAll(Map.of("id", ocId, "asOf", asOf))
			.fetch()
			.all()) {
			int people = ((Number) row.get("people")).intValue();
			int party = ((Number) row.get(partyColumn)).intValue();
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
