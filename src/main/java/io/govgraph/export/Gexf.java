package io.govgraph.export;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter.AttributeCategory;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSOutput;
import org.w3c.dom.ls.LSSerializer;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import io.govgraph.export.ExportGraph.Edge;
import io.govgraph.export.ExportGraph.Spell;
import io.govgraph.export.ExportGraph.Vertex;
import io.govgraph.model.XmlText;

/**
 * Writes GEXF 1.3 in dynamic mode. JGraphT's exporter (1.5.3) writes static GEXF 1.2draft only, with
 * no way to give a node or an edge its days; so its output is parsed into a DOM and lifted to 1.3:
 * the 1.3 namespace and version, {@code mode="dynamic"} with {@code timeformat="date"}, and each
 * dated unit, person, post and link given its closed interval of days ({@code start}/{@code end}, or
 * {@code <spells>} for a person whose posts leave gaps), so Gephi's timeline can play it.
 */
final class Gexf {

	static final String NAMESPACE = "http://gexf.net/1.3";

	private Gexf() {
	}

	static void write(ExportGraph graph, Writer out, Consumer<Object> written) {
		StringWriter staticGexf = new StringWriter();
		exporter(written).exportGraph(graph.graph(), staticGexf);
		try {
			Document doc = parse(staticGexf.toString());
			Element root = (Element) rename(doc, doc.getDocumentElement());
			root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns", NAMESPACE);
			root.setAttribute("version", "1.3");
			root.setAttributeNS(XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, "xsi:schemaLocation",
					NAMESPACE + " " + NAMESPACE + "/gexf.xsd");
			Element g = (Element) root.getElementsByTagNameNS(NAMESPACE, "graph").item(0);
			g.setAttribute("mode", "dynamic");
			g.setAttribute("timeformat", "date");
			g.setAttribute("timerepresentation", "interval");
			NodeList nodes = root.getElementsByTagNameNS(NAMESPACE, "node");
			for (int i = 0; i < nodes.getLength(); i++) {
				Element node = (Element) nodes.item(i);
				time(doc, node, graph.vertex(node.getAttribute("id")).spells());
			}
			Map<String, Edge> edges = new java.util.HashMap<>();
			graph.edges().forEach(e -> edges.put(e.id(), e));
			NodeList edgeElements = root.getElementsByTagNameNS(NAMESPACE, "edge");
			for (int i = 0; i < edgeElements.getLength(); i++) {
				Element edge = (Element) edgeElements.item(i);
				time(doc, edge, edges.get(edge.getAttribute("id")).spells());
			}
			serialize(doc, out);
		}
		catch (ParserConfigurationException | SAXException | IOException ex) {
			throw new IllegalStateException("Cannot lift JGraphT's GEXF to 1.3", ex);
		}
	}

	private static GEXFExporter<Vertex, Edge> exporter(Consumer<Object> written) {
		GEXFExporter<Vertex, Edge> exporter = new GEXFExporter<>(v -> XmlText.clean(v.id()), e -> XmlText.clean(e.id()));
		exporter.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_LABELS, true);
		exporter.setParameter(GEXFExporter.Parameter.EXPORT_META, true);
		exporter.setCreator("GovGraph");
		// "label" is GEXF's own attribute of a node or an edge, not a declared one.
		ExportAttributes.VERTEX.stream()
			.filter(name -> !name.equals("label"))
			.forEach(name -> exporter.registerAttribute(name, AttributeCategory.NODE, GEXFAttributeType.STRING));
		ExportAttributes.EDGE.stream()
			.filter(name -> !name.equals("label"))
			.forEach(name -> exporter.registerAttribute(name, AttributeCategory.EDGE, GEXFAttributeType.STRING));
		exporter.setVertexAttributeProvider(v -> attributes(ExportAttributes.of(v), v, written));
		exporter.setEdgeAttributeProvider(e -> attributes(ExportAttributes.of(e), e, written));
		return exporter;
	}

	/** The exporter asks once per vertex and edge for its attributes: that is when {@code written} is told. */
	private static Map<String, Attribute> attributes(Map<String, String> values, Object element,
			Consumer<Object> written) {
		written.accept(element);
		Map<String, Attribute> result = new LinkedHashMap<>();
		values.forEach((k, v) -> result.put(k, DefaultAttribute.createAttribute(v)));
		return result;
	}

	/** Gives an element its days: none when it has no dates, else start/end or spells. */
	private static void time(Document doc, Element element, List<Spell> spells) {
		if (spells.size() == 1) {
			setSpell(element, spells.get(0));
		}
		else if (spells.size() > 1) {
			Element list = doc.createElementNS(NAMESPACE, "spells");
			for (Spell s : spells) {
				Element spell = doc.createElementNS(NAMESPACE, "spell");
				setSpell(spell, s);
				list.appendChild(spell);
			}
			element.appendChild(list);
		}
	}

	private static void setSpell(Element element, Spell spell) {
		if (spell.start() != null) {
			element.setAttribute("start", spell.start().toString());
		}
		if (spell.end() != null) {
			element.setAttribute("end", spell.end().toString());
		}
	}

	/** Moves an element and everything under it into the 1.3 namespace. */
	private static Node rename(Document doc, Node node) {
		Node renamed = node.getNodeType() == Node.ELEMENT_NODE ? doc.renameNode(node, NAMESPACE, node.getLocalName())
				: node;
		NodeList children = renamed.getChildNodes();
		for (int i = 0; i < children.getLength(); i++) {
			rename(doc, children.item(i));
		}
		if (renamed instanceof Element e && e.hasAttribute("xmlns")) {
			e.removeAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns");
		}
		return renamed;
	}

	private static Document parse(String xml) throws ParserConfigurationException, SAXException, IOException {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
	}

	private static void serialize(Document doc, Writer out) {
		DOMImplementationLS ls = (DOMImplementationLS) doc.getImplementation().getFeature("LS", "3.0");
		LSSerializer serializer = ls.createLSSerializer();
		serializer.getDomConfig().setParameter("format-pretty-print", true);
		LSOutput output = ls.createLSOutput();
		output.setEncoding("UTF-8");
		output.setCharacterStream(out);
		serializer.write(doc, output);
	}

}
