package io.govgraph.edit;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import io.govgraph.model.DataSet.AgreementRow;
import io.govgraph.model.DataSet.AttendanceRow;
import io.govgraph.model.DataSet.EventRow;
import io.govgraph.model.DataSet.ItemRow;
import io.govgraph.model.DataSet.PartyRow;
import io.govgraph.model.FieldRules;
import io.govgraph.model.GraphMapping;
import io.govgraph.model.ReferenceRules;
import io.govgraph.store.CypherQueries;

/**
 * Creates, changes and ends or removes the v1.1 rows: agreements, their parties, the items of their
 * lists (claimed, delivered), events and who attended. Each change is checked by the importer's field
 * and reference rules and its ids against every kind of row in the store, stored the importer's way
 * ({@link GraphMapping}), so that an export after edits imports again unchanged, and recorded as an
 * {@link Edit} listed in the history of the row and of every unit or person it names.
 */
@Service
@PreAuthorize("hasRole('EDITOR')")
public class ActivityEdits {

	/** Agreements, items and events: nodes named by their id. */
	private record Kind<R>(String entity, String kind, String label, String stateQuery, List<String> columns,
			Checker<R> check, Function<R, Map<String, String>> cells, Function<Value, R> row,
			Function<R, Map<String, Object>> props, Function<R, SortedMap<String, String>> extras,
			Function<R, List<String>> names, BiConsumer<ReferenceRules, R> references) {
	}

	@FunctionalInterface
	private interface Checker<R> {

		R check(FieldRules rules, Map<String, String> cells, SortedMap<String, String> extras);

	}

	private static final Kind<AgreementRow> AGREEMENT = new Kind<>("AGREEMENT", "agreement", "Agreement",
			"edit/agreement_state", RecordCells.AGREEMENT, (r, c, x) -> r.agreement(c, 0, x), RecordCells::of,
			GraphMapping::agreementRow, GraphMapping::agreementProperties, AgreementRow::extras,
			a -> List.of(a.id()), (rules, a) -> {
			});

	private static final Kind<ItemRow> ITEM = new Kind<>("ITEM", "item", "Item", "edit/item_state",
			RecordCells.ITEM, (r, c, x) -> r.item(c, 0, x), RecordCells::of, GraphMapping::itemRow,
			GraphMapping::itemProperties, ItemRow::extras,
			i -> ids(i.id(), i.agreementId(), i.ownerId(), i.providerId(), i.beneficiaryId()), ReferenceRules::item);

	private static final Kind<EventRow> EVENT = new Kind<>("EVENT", "event", "Event", "edit/event_state",
			RecordCells.EVENT, (r, c, x) -> r.event(c, 0, x), RecordCells::of, GraphMapping::eventRow,
			GraphMapping::eventProperties, EventRow::extras, e -> ids(e.id(), e.hostId(), e.agreementId()),
			ReferenceRules::event);

	private final EditLog log;

	private final CypherQueries cypher;

	ActivityEdits(EditLog log, CypherQueries cypher) {
		this.log = log;
		this.cypher = cypher;
	}

	// ---- agreements

	public Outcome<AgreementRow> createAgreement(AgreementInput input) {
		return create(AGREEMENT, "createAgreement", input.cells());
	}

	/** Changes the fields given (a raw {@code AgreementChanges}: left out stays, null clears); its id stays. */
	public Outcome<AgreementRow> updateAgreement(String id, Map<String, Object> changes) {
		return update(AGREEMENT, "updateAgreement", id, c -> RecordCells.merged(c, changes), "changes");
	}

	/** Ends an agreement: it is no longer in force after {@code until}. */
	public Outcome<AgreementRow> endAgreement(String id, String until) {
		return update(AGREEMENT, "endAgreement", id, c -> RecordCells.merged(c, single("until", until)), "");
	}

	// ---- items

	public Outcome<ItemRow> createItem(ItemInput input) {
		return create(ITEM, "createItem", input.cells());
	}

	public Outcome<ItemRow> updateItem(String id, Map<String, Object> changes) {
		return update(ITEM, "updateItem", id, c -> RecordCells.merged(c, changes), "changes");
	}

	/** A unit (or person) takes an item on (项目领办): status CLAIMED, its provider, and since when if given. */
	public Outcome<ItemRow> claimItem(String id, String providerId, String since) {
		Map<String, Object> change = new HashMap<>();
		change.put("status", "CLAIMED");
		change.put("providerId", providerId);
		if (since != null) {
			change.put("since", since);
		}
		return update(ITEM, "claimItem", id, c -> RecordCells.merged(c, change), "");
	}

