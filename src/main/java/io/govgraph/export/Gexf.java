package io.govgraph.export;

import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import io.govgraph.export.ExportGraph.Spell;
import io.govgraph.model.XmlText;

import static io.govgraph.export.GraphMl.unchecked;

/**
 * Writes GEXF 1.3 in dynamic mode ({@code mode="dynamic"}, {@code timeformat="date"}): each dated
 * unit, person, post and link is given its closed interval of days ({@code start}/{@code end}, or
 * {@code <spells>} for a person whose posts leave gaps), so Gephi's timeline can play it. Written
 * element by element as the source hands them over (StAX), so the file is never held whole.
 */
final class Gexf {

	static final String NAMESPACE = "http://gexf.net/1.3";

	private Gexf() {
	}

	static void write(ExportSource source, Writer out, Consumer<Object> written) {
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			newLine(xml, 0);
			xml.writeStartElement("gexf");
			xml.writeDefaultNamespace(NAMESPACE);
			xml.writeNamespace("xsi", XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI);
			xml.writeAttribute("xsi", XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, "schemaLocation",
					NAMESPACE + " " + NAMESPACE + "/gexf.xsd");
			xml.writeAttribute("version", "1.3");
			newLine(xml, 1);
			xml.writeStartElement("meta");
			newLine(xml, 2);
			xml.writeStartElement("creator");
			xml.writeCharacters("GovGraph");
			xml.writeEndElement();
			newLine(xml, 1);
			xml.writeEndElement();
			newLine(xml, 1);
			xml.writeStartElement("graph");
			xml.writeAttribute("defaultedgetype", "directed");
			xml.writeAttribute("mode", "dynamic");
			xml.writeAttribute("timeformat", "date");
			xml.writeAttribute("timerepresentation", "interval");
			// "label" is GEXF's own attribute of a node or an edge, not a declared one.
			List<String> nodeAttributes = declared(ExportAttributes.VERTEX);
			List<String> edgeAttributes = declared(ExportAttributes.EDGE);
			attributes(xml, "node", nodeAttributes);
			attributes(xml, "edge", edgeAttributes);
			newLine(xml, 2);
			xml.writeStartElement("nodes");
			source.vertices(v -> unchecked(() -> {
				element(xml, "node", XmlText.clean(v.id()), null, null, ExportAttributes.of(v), nodeAttributes,
						v.spells());
				written.accept(v);
			}));
			newLine(xml, 2);
			xml.writeEndElement();
			newLine(xml, 2);
			xml.writeStartElement("edges");
			source.edges(e -> unchecked(() -> {
				element(xml, "edge", XmlText.clean(e.id()), XmlText.clean(e.source()), XmlText.clean(e.target()),
						ExportAttributes.of(e), edgeAttributes, e.spells());
				written.accept(e);
			}));
			newLine(xml, 2);
			xml.writeEndElement();
			newLine(xml, 1);
			xml.writeEndElement();
			newLine(xml, 0);
			xml.writeEndElement();
			newLine(xml, 0);
			xml.writeEndDocument();
			xml.flush();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Cannot write GEXF: " + ex.getMessage(), ex);
		}
	}

	private static List<String> declared(List<String> names) {
		return names.stream().filter(name -> !name.equals("label")).toList();
	}

	/** Declares the attributes of a class; each is known by its position in the list. */
	private static void attributes(XMLStreamWriter xml, String cls, List<String> names) throws XMLStreamException {
		newLine(xml, 2);
		xml.writeStartElement("attributes");
		xml.writeAttribute("class", cls);
		for (int i = 0; i < names.size(); i++) {
			newLine(xml, 3);
			xml.writeEmptyElement("attribute");
			xml.writeAttribute("id", Integer.toString(i));
			xml.writeAttribute("title", names.get(i));
			xml.writeAttribute("type", "string");
		}
		newLine(xml, 2);
		xml.writeEndElement();
	}

	/** A node (no source or target) or an edge, with its label, attribute values and days. */
	private static void element(XMLStreamWriter xml, String name, String id, String source, String target,
			Map<String, String> values, List<String> declared, List<Spell> spells) throws XMLStreamException {
		newLine(xml, 3);
		xml.writeStartElement(name);
		xml.writeAttribute("id", id);
		if (source != null) {
			xml.writeAttribute("source", source);
			xml.writeAttribute("target", target);
		}
		if (values.containsKey("label")) {
			xml.writeAttribute("label", values.get("label"));
		}
		if (spells.size() == 1) {
			spell(xml, spells.get(0));
		}
		boolean any = declared.stream().anyMatch(values::containsKey);
		if (any) {
			newLine(xml, 4);
			xml.writeStartElement("attvalues");
			for (int i = 0; i < declared.size(); i++) {
				String value = values.get(declared.get(i));
				if (value != null) {
					newLine(xml, 5);
					xml.writeEmptyElement("attvalue");
					xml.writeAttribute("for", Integer.toString(i));
					xml.writeAttribute("value", value);
				}
			}
			newLine(xml, 4);
			xml.writeEndElement();
		}
		if (spells.size() > 1) {
			newLine(xml, 4);
			xml.writeStartElement("spells");
			for (Spell s : spells) {
				newLine(xml, 5);
				xml.writeEmptyElement("spell");
				spell(xml, s);
			}
			newLine(xml, 4);
			xml.writeEndElement();
		}
		if (any || spells.size() > 1) {
			newLine(xml, 3);
		}
		xml.writeEndElement();
	}

	private static void spell(XMLStreamWriter xml, Spell spell) throws XMLStreamException {
		if (spell.start() != null) {
			xml.writeAttribute("start", spell.start().toString());
		}
		if (spell.end() != null) {
			xml.writeAttribute("end", spell.end().toString());
		}
	}

	private static void newLine(XMLStreamWriter xml, int depth) throws XMLStreamException {
		xml.writeCharacters("\n" + "  ".repeat(depth));
	}

}
