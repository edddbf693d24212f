package io.govgraph.export;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.xml.XMLConstants;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.SchemaFactory;

import org.jgrapht.Graph;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;

import io.govgraph.IntegrationTest;
import io.govgraph.ingest.DataSetImporter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /export/{format}}: each file read back with a real parser and checked against the
 * store. Figures for 明楼's scope on 2026-07-01 (counted from data/yinzhou's CSV files): 152 units
 * (123 in the subtree, 29 partners), 293 people, 122 UNDER pairs, 134 links, 340 posts.
 */
@IntegrationTest
class GraphExportTests {

	static final String GRAPHML = "http://graphml.graphdrawing.org/xmlns";

	static final String MINGLOU = "?scope=yz.minglou&asOf=2026-07-01";

	@LocalServerPort
	int port;

	@Autowired
	DataSetImporter store;

	@Autowired
	Driver driver;

	@Autowired
	GraphQlTester graphQl;

	@BeforeEach
	void importTestData() {
		this.store.importDataSet(Path.of("src/test/resources/datasets/explorer"), false);
	}

	@Test
	void cytoscapeJsonOfMinglouReImportsWithTheStoresCountsAndCompoundParents() throws Exception {
		HttpResponse<String> response = ExportFiles.get(this.port, "/export/cytoscape" + MINGLOU);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Disposition"))
			.hasValue("attachment; filename=\"govgraph-yz.minglou-2026-07-01.json\"");
		JsonNode elements = JsonMapper.builder().build().readTree(response.body()).get("elements");
		Graph<String, String> graph = GraphTypeBuilder.<String, String>directed()
			.allowingMultipleEdges(true)
			.allowingSelfLoops(false)
			.buildGraph();
		Map<String, String> parents = new HashMap<>();
		Map<String, Integer> unitTypes = new HashMap<>();
		for (JsonNode node : elements.get("nodes")) {
			JsonNode data = node.get("data");
			assertThat(graph.addVertex(data.get("id").asString())).isTrue();
			if (data.has("parent")) {
				parents.put(data.get("id").asString(), data.get("parent").asString());
			}
			if (data.get("kind").asString().equals("UNIT")) {
				unitTypes.merge(data.get("type").asString(), 1, Integer::sum);
			}
		}
		for (JsonNode edge : elements.get("edges")) {
			JsonNode data = edge.get("data");
			// addEdge fails on an end that is not a node: every edge must land on drawn vertices.
			graph.addEdge(data.get("source").asString(), data.get("target").asString(), data.get("id").asString());
		}
		assertThat(graph.vertexSet()).hasSize(152 + 299);
		assertThat(graph.edgeSet()).hasSize(134 + 350);
		assertThat(parents).hasSize(122).containsEntry("yz.minglou.hefeng", "yz.minglou");
		assertThat(graph.vertexSet()).containsAll(parents.values());
		assertThat(unitTypes).containsEntry("STREET_COMMITTEE", 1)
			.containsEntry("COMMUNITY_COMMITTEE", 5)
			.containsEntry("COMPOUND", 21)
			.containsEntry("OWNERS_COMMITTEE", 15)
			.containsEntry("PROPERTY_COMPANY", 12);
	}

	@Test
	void graphmlOfMinglouIsValidGraphmlWithTheStoresCounts() throws Exception {
		String text = ExportFiles.get(this.port, "/export/graphml" + MINGLOU).body();
		Document doc = ExportFiles.xml(text);
		SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
			.newSchema(getClass().getClassLoader().getResource("graphml.xsd"))
			.newValidator()
			.validate(new DOMSource(doc));
		Map<String, String> keyNames = new HashMap<>();
		ExportFiles.elements(doc, GRAPHML, "key").forEach(k -> keyNames.put(k.getAttribute("id"), k.getAttribute("attr.name")));
		// Each key is declared for nodes or for edges (igraph drops keys declared for="all"); a name
		// both have is declared twice.
		assertThat(ExportFiles.elements(doc, GRAPHML, "key"))
			.extracting(k -> k.getAttribute("for") + ":" + k.getAttribute("attr.name"))
			.containsExactly("node:label", "node:kind", "node:type", "node:sector", "node:founded", "node:dissolved",
					"edge:label", "edge:kind", "edge:relation", "edge:role", "edge:title", "edge:since", "edge:until");
		Set<String> nodeIds = ExportFiles.elements(doc, GRAPHML, "node").stream().map(n -> n.getAttribute("id"))
			.collect(Collectors.toSet());
		List<Element> edges = ExportFiles.elements(doc, GRAPHML, "edge");
		assertThat(nodeIds).hasSize(152 + 299);
		assertThat(edges).hasSize(122 + 134 + 350)
			.allSatisfy(e -> assertThat(nodeIds).contains(e.getAttribute("source"), e.getAttribute("target")));
		Map<String, Long> byKind = edges.stream()
			.collect(Collectors.groupingBy(e -> data(e, keyNames).get("kind"), Collectors.counting()));
		assertThat(byKind).containsExactlyInAnyOrderEntriesOf(Map.of("UNDER", 122L, "LINK", 134L, "POST", 350L));
		// vertices carry their label and kind too, under keys of their own
		List<Element> nodes = ExportFiles.elements(doc, GRAPHML, "node");
		assertThat(nodes.stream().collect(Collectors.groupingBy(n -> data(n, keyNames).get("kind"), Collectors.counting())))
			.containsExactlyInAnyOrderEntriesOf(Map.of("UNIT", 152L, "PERSON", 293L));
		assertThat(nodes).filteredOn(n -> n.getAttribute("id").equals("yz.minglou"))
			.singleElement()
			.satisfies(n -> assertThat(data(n, keyNames)).containsEntry("label", "明楼街道党工委"));
	}

