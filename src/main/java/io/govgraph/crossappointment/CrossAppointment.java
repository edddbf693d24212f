package io.govgraph.crossappointment;

import java.time.LocalDate;
import java.util.List;

/**
 * A person cross-appointed in a compound on a date, with the posts in force on its sides that make
 * it (two or more sides, docs/spec/import-format.md §Cross-appointment).
 */
public record CrossAppointment(String compoundId, String personId, List<SidePost> posts) {

	/** A post in force on one side ({@code OWNERS}, {@code PROPERTY} or {@code COMMUNITY}) of a compound. */
	public record SidePost(String side, String unitId, String role, String title, LocalDate since, LocalDate until,
			String source) {
	}

	/** The distinct sides the posts are on, in the order OWNERS, PROPERTY, COMMUNITY. */
	public List<String> sides() {
		return List.of("OWNERS", "PROPERTY", "COMMUNITY")
			.stream()
			.filter(s -> this.posts.stream().anyMatch(p -> p.side().equals(s)))
			.toList();
	}

}
