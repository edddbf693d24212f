package io.govgraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.Session;

import org.springframework.util.FileSystemUtils;

import io.govgraph.ingest.DataSetImporter;
import io.govgraph.model.Vocabulary;
import io.govgraph.store.CypherQueries;
import io.govgraph.store.EmbeddedNeo4j;
import io.govgraph.store.EmbeddedNeo4jProperties;
import io.govgraph.store.SchemaMigrations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import benchmark of issue 8 (profile {@code -Pbench}, never in {@code verify}): a generated
 * district of about {@code bench.importRows} rows (default 1,000,000) is imported by GovGraph's
 * import (every rule checked, journalled batches, switch-over) into a fresh store, and the same
 * files are loaded by plain Cypher {@code LOAD CSV … CALL { … } IN TRANSACTIONS OF 10000 ROWS}
 * (no checks at all) into another fresh store with the same schema scripts applied; both times
 * and their ratio go to target/bench/import.txt. Both sides first warm up on a district of 100,000
 * vertices ({@code bench.warmupVertices}).
 */
@Tag("bench")
class ImportBenchmark {

	static final CypherQueries CYPHER = new CypherQueries();

	static final Path ROOT = Path.of("target/bench");

	@Test
	void importVersusLoadCsv() throws Exception {
		long rows = Long.getLong("bench.importRows", 1_000_000);
		String pageCache = System.getProperty("bench.pageCache", "2g");
		Path warmup = ROOT.resolve("import-warmup");
		// Both sides run the same server code (Cypher runtime, index updates, Lucene): the warm-up
		// is large enough for the JIT to settle, so neither side pays for compiling it.
		DistrictGenerator.generate(warmup, Integer.getInteger("bench.warmupVertices", 100_000), 7);
		Path folder = ROOT.resolve("import-" + rows);
		// Generated districts hold about 1.83 rows per vertex (measured).
		DistrictGenerator.Summary district = DistrictGenerator.generate(folder, (int) (rows / 1.83), 1);
		ours(warmup, pageCache);
		loadCsv(warmup, pageCache);
		// Rounds alternate which side goes first, so that neither always meets the fresher machine.
		int rounds = Integer.getInteger("bench.rounds", 2);
		List<Timed> oursRuns = new ArrayList<>();
		List<Timed> loadRuns = new ArrayList<>();
		for (int round = 0; round < rounds; round++) {
			if (round % 2 == 0) {
				oursRuns.add(ours(folder, pageCache));
				loadRuns.add(loadCsv(folder, pageCache));
			}
			else {
				loadRuns.add(loadCsv(folder, pageCache));
				oursRuns.add(ours(folder, pageCache));
			}
			assertThat(loadRuns.get(round).counts()).as("LOAD CSV loaded what the import did")
				.isEqualTo(oursRuns.get(round).counts());
		}
		List<String> report = new ArrayList<>();
		report.add(String.format(Locale.ROOT, "data set: %,d rows (%,d units, %,d people, %,d posts, %,d links)",
				district.rows(), district.units(), district.people(), district.posts(), district.links()));
		double oursTotal = 0;
		double loadTotal = 0;
		for (int round = 0; round < rounds; round++) {
			Timed ours = oursRuns.get(round);
			Timed load = loadRuns.get(round);
			oursTotal += ours.seconds();
			loadTotal += load.seconds();
			report.add(String.format(Locale.ROOT, "round %d (%s first)", round + 1, round % 2 == 0 ? "GovGraph" : "LOAD CSV"));
			report.add(String.format(Locale.ROOT,
					"  GovGraph import (checked, journalled batches of 10,000): %.1f s, %,.0f rows/s", ours.seconds(),
					district.rows() / ours.seconds()));
			report.add(String.format(Locale.ROOT,
					"  plain LOAD CSV (unchecked, IN TRANSACTIONS OF 10000 ROWS): %.1f s, %,.0f rows/s", load.seconds(),
					district.rows() / load.seconds()));
			report.addAll(load.steps());
			report.add(String.format(Locale.ROOT, "  ratio LOAD CSV / GovGraph = %.2f", load.seconds() / ours.seconds()));
		}
		report.add(String.format(Locale.ROOT,
				"all rounds: GovGraph %.1f s, LOAD CSV %.1f s; LOAD CSV time / GovGraph time = %.2f (≥ 1: GovGraph no slower)",
				oursTotal, loadTotal, loadTotal / oursTotal));
		report.add("page cache " + pageCache + ", heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB, "
				+ Runtime.getRuntime().availableProcessors() + " cores");
		report.forEach(System.out::println);
		Files.write(ROOT.resolve("import.txt"), report, StandardCharsets.UTF_8);
	}

