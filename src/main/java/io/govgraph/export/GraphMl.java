package io.govgraph.export;

import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import io.govgraph.export.ExportGraph.Edge;
import io.govgraph.export.ExportGraph.Vertex;
import io.govgraph.model.XmlText;

/**
 * Writes GraphML with each attribute a string key declared for nodes or for edges, never for
 * {@code all}: igraph's reader (Python and R) drops the values of keys declared for {@code all}, the
 * vertex labels among them. A name that vertices and edges share ({@code label}, {@code kind}) is
 * declared twice, once per domain, under the ids {@code node_label} and {@code edge_label}. JGraphT's
 * exporter keeps one declaration per attribute name, so the file is written here.
 */
final class GraphMl {

	static final String NAMESPACE = "http://graphml.graphdrawing.org/xmlns";

	private static final String NODE = "node";

	private static final String EDGE = "edge";

	private GraphMl() {
	}

	static void write(ExportSource source, Writer out, Consumer<Object> written) {
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			newLine(xml, 0);
			xml.writeStartElement("graphml");
			xml.writeDefaultNamespace(NAMESPACE);
			xml.writeNamespace("xsi", XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI);
			xml.writeAttribute("xsi", XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, "schemaLocation",
					NAMESPACE + " " + NAMESPACE + "/1.0/graphml.xsd");
			keys(xml, NODE, ExportAttributes.VERTEX);
			keys(xml, EDGE, ExportAttributes.EDGE);
			newLine(xml, 1);
			xml.writeStartElement("graph");
			xml.writeAttribute("edgedefault", "directed");
			source.vertices(v -> unchecked(() -> {
				newLine(xml, 2);
				xml.writeStartElement(NODE);
				xml.writeAttribute("id", XmlText.clean(v.id()));
				data(xml, NODE, ExportAttributes.of(v));
				xml.writeEndElement();
				written.accept(v);
			}));
			source.edges(e -> unchecked(() -> {
				newLine(xml, 2);
				xml.writeStartElement(EDGE);
				xml.writeAttribute("id", XmlText.clean(e.id()));
				xml.writeAttribute("source", XmlText.clean(e.source()));
				xml.writeAttribute("target", XmlText.clean(e.target()));
				data(xml, EDGE, ExportAttributes.of(e));
				xml.writeEndElement();
				written.accept(e);
			}));
			newLine(xml, 1);
			xml.writeEndElement();
			newLine(xml, 0);
			xml.writeEndElement();
			newLine(xml, 0);
			xml.writeEndDocument();
			xml.flush();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Cannot write GraphML: " + ex.getMessage(), ex);
		}
	}

	/** A step of the writer that may fail. */
	interface XmlStep {

		void run() throws XMLStreamException;

	}

	/** Runs a step inside a callback, which cannot throw a checked exception. */
	static void unchecked(XmlStep step) {
		try {
			step.run();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Cannot write the export: " + ex.getMessage(), ex);
		}
	}

	/** The id of the key that holds attribute {@code name} of a node or an edge. */
	static String key(String domain, String name) {
		return domain + "_" + name;
	}

	private static void keys(XMLStreamWriter xml, String domain, List<String> names) throws XMLStreamException {
		for (String name : names) {
			newLine(xml, 1);
			xml.writeEmptyElement("key");
			xml.writeAttribute("id", key(domain, name));
			xml.writeAttribute("for", domain);
			xml.writeAttribute("attr.name", name);
			xml.writeAttribute("attr.type", "string");
		}
	}

	private static void data(XMLStreamWriter xml, String domain, Map<String, String> values) throws XMLStreamException {
		for (Map.Entry<String, String> value : values.entrySet()) {
			newLine(xml, 3);
			xml.writeStartElement("data");
			xml.writeAttribute("key", key(domain, value.getKey()));
			xml.writeCharacters(value.getValue());
			xml.writeEndElement();
		}
		if (!values.isEmpty()) {
			newLine(xml, 2);
		}
	}

	private static void newLine(XMLStreamWriter xml, int depth) throws XMLStreamException {
		xml.writeCharacters("\n" + "  ".repeat(depth));
	}

}
