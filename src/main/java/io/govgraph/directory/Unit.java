package io.govgraph.directory;

import java.time.LocalDate;
import java.util.List;

/** An organization or a place, as the GraphQL type {@code Unit} shows it. */
public record Unit(String id, String name, String type, List<String> aliases, String sector, LocalDate founded,
		LocalDate dissolved, String note, String source, String parentId) {

	/** Whether the unit exists on the day: founded empty or on/before it, dissolved empty or after it. */
	public boolean existsOn(LocalDate day) {
		return (this.founded == null || !this.founded.isAfter(day)) && (this.dissolved == null || this.dissolved.isAfter(day));
	}

}
