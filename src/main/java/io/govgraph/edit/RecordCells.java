package io.govgraph.edit;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.govgraph.model.DataSet.AgreementRow;
import io.govgraph.model.DataSet.AttendanceRow;
import io.govgraph.model.DataSet.EventRow;
import io.govgraph.model.DataSet.ItemRow;
import io.govgraph.model.DataSet.PartyRow;

/**
 * The v1.1 rows as the text of their cells, by column name, in the order of the format: what a change
 * is merged into and checked as (by the importer's field rules), and what its {@link Edit} keeps.
 */
final class RecordCells {

	static final List<String> AGREEMENT = List.of("id", "type", "name", "since", "until", "amount", "note", "source");

	static final List<String> PARTY = List.of("agreement_id", "unit_id", "role", "note");

	static final List<String> ITEM = List.of("id", "list", "title", "agreement_id", "owner_id", "provider_id",
			"beneficiary_id", "status", "since", "until", "amount", "hours", "note", "source");

	static final List<String> EVENT = List.of("id", "type", "date", "host_id", "title", "agreement_id", "note",
			"source");

	static final List<String> ATTENDANCE = List.of("event_id", "person_id", "unit_id", "role", "note");

	private RecordCells() {
	}

	static Map<String, String> of(AgreementRow a) {
		return cells(AGREEMENT, a.id(), a.type(), a.name(), a.since(), a.until(), a.amount(), a.note(), a.source());
	}

	static Map<String, String> of(PartyRow p) {
		return cells(PARTY, p.agreementId(), p.unitId(), p.role(), p.note());
	}

	static Map<String, String> of(ItemRow i) {
		return cells(ITEM, i.id(), i.list(), i.title(), i.agreementId(), i.ownerId(), i.providerId(),
				i.beneficiaryId(), i.status(), i.since(), i.until(), i.amount(), i.hours(), i.note(), i.source());
	}

	static Map<String, String> of(EventRow e) {
		return cells(EVENT, e.id(), e.type(), e.date(), e.hostId(), e.title(), e.agreementId(), e.note(), e.source());
	}

	static Map<String, String> of(AttendanceRow a) {
		return cells(ATTENDANCE, a.eventId(), a.personId(), a.unitId(), a.role(), a.note());
	}

	/** The given cells of an input, by column (absent where null). */
	static Map<String, String> cells(List<String> columns, Object... values) {
		Map<String, String> cells = new HashMap<>();
		for (int i = 0; i < columns.size(); i++) {
			Object v = values[i];
			if (v != null) {
				cells.put(columns.get(i), v instanceof BigDecimal n ? n.toPlainString() : v.toString());
			}
		}
		return cells;
	}

	/**
	 * A change (GraphQL {@code …Changes}, as its raw argument map) applied to the stored cells: a field
	 * given is set, given null it is cleared, left out it stays. Fields are named in camel case.
	 */
	static Map<String, String> merged(Map<String, String> stored, Map<String, Object> changes) {
		Map<String, String> cells = new HashMap<>(stored);
		changes.forEach((field, value) -> {
			String column = InputChecks.columnName(field);
			if (value == null) {
				cells.remove(column);
			}
			else {
				cells.put(column, value.toString());
			}
		});
		return cells;
	}

	/** The row's values for its {@link Edit}, by input field name, in the format's column order. */
	static List<Edit.FieldValue> values(List<String> columns, Map<String, String> cells,
			java.util.SortedMap<String, String> extras) {
		FieldValues values = new FieldValues();
		columns.forEach(c -> values.add(InputChecks.inputName(c), cells.get(c)));
		return values.withExtras(extras);
	}

}
