package io.govgraph.activity;

import java.time.LocalDate;

/** A meeting, election, visit or activity, as the GraphQL type {@code Event} shows it. */
public record Event(String id, String type, LocalDate date, String title, String note, String source, String hostId,
		String agreementId) {
}
