package io.govgraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.Session;

import org.springframework.util.FileSystemUtils;

import io.govgraph.ingest.DataSetImporter;
import io.govgraph.store.CypherQueries;
import io.govgraph.store.EmbeddedNeo4j;
import io.govgraph.store.EmbeddedNeo4jProperties;
import io.govgraph.store.SchemaMigrations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the change events cost a data-set import (issue 18; profile {@code -Pbench}, never in
 * {@code verify}): a generated district of about {@code bench.eventsRows} rows (default 100,000)
 * imported {@code bench.rounds} times (default 3) into a fresh store each, after a warm-up on a
 * district of 20,000 vertices; each time, the median, and the events in the outbox go to
 * target/bench/import-events.txt. Run on a tree without the events for the time before them.
 */
@Tag("bench")
class ImportEventsBenchmark {

	static final CypherQueries CYPHER = new CypherQueries();

	static final Path ROOT = Path.of("target/bench");

	@Test
	void importWithItsEvents() throws IOException {
		long rows = Long.getLong("bench.eventsRows", 100_000);
		int rounds = Integer.getInteger("bench.rounds", 3);
		Path warmup = ROOT.resolve("events-warmup");
		DistrictGenerator.generate(warmup, 20_000, 7);
		Path folder = ROOT.resolve("events-" + rows);
		// Generated districts hold about 1.83 rows per vertex (measured).
		DistrictGenerator.Summary district = DistrictGenerator.generate(folder, (int) (rows / 1.83), 1);
		run(warmup);
		List<Double> seconds = new ArrayList<>();
		long events = 0;
		for (int round = 0; round < rounds; round++) {
			double[] result = run(folder);
			seconds.add(result[0]);
			events = (long) result[1];
		}
		List<String> report = new ArrayList<>();
		report.add(String.format(Locale.ROOT, "data set: %,d rows (%,d units, %,d people, %,d posts, %,d links)",
				district.rows(), district.units(), district.people(), district.posts(), district.links()));
		for (int round = 0; round < rounds; round++) {
			report.add(String.format(Locale.ROOT, "  round %d: %.1f s, %,.0f rows/s", round + 1, seconds.get(round),
					district.rows() / seconds.get(round)));
		}
		List<Double> sorted = seconds.stream().sorted().toList();
		report.add(String.format(Locale.ROOT, "median %.1f s; change events in the outbox: %,d", sorted.get(rounds / 2),
				events));
		report.forEach(System.out::println);
		Files.createDirectories(ROOT);
		Files.write(ROOT.resolve("import-events.txt"), report, StandardCharsets.UTF_8);
		assertThat(seconds).hasSize(rounds);
	}

	/** Seconds the import took and the change events it left, in a fresh store. */
	private static double[] run(Path folder) throws IOException {
		Path home = ROOT.resolve("events-store");
		FileSystemUtils.deleteRecursively(home);
		EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(home, 0, "1g"));
		try (Driver driver = GraphDatabase.driver(neo4j.boltUri(), neo4j.authToken(),
				Config.builder().withLogging(Logging.javaUtilLogging(java.util.logging.Level.INFO)).build())) {
			new SchemaMigrations(driver, CYPHER).afterPropertiesSet();
			DataSetImporter importer = new DataSetImporter(driver, CYPHER, 10_000);
			long t0 = System.nanoTime();
			importer.importDataSet(folder, false);
			double took = (System.nanoTime() - t0) / 1e9;
			try (Session session = driver.session()) {
				return new double[] { took,
						session.run("MATCH (e:ChangeEvent) RETURN count(e) AS n").single().get("n").asLong() };
			}
		}
		finally {
			neo4j.close();
		}
	}

}
