package io.govgraph.activity;

import java.time.LocalDate;

/** An entry of a list (resource, need, project, service, duty), as the GraphQL type {@code Item} shows it. */
public record Item(String id, String list, String title, String status, LocalDate since, LocalDate until,
		Double amount, Double hours, String note, String source, String agreementId, String ownerId,
		String providerId, String beneficiaryId) {
}
