package io.govgraph.analysis;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;

import io.govgraph.ExternalPrograms;
import io.govgraph.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every measure, on every vertex of the sample district's linkage graph, agrees with the networkx
 * reference that docs/spec/analysis.md names to 1e-6 relative. Needs Debian's python3-networkx and
 * python3-scipy (.ci/run installs them); skips with a message where they are missing.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NetworkxAgreementTests {

	/** A date after the sample's last change, so the reference never drifts. */
	static final LocalDate DAY = LocalDate.parse("2026-07-01");

	@Autowired
	GraphProjection projection;

	@Autowired
	AnalysisService service;

	LinkageGraph graph;

	Map<String, Map<String, Double>> reference;

	/**
	 * Every test, not the class, skips where networkx is missing: a class-level skip leaves no test
	 * in the report for CI's guard to see.
	 */
	@BeforeEach
	void computeReference() throws Exception {
		assumeTrue(ExternalPrograms.pythonImports("networkx", "scipy"), "skipped: " + ExternalPrograms.python()
				+ " with networkx and scipy is not installed (apt-get install python3-networkx python3-scipy)");
		if (this.reference == null) {
			this.graph = this.projection.project(null, DAY).graph();
			this.reference = networkx(this.graph, Path.of("target/networkx-sample"));
		}
	}

	@ParameterizedTest
	@EnumSource(CentralityMeasure.class)
	void agreesWithNetworkxOnEveryVertex(CentralityMeasure measure) {
		double[] ours = this.service.scores(this.graph, measure, null, null).values();
		Map<String, Double> theirs = this.reference.get(measure.name());
		assertThat(theirs).hasSize(this.graph.vertexCount());
		// Eigenvector values of vertices outside the leading component are 0 in exact arithmetic
		// (ARPACK leaves ~1e-17 noise): compared absolutely below 1e-12.
		double floor = measure == CentralityMeasure.EIGENVECTOR ? 1e-12 : 0;
		List<String> wrong = new ArrayList<>();
		for (int v = 0; v < this.graph.vertexCount(); v++) {
			double expected = theirs.get(this.graph.id(v));
			double diff = Math.abs(ours[v] - expected);
			if (diff > floor && diff > 1e-6 * Math.abs(expected)) {
				wrong.add(this.graph.id(v) + ": " + ours[v] + " vs " + expected);
			}
		}
		assertThat(wrong).as(measure + " disagreements").isEmpty();
	}

	@Test
	void theSampleGraphIsTheWholeDistrict() {
		// 838 units exist on the day and about 1,050 people hold posts (other tests may add a few).
		assertThat(this.graph.vertexCount()).isGreaterThanOrEqualTo(1_892);
		assertThat(this.graph.edgeCount()).isGreaterThanOrEqualTo(3_132);
		assertThat(this.graph.indexOf("yz.minglou")).isNotNegative();
		assertThat(this.graph.indexOf("yz.baizhang.xingning")).as("dissolved 2019").isNegative();
	}

	/** Writes the graph as an edge list, runs the reference script, reads its JSON. */
	@SuppressWarnings("unchecked")
	static Map<String, Map<String, Double>> networkx(LinkageGraph g, Path dir, String... measures) throws Exception {
		Files.createDirectories(dir);
		List<String> vertices = new ArrayList<>();
		List<String> edges = new ArrayList<>();
		for (int v = 0; v < g.vertexCount(); v++) {
			vertices.add(g.id(v));
			for (int e = g.firstEdge(v); e < g.endEdge(v); e++) {
				if (g.neighborAt(e) > v) {
					edges.add(g.id(v) + "\t" + g.id(g.neighborAt(e)));
				}
			}
		}
		Files.write(dir.resolve("vertices.txt"), vertices);
		Files.write(dir.resolve("edges.tsv"), edges);
		Path script = Path.of("src/test/resources/analysis/networkx_reference.py");
		List<String> command = new ArrayList<>(List.of(ExternalPrograms.python().toString(), script.toString(), dir.resolve("vertices.txt").toString(),
				dir.resolve("edges.tsv").toString(), dir.resolve("reference.json").toString()));
		command.addAll(List.of(measures));
		Process p = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(dir.resolve("python.log").toFile())
			.start();
		assertThat(p.waitFor(30, TimeUnit.MINUTES)).isTrue();
		assertThat(p.exitValue()).as(Files.readString(dir.resolve("python.log"))).isZero();
		return new ObjectMapper().readValue(dir.resolve("reference.json").toFile(), Map.class);
	}

}
