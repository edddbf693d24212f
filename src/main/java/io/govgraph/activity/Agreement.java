package io.govgraph.activity;

import java.time.LocalDate;

/** An agreement (v1.1 {@code agreements.csv}), as the GraphQL type {@code Agreement} shows it. */
public record Agreement(String id, String type, String name, LocalDate since, LocalDate until, Double amount,
		String note, String source) {
}
