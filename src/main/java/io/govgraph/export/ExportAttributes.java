package io.govgraph.export;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.govgraph.export.ExportGraph.Edge;
import io.govgraph.export.ExportGraph.Vertex;
import io.govgraph.model.XmlText;

/**
 * The attributes every export format gives a vertex or an edge, under the same names, so that a
 * GraphML, GEXF or Cytoscape.js reader sees the same fields.
 */
final class ExportAttributes {

	/** Vertex attributes, in the order formats declare them. */
	static final List<String> VERTEX = List.of("label", "kind", "type", "sector", "founded", "dissolved");

	/** Edge attributes, in the order formats declare them. */
	static final List<String> EDGE = List.of("label", "kind", "relation", "role", "title", "since", "until");

	private ExportAttributes() {
	}

	/** The vertex's attributes that have a value. */
	static Map<String, String> of(Vertex v) {
		Map<String, String> a = new LinkedHashMap<>();
		put(a, "label", v.name());
		put(a, "kind", v.kind());
		put(a, "type", v.type());
		put(a, "sector", v.sector());
		put(a, "founded", v.founded());
		put(a, "dissolved", v.dissolved());
		return a;
	}

	/** The edge's attributes that have a value; its label is the link type or the post's role. */
	static Map<String, String> of(Edge e) {
		Map<String, String> a = new LinkedHashMap<>();
		put(a, "label", "POST".equals(e.kind()) ? e.role() : e.type());
		put(a, "kind", e.kind());
		put(a, "relation", e.type());
		put(a, "role", e.role());
		put(a, "title", e.title());
		put(a, "since", e.since());
		put(a, "until", e.until());
		return a;
	}

	/** Characters XML 1.0 does not allow are replaced, whatever is stored, so no export is malformed. */
	private static void put(Map<String, String> a, String name, Object value) {
		if (value != null) {
			a.put(name, XmlText.clean(value instanceof LocalDate d ? d.toString() : value.toString()));
		}
	}

}
