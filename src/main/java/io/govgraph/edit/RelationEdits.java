package io.govgraph.edit;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.UnaryOperator;

import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

import io.govgraph.model.FieldRules;
import io.govgraph.model.PartialDate;
import io.govgraph.model.ReferenceRules;
import io.govgraph.store.CypherQueries;

/**
 * Creating and changing posts and links: relationships named by their two ends, a kind (a role, a
 * link type) and since, which a change keeps. Ending one sets its until; nothing is deleted.
 *
 * @param <C> the row as text (what the field rules check)
 * @param <R> the checked row
 */
abstract class RelationEdits<C, R> {

	/** What names a post or a link; {@code since} as given. */
	record Name(String fromId, String toId, String kind, PartialDate since) {

		/** How history names it: from|to|kind|since. */
		String entityId() {
			return this.fromId + "|" + this.toId + "|" + this.kind + "|" + (this.since == null ? "" : this.since.text());
		}

		Map<String, Object> params() {
			Map<String, Object> params = new HashMap<>();
			params.put("fromId", this.fromId);
			params.put("toId", this.toId);
			params.put("kind", this.kind);
			params.put("since", this.since == null ? null : this.since.firstDay());
			return params;
		}

	}

	private record Stored<R>(String elementId, R row) {
	}

	private final EditLog log;

	private final CypherQueries cypher;

	private final String entity;

	private final String stateQuery;

	private final String createQuery;

	/**
	 * @param entity POST or LINK, as history names it
	 * @param stateQuery finds one by its name; {@code createQuery} creates one
	 */
	RelationEdits(EditLog log, CypherQueries cypher, String entity, String stateQuery, String createQuery) {
		this.log = log;
		this.cypher = cypher;
		this.entity = entity;
		this.stateQuery = stateQuery;
		this.createQuery = createQuery;
	}

	abstract R check(FieldRules rules, C cells, SortedMap<String, String> extras);

	abstract C cells(R row);

	/** The ids whose history lists a change of the row: its two ends. */
	List<String> subjects(R row) {
		Name name = name(row);
		return List.of(name.fromId(), name.toId());
	}

	/** The importer's reference rules for the row, against the store. */
	abstract void references(ReferenceRules rules, R row);

	abstract Name name(R row);

	abstract SortedMap<String, String> extras(R row);

	/** The row as stored, from its name and the relationship's properties. */
	abstract R row(Name name, Value props);

	abstract Map<String, Object> properties(R row);

	/** The row's values for history, in the input's order. */
	abstract List<Edit.FieldValue> values(R row);

	/** How a message names it: "post of p1 as SECRETARY in c since 2019". */
	abstract String describe(Name name);

	/** The message for one that exists already. */
	abstract String exists();

	Outcome<R> create(String operation, C input) {
		return this.log.write(tx -> {
			InputChecks checks = new InputChecks("input");
			R row = check(checks.rules, input, Collections.emptySortedMap());
			Name name = name(row);
			references(this.log.references(tx, checks), row);
			if (!checks.failed() && !stored(tx, name).isEmpty()) {
				checks.error("since", exists());
			}
			if (checks.failed()) {
				return Outcome.rejected(checks.errors());
			}
			Map<String, Object> params = name.params();
			params.put("props", properties(row));
			tx.run(this.cypher.get(this.createQuery), params).consume();
			return this.log.recorded(tx, operation, this.entity, name.entityId(), subjects(row), null, values(row),
					row);
		});
	}

	/**
	 * Changes the one {@code key} names.
	 * @param prefix the argument {@code change}'s fields are in ("changes"), empty when they are
	 * arguments themselves (endPost's until)
	 */
	Outcome<R> update(String operation, C key, UnaryOperator<C> change, String prefix) {
		return this.log.write(tx -> {
			InputChecks keyChecks = new InputChecks("key");
			Name name = name(check(keyChecks.rules, key, Collections.emptySortedMap()));
			if (keyChecks.failed()) {
				return Outcome.rejected(keyChecks.errors());
			}
			List<Stored<R>> stored = stored(tx, name);
			if (stored.isEmpty()) {
				return Outcome.rejected(new InputError("key", "no " + describe(name)));
			}
			R before = stored.get(0).row();
			InputChecks checks = new InputChecks(prefix);
			R after = check(checks.rules, change.apply(cells(before)), extras(before));
			references(this.log.references(tx, checks), after);
			if (checks.failed()) {
				return Outcome.rejected(checks.errors());
			}
			tx.run(this.cypher.get("edit/update_relationship"),
					Map.of("elementId", stored.get(0).elementId(), "props", properties(after)))
				.consume();
			Set<String> subjects = new LinkedHashSet<>(subjects(before));
			subjects.addAll(subjects(after));
			return this.log.recorded(tx, operation, this.entity, name.entityId(), List.copyOf(subjects), values(before),
					values(after), after);
		});
	}

	private List<Stored<R>> stored(TransactionContext tx, Name name) {
		return tx.run(this.cypher.get(this.stateQuery), name.params())
			.list(r -> new Stored<>(r.get("elementId").asString(), row(name, r.get("props"))));
	}

}
