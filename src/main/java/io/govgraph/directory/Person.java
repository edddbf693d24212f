package io.govgraph.directory;

import java.time.LocalDate;

import io.govgraph.security.PersonalData;

/**
 * A person, as the GraphQL type {@code Person} shows them (name, phone, partySince, gender and
 * birthYear: personal data; the birth decade is not).
 */
public record Person(String id, String name, Boolean partyMember, LocalDate partySince, String gender,
		Integer birthYear, String phone, String source) implements PersonalData {

	/** The decade of birth as its first year (1990 for 1990–1999), or null when the year is unknown. */
	public Integer birthDecade() {
		return this.birthYear == null ? null : Math.floorDiv(this.birthYear, 10) * 10;
	}

	@Override
	public String personId() {
		return this.id;
	}

}
