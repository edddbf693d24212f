package io.govgraph.edit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import io.govgraph.model.DataSet.UnitRow;
import io.govgraph.model.FieldRules;
import io.govgraph.model.FieldRules.UnitCells;
import io.govgraph.model.GraphMapping;
import io.govgraph.model.Vocabulary;
import io.govgraph.store.CypherQueries;

/**
 * Creates and changes units, checked by the field rules and against the store (ids, parent,
 * cycles) and stored the importer's way (GraphMapping), so that an export after edits imports again
 * unchanged.
 */
@Service
@PreAuthorize("hasRole('EDITOR')")
public class UnitEdits {

	private final EditLog log;

	private final CypherQueries cypher;

	UnitEdits(EditLog log, CypherQueries cypher) {
		this.log = log;
		this.cypher = cypher;
	}

	public Outcome<UnitRow> createUnit(UnitInput input) {
		return this.log.write(tx -> write(tx, "createUnit", null, new InputChecks("input"), input.cells(),
				Collections.emptySortedMap()));
	}

	/** Changes the fields given; the unit's type label and parent follow. */
	public Outcome<UnitRow> updateUnit(String id, UnitInput.Changes changes) {
		return this.log.write(tx -> {
			List<UnitRow> stored = tx.run(this.cypher.get("edit/unit_state"), Map.of("id", id))
				.list(r -> GraphMapping.unitRow(r.get("props"), r.get("parentId").asString(null)));
			if (stored.isEmpty()) {
				return Outcome.rejected(new InputError("id", FieldRules.noSuch("unit", id)));
			}
			UnitRow before = stored.get(0);
			return write(tx, "updateUnit", before, new InputChecks("changes"), changes.applyTo(UnitCells.of(before)),
					before.extras());
		});
	}

	private Outcome<UnitRow> write(TransactionContext tx, String operation, UnitRow before, InputChecks checks,
			UnitCells cells, SortedMap<String, String> extras) {
		UnitRow unit = checks.rules.unit(cells, 0, extras);
		if (before == null && unit.id() != null) {
			this.log.refuseTaken(tx, unit.id(), "unit", checks, "id");
		}
		if (unit.parentId() != null && unit.id() != null) {
			if (!this.log.taken(tx, unit.parentId()).unit()) {
				checks.error("parentId", FieldRules.noSuch("unit", unit.parentId()));
			}
			else {
				List<String> loop = loop(tx, unit.id(), unit.parentId());
				if (!loop.isEmpty()) {
					checks.error("parentId", FieldRules.cycle(loop));
				}
			}
		}
		if (checks.failed()) {
			return Outcome.rejected(checks.errors());
		}
		Map<String, Object> params = new HashMap<>();
		params.put("id", unit.id());
		params.put("props", GraphMapping.unitProperties(unit));
		params.put("label", Vocabulary.label(unit.type()));
		params.put("parentId", unit.parentId());
		tx.run(this.cypher.get(before == null ? "edit/create_unit" : "edit/update_unit"), params).consume();
		return this.log.recorded(tx, operation, "UNIT", unit.id(), List.of(unit.id()),
				before == null ? null : values(before), values(unit), unit);
	}

	/** The loop putting {@code id} under {@code parentId} would close, from {@code id} back to it; empty if none. */
	private List<String> loop(TransactionContext tx, String id, String parentId) {
		List<List<String>> trails = tx.run(this.cypher.get("edit/creates_cycle"), Map.of("id", id, "parentId", parentId))
			.list(r -> r.get("trail").asList(Value::asString));
		if (trails.isEmpty()) {
			return List.of();
		}
		List<String> loop = new ArrayList<>();
		loop.add(id);
		loop.addAll(trails.get(0));
		return loop;
	}

	private static List<Edit.FieldValue> values(UnitRow u) {
		return new FieldValues().add("id", u.id())
			.add("type", u.type())
			.add("name", u.name())
			.add("parentId", u.parentId())
			.add("aliases", u.aliases())
			.add("sector", u.sector())
			.add("founded", u.founded())
			.add("dissolved", u.dissolved())
			.add("note", u.note())
			.add("source", u.source())
			.withExtras(u.extras());
	}

}
