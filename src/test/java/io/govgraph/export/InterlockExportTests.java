package io.govgraph.export;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.govgraph.IntegrationTest;
import io.govgraph.ingest.DataSetImporter;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /export/interlocks}: the interlock graph of datasets/audit-v11 in the three formats. */
@IntegrationTest
class InterlockExportTests {

	static final String QUERY = "?scope=av&asOf=2025-06-01";

	@LocalServerPort
	int port;

	@Autowired
	DataSetImporter store;

	@BeforeEach
	void importHandMadeDistrict() {
		this.store.importDataSet(Path.of("src/test/resources/datasets/audit-v11"), false);
	}

	@Test
	void graphMlHoldsTheUnitsAndTheWeightedEdges() throws Exception {
		HttpResponse<String> response = ExportFiles.get(this.port, "/export/interlocks" + QUERY + "&format=graphml");
		assertThat(response.statusCode()).isEqualTo(200);
		Document doc = ExportFiles.xml(response.body());
		List<Element> edges = ExportFiles.elements(doc, GraphMl.NAMESPACE, "edge");
		assertThat(edges).extracting(e -> e.getAttribute("source") + " " + e.getAttribute("target") + " "
				+ e.getElementsByTagNameNS(GraphMl.NAMESPACE, "data").item(0).getTextContent())
			.containsExactly("av.pc av.s.c1.k2.oc 7610", "av.s.c1 av.s.c1.jm 1645");
		assertThat(ExportFiles.elements(doc, GraphMl.NAMESPACE, "node")).extracting(e -> e.getAttribute("id"))
			.containsExactly("av.pc", "av.s.c1", "av.s.c1.jm", "av.s.c1.k2.oc");
		assertThat(response.body()).contains("党内规定测试物业").doesNotContain("av.p13");
	}

	@Test
	void gexfAndJsonToo() throws Exception {
		HttpResponse<String> gexf = ExportFiles.get(this.port, "/export/interlocks" + QUERY + "&format=gexf&minWeight=2000");
		assertThat(gexf.statusCode()).isEqualTo(200);
		assertThat(ExportFiles.elements(ExportFiles.xml(gexf.body()), Gexf.NAMESPACE, "edge"))
			.extracting(e -> e.getAttribute("weight"))
			.containsExactly("7610");
		HttpResponse<String> json = ExportFiles.get(this.port, "/export/interlocks" + QUERY + "&format=json");
		assertThat(json.statusCode()).isEqualTo(200);
		assertThat(json.body()).contains("\"source\":\"av.s.c1\",\"target\":\"av.s.c1.jm\",\"weight\":1645,\"people\":1");
		assertThat(ExportFiles.get(this.port, "/export/interlocks?format=svg").statusCode()).isEqualTo(400);
	}

}
