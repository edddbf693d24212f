package io.govgraph.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Service;

import io.govgraph.crossappointment.CrossAppointmentService;
import io.govgraph.events.ChangeEvents;
import io.govgraph.security.PersonalData;
import io.govgraph.store.CypherQueries;
import io.govgraph.web.UserInputException;

/**
 * The review queue (spec rosters.md, "Who is who"): the open candidates, and the decisions on
 * them. SAME joins the candidate's person to the other (posts, mentions and the candidates that
 * name it follow; the merged node is kept, no longer a Person, so that an undo splits it back
 * exactly); DIFFERENT is remembered so that the pair is never proposed again, also after a
 * re-import. Each decision and each undo is recorded in the edit history (who, when, why) in its
 * own transaction.
 */
@Service
public class ResolutionDecisions {

	/** SAME or DIFFERENT. */
	public enum Decision {

		SAME, DIFFERENT

	}

	/** A mention as the review queue shows it; {@code name} is the name as written. */
	public record CandidateMention(String personId, String file, String sheet, int row, String unitId, String name)
			implements PersonalData {
	}

	/** The fields that agree and differ, and the rule that proposed the pair. */
	public record CandidateEvidence(String rule, List<String> agree, List<String> differ) {
	}

	/** An open candidate: its two people's mentions (the candidate's person first), evidence and score. */
	public record Candidate(String id, String personId, String otherId, List<CandidateMention> mentions,
			CandidateEvidence evidence, double score) {
	}

	/** What a decision or an undo did. */
	public record Decided(String candidateId, String status, String personId) {
	}

	private static final String CANDIDATES = "roster/candidates", CANDIDATE = "roster/candidate", DECIDE = "roster/decide",
			MERGE_PEOPLE = "roster/merge_people", SPLIT_PEOPLE = "roster/split_people", REOPEN = "roster/reopen",
			PENDING = "roster/pending_compounds", NEXT_EDIT_SEQ = "edit/next_edit_seq", RECORD_EDIT = "edit/record_edit",
			IMPORT_IN_PROGRESS = "edit/import_in_progress";

	private final Driver driver;

	private final CrossAppointmentService crossAppointments;

	private final Map<String, String> cypher = new HashMap<>();

	private final ChangeEvents events;

	public ResolutionDecisions(Driver driver, CypherQueries queries, CrossAppointmentService crossAppointments,
			ChangeEvents events) {
		this.driver = driver;
		this.events = events;
		this.crossAppointments = crossAppointments;
		for (String name : List.of(CANDIDATES, CANDIDATE, DECIDE, MERGE_PEOPLE, SPLIT_PEOPLE, REOPEN, PENDING,
				NEXT_EDIT_SEQ, RECORD_EDIT, IMPORT_IN_PROGRESS)) {
			this.cypher.put(name, queries.get(name));
		}
	}

