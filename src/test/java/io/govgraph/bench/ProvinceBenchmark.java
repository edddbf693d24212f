package io.govgraph.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.govgraph.IntegrationTest;
import io.govgraph.analysis.AnalysisBench;
import io.govgraph.analysis.AnalysisService;
import io.govgraph.analysis.CentralityMeasure;
import io.govgraph.analysis.Results;
import io.govgraph.ingest.DataSetImporter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The province of issue 15 (profile {@code -Pbench}, never in {@code verify}): a generated district
 * of {@code bench.province.vertices} (5,000,000; about 1.83 rows a vertex) is imported (replacing the
 * store), projected, sampled betweenness with {@code bench.province.sample} (1,000) sources computed
 * on it, and one street's axis report made (exact within the street). Each stage's time and peak
 * heap: the largest used heap seen by a sampler every 10 ms, and the sum of the heap pools' own
 * peaks (an upper bound: the pools peak at different moments). Run it with the heap the issue
 * allows: {@code -Dtest.heap=-Xmx8g}. Results in target/bench/province.md.
 */
@Tag("bench")
@IntegrationTest
@org.springframework.context.annotation.Import(AnalysisBench.class)
class ProvinceBenchmark {

	static final LocalDate AS_OF = LocalDate.parse("2026-07-01");

	@Autowired
	DataSetImporter store;

	@Autowired
	AnalysisBench bench;

	@Autowired
	AnalysisService analysis;

	@Autowired
	org.neo4j.driver.Driver driver;

	@Test
	void province() throws Exception {
		int vertices = Integer.getInteger("bench.province.vertices", 5_000_000);
		int sample = Integer.getInteger("bench.province.sample", 1_000);
		List<String> report = new ArrayList<>();
		report.add("| stage | what | s | peak used heap, sampled (MB) | sum of pool peaks (MB) |");
		report.add("|---|---|---|---|---|");
		Path folder = Path.of("target/bench/province-" + vertices);
		DistrictGenerator.Summary[] generated = new DistrictGenerator.Summary[1];
		report.add(stage("generate", () -> {
			generated[0] = DistrictGenerator.generate(folder, vertices, 1);
			return String.format(Locale.ROOT, "%,d rows, %,d streets", generated[0].rows(), generated[0].streets());
		}));
		// Emptied in committed batches first, as CentralityBenchmark does.
		try (var session = this.driver.session()) {
			session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume();
		}
		report.add(stage("import", () -> String.valueOf(this.store.importDataSet(folder, false))));
		AnalysisBench.Timed[] projected = new AnalysisBench.Timed[1];
		report.add(stage("projection", () -> {
			projected[0] = this.bench.project(AS_OF);
			return String.format(Locale.ROOT, "%,d vertices, %,d edges, %.1f bytes/edge retained",
					projected[0].vertexCount(), projected[0].edgeCount(),
					projected[0].bytes() / (double) projected[0].edgeCount());
		}));
		assertThat(projected[0].vertexCount()).isGreaterThan(vertices / 2);
		report.add(stage("betweenness, " + sample + " sources", () -> {
			AnalysisBench.Timed b = this.bench.measure(CentralityMeasure.BETWEENNESS, sample);
			return String.format(Locale.ROOT, "%.2f s measure alone", b.seconds());
		}));
		String street = "g.s" + generated[0].streets() / 2;
		report.add(stage("axis report of " + street, () -> {
			Results.AxisReport axis = this.analysis.axisReport(street, AS_OF, null, null);
			return String.format(Locale.ROOT, "axis rank %d of %,d vertices, %,d edges%s", axis.axisRank(),
					axis.vertexCount(), axis.edgeCount(), axis.approximate() ? ", sampled" : ", exact");
		}));
		report.add("");
		report.add("heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB max, "
				+ Runtime.getRuntime().availableProcessors() + " cores, load average at the end "
				+ Files.readString(Path.of("/proc/loadavg")).trim());
		Files.createDirectories(Path.of("target/bench"));
		Files.write(Path.of("target/bench/province.md"), report, StandardCharsets.UTF_8);
		System.out.println(String.join("\n", report));
	}

	/** Runs a stage, timing it and watching the heap; a row of the report. */
	private static String stage(String name, Callable<String> body) throws Exception {
		List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(p -> p.getType() == MemoryType.HEAP)
			.toList();
		System.gc();
		heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
		AtomicLong peak = new AtomicLong();
		Thread sampler = new Thread(() -> {
			Runtime rt = Runtime.getRuntime();
			while (!Thread.currentThread().isInterrupted()) {
				peak.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
				try {
					Thread.sleep(10);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}, "heap-sampler");
		sampler.setDaemon(true);
		sampler.start();
		long t = System.nanoTime();
		String what;
		try {
			what = body.call();
		}
		finally {
			sampler.interrupt();
			sampler.join();
		}
		double seconds = (System.nanoTime() - t) / 1e9;
		long pools = heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
		String row = String.format(Locale.ROOT, "| %s | %s | %.1f | %,d | %,d |", name, what, seconds,
				peak.get() >> 20, pools >> 20);
		System.out.println(row);
		return row;
	}

}
