package io.govgraph.directory;

import java.time.LocalDate;

/** A person, as the GraphQL type {@code Person} shows them. */
public record Person(String id, String name, Boolean partyMember, LocalDate partySince, String gender,
		Integer birthYear, String phone, String source) {
}
