package io.govgraph.export;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import io.govgraph.IntegrationTest;
import io.govgraph.TestAccounts;
import io.govgraph.bench.DistrictGenerator;
import io.govgraph.ingest.DataSetImporter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The export benchmark of issue 14 item 13 (profile {@code -Pbench}, never in {@code verify}): a
 * generated district of {@code bench.exportSize} vertices (default 100,000) is imported, replacing
 * the store, then the whole graph is exported over HTTP with history in each format while a sampler
 * collects garbage every 50 ms and keeps the highest live heap seen: what the export holds, not what
 * it allocates. Writes target/bench/export-heap.md. (The limit on vertices is lifted for it.)
 */
@Tag("bench")
@IntegrationTest
@TestPropertySource(properties = "govgraph.export.max-vertices=10000000")
class ExportBenchmark {

	@Autowired
	DataSetImporter store;

	@LocalServerPort
	int port;

	@Test
	void peakLiveHeapOfAWholeGraphExport() throws Exception {
		int size = Integer.getInteger("bench.exportSize", 100_000);
		Path folder = Path.of("target/bench/district-" + size);
		DistrictGenerator.Summary generated = DistrictGenerator.generate(folder, size, 1);
		this.store.importDataSet(folder, true);
		List<String> rows = new ArrayList<>();
		rows.add("Whole-graph export with history of a generated district: " + generated.vertices() + " vertices, "
				+ generated.rows() + " rows; heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB max.");
		rows.add("");
		rows.add("| format | bytes | seconds | live heap before (MB) | peak live heap during (MB) | held by the export (MB) |");
		rows.add("|---|---|---|---|---|---|");
		HttpClient http = HttpClient.newHttpClient();
		for (String format : List.of("graphml", "gexf", "cytoscape")) {
			MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
			System.gc();
			long before = memory.getHeapMemoryUsage().getUsed();
			AtomicLong peak = new AtomicLong(before);
			AtomicBoolean running = new AtomicBoolean(true);
			Thread sampler = new Thread(() -> {
				while (running.get()) {
					System.gc();
					peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
					try {
						Thread.sleep(50);
					}
					catch (InterruptedException ex) {
						return;
					}
				}
			});
			sampler.start();
			long t0 = System.nanoTime();
			HttpResponse<java.io.InputStream> response = http.send(
					TestAccounts.request(this.port, "/export/" + format + "?history=true", TestAccounts.ADMIN).build(),
					HttpResponse.BodyHandlers.ofInputStream());
			long bytes;
			try (var body = response.body()) {
				bytes = body.transferTo(java.io.OutputStream.nullOutputStream());
			}
			double seconds = (System.nanoTime() - t0) / 1e9;
			running.set(false);
			sampler.join();
			assertThat(response.statusCode()).isEqualTo(200);
			rows.add(String.format(Locale.ROOT, "| %s | %d | %.1f | %d | %d | %d |", format, bytes, seconds,
					before >> 20, peak.get() >> 20, (peak.get() - before) >> 20));
			System.out.println(rows.get(rows.size() - 1));
		}
		Files.createDirectories(Path.of("target/bench"));
		Files.write(Path.of("target/bench/export-heap.md"), rows);
		rows.forEach(System.out::println);
	}

}
