package io.govgraph.directory;

import java.time.LocalDate;

import io.govgraph.security.PersonalData;

/** A person, as the GraphQL type {@code Person} shows them (name, phone, partySince: personal data). */
public record Person(String id, String name, Boolean partyMember, LocalDate partySince, String gender,
		Integer birthYear, String phone, String source) implements PersonalData {

	@Override
	public String personId() {
		return this.id;
	}

}