	@Test
	void gexfOfMinglouIsDynamic13AndEveryPostCarriesItsDaysFromTheStore() throws Exception {
		Document doc = ExportFiles.xml(ExportFiles.get(this.port, "/export/gexf" + MINGLOU).body());
		Element root = doc.getDocumentElement();
		assertThat(root.getNamespaceURI()).isEqualTo("http://gexf.net/1.3");
		assertThat(root.getAttribute("version")).isEqualTo("1.3");
		Element graph = ExportFiles.elements(doc, Gexf.NAMESPACE, "graph").get(0);
		assertThat(graph.getAttribute("mode")).isEqualTo("dynamic");
		assertThat(graph.getAttribute("timeformat")).isEqualTo("date");
		assertThat(graph.getAttribute("defaultedgetype")).isEqualTo("directed");
		List<Element> nodes = ExportFiles.elements(doc, Gexf.NAMESPACE, "node");
		Set<String> nodeIds = nodes.stream().map(n -> n.getAttribute("id")).collect(Collectors.toSet());
		assertThat(nodeIds).hasSize(nodes.size()).hasSize(152 + 299);
		List<Element> edges = ExportFiles.elements(doc, Gexf.NAMESPACE, "edge");
		assertThat(edges).hasSize(122 + 134 + 350);
		// Intervals are closed and ordered; on the export's day every element is in force.
		List<Element> timed = new ArrayList<>(nodes);
		timed.addAll(edges);
		timed.addAll(ExportFiles.elements(doc, Gexf.NAMESPACE, "spell"));
		LocalDate day = LocalDate.parse("2026-07-01");
		assertThat(timed).allSatisfy(e -> {
			LocalDate start = date(e.getAttribute("start"));
			LocalDate end = date(e.getAttribute("end"));
			assertThat(start == null || end == null || !start.isAfter(end)).isTrue();
			if (e.getElementsByTagNameNS(Gexf.NAMESPACE, "spell").getLength() == 0) {
				assertThat(start == null || !start.isAfter(day)).isTrue();
				assertThat(end == null || !end.isBefore(day)).isTrue();
			}
		});
		Set<String> exportedPosts = new HashSet<>();
		for (Element e : edges) {
			Map<String, String> a = attvalues(doc, e);
			if ("POST".equals(a.get("kind"))) {
				exportedPosts.add(String.join("|", e.getAttribute("source"), e.getAttribute("target"), a.get("role"),
						e.getAttribute("start"), e.getAttribute("end")));
			}
		}
		Set<String> unitIds = new HashSet<>(nodeIds);
		try (var session = this.driver.session()) {
			Set<String> storedPosts = session.run("""
					MATCH (p:Person)-[h:HOLDS_POST]->(u:Unit) WHERE u.id IN $ids
					  AND (h.since IS NULL OR h.since <= $day) AND (h.until IS NULL OR h.until >= $day)
					RETURN p.id AS p, u.id AS u, h.role AS role, h.since AS since, h.until AS until""",
					Map.of("ids", List.copyOf(unitIds), "day", day))
				.list(r -> String.join("|", r.get("p").asString(), r.get("u").asString(), r.get("role").asString(),
						text(r.get("since")), text(r.get("until"))))
				.stream()
				.collect(Collectors.toSet());
			assertThat(exportedPosts).hasSize(350).isEqualTo(storedPosts);
		}
	}

