package io.govgraph.linkage;

import io.govgraph.security.PersonalData;

/**
 * A vertex of a subgraph or path as a front-end draws it: {@code kind} is UNIT or PERSON,
 * {@code type} the v1 unit type (null for people), {@code hiddenNeighbors} the neighbours on the
 * day that the answer leaves out.
 */
public record GraphVertex(String id, String kind, String type, String name, String parentId, int hiddenNeighbors)
		implements PersonalData {

	/** The kind of a unit. */
	public static final String UNIT = "UNIT";

	static final String PERSON = "PERSON";

	/** A person's vertex shows their name: personal data. */
	@Override
	public String personId() {
		return PERSON.equals(this.kind) ? this.id : null;
	}

	GraphVertex withHiddenNeighbors(int hidden) {
		return new GraphVertex(this.id, this.kind, this.type, this.name, this.parentId, hidden);
	}

}