	/** An item delivered: status DONE, done on {@code until}. */
	public Outcome<ItemRow> deliverItem(String id, String until) {
		Map<String, Object> change = new HashMap<>();
		change.put("status", "DONE");
		change.put("until", until);
		return update(ITEM, "deliverItem", id, c -> RecordCells.merged(c, change), "");
	}

	// ---- events

	public Outcome<EventRow> createEvent(EventInput input) {
		return create(EVENT, "createEvent", input.cells());
	}

	public Outcome<EventRow> updateEvent(String id, Map<String, Object> changes) {
		return update(EVENT, "updateEvent", id, c -> RecordCells.merged(c, changes), "changes");
	}

	/**
	 * Deletes an event recorded by mistake (one that did not take place is not ended: it never was);
	 * refused while attendance names it, which is removed first, each removal in the history.
	 */
	public Outcome<EventRow> deleteEvent(String id) {
		return this.log.write(tx -> {
			List<Record> stored = tx.run(this.cypher.get(EVENT.stateQuery()), Map.of("id", id)).list();
			if (stored.isEmpty()) {
				return Outcome.rejected(new InputError("id", FieldRules.noSuch("event", id)));
			}
			long attendance = stored.get(0).get("attendance").asLong();
			if (attendance > 0) {
				return Outcome.rejected(new InputError("id", "event \"" + id + "\" has " + attendance
						+ " attendance rows; remove them first (removeAttendance)"));
			}
			EventRow before = EVENT.row().apply(stored.get(0).get("props"));
			tx.run(this.cypher.get("edit/delete_record"), Map.of("elementId", stored.get(0).get("elementId").asString()))
				.consume();
			return this.log.recorded(tx, "deleteEvent", EVENT.entity(), id, EVENT.names().apply(before),
					values(EVENT, before), List.of(), null);
		});
	}

	// ---- agreement parties

	public Outcome<PartyRow> addAgreementParty(PartyInput input) {
		return this.log.write(tx -> {
			InputChecks checks = new InputChecks("input");
			PartyRow party = checks.rules.party(input.cells(), 0, Collections.emptySortedMap());
			this.log.references(tx, checks).party(party);
			if (!checks.failed() && !partyState(tx, party.agreementId(), party.unitId()).isEmpty()) {
				checks.error("-", FieldRules.duplicateRow("party: same agreement and unit",
						"one in the store; update or remove it instead"));
			}
			if (checks.failed()) {
				return Outcome.rejected(checks.errors());
			}
			tx.run(this.cypher.get("edit/create_party"), Map.of("agreementId", party.agreementId(), "unitId",
					party.unitId(), "props", GraphMapping.partyProperties(party)))
				.consume();
			return this.log.recorded(tx, "addAgreementParty", "PARTY", partyId(party),
					List.of(party.agreementId(), party.unitId()), null, partyValues(party), party);
		});
	}

	/** Changes a party's role or note; its agreement and unit name it and stay. */
	public Outcome<PartyRow> updateAgreementParty(PartyInput.Key key, Map<String, Object> changes) {
		return changeParty("updateAgreementParty", key, changes);
	}

	/** A unit that is no longer party to an agreement (or never was): the row is removed. */
	public Outcome<PartyRow> removeAgreementParty(PartyInput.Key key) {
		return changeParty("removeAgreementParty", key, null);
	}