	@Test
	void gexfWithHistoryGivesDissolvedUnitsPeopleWithGapsAndEndedLinksTheirDays() throws Exception {
		Document doc = ExportFiles
			.xml(ExportFiles.get(this.port, "/export/gexf?scope=ex&asOf=2019-06-01&history=true").body());
		Map<String, Element> nodes = new HashMap<>();
		ExportFiles.elements(doc, Gexf.NAMESPACE, "node").forEach(n -> nodes.put(n.getAttribute("id"), n));
		assertThat(nodes.keySet()).containsExactlyInAnyOrder("ex", "ex.s", "ex.s.c", "ex.s.old", "ex.s.c.g1",
				"ex.s.c.cp", "ex.pc", "ex.p1", "ex.p2", "ex.p3");
		assertThat(ExportFiles.elements(doc, Gexf.NAMESPACE, "edge")).hasSize(5 + 1 + 5);
		// Dissolved on 2019-12-31: the unit's last day is the day before.
		assertThat(days(nodes.get("ex.s.old"))).containsExactly("2003-01-01..2019-12-30");
		// A partial date "2001-05" counts from its first day; no end: still there.
		assertThat(days(nodes.get("ex.s"))).containsExactly("2001-05-01..");
		assertThat(days(nodes.get("ex"))).isEmpty();
		// Two posts with a year between them: two spells.
		assertThat(days(nodes.get("ex.p1"))).containsExactly("2018-01-01..2019-12-31", "2021-01-01..");
		// Two posts back to back: one interval.
		assertThat(days(nodes.get("ex.p3"))).containsExactly("2019-01-01..");
		assertThat(days(nodes.get("ex.p2"))).containsExactly("2010-01-01..2019-12-31");
		Element served = ExportFiles.elements(doc, Gexf.NAMESPACE, "edge")
			.stream()
			.filter(e -> e.getAttribute("source").equals("ex.pc"))
			.findFirst()
			.orElseThrow();
		assertThat(served.getAttribute("label")).isEqualTo("SERVES");
		assertThat(days(served)).containsExactly("2015-01-01..2020-06-30");
	}

	@Test
	void withoutHistoryAnExportHoldsOnlyWhatIsInForceThatDay() throws Exception {
		JsonNode elements = JsonMapper.builder()
			.build()
			.readTree(ExportFiles.get(this.port, "/export/cytoscape?scope=ex&asOf=2026-07-01").body())
			.get("elements");
		assertThat(ids(elements.get("nodes"))).containsExactlyInAnyOrder("ex", "ex.s", "ex.s.c", "ex.s.c.g1",
				"ex.s.c.cp", "ex.pc2", "ex.p1", "ex.p3");
		assertThat(ids(elements.get("edges"))).containsExactlyInAnyOrder("link:ex.pc2:SERVES:ex.s.c.cp:2020-07-01",
				"post:ex.p1:ex.s.c.g1:SECRETARY:2021-01-01", "post:ex.p3:ex.s.c:DEPUTY_SECRETARY:2021-01-01");
		assertThat(elements.get("nodes").findValuesAsString("parent")).containsExactlyInAnyOrder("ex", "ex.s",
				"ex.s.c", "ex.s.c");
	}

	@Test
	void aNeighbourhoodExportWalksTheLinkageGraphOfTheDay() throws Exception {
		Document one = ExportFiles
			.xml(ExportFiles.get(this.port, "/export/graphml?ids=ex.s.c&depth=1&asOf=2026-07-01").body());
		assertThat(ExportFiles.elements(one, GRAPHML, "node").stream().map(n -> n.getAttribute("id")))
			.containsExactlyInAnyOrder("ex.s.c", "ex.s", "ex.s.c.g1", "ex.s.c.cp", "ex.p3");
		assertThat(ExportFiles.elements(one, GRAPHML, "edge")).hasSize(3 + 1);
		Document two = ExportFiles
			.xml(ExportFiles.get(this.port, "/export/graphml?ids=ex.s.c&depth=2&asOf=2026-07-01").body());
		assertThat(ExportFiles.elements(two, GRAPHML, "node").stream().map(n -> n.getAttribute("id")))
			.containsExactlyInAnyOrder("ex.s.c", "ex.s", "ex.s.c.g1", "ex.s.c.cp", "ex.p3", "ex", "ex.p1", "ex.pc2");
		assertThat(ExportFiles.elements(two, GRAPHML, "edge")).hasSize(4 + 1 + 2);
	}

