package io.govgraph.export;

import java.io.Writer;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import io.govgraph.export.ExportGraph.Edge;
import io.govgraph.export.ExportGraph.Vertex;

/**
 * Writes Cytoscape.js elements JSON ({@code cy.json()} / {@code cy.add()} read it): the containment
 * tree as compound nodes ({@code data.parent}) rather than as UNDER edges, links and posts as edges.
 */
final class CytoscapeJson {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private CytoscapeJson() {
	}

	static void write(ExportGraph graph, Writer out, java.util.function.Consumer<Object> written) {
		ObjectNode root = JSON.createObjectNode();
		root.put("asOf", graph.asOf().toString());
		root.put("history", graph.history());
		ObjectNode elements = root.putObject("elements");
		ArrayNode nodes = elements.putArray("nodes");
		for (Vertex v : graph.vertices()) {
			ObjectNode data = nodes.addObject().putObject("data");
			data.put("id", v.id());
			if (v.parentId() != null && graph.vertex(v.parentId()) != null) {
				data.put("parent", v.parentId());
			}
			ExportAttributes.of(v).forEach(data::put);
			written.accept(v);
		}
		ArrayNode edges = elements.putArray("edges");
		for (Edge e : graph.edges()) {
			if ("UNDER".equals(e.kind())) {
				written.accept(e); // drawn as the child's parent above
				continue;
			}
			ObjectNode data = edges.addObject().putObject("data");
			data.put("id", e.id());
			data.put("source", e.source());
			data.put("target", e.target());
			ExportAttributes.of(e).forEach(data::put);
			written.accept(e);
		}
		JSON.writerWithDefaultPrettyPrinter().writeValue(out, root);
	}

}
