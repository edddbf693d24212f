package io.govgraph.edit;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import org.neo4j.driver.TransactionContext;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import io.govgraph.model.DataSet.PersonRow;
import io.govgraph.model.FieldRules;
import io.govgraph.model.FieldRules.PersonCells;
import io.govgraph.model.GraphMapping;
import io.govgraph.store.CypherQueries;

/**
 * Creates and changes people, checked by the field rules and against the store (ids) and stored
 * the importer's way (GraphMapping).
 */
@Service
@PreAuthorize("hasRole('EDITOR')")
public class PersonEdits {

	private final EditLog log;

	private final CypherQueries cypher;

	PersonEdits(EditLog log, CypherQueries cypher) {
		this.log = log;
		this.cypher = cypher;
	}

	public Outcome<PersonRow> createPerson(PersonInput input) {
		return this.log.write(tx -> write(tx, "createPerson", null, new InputChecks("input"), input.cells(),
				Collections.emptySortedMap()));
	}

	public Outcome<PersonRow> updatePerson(String id, PersonInput.Changes changes) {
		return this.log.write(tx -> {
			List<PersonRow> stored = tx.run(this.cypher.get("edit/person_state"), Map.of("id", id))
				.list(r -> GraphMapping.personRow(r.get("props")));
			if (stored.isEmpty()) {
				return Outcome.rejected(new InputError("id", FieldRules.noSuch("person", id)));
			}
			PersonRow before = stored.get(0);
			return write(tx, "updatePerson", before, new InputChecks("changes"),
					changes.applyTo(PersonCells.of(before)), before.extras());
		});
	}

	private Outcome<PersonRow> write(TransactionContext tx, String operation, PersonRow before, InputChecks checks,
			PersonCells cells, SortedMap<String, String> extras) {
		PersonRow person = checks.rules.person(cells, 0, extras);
		if (before == null && person.id() != null) {
			this.log.refuseTaken(tx, person.id(), "person", checks, "id");
		}
		this.log.references(tx, checks).person(person);
		if (checks.failed()) {
			return Outcome.rejected(checks.errors());
		}
		tx.run(this.cypher.get(before == null ? "edit/create_person" : "edit/update_person"),
				Map.of("id", person.id(), "props", GraphMapping.personProperties(person)))
			.consume();
		return this.log.recorded(tx, operation, "PERSON", person.id(), List.of(person.id()),
				before == null ? null : values(before), values(person), person);
	}

	private static List<Edit.FieldValue> values(PersonRow p) {
		return new FieldValues().add("id", p.id())
			.add("name", p.name())
			.add("partyMember", p.partyMember())
			.add("partySince", p.partySince())
			.add("gender", p.gender())
			.add("birthYear", p.birthYear())
			.add("phone", p.phone())
			.add("source", p.source())
			.add("homeId", p.homeId())
			.add("partyBranchId", p.partyBranchId())
			.withExtras(p.extras());
	}

}
