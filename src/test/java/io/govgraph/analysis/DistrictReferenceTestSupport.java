package io.govgraph.analysis;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.neo4j.driver.Driver;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;

import io.govgraph.IntegrationTest;
import io.govgraph.ingest.DataSetImporter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every measure on a generated district agrees to 1e-6 with committed networkx values, which
 * reference_from_dataset.py computed from the district's CSV files alone. Runs without Python; the
 * generated data (ids {@code g.…}) is removed again afterwards.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DistrictReferenceTestSupport {

	/** Writes the district's data set into the folder. */
	abstract void generate(Path folder) throws Exception;

	/** The committed networkx values. */
	abstract Path reference();

	@Autowired
	DataSetImporter store;

	@Autowired
	GraphProjection projection;

	@Autowired
	AnalysisService service;

	@Autowired
	Driver driver;

	LinkageGraph graph;

	Map<String, Object> reference;

	@BeforeAll
	@SuppressWarnings("unchecked")
	void importTheGeneratedDistrict(@TempDir Path dir) throws Exception {
		generate(dir.resolve("district"));
		this.store.importDataSet(dir.resolve("district"), false);
		this.graph = this.projection.project("g.d0", LocalDate.parse("2026-07-01")).graph();
		this.reference = new ObjectMapper().readValue(reference().toFile(), Map.class);
	}

	@AfterAll
	void removeIt() {
		try (var session = this.driver.session()) {
			session.run("MATCH (n) WHERE (n:Unit OR n:Person) AND n.id STARTS WITH 'g.' DETACH DELETE n").consume();
		}
	}

	@ParameterizedTest
	@EnumSource(CentralityMeasure.class)
	@SuppressWarnings("unchecked")
	void agreesWithTheCommittedNetworkxValues(CentralityMeasure measure) {
		assertThat(this.graph.vertexCount()).isEqualTo(((Number) this.reference.get("vertices")).intValue());
		assertThat(this.graph.edgeCount()).isEqualTo(((Number) this.reference.get("edges")).intValue());
		Map<String, Number> expected = (Map<String, Number>) this.reference.get(measure.name());
		double[] ours = this.service.scores(this.graph, measure, this.graph.vertexCount(), null).values();
		double floor = measure == CentralityMeasure.EIGENVECTOR ? 1e-12 : 0;
		List<String> wrong = new ArrayList<>();
		for (int v = 0; v < this.graph.vertexCount(); v++) {
			double e = expected.get(this.graph.id(v)).doubleValue();
			double diff = Math.abs(ours[v] - e);
			if (diff > floor && diff > 1e-6 * Math.abs(e)) {
				wrong.add(this.graph.id(v) + ": " + ours[v] + " vs " + e);
			}
		}
		assertThat(wrong).as(measure + " disagreements").isEmpty();
	}

}
