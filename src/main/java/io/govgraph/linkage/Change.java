package io.govgraph.linkage;

import java.time.LocalDate;

import io.govgraph.security.PersonalData;

/** A post or link that began or ended on a day; a post's source is a person, named in sourceName. */
public record Change(LocalDate date, String event, GraphEdge edge, String sourceName, String targetName)
		implements PersonalData {

	@Override
	public String personId() {
		return "POST".equals(this.edge.kind()) ? this.edge.source() : null;
	}

}
