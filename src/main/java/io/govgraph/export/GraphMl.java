package io.govgraph.export;

import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLExporter.AttributeCategory;

import io.govgraph.export.ExportGraph.Edge;
import io.govgraph.export.ExportGraph.Vertex;

/** Writes GraphML with JGraphT's exporter; every attribute is a declared string key. */
final class GraphMl {

	private GraphMl() {
	}

	static void write(ExportGraph graph, Writer out, java.util.function.Consumer<Object> written) {
		GraphMLExporter<Vertex, Edge> exporter = new GraphMLExporter<>(Vertex::id);
		exporter.setEdgeIdProvider(Edge::id);
		// The exporter keeps one declaration per attribute name: a name that vertices and edges share
		// (label, kind) must be declared for both at once, or the later declaration hides the other's.
		ExportAttributes.VERTEX.forEach(name -> exporter.registerAttribute(name,
				ExportAttributes.EDGE.contains(name) ? AttributeCategory.ALL : AttributeCategory.NODE, AttributeType.STRING));
		ExportAttributes.EDGE.stream()
			.filter(name -> !ExportAttributes.VERTEX.contains(name))
			.forEach(name -> exporter.registerAttribute(name, AttributeCategory.EDGE, AttributeType.STRING));
		exporter.setVertexAttributeProvider(v -> attributes(ExportAttributes.of(v), v, written));
		exporter.setEdgeAttributeProvider(e -> attributes(ExportAttributes.of(e), e, written));
		exporter.exportGraph(graph.graph(), out);
	}

	/** The exporter asks once per vertex and edge for its attributes: that is when {@code written} is told. */
	static Map<String, Attribute> attributes(Map<String, String> values, Object element,
			java.util.function.Consumer<Object> written) {
		written.accept(element);
		Map<String, Attribute> result = new LinkedHashMap<>();
		values.forEach((k, v) -> result.put(k, DefaultAttribute.createAttribute(v)));
		return result;
	}

}
