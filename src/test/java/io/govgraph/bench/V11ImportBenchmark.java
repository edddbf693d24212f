package io.govgraph.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;

import io.govgraph.ingest.DataSetImporter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import benchmark of issue 17 (profile {@code -Pbench}, never in {@code verify}): a generated
 * district of about {@code bench.importRows} rows (default 1,000,000, all files counted) with the
 * v1.1 files in the mix (about 30% of its rows), and in the same run a v1-only district of as many
 * rows, each imported by GovGraph's import into a fresh store, in rounds in which each goes first
 * in turn, after a warm-up on a v1.1 district of {@code bench.warmupVertices} (100,000). The figure
 * is the ratio of rows per second; results in target/bench/v11-import.txt.
 */
@Tag("bench")
class V11ImportBenchmark {

	@Test
	void importWithTheV11FilesAgainstV1Only() throws Exception {
		long rows = Long.getLong("bench.importRows", 1_000_000);
		String pageCache = System.getProperty("bench.pageCache", "2g");
		int rounds = Integer.getInteger("bench.rounds", 2);
		Path root = ImportBenchmark.ROOT;
		Path warmup = root.resolve("v11-import-warmup");
		DistrictGenerator.generate(warmup, Integer.getInteger("bench.warmupVertices", 100_000), 7, false, true);
		DistrictGenerator.Summary v1 = ofRows(root.resolve("v11-import-v1-" + rows), rows, false);
		DistrictGenerator.Summary v11 = ofRows(root.resolve("v11-import-v11-" + rows), rows, true);
		run(warmup, pageCache, null);
		List<double[]> seconds = new ArrayList<>();
		for (int round = 0; round < rounds; round++) {
			double a;
			double b;
			if (round % 2 == 0) {
				a = run(v1.folder(), pageCache, v1);
				b = run(v11.folder(), pageCache, v11);
			}
			else {
				b = run(v11.folder(), pageCache, v11);
				a = run(v1.folder(), pageCache, v1);
			}
			seconds.add(new double[] { a, b });
		}
		List<String> report = new ArrayList<>();
		report.add(describe("v1 only", v1));
		report.add(describe("with v1.1", v11));
		double totalV1 = 0;
		double totalV11 = 0;
		for (int round = 0; round < rounds; round++) {
			double a = seconds.get(round)[0];
			double b = seconds.get(round)[1];
			totalV1 += a;
			totalV11 += b;
			report.add(String.format(Locale.ROOT,
					"round %d (%s first): v1 only %.1f s, %,.0f rows/s; with v1.1 %.1f s, %,.0f rows/s; rows/s with v1.1 ÷ v1 only = %.2f",
					round + 1, round % 2 == 0 ? "v1" : "v1.1", a, v1.rows() / a, b, v11.rows() / b,
					(v11.rows() / b) / (v1.rows() / a)));
		}
		report.add(String.format(Locale.ROOT,
				"all rounds: v1 only %.1f s (%,.0f rows/s), with v1.1 %.1f s (%,.0f rows/s); rows/s ratio %.2f",
				totalV1, rounds * v1.rows() / totalV1, totalV11, rounds * v11.rows() / totalV11,
				(v11.rows() / totalV11) / (v1.rows() / totalV1)));
		report.add("page cache " + pageCache + ", heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB, "
				+ Runtime.getRuntime().availableProcessors() + " cores, load average "
				+ Files.readString(Path.of("/proc/loadavg")).trim());
		report.forEach(System.out::println);
		Files.write(root.resolve("v11-import.txt"), report, StandardCharsets.UTF_8);
	}

	/** A district of about {@code rows} rows: sized from the rows per vertex of a ten-street one. */
	private static DistrictGenerator.Summary ofRows(Path folder, long rows, boolean v11) throws Exception {
		DistrictGenerator.Summary probe = DistrictGenerator.generate(folder, 10_000, 1, false, v11);
		double perVertex = (double) probe.rows() / probe.vertices();
		return DistrictGenerator.generate(folder, (int) (rows / perVertex), 1, false, v11);
	}

	private static String describe(String name, DistrictGenerator.Summary s) {
		return String.format(Locale.ROOT,
				"%s: %,d rows (%,d units, %,d people, %,d posts, %,d links; v1.1: %,d agreements, %,d parties, %,d items, %,d events, %,d attendance = %.1f%%)",
				name, s.rows(), s.units(), s.people(), s.posts(), s.links(), s.agreements(), s.agreementParties(),
				s.items(), s.events(), s.attendance(), 100.0 * s.v11Rows() / s.rows());
	}

	/** Seconds to import the folder into a fresh store; checks what it holds when the size is given. */
	private static double run(Path folder, String pageCache, DistrictGenerator.Summary expected) throws Exception {
		try (ImportBenchmark.Fresh store = ImportBenchmark.Fresh.start("v11", pageCache)) {
			DataSetImporter importer = new DataSetImporter(store.driver(), ImportBenchmark.CYPHER, 10_000);
			long t0 = System.nanoTime();
			importer.importDataSet(folder, false);
			double seconds = (System.nanoTime() - t0) / 1e9;
			if (expected != null) {
				try (Session session = store.driver().session()) {
					assertThat(count(session, "MATCH (n:Unit) RETURN count(n)")).isEqualTo(expected.units());
					assertThat(count(session, "MATCH (n:Person) RETURN count(n)")).isEqualTo(expected.people());
					assertThat(count(session, "MATCH (n:Agreement) RETURN count(n)")).isEqualTo(expected.agreements());
					assertThat(count(session, "MATCH (n:Item) RETURN count(n)")).isEqualTo(expected.items());
					assertThat(count(session, "MATCH (n:Event) RETURN count(n)")).isEqualTo(expected.events());
				}
			}
			return seconds;
		}
	}

	private static long count(Session session, String query) {
		return session.run(query).single().get(0).asLong();
	}

}
