package io.govgraph.export;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import io.govgraph.ExternalPrograms;
import io.govgraph.IntegrationTest;
import io.govgraph.export.ExportGraph.Edge;
import io.govgraph.export.ExportGraph.Vertex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The exports read whole by readers other than our own: python-igraph's and networkx's GraphML
 * readers and networkx's GEXF reader each get every vertex and edge of 明楼's scope on 2026-07-01
 * (152 units, 293 people; 122 UNDER pairs, 134 links, 340 posts) with every attribute the export
 * wrote, labels, kinds and types among them. Runs Debian's /usr/bin/python3 with python3-igraph and
 * python3-networkx (.ci/run installs them); each test skips, naming what is missing, where they are
 * not installed.
 */
@IntegrationTest
class OtherReadersTests {

	static final Path DIR = Path.of("target/other-readers");

	static final Path SCRIPT = Path.of("src/test/resources/export/read_exports.py");

	@Autowired
	ExportService exports;

	@Test
	void igraphReadsTheGraphmlWhole() throws Exception {
		needs("igraph", "python3-igraph");
		Read read = readBack("igraph-graphml", ExportFormat.GRAPHML);
		// The keys igraph dropped when they were declared for="all".
		assertThat(read.vertices().get("yz.minglou")).containsEntry("label", "明楼街道党工委").containsEntry("kind", "UNIT");
		assertThat(read.edges().get("under:yz.minglou.hefeng")).containsEntry("label", "UNDER").containsEntry("kind", "UNDER");
		read.isWhole();
	}

	@Test
	void networkxReadsTheGraphmlWhole() throws Exception {
		needs("networkx", "python3-networkx");
		readBack("networkx-graphml", ExportFormat.GRAPHML).isWhole();
	}

	@Test
	void networkxReadsTheGexfWhole() throws Exception {
		needs("networkx", "python3-networkx");
		readBack("networkx-gexf", ExportFormat.GEXF).isWhole();
	}

	private static void needs(String module, String debianPackage) {
		assumeTrue(ExternalPrograms.pythonImports(module), "skipped: " + ExternalPrograms.python() + " with " + module
				+ " is not installed (apt-get install " + debianPackage + ")");
	}

	/** What a reader got from an export, beside what the export holds. */
	record Read(ExportGraph graph, Map<String, Map<String, String>> vertices, Map<String, Map<String, String>> edges) {

		void isWhole() {
			assertThat(this.vertices).hasSize(152 + 299).hasSize(this.graph.vertexCount());
			assertThat(this.edges).hasSize(122 + 134 + 350).hasSize(this.graph.edgeCount());
			Map<String, Map<String, String>> wroteVertices = new HashMap<>();
			for (Vertex v : this.graph.vertices()) {
				wroteVertices.put(v.id(), ExportAttributes.of(v));
			}
			Map<String, Map<String, String>> wroteEdges = new HashMap<>();
			for (Edge e : this.graph.edges()) {
				Map<String, String> values = new LinkedHashMap<>(ExportAttributes.of(e));
				values.put("source", e.source());
				values.put("target", e.target());
				wroteEdges.put(e.id(), values);
			}
			assertThat(this.vertices).isEqualTo(wroteVertices);
			assertThat(this.edges).isEqualTo(wroteEdges);
			// Spelled out, so that a reader dropping them all cannot pass by agreeing on nothing.
			assertThat(this.vertices.values()).allSatisfy(v -> assertThat(v).containsKeys("label", "kind"));
			assertThat(this.vertices.values()).filteredOn(v -> v.get("kind").equals("UNIT"))
				.hasSize(152)
				.allSatisfy(v -> assertThat(v).containsKey("type"));
			assertThat(this.edges.values()).allSatisfy(e -> assertThat(e).containsKeys("label", "kind", "relation"));
		}

	}

	private Read readBack(String reader, ExportFormat format) throws Exception {
		ExportGraph graph = this.exports.scope("yz.minglou", LocalDate.parse("2026-07-01"), false);
		Files.createDirectories(DIR);
		Path file = DIR.resolve("minglou." + format.extension());
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			this.exports.write(graph, format, out);
		}
		Path json = DIR.resolve(reader + ".json");
		Path log = DIR.resolve(reader + ".log");
		Process p = new ProcessBuilder(List.of(ExternalPrograms.python().toString(), SCRIPT.toString(), reader,
				file.toString(), json.toString()))
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
		String said = Files.readString(log);
		assertThat(p.exitValue()).as(said).isZero();
		// igraph warns, and goes on, about every key and value it drops.
		assertThat(said).as("what %s said", reader).isEmpty();
		Map<String, Map<String, Map<String, String>>> read = JsonMapper.builder()
			.build()
			.readValue(json.toFile(), new TypeReference<>() {
			});
		return new Read(graph, read.get("vertices"), read.get("edges"));
	}

}