	/** A run's time and what the store held after it. */
	record Timed(double seconds, Map<String, Long> counts, List<String> steps) {
	}

	private static Timed ours(Path folder, String pageCache) throws IOException {
		try (Fresh store = Fresh.start("ours", pageCache)) {
			DataSetImporter data = new DataSetImporter(store.driver(), CYPHER, 10_000);
			long t0 = System.nanoTime();
			data.importDataSet(folder, false);
			return new Timed((System.nanoTime() - t0) / 1e9, store.counts(), List.of());
		}
	}

	private static Timed loadCsv(Path folder, String pageCache) throws IOException {
		Map<String, String> labels = new LinkedHashMap<>();
		Vocabulary.UNIT_TYPES.forEach(t -> labels.put(t, Vocabulary.label(t)));
		String base = folder.toAbsolutePath().toUri().toString();
		Map<String, String> statements = new LinkedHashMap<>();
		try (Stream<Path> files = Files.list(Path.of("src/test/resources/bench/load-csv"))) {
			for (Path file : files.sorted().toList()) {
				statements.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
			}
		}
		try (Fresh store = Fresh.start("load-csv", pageCache); Session session = store.driver().session()) {
			List<String> steps = new ArrayList<>();
			long t0 = System.nanoTime();
			for (Map.Entry<String, String> statement : statements.entrySet()) {
				long s0 = System.nanoTime();
				// CALL { … } IN TRANSACTIONS needs an auto-commit transaction.
				session.run(statement.getValue(), Map.of("base", base, "labels", labels)).consume();
				steps.add(String.format(Locale.ROOT, "    %s %.1f s", statement.getKey(), (System.nanoTime() - s0) / 1e9));
			}
			return new Timed((System.nanoTime() - t0) / 1e9, store.counts(), steps);
		}
	}

	/** A fresh embedded store with the schema scripts applied. */
	record Fresh(EmbeddedNeo4j neo4j, Driver driver) implements AutoCloseable {

		static Fresh start(String name, String pageCache) throws IOException {
			Path home = ROOT.resolve("import-store-" + name);
			FileSystemUtils.deleteRecursively(home);
			EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(home, 0, pageCache));
			// The driver logs at INFO, as in the application (Boot routes its log through Spring's); left
			// to java.util.logging here it formatted every Bolt message for a debug line, ~8% of the run.
			Driver driver = GraphDatabase.driver(neo4j.boltUri(), neo4j.authToken(),
					Config.builder().withLogging(Logging.javaUtilLogging(java.util.logging.Level.INFO)).build());
			new SchemaMigrations(driver, CYPHER).afterPropertiesSet();
			return new Fresh(neo4j, driver);
		}

		Map<String, Long> counts() {
			try (Session session = this.driver.session()) {
				Map<String, Long> counts = new LinkedHashMap<>();
				for (String what : List.of("MATCH (n:Unit) RETURN count(n)", "MATCH (n:Person) RETURN count(n)",
						"MATCH ()-[r:UNDER]->() RETURN count(r)", "MATCH ()-[r:HOLDS_POST]->() RETURN count(r)",
						"MATCH ()-[r]->() RETURN count(r)")) {
					counts.put(what, session.run(what).single().get(0).asLong());
				}
				return counts;
			}
		}

		@Override
		public void close() {
			this.driver.close();
			this.neo4j.close();
		}

	}

}
