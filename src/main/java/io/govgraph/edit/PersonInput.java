package io.govgraph.edit;

import org.springframework.graphql.data.ArgumentValue;

import io.govgraph.model.FieldRules.PersonCells;

/** A new person (GraphQL {@code PersonInput}); checked as the people.csv row it is exported as. */
public record PersonInput(String id, String name, Boolean partyMember, String partySince, String gender,
		Integer birthYear, String phone, String source, String homeId, String partyBranchId) {

	PersonCells cells() {
		return new PersonCells(this.id, this.name, Merge.text(this.partyMember), this.partySince, this.gender,
				Merge.text(this.birthYear), this.phone, this.source, this.homeId, this.partyBranchId);
	}

	/** Changes to a person (GraphQL {@code PersonChanges}): fields given are set, null clears, left out stay. */
	public record Changes(ArgumentValue<String> name, ArgumentValue<Boolean> partyMember,
			ArgumentValue<String> partySince, ArgumentValue<String> gender, ArgumentValue<Integer> birthYear,
			ArgumentValue<String> phone, ArgumentValue<String> source, ArgumentValue<String> homeId,
			ArgumentValue<String> partyBranchId) {

		PersonCells applyTo(PersonCells p) {
			return new PersonCells(p.id(), Merge.value(this.name, p.name()),
					Merge.text(this.partyMember, p.partyMember()),
					Merge.value(this.partySince, p.partySince()), Merge.value(this.gender, p.gender()),
					Merge.text(this.birthYear, p.birthYear()),
					Merge.value(this.phone, p.phone()), Merge.value(this.source, p.source()),
					Merge.value(this.homeId, p.homeId()), Merge.value(this.partyBranchId, p.partyBranchId()));
		}

	}

}
