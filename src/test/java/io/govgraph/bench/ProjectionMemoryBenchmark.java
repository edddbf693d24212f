package io.govgraph.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.govgraph.IntegrationTest;
import io.govgraph.analysis.ProjectionBench;
import io.govgraph.ingest.DataSetImporter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The projection memory benchmark of issue 15 (profile {@code -Pbench}, never in {@code verify}):
 * for each district of {@code bench.districts} ({@code variant:vertices}, variant dense or sparse),
 * a generated district is imported (replacing the store) and the whole store projected
 * {@code bench.runs} (3) times after one warm-up. Reported per edge: the retained heap (used heap
 * after three {@code System.gc()} with the graph reachable, less the same before; the median of the
 * runs), the graph arrays and the id mapping as computed from their array lengths, and the id
 * mapping as measured (retained heap less the graph arrays); and the median projection time.
 * Results in target/bench/projection-memory.md.
 */
@Tag("bench")
@IntegrationTest
@org.springframework.context.annotation.Import(ProjectionBench.class)
class ProjectionMemoryBenchmark {

	@Autowired
	DataSetImporter store;

	@Autowired
	ProjectionBench bench;

	@Autowired
	org.neo4j.driver.Driver driver;

	@Test
	void projectionMemory() throws Exception {
		int runs = Integer.getInteger("bench.runs", 3);
		List<String> report = new ArrayList<>();
		report.add("| district | vertices | edges | projection s | retained B/edge | graph arrays B/edge (computed) "
				+ "| id mapping B/edge (computed) | id mapping B/edge (retained − graph arrays) |");
		report.add("|---|---|---|---|---|---|---|---|");
		for (String district : System.getProperty("bench.districts", "dense:50000,dense:500000,sparse:500000")
			.split(",")) {
			String[] parts = district.split(":");
			boolean dense = parts[0].equals("dense");
			int size = Integer.parseInt(parts[1]);
			Path folder = Path.of("target/bench/district-" + (dense ? "dense-" : "") + size);
			DistrictGenerator.generate(folder, size, 1, dense, false);
			// Emptied in committed batches first, as CentralityBenchmark does.
			try (var session = this.driver.session()) {
				session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume();
			}
			this.store.importDataSet(folder, false);
			ProjectionBench.Measured m = this.bench.measure(LocalDate.parse("2026-07-01"), runs);
			assertThat(m.edges()).as("edges of %s", district).isPositive();
			double edges = m.edges();
			String computedIds = m.idBytes() == 0 ? "n/a" : String.format(Locale.ROOT, "%.1f", m.idBytes() / edges);
			String row = String.format(Locale.ROOT, "| %s | %,d | %,d | %.2f | %.1f | %.1f | %s | %.1f |", district,
					m.vertices(), m.edges(), m.seconds(), m.heapBytes() / edges, m.graphBytes() / edges, computedIds,
					(m.heapBytes() - m.graphBytes()) / edges);
			report.add(row);
			System.out.println(row);
		}
		report.add("");
		report.add("heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB, "
				+ Runtime.getRuntime().availableProcessors() + " cores, load average at the end "
				+ Files.readString(Path.of("/proc/loadavg")).trim());
		Files.createDirectories(Path.of("target/bench"));
		Files.write(Path.of("target/bench/projection-memory.md"), report, StandardCharsets.UTF_8);
		System.out.println(String.join("\n", report));
	}

}
