package io.govgraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;

import io.govgraph.IntegrationTest;
import io.govgraph.analysis.AnalysisBench;
import io.govgraph.analysis.CentralityMeasure;
import io.govgraph.ingest.DataSetImporter;

/**
 * The centrality benchmark of issue 3 (profile {@code -Pbench}, never in {@code verify}): for each
 * size of {@code bench.sizes}, a generated district is imported (replacing the store), projected,
 * and every measure timed; the same edge list goes through igraph and networkx in the same run.
 * All-sources measures are exact up to {@code bench.exactLimit} vertices and sampled
 * ({@code bench.sample} sources) above; peers run exact all-sources measures only up to
 * {@code bench.peerExactLimit}. With {@code bench.dense=true} the districts are the generator's dense
 * ones (most people on two or three posts). Writes target/bench/centrality-report.md.
 */
@Tag("bench")
@IntegrationTest
@org.springframework.context.annotation.Import(AnalysisBench.class)
class CentralityBenchmark {

	static final String PYTHON = "/usr/bin/python3";

	@Autowired
	DataSetImporter store;

	@Autowired
	AnalysisBench bench;

	@Autowired
	org.neo4j.driver.Driver driver;

	@Test
	void centralityAtThreeSizes() throws Exception {
		int[] sizes = Arrays.stream(System.getProperty("bench.sizes", "5000,50000,500000").split(","))
			.mapToInt(Integer::parseInt)
			.toArray();
		int exactLimit = Integer.getInteger("bench.exactLimit", 60_000);
		int sample = Integer.getInteger("bench.sample", 1_000);
		int peerExactLimit = Integer.getInteger("bench.peerExactLimit", 10_000);
		boolean dense = Boolean.getBoolean("bench.dense");
		int igraphExactLimit = Integer.getInteger("bench.igraphExactLimit", 60_000);
		List<String> report = new ArrayList<>();
		report.add("| vertices | edges | step | GovGraph s | igraph s | networkx s | igraph/GovGraph | networkx/GovGraph | max rel. diff (igraph, networkx) |");
		report.add("|---|---|---|---|---|---|---|---|---|");
		for (int size : sizes) {
			Path folder = Path.of("target/bench/district-" + (dense ? "dense-" : "") + size);
			DistrictGenerator.Summary generated = dense ? DistrictGenerator.generateDense(folder, size, 1)
					: DistrictGenerator.generate(folder, size, 1);
			// Emptied in committed batches first: inside the import's own transaction the removed
			// index entries of a previous size would slow every index seek (see the issue note).
			try (var session = this.driver.session()) {
				session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume();
			}
			long t0 = System.nanoTime();
			DataSetImporter.ImportSummary imported = this.store.importDataSet(folder, false);
			double importSeconds = (System.nanoTime() - t0) / 1e9;
			LocalDate day = LocalDate.parse("2026-07-01");
			AnalysisBench.Timed projection = this.bench.project(day);
			int n = projection.vertexCount();
			report.add(row(n, projection.edgeCount(), "import " + generated.rows() + " rows", importSeconds, null, null, ""));
			report.add(row(n, projection.edgeCount(), "projection", projection.seconds(), null, null, ""));
			Path dir = Path.of("target/bench/edges-" + size);
			this.bench.writeEdgeList(dir);
			Map<String, AnalysisBench.Timed> ours = new LinkedHashMap<>();
			List<String> specs = new ArrayList<>();
			List<String> igraphSpecs = new ArrayList<>();
			for (CentralityMeasure m : CentralityMeasure.values()) {
				boolean allSources = m == CentralityMeasure.BETWEENNESS || m == CentralityMeasure.CLOSENESS
						|| m == CentralityMeasure.HARMONIC;
				Integer k = allSources && n > exactLimit ? sample : null;
				String spec = m.name() + (k == null ? "" : ":" + k);
				ours.put(spec, this.bench.measure(m, k));
				if (!allSources || k != null || n <= peerExactLimit) {
					specs.add(spec);
					igraphSpecs.add(spec);
				}
				else if (m == CentralityMeasure.BETWEENNESS && n <= igraphExactLimit) {
					// igraph's exact betweenness is the target's yardstick (issue 3); networkx's would take hours.
					igraphSpecs.add(spec);
				}
			}
			// Issue 3's targets: sampled betweenness with k=256 at every size, and on graphs small
			// enough for the exact one, how many of its top 10 the sample finds.
			AnalysisBench.Timed sampled256 = this.bench.measure(CentralityMeasure.BETWEENNESS, 256);
			report.add(row(n, projection.edgeCount(), "betweenness:256", sampled256.seconds(), null, null,
					ours.containsKey("BETWEENNESS") ? "top-10 overlap with exact: "
							+ this.bench.topOverlap(sampled256, ours.get("BETWEENNESS"), 10) + "/10" : ""));
			report.add(row(n, projection.edgeCount(), String.format("projection memory %.1f bytes/edge",
					projection.bytes() / (double) projection.edgeCount()), 0, null, null, ""));
			Map<String, Map<String, Object>> igraph = peers(dir, "igraph", igraphSpecs);
			Map<String, Map<String, Object>> networkx = peers(dir, "networkx", specs);
			for (var e : ours.entrySet()) {
				Double ig = seconds(igraph, e.getKey());
				Double nx = seconds(networkx, e.getKey());
				String diff = String.format("%s, %s", this.bench.maxRelativeDifference(e.getValue(), values(igraph, e.getKey())),
						this.bench.maxRelativeDifference(e.getValue(), values(networkx, e.getKey())));
				report.add(row(n, projection.edgeCount(), e.getKey().toLowerCase(), e.getValue().seconds(), ig, nx, diff));
			}
			Files.createDirectories(Path.of("target/bench"));
			Files.write(Path.of("target/bench/centrality-report.md"), report);
			System.out.println(String.join("\n", report));
			System.out.println("import: " + imported);
		}
	}

