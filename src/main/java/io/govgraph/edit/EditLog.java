package io.govgraph.edit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;

import org.springframework.stereotype.Component;

import io.govgraph.events.ChangeEvents;
import io.govgraph.model.FieldRules;
import io.govgraph.model.ReferenceRules;
import io.govgraph.security.Caller;
import io.govgraph.store.CypherQueries;
import io.govgraph.web.UserInputException;

/**
 * Runs each change in one write transaction together with its {@link Edit} record: both are stored,
 * or neither. Refuses every change while an import is being written.
 */
@Component
class EditLog {

	private final Driver driver;

	private final CypherQueries cypher;

	private final ChangeEvents events;

	EditLog(Driver driver, CypherQueries cypher, ChangeEvents events) {
		this.driver = driver;
		this.cypher = cypher;
		this.events = events;
	}

	/** A change, run inside the write transaction; it records its edit with {@link #recorded}. */
	interface Change<T> {

		Outcome<T> apply(TransactionContext tx);

	}

	/** Thrown out of a transaction function so that a rejected change rolls back. */
	private static final class Rejected extends RuntimeException {

		private final transient Outcome<?> outcome;

		Rejected(Outcome<?> outcome) {
			super(null, null, false, false);
			this.outcome = outcome;
		}

	}

	/**
	 * Runs a change in one write transaction function (retried on transient errors): the change and
	 * its edit record commit together; a rejected change, or a failure anywhere, rolls all back.
	 */
	@SuppressWarnings("unchecked")
	<T> Outcome<T> write(Change<T> change) {
		try (Session session = this.driver.session()) {
			return session.executeWrite(tx -> {
				refuseDuringAnImport(tx);
				Outcome<T> outcome = change.apply(tx);
				if (!outcome.errors().isEmpty()) {
					throw new Rejected(outcome);
				}
				return outcome;
			});
		}
		catch (Rejected rejected) {
			return (Outcome<T>) rejected.outcome;
		}
	}

	/** An import not yet switched over or rolled back. */
	record RunningImport(String id, String source, String started) {
	}

	private void refuseDuringAnImport(TransactionContext tx) {
		List<RunningImport> running = tx.run(this.cypher.get("edit/import_in_progress"))
			.list(r -> r.as(RunningImport.class));
		if (!running.isEmpty()) {
			RunningImport i = running.get(0);
			throw new UserInputException("an import is being written (import " + i.id() + " of "
					+ (i.source() == null ? "?" : i.source()) + ", started "
					+ (i.started() == null ? "?" : i.started())
					+ "); edits are refused until it has switched over or been rolled back: try again then");
		}
	}

	/**
	 * Writes the record of a change made in {@code tx} and answers the change's outcome.
	 * @param entityId the unit's or person's id; a post's person|unit|role|since, a link's
	 * from|to|type|since
	 * @param subjects the ids whose history lists it
	 * @param before the values before; null when the change created the entity
	 */
	<T> Outcome<T> recorded(TransactionContext tx, String operation, String entity, String entityId,
			List<String> subjects, List<Edit.FieldValue> before, List<Edit.FieldValue> after, T changed) {
		long seq = tx.run(this.cypher.get("edit/next_edit_seq")).single().get("seq").asLong();
		Map<String, Object> params = new HashMap<>();
		params.put("seq", seq);
		params.put("account", Caller.current().name());
		params.put("operation", operation);
		params.put("entity", entity);
		params.put("entityId", entityId);
		params.put("subjects", subjects);
		params.put("beforeKeys", before == null ? null : before.stream().map(Edit.FieldValue::field).toList());
		params.put("beforeValues", before == null ? null : before.stream().map(Edit.FieldValue::value).toList());
		params.put("afterKeys", after.stream().map(Edit.FieldValue::field).toList());
		params.put("afterValues", after.stream().map(Edit.FieldValue::value).toList());
		this.events.edited(tx, params);
		Edit edit = tx.run(this.cypher.get("edit/record_edit"), params).single().get("e").as(StoredEdit.class).edit();
		return new Outcome<>(List.of(), edit, changed);
	}

	/**
	 * Which kind of row holds an id: units, people, agreements, items and events share one id space
	 * (docs/spec/import-format.md); {@code unitType} is a unit's type.
	 */
	record Taken(boolean unit, boolean person, boolean agreement, boolean item, boolean event, String unitType) {

		/** The kind holding the id ("unit", "person", "agreement", "item", "event"), or null when none does. */
		String kind() {
			return this.unit ? "unit" : this.person ? "person" : this.agreement ? "agreement" : this.item ? "item"
					: this.event ? "event" : null;
		}

	}

	Taken taken(TransactionContext tx, String id) {
		return tx.run(this.cypher.get("edit/ids_taken"), Map.of("id", id)).single().as(Taken.class);
	}

	/** A new row's id may be no stored row's, of whatever kind. */
	void refuseTaken(TransactionContext tx, String id, String kind, InputChecks checks, String field) {
		String holder = taken(tx, id).kind();
		if (kind.equals(holder)) {
			checks.error(field, FieldRules.duplicateId(id) + " (" + article(kind) + kind + " in the store)");
		}
		else if (holder != null) {
			checks.error(field, FieldRules.idOfTheOtherKind(kind, id, holder) + " in the store");
		}
	}

	private static String article(String kind) {
		return "aeio".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ";
	}

	/**
	 * The importer's reference rules, checked against the store as {@code tx} sees it; each problem
	 * goes to {@code checks} under its input field, without the importer's "in units.csv or in the
	 * store" (an edit looks only in the store).
	 */
	ReferenceRules references(TransactionContext tx, InputChecks checks) {
		Map<String, Taken> seen = new HashMap<>();
		Function<String, Taken> taken = id -> seen.computeIfAbsent(id, i -> taken(tx, i));
		return new ReferenceRules(
				new ReferenceRules.Known(id -> taken.apply(id).unit(), id -> taken.apply(id).person(),
						id -> taken.apply(id).agreement(), id -> taken.apply(id).event(),
						id -> taken.apply(id).unitType()),
				(field, message, missing) -> checks.error(InputChecks.inputName(field), message));
	}

}
