package io.govgraph.linkage;

import java.time.LocalDate;
import java.util.Map;

/**
 * An edge of a subgraph or path: UNDER (child to parent), LINK (from to to, {@code type} the v1
 * link type) or POST (person to unit, {@code type} HOLDS_POST, with role and title). Its id is
 * built from what identifies it in the data set, so it is the same in every answer.
 */
public record GraphEdge(String id, String source, String target, String kind, String type, String role,
		String title, LocalDate since, LocalDate until) {

	static final String UNDER = "UNDER";

	static final String HOLDS_POST = "HOLDS_POST";

	/** An edge from the map the Cypher files return: type, source, target, role, title, since, until. */
	static GraphEdge of(Map<String, Object> e) {
		String type = (String) e.get("type");
		String source = (String) e.get("source");
		String target = (String) e.get("target");
		String role = (String) e.get("role");
		LocalDate since = (LocalDate) e.get("since");
		String sinceKey = since == null ? "" : since.toString();
		String kind;
		String id;
		if (UNDER.equals(type)) {
			kind = "UNDER";
			id = String.join("|", type, source, target);
		}
		else if (HOLDS_POST.equals(type)) {
			kind = "POST";
			// A post is identified by person, unit, role and since (docs/spec/import-format.md).
			id = String.join("|", type, source, target, role, sinceKey);
		}
		else {
			kind = "LINK";
			// A link is identified by its ends, type and since.
			id = String.join("|", type, source, target, sinceKey);
		}
		return new GraphEdge(id, source, target, kind, type, role, (String) e.get("title"), since,
				(LocalDate) e.get("until"));
	}

}
