package io.govgraph.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.Session;

import org.springframework.util.FileSystemUtils;

import io.govgraph.events.ChangeEvent;
import io.govgraph.events.ChangeEvents;
import io.govgraph.ingest.DataSetImporter;
import io.govgraph.model.DataSet;
import io.govgraph.store.CypherQueries;
import io.govgraph.store.EmbeddedNeo4j;
import io.govgraph.store.EmbeddedNeo4jProperties;
import io.govgraph.store.SchemaMigrations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the change events cost a data-set import (issue 18; profile {@code -Pbench}, never in
 * {@code verify}): a generated district of about {@code bench.eventsRows} rows (default 100,000)
 * imported {@code bench.rounds} times (default 3) with its change events and as many times without
 * them (the importer as it was before them), alternately, into a fresh store each, after a warm-up
 * on a district of 20,000 vertices; each time, the medians, their ratio, the machine's load and the
 * events in the outbox go to target/bench/import-events.txt.
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
		run(warmup, true);
		run(warmup, false);
		double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		List<Double> with = new ArrayList<>();
		List<Double> without = new ArrayList<>();
		long events = 0;
		for (int round = 0; round < rounds; round++) {
			without.add(run(folder, false)[0]);
			double[] result = run(folder, true);
			with.add(result[0]);
			events = (long) result[1];
		}
		double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		List<String> report = new ArrayList<>();
		report.add(String.format(Locale.ROOT, "data set: %,d rows (%,d units, %,d people, %,d posts, %,d links)",
				district.rows(), district.units(), district.people(), district.posts(), district.links()));
		for (int round = 0; round < rounds; round++) {
			report.add(String.format(Locale.ROOT, "  round %d: without events %.1f s, with events %.1f s (%,.0f rows/s)",
					round + 1, without.get(round), with.get(round), district.rows() / with.get(round)));
		}
		double medianWith = with.stream().sorted().toList().get(rounds / 2);
		double medianWithout = without.stream().sorted().toList().get(rounds / 2);
		report.add(String.format(Locale.ROOT,
				"median without events %.1f s, with events %.1f s (%.2f×); change events in the outbox: %,d",
				medianWithout, medianWith, medianWith / medianWithout, events));
		report.add(String.format(Locale.ROOT, "load average %.2f before, %.2f after; %d processors", loadBefore,
				loadAfter, Runtime.getRuntime().availableProcessors()));
		report.forEach(System.out::println);
		Files.createDirectories(ROOT);
		Files.write(ROOT.resolve("import-events.txt"), report, StandardCharsets.UTF_8);
		assertThat(with).hasSize(rounds);
	}

	/** Seconds the import took and the change events it left, in a fresh store. */
	private static double[] run(Path folder, boolean withEvents) throws IOException {
		Path home = ROOT.resolve("events-store");
		FileSystemUtils.deleteRecursively(home);
		EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(home, 0, "1g"));
		try (Driver driver = GraphDatabase.driver(neo4j.boltUri(), neo4j.authToken(),
				Config.builder().withLogging(Logging.javaUtilLogging(java.util.logging.Level.INFO)).build())) {
			new SchemaMigrations(driver, CYPHER).afterPropertiesSet();
			DataSetImporter importer = withEvents ? new DataSetImporter(driver, CYPHER, 10_000)
					: new DataSetImporter(driver, CYPHER, 10_000, new WithoutEvents());
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

	/** The importer as it was before change events: it works none out, stages none, publishes none. */
	static final class WithoutEvents extends ChangeEvents {

		WithoutEvents() {
			super(CYPHER, Clock.systemDefaultZone());
		}

		@Override
		public List<ChangeEvent> ofImport(DataSet ds, Function<DataSet.PostKey, Map<String, Object>> storedPost,
				Function<DataSet.LinkKey, Map<String, Object>> storedLink) {
			return List.of();
		}

		@Override
		public void publishImport(Driver driver, String importId, int threads) {
			// nothing was staged, and the cross-appointments are not compared
		}

	}

}