	@Test
	void aNeighbourhoodExportHoldsWhatTheNeighborhoodQueryReaches() throws Exception {
		List<String> drawn = this.graphQl.documentName("exploreNeighborhood")
			.variable("ids", List.of("yz.minglou.changqingteng"))
			.variable("depth", 2)
			.variable("asOf", "2026-07-01")
			.variable("limit", 20_000)
			.execute()
			.path("neighborhood.vertices[*].id")
			.entityList(String.class)
			.get();
		int drawnEdges = this.graphQl.documentName("exploreNeighborhood")
			.variable("ids", List.of("yz.minglou.changqingteng"))
			.variable("depth", 2)
			.variable("asOf", "2026-07-01")
			.variable("limit", 20_000)
			.execute()
			.path("neighborhood.edges[*].id")
			.entityList(String.class)
			.get()
			.size();
		Document exported = ExportFiles.xml(ExportFiles
			.get(this.port, "/export/graphml?ids=yz.minglou.changqingteng&depth=2&asOf=2026-07-01")
			.body());
		assertThat(drawn).hasSizeGreaterThan(50);
		assertThat(ExportFiles.elements(exported, GRAPHML, "node").stream().map(n -> n.getAttribute("id")))
			.containsExactlyInAnyOrderElementsOf(drawn);
		assertThat(ExportFiles.elements(exported, GRAPHML, "edge")).hasSize(drawnEdges);
	}

	@Test
	void badRequestsAreAnsweredWith400NamingTheArgument() throws Exception {
		assertThat(ExportFiles.get(this.port, "/export/pdf?scope=ex"))
			.satisfies(r -> assertThat(r.statusCode()).isEqualTo(400))
			.satisfies(r -> assertThat(r.body())
				.isEqualTo("format: unknown export format \"pdf\" (one of cytoscape, graphml, gexf)"));
		assertThat(ExportFiles.get(this.port, "/export/gexf?scope=no.such.unit").body())
			.isEqualTo("scopeId: no unit with id \"no.such.unit\"");
		// The neighbourhood walk is the neighborhood query's: its messages are worded as there.
		assertThat(ExportFiles.get(this.port, "/export/gexf?ids=ex.s.c,nope").body())
			.isEqualTo("neighborhood(ids): no unit or person with id \"nope\"");
		assertThat(ExportFiles.get(this.port, "/export/gexf?ids=ex.s.c&depth=9").body())
			.isEqualTo("neighborhood(depth): 9 is out of range (0 to 6)");
		assertThat(ExportFiles.get(this.port, "/export/gexf?ids=ex.s.c&scope=ex").body())
			.isEqualTo("scope, ids: give a scope or ids, not both");
	}

	private static Map<String, String> data(Element e, Map<String, String> keyNames) {
		Map<String, String> values = new HashMap<>();
		ExportFiles.children(e, GRAPHML, "data").forEach(d -> values.put(keyNames.get(d.getAttribute("key")), d.getTextContent()));
		return values;
	}

	/** A GEXF element's attribute values by title. */
	private static Map<String, String> attvalues(Document doc, Element e) {
		Map<String, String> titles = new HashMap<>();
		ExportFiles.elements(doc, Gexf.NAMESPACE, "attribute").forEach(a -> titles.put(
				((Element) a.getParentNode()).getAttribute("class") + ":" + a.getAttribute("id"), a.getAttribute("title")));
		Map<String, String> values = new HashMap<>();
		String cls = e.getLocalName();
		for (Element v : ExportFiles.children(e, Gexf.NAMESPACE, "attvalues")) {
			ExportFiles.children(v, Gexf.NAMESPACE, "attvalue")
				.forEach(a -> values.put(titles.get(cls + ":" + a.getAttribute("for")), a.getAttribute("value")));
		}
		return values;
	}

	/** A GEXF element's days as "start..end": its own start/end, or its spells. */
	private static List<String> days(Element e) {
		List<Element> spells = new ArrayList<>();
		ExportFiles.children(e, Gexf.NAMESPACE, "spells").forEach(s -> spells.addAll(ExportFiles.children(s, Gexf.NAMESPACE, "spell")));
		if (spells.isEmpty() && (e.hasAttribute("start") || e.hasAttribute("end"))) {
			spells.add(e);
		}
		return spells.stream().map(s -> s.getAttribute("start") + ".." + s.getAttribute("end")).toList();
	}

	private static List<String> ids(JsonNode elements) {
		List<String> ids = new ArrayList<>();
		elements.forEach(e -> ids.add(e.get("data").get("id").asString()));
		return ids;
	}

	private static LocalDate date(String text) {
		return text.isEmpty() ? null : LocalDate.parse(text);
	}

	private static String text(Value v) {
		return v.isNull() ? "" : v.asLocalDate().toString();
	}

}
