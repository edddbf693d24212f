package io.govgraph.export;

import java.io.Writer;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import io.govgraph.analysis.Results;
import io.govgraph.directory.Unit;
import io.govgraph.model.XmlText;

/**
 * Writes the interlock graph (docs/spec/analysis.md v1.1) for a visualization tool: an undirected
 * graph of units whose edges carry the weight (days of overlap) and how many people join the ends.
 * People are counted, not named, so the file holds no personal data.
 */
final class InterlockExport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private InterlockExport() {
	}

	static void write(List<Results.Interlock> edges, Map<String, Unit> units, LocalDate asOf, ExportFormat format,
			Writer out) {
		Map<String, Unit> vertices = new LinkedHashMap<>();
		new TreeSet<>(edges.stream().flatMap(e -> java.util.stream.Stream.of(e.aId(), e.bId())).toList())
			.forEach(id -> vertices.put(id, units.get(id)));
		try {
			switch (format) {
				case CYTOSCAPE -> json(edges, vertices, asOf, out);
				case GRAPHML -> xml(edges, vertices, out, false);
				case GEXF -> xml(edges, vertices, out, true);
			}
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Cannot write the interlock graph: " + ex.getMessage(), ex);
		}
	}

	private static void json(List<Results.Interlock> edges, Map<String, Unit> vertices, LocalDate asOf, Writer out) {
		ObjectNode root = JSON.createObjectNode();
		root.put("asOf", asOf.toString());
		ObjectNode elements = root.putObject("elements");
		ArrayNode nodes = elements.putArray("nodes");
		vertices.forEach((id, u) -> {
			ObjectNode data = nodes.addObject().putObject("data");
			data.put("id", id);
			if (u != null) {
				data.put("name", u.name());
				data.put("type", u.type());
			}
		});
		ArrayNode links = elements.putArray("edges");
		for (Results.Interlock e : edges) {
			ObjectNode data = links.addObject().putObject("data");
			data.put("id", id(e));
			data.put("source", e.aId());
			data.put("target", e.bId());
			data.put("weight", e.weight());
			data.put("people", e.personIds().size());
		}
		JSON.writeValue(out, root);
	}

	private static void xml(List<Results.Interlock> edges, Map<String, Unit> vertices, Writer out, boolean gexf)
			throws XMLStreamException {
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeCharacters("\n");
		if (gexf) {
			xml.writeStartElement("gexf");
			xml.writeDefaultNamespace(Gexf.NAMESPACE);
			xml.writeAttribute("version", "1.3");
			xml.writeStartElement("graph");
			xml.writeAttribute("defaultedgetype", "undirected");
			xml.writeStartElement("attributes");
			xml.writeAttribute("class", "node");
			attribute(xml, "type", "string");
			xml.writeEndElement();
			xml.writeStartElement("attributes");
			xml.writeAttribute("class", "edge");
			attribute(xml, "people", "integer");
			xml.writeEndElement();
			xml.writeStartElement("nodes");
		}
		else {
			xml.writeStartElement("graphml");
			xml.writeDefaultNamespace(GraphMl.NAMESPACE);
			key(xml, "node", "name", "string");
			key(xml, "node", "type", "string");
			key(xml, "edge", "weight", "long");
			key(xml, "edge", "people", "int");
			xml.writeStartElement("graph");
			xml.writeAttribute("edgedefault", "undirected");
		}
		for (Map.Entry<String, Unit> v : vertices.entrySet()) {
			xml.writeStartElement("node");
			xml.writeAttribute("id", XmlText.clean(v.getKey()));
			Unit u = v.getValue();
			if (gexf) {
				xml.writeAttribute("label", XmlText.clean(u != null ? u.name() : v.getKey()));
				if (u != null) {
					xml.writeStartElement("attvalues");
					attvalue(xml, "type", u.type());
					xml.writeEndElement();
				}
			}
			else if (u != null) {
				data(xml, "node", "name", u.name());
				data(xml, "node", "type", u.type());
			}
			xml.writeEndElement();
		}
		if (gexf) {
			xml.writeEndElement();
			xml.writeStartElement("edges");
		}
		for (Results.Interlock e : edges) {
			xml.writeStartElement("edge");
			xml.writeAttribute("id", XmlText.clean(id(e)));
			xml.writeAttribute("source", XmlText.clean(e.aId()));
			xml.writeAttribute("target", XmlText.clean(e.bId()));
			if (gexf) {
				xml.writeAttribute("weight", Long.toString(e.weight()));
				xml.writeStartElement("attvalues");
				attvalue(xml, "people", Integer.toString(e.personIds().size()));
				xml.writeEndElement();
			}
			else {
				data(xml, "edge", "weight", Long.toString(e.weight()));
				data(xml, "edge", "people", Integer.toString(e.personIds().size()));
			}
			xml.writeEndElement();
		}
		if (gexf) {
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.flush();
	}

	private static String id(Results.Interlock e) {
		return e.aId() + "~" + e.bId();
	}

	private static void key(XMLStreamWriter xml, String domain, String name, String type) throws XMLStreamException {
		xml.writeEmptyElement("key");
		xml.writeAttribute("id", domain + "_" + name);
		xml.writeAttribute("for", domain);
		xml.writeAttribute("attr.name", name);
		xml.writeAttribute("attr.type", type);
	}

	private static void data(XMLStreamWriter xml, String domain, String name, String value) throws XMLStreamException {
		xml.writeStartElement("data");
		xml.writeAttribute("key", domain + "_" + name);
		xml.writeCharacters(XmlText.clean(value));
		xml.writeEndElement();
	}

	private static void attribute(XMLStreamWriter xml, String name, String type) throws XMLStreamException {
		xml.writeEmptyElement("attribute");
		xml.writeAttribute("id", name);
		xml.writeAttribute("title", name);
		xml.writeAttribute("type", type);
	}

	private static void attvalue(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
		xml.writeEmptyElement("attvalue");
		xml.writeAttribute("for", name);
		xml.writeAttribute("value", XmlText.clean(value));
	}

}
