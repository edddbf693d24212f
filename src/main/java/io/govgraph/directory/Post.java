package io.govgraph.directory;

import java.time.LocalDate;

/** A person holding a post in a unit. */
public record Post(String personId, String unitId, String role, String title, LocalDate since, LocalDate until,
		String source) {
}