	/** Open candidates whose mention lies in the scope (null: all), by id, after {@code after}. */
	public List<Candidate> open(String scopeId, String after, int limit) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("scopeId", scopeId);
		parameters.put("after", after);
		parameters.put("limit", limit);
		try (Session session = this.driver.session()) {
			return session.executeRead(tx -> tx.run(this.cypher.get(CANDIDATES), parameters).list(ResolutionDecisions::candidate));
		}
	}

	private static Candidate candidate(Record r) {
		List<CandidateMention> mentions = new ArrayList<>();
		Set<String> people = new HashSet<>();
		for (Value m : r.get("mentions").values()) {
			mentions.add(new CandidateMention(m.get("personId").asString(), m.get("file").asString(),
					m.get("sheet").asString(""), m.get("row").asInt(), m.get("unitId").asString(), m.get("written").asString()));
			people.add(m.get("personId").asString());
		}
		String otherId = r.get("otherId").asString();
		if (!people.contains(otherId)) {
			// A person of a data set, on no roster: stands for itself, with where it came from.
			mentions.add(new CandidateMention(otherId, r.get("otherSource").asString(""), "", 0,
					r.get("otherUnitId").asString(""), r.get("otherName").asString("")));
		}
		return new Candidate(r.get("id").asString(), r.get("personId").asString(), otherId, List.copyOf(mentions),
				new CandidateEvidence(r.get("rule").asString(""), r.get("agree").asList(Value::asString),
						r.get("differ").asList(Value::asString)),
				r.get("score").asDouble());
	}

	/** Decides a candidate; refused when it is not open, or its people are no longer both stored. */
	public Decided decide(String candidateId, Decision decision, String reason, String account) {
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty()) {
			throw new UserInputException("reason: say why (it is kept with the decision)");
		}
		try (Session session = this.driver.session()) {
			return session.executeWrite(tx -> {
				refuseDuringAnImport(tx);
				Record c = load(tx, candidateId);
				if (!"OPEN".equals(c.get("status").asString())) {
					throw new UserInputException("candidateId: " + candidateId + " is already decided ("
							+ c.get("status").asString() + "); undo that decision first");
				}
				String survivor = c.get("otherId").asString();
				String merged = c.get("personId").asString();
				if (decision == Decision.SAME) {
					if (!c.get("bothStored").asBoolean()) {
						throw new UserInputException("candidateId: one of its people is no longer stored");
					}
					if (c.get("otherRelationships").asLong() > 0) {
						throw new UserInputException("candidateId: " + merged
								+ " has relationships other than posts; merge it by editing instead");
					}
					tx.run(this.cypher.get(MERGE_PEOPLE), Map.of("id", candidateId)).consume();
				}
				tx.run(this.cypher.get(DECIDE), Map.of("id", candidateId, "status", decision.name(), "account", account,
						"reason", why)).consume();
				record(tx, account, "decideResolution", candidateId, List.of(merged, survivor), "OPEN",
						decision.name(), why);
				return new Decided(candidateId, decision.name(), decision == Decision.SAME ? survivor : merged);
			});
		}
	}

	/** Undoes a decision: a SAME is split back exactly; the candidate is open again. */
	public Decided undo(String candidateId, String reason, String account) {
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty()) {
			throw new UserInputException("reason: say why (it is kept with the undo)");
		}
		try (Session session = this.driver.session()) {
			return session.executeWrite(tx -> {
				refuseDuringAnImport(tx);
				Record c = load(tx, candidateId);
				String status = c.get("status").asString();
				if ("OPEN".equals(status)) {
					throw new UserInputException("candidateId: " + candidateId + " is not decided");
				}
				if ("SAME".equals(status)
						&& tx.run(this.cypher.get(SPLIT_PEOPLE), Map.of("id", candidateId)).list().isEmpty()) {
					throw new UserInputException("candidateId: the merge of " + candidateId
							+ " cannot be split back (its people were changed since)");
				}
				tx.run(this.cypher.get(REOPEN), Map.of("id", candidateId)).consume();
				record(tx, account, "undoResolution", candidateId,
						List.of(c.get("personId").asString(), c.get("otherId").asString()), status, "OPEN", why);
				return new Decided(candidateId, "OPEN", c.get("personId").asString());
			});
		}
	}

	private Record load(TransactionContext tx, String candidateId) {
		List<Record> found = tx.run(this.cypher.get(CANDIDATE), Map.of("id", candidateId)).list();
		if (found.isEmpty()) {
			throw new UserInputException("candidateId: no candidate " + candidateId);
		}
		return found.get(0);
	}

	private void refuseDuringAnImport(TransactionContext tx) {
		if (!tx.run(this.cypher.get(IMPORT_IN_PROGRESS)).list().isEmpty()) {
			throw new UserInputException("an import is being written; decisions are refused until it is done: try again then");
		}
	}

	private void record(TransactionContext tx, String account, String operation, String candidateId,
			List<String> subjects, String before, String after, String reason) {
		long seq = tx.run(this.cypher.get(NEXT_EDIT_SEQ)).single().get("seq").asLong();
		Map<String, Object> params = new HashMap<>();
		params.put("seq", seq);
		params.put("account", account);
		params.put("operation", operation);
		params.put("entity", "RESOLUTION");
		params.put("entityId", candidateId);
		params.put("subjects", subjects);
		params.put("beforeKeys", List.of("status"));
		params.put("beforeValues", List.of(before));
		params.put("afterKeys", List.of("status", "reason"));
		params.put("afterValues", List.of(after, reason));
		tx.run(this.cypher.get(RECORD_EDIT), params).consume();
		this.events.peopleChanged(tx, subjects);
	}

	/**
	 * How many compounds of the scope would change their cross-appointment figure if their open
	 * candidates were decided SAME: those where the two people of an open pair hold posts whose
	 * sides, joined, make one cross-appointed person where there were not exactly that one before.
	 */
	public int pendingCompounds(String scopeId, LocalDate asOf) {
		List<String[]> pairs;
		try (Session session = this.driver.session()) {
			pairs = session.executeRead(tx -> tx.run(this.cypher.get(PENDING))
				.list(r -> new String[] { r.get("personId").asString(), r.get("otherId").asString() }));
		}
		if (pairs.isEmpty()) {
			return 0;
		}
		Map<String, Map<String, Set<String>>> sides = this.crossAppointments.sidesByPerson(scopeId, asOf);
		int changed = 0;
		for (Map<String, Set<String>> people : sides.values()) {
			for (String[] pair : pairs) {
				Set<String> a = people.getOrDefault(pair[0], Set.of());
				Set<String> b = people.getOrDefault(pair[1], Set.of());
				if (a.isEmpty() || b.isEmpty()) {
					continue;
				}
				Set<String> joined = new HashSet<>(a);
				joined.addAll(b);
				int before = (a.size() >= 2 ? 1 : 0) + (b.size() >= 2 ? 1 : 0);
				int after = joined.size() >= 2 ? 1 : 0;
				if (before != after) {
					changed++;
					break;
				}
			}
		}
		return changed;
	}

}