	private Outcome<PartyRow> changeParty(String operation, PartyInput.Key key, Map<String, Object> changes) {
		return this.log.write(tx -> {
			InputChecks keyChecks = new InputChecks("key");
			PartyRow named = keyChecks.rules.party(key.cells(), 0, Collections.emptySortedMap());
			if (keyChecks.failed()) {
				return Outcome.rejected(keyChecks.errors());
			}
			List<Record> stored = partyState(tx, named.agreementId(), named.unitId());
			if (stored.isEmpty()) {
				return Outcome.rejected(new InputError("key",
						"no party " + named.unitId() + " to agreement " + named.agreementId()));
			}
			PartyRow before = GraphMapping.partyRow(named.agreementId(), named.unitId(), stored.get(0).get("props"));
			String elementId = stored.get(0).get("elementId").asString();
			List<String> names = List.of(named.agreementId(), named.unitId());
			if (changes == null) {
				tx.run(this.cypher.get("edit/delete_relationship"), Map.of("elementId", elementId)).consume();
				return this.log.recorded(tx, operation, "PARTY", partyId(before), names, partyValues(before),
						List.of(), null);
			}
			InputChecks checks = new InputChecks("changes");
			Map<String, String> cells = RecordCells.merged(RecordCells.of(before), changes);
			cells.put("agreement_id", named.agreementId());
			cells.put("unit_id", named.unitId());
			PartyRow after = checks.rules.party(cells, 0, before.extras());
			if (checks.failed()) {
				return Outcome.rejected(checks.errors());
			}
			tx.run(this.cypher.get("edit/update_relationship"),
					Map.of("elementId", elementId, "props", GraphMapping.partyProperties(after)))
				.consume();
			return this.log.recorded(tx, operation, "PARTY", partyId(after), names, partyValues(before),
					partyValues(after), after);
		});
	}

	private List<Record> partyState(TransactionContext tx, String agreementId, String unitId) {
		return tx.run(this.cypher.get("edit/party_state"), Map.of("agreementId", agreementId, "unitId", unitId))
			.list();
	}

	private static String partyId(PartyRow p) {
		return p.agreementId() + "|" + p.unitId();
	}

	private static List<Edit.FieldValue> partyValues(PartyRow p) {
		return RecordCells.values(RecordCells.PARTY, RecordCells.of(p), p.extras());
	}

	// ---- attendance

	public Outcome<AttendanceRow> addAttendance(AttendanceInput input) {
		return this.log.write(tx -> {
			InputChecks checks = new InputChecks("input");
			AttendanceRow attendance = checks.rules.attendance(input.cells(), 0, Collections.emptySortedMap());
			this.log.references(tx, checks).attendance(attendance);
			if (!checks.failed()
					&& !attendanceState(tx, attendance.eventId(), attendance.attendeeId()).isEmpty()) {
				checks.error("-", FieldRules.duplicateRow("attendance: same event and attendee",
						"one in the store; update or remove it instead"));
			}
			if (checks.failed()) {
				return Outcome.rejected(checks.errors());
			}
			tx.run(this.cypher.get("edit/create_attendance"),
					Map.of("eventId", attendance.eventId(), "attendeeId", attendance.attendeeId(), "person",
							attendance.personId() != null, "props", GraphMapping.attendanceProperties(attendance)))
				.consume();
			return this.log.recorded(tx, "addAttendance", "ATTENDANCE", attendanceId(attendance),
					List.of(attendance.eventId(), attendance.attendeeId()), null, attendanceValues(attendance),
					attendance);
		});
	}

	/** Changes an attendance's role or note; its event and attendee name it and stay. */
	public Outcome<AttendanceRow> updateAttendance(AttendanceInput.Key key, Map<String, Object> changes) {
		return changeAttendance("updateAttendance", key, changes);
	}

	/** Removes an attendance recorded by mistake. */
	public Outcome<AttendanceRow> removeAttendance(AttendanceInput.Key key) {
		return changeAttendance("removeAttendance", key, null);
	}

	private Outcome<AttendanceRow> changeAttendance(String operation, AttendanceInput.Key key,
			Map<String, Object> changes) {
		return this.log.write(tx -> {
			InputChecks keyChecks = new InputChecks("key");
			String eventId = keyChecks.rules.id("event_id", key.eventId());
			String attendeeId = keyChecks.rules.id("attendee_id", key.attendeeId());
			if (keyChecks.failed()) {
				return Outcome.rejected(keyChecks.errors());
			}
			List<Record> stored = attendanceState(tx, eventId, attendeeId);
			if (stored.isEmpty()) {
				return Outcome.rejected(new InputError("key", "no attendance of " + attendeeId + " at event " + eventId));
			}
			AttendanceRow before = GraphMapping.attendanceRow(eventId, attendeeId,
					stored.get(0).get("person").asBoolean(), stored.get(0).get("props"));
			String elementId = stored.get(0).get("elementId").asString();
			List<String> names = List.of(eventId, attendeeId);
			if (changes == null) {
				tx.run(this.cypher.get("edit/delete_relationship"), Map.of("elementId", elementId)).consume();
				return this.log.recorded(tx, operation, "ATTENDANCE", attendanceId(before), names,
						attendanceValues(before), List.of(), null);
			}
			InputChecks checks = new InputChecks("changes");
			Map<String, String> cells = RecordCells.merged(RecordCells.of(before), changes);
			cells.put("event_id", eventId);
			if (before.personId() != null) {
				cells.put("person_id", before.personId());
				cells.remove("unit_id");
			}
			else {
				cells.put("unit_id", before.unitId());
				cells.remove("person_id");
			}
			AttendanceRow after = checks.rules.attendance(cells, 0, before.extras());
			if (checks.failed()) {
				return Outcome.rejected(checks.errors());
			}
			tx.run(this.cypher.get("edit/update_relationship"),
					Map.of("elementId", elementId, "props", GraphMapping.attendanceProperties(after)))
				.consume();
			return this.log.recorded(tx, operation, "ATTENDANCE", attendanceId(after), names,
					attendanceValues(before), attendanceValues(after), after);
		});
	}