	private static String row(int n, int m, String step, double ours, Double igraph, Double networkx, String diff) {
		return String.format("| %,d | %,d | %s | %.3f | %s | %s | %s | %s | %s |", n, m, step, ours, fmt(igraph),
				fmt(networkx), igraph == null ? "" : String.format("%.1f×", igraph / ours),
				networkx == null ? "" : String.format("%.1f×", networkx / ours), diff);
	}

	private static String fmt(Double s) {
		return s == null ? "n/a" : String.format("%.3f", s);
	}

	@SuppressWarnings("unchecked")
	private static Double seconds(Map<String, Map<String, Object>> peer, String spec) {
		Map<String, Object> r = peer.get(spec);
		return r == null || r.get("seconds") == null ? null : ((Number) r.get("seconds")).doubleValue();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Double> values(Map<String, Map<String, Object>> peer, String spec) {
		Map<String, Object> r = peer.get(spec);
		return r == null ? null : (Map<String, Double>) r.get("values");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Map<String, Object>> peers(Path dir, String engine, List<String> specs)
			throws IOException, InterruptedException {
		Path out = dir.resolve(engine + ".json");
		Files.deleteIfExists(out);
		List<String> command = new ArrayList<>(List.of(PYTHON, "src/test/resources/analysis/bench_peers.py",
				dir.resolve("vertices.txt").toString(), dir.resolve("edges.tsv").toString(), out.toString(), engine));
		command.addAll(specs);
		Process p = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(dir.resolve(engine + ".log").toFile())
			.start();
		if (!p.waitFor(Long.getLong("bench.peerTimeoutMinutes", 60), TimeUnit.MINUTES)) {
			p.destroyForcibly();
		}
		return Files.exists(out) ? new ObjectMapper().readValue(out.toFile(), Map.class) : Map.of();
	}

}
