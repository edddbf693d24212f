package io.govgraph.export;

import java.io.Writer;
import java.util.function.Consumer;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import io.govgraph.export.ExportGraph.Edge;

/**
 * Writes Cytoscape.js elements JSON ({@code cy.json()} / {@code cy.add()} read it): the containment
 * tree as compound nodes ({@code data.parent}) rather than as UNDER edges, links and posts as edges.
 * Written element by element as the source hands them over, so the file is never held whole.
 */
final class CytoscapeJson {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private CytoscapeJson() {
	}

	static void write(ExportSource source, Writer out, Consumer<Object> written) {
		// flushed, not closed: the writer is the caller's
		JsonGenerator json = JSON.writerWithDefaultPrettyPrinter().createGenerator(out);
		json.writeStartObject();
		json.writeStringProperty("asOf", source.asOf().toString());
		json.writeBooleanProperty("history", source.history());
		json.writeObjectPropertyStart("elements");
		json.writeArrayPropertyStart("nodes");
		source.vertices(v -> {
			json.writeStartObject();
			json.writeObjectPropertyStart("data");
			json.writeStringProperty("id", v.id());
			if (v.parentId() != null && source.hasUnit(v.parentId())) {
				json.writeStringProperty("parent", v.parentId());
			}
			ExportAttributes.of(v).forEach(json::writeStringProperty);
			json.writeEndObject();
			json.writeEndObject();
			written.accept(v);
		});
		json.writeEndArray();
		json.writeArrayPropertyStart("edges");
		source.edges(e -> {
			if (!"UNDER".equals(e.kind())) {
				edge(json, e);
			}
			// an UNDER pair is drawn as the child's parent above
			written.accept(e);
		});
		json.writeEndArray();
		json.writeEndObject();
		json.writeEndObject();
		json.flush();
	}

	private static void edge(JsonGenerator json, Edge e) {
		json.writeStartObject();
		json.writeObjectPropertyStart("data");
		json.writeStringProperty("id", e.id());
		json.writeStringProperty("source", e.source());
		json.writeStringProperty("target", e.target());
		ExportAttributes.of(e).forEach(json::writeStringProperty);
		json.writeEndObject();
		json.writeEndObject();
	}

}