	private List<Record> attendanceState(TransactionContext tx, String eventId, String attendeeId) {
		return tx.run(this.cypher.get("edit/attendance_state"), Map.of("eventId", eventId, "attendeeId", attendeeId))
			.list();
	}

	private static String attendanceId(AttendanceRow a) {
		return a.eventId() + "|" + a.attendeeId();
	}

	private static List<Edit.FieldValue> attendanceValues(AttendanceRow a) {
		return RecordCells.values(RecordCells.ATTENDANCE, RecordCells.of(a), a.extras());
	}

	// ---- agreements, items and events alike

	private <R> Outcome<R> create(Kind<R> kind, String operation, Map<String, String> cells) {
		return this.log.write(tx -> {
			InputChecks checks = new InputChecks("input");
			R row = kind.check().check(checks.rules, cells, Collections.emptySortedMap());
			String id = FieldRules.optional(cells.get("id"));
			if (id != null && Objects.equals(id, kind.cells().apply(row).get("id"))) {
				this.log.refuseTaken(tx, id, kind.kind(), checks, "id");
			}
			kind.references().accept(this.log.references(tx, checks), row);
			if (checks.failed()) {
				return Outcome.rejected(checks.errors());
			}
			tx.run(this.cypher.get("edit/create_record"), Map.of("label", kind.label(), "props", kind.props().apply(row)))
				.consume();
			return this.log.recorded(tx, operation, kind.entity(), id, kind.names().apply(row), null,
					values(kind, row), row);
		});
	}

	/**
	 * Changes the one {@code id} names: {@code change} gets its stored cells and gives the new ones.
	 * @param prefix the argument the changed fields are in ("changes"), empty when they are arguments
	 * themselves (endAgreement's until)
	 */
	private <R> Outcome<R> update(Kind<R> kind, String operation, String id, UnaryOperator<Map<String, String>> change,
			String prefix) {
		return this.log.write(tx -> {
			List<Record> stored = tx.run(this.cypher.get(kind.stateQuery()), Map.of("id", id)).list();
			if (stored.isEmpty()) {
				return Outcome.rejected(new InputError("id", FieldRules.noSuch(kind.kind(), id)));
			}
			R before = kind.row().apply(stored.get(0).get("props"));
			Map<String, String> cells = change.apply(kind.cells().apply(before));
			cells.put("id", id);
			InputChecks checks = new InputChecks(prefix);
			R after = kind.check().check(checks.rules, cells, kind.extras().apply(before));
			kind.references().accept(this.log.references(tx, checks), after);
			if (checks.failed()) {
				return Outcome.rejected(checks.errors());
			}
			tx.run(this.cypher.get("edit/update_record"),
					Map.of("elementId", stored.get(0).get("elementId").asString(), "props", kind.props().apply(after)))
				.consume();
			Set<String> names = new LinkedHashSet<>(kind.names().apply(before));
			names.addAll(kind.names().apply(after));
			return this.log.recorded(tx, operation, kind.entity(), id, List.copyOf(names), values(kind, before),
					values(kind, after), after);
		});
	}

	private static <R> List<Edit.FieldValue> values(Kind<R> kind, R row) {
		return RecordCells.values(kind.columns(), kind.cells().apply(row), kind.extras().apply(row));
	}

	private static List<String> ids(String... ids) {
		return Stream.of(ids).filter(Objects::nonNull).distinct().toList();
	}

	private static Map<String, Object> single(String field, Object value) {
		Map<String, Object> change = new HashMap<>();
		change.put(field, value);
		return change;
	}

}
