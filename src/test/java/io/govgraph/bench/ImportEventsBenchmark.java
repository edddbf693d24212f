package io.govgraph.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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

	/**
	 * Publishing alone, one thread against two (the importer's writers on this machine), alternately:
	 * {@code bench.publishEvents} (default 300,000) post events over a tree of 2,000 units staged in
	 * parts of 10,000 into a fresh store, then published; medians of {@code bench.rounds} (default 3)
	 * after one warm-up of each, to target/bench/event-publishing.txt.
	 */
	@Test
	void publishingOnOneThreadAndOnTwo() throws IOException {
		int count = Integer.getInteger("bench.publishEvents", 300_000);
		int rounds = Integer.getInteger("bench.rounds", 3);
		LocalDate today = LocalDate.now();
		Map<String, String> parentOf = new HashMap<>();
		for (int u = 1; u < 2_000; u++) {
			parentOf.put("u" + u, "u" + (u - 1) / 8);
		}
		List<ChangeEvent> events = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			events.add(ChangeEvent.postStarted("p" + i, "u" + (i % 2_000), "MEMBER", LocalDate.of(2015, 1, 1).plusDays(i % 3_000),
					null, today));
		}
		double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		publish(events, parentOf, 1);
		publish(events, parentOf, 2);
		List<double[]> one = new ArrayList<>();
		List<double[]> two = new ArrayList<>();
		for (int round = 0; round < rounds; round++) {
			one.add(publish(events, parentOf, 1));
			two.add(publish(events, parentOf, 2));
		}
		List<String> report = new ArrayList<>();
		report.add(String.format(Locale.ROOT, "%,d events in parts of 10,000, staged then published into a fresh store", count));
		for (int round = 0; round < rounds; round++) {
			report.add(String.format(Locale.ROOT,
					"  round %d: one thread: staged %.2f s, published %.2f s; two threads: staged %.2f s, published %.2f s",
					round + 1, one.get(round)[0], one.get(round)[1], two.get(round)[0], two.get(round)[1]));
		}
		double stagedOne = median(one, 0);
		double publishedOne = median(one, 1);
		double stagedTwo = median(two, 0);
		double publishedTwo = median(two, 1);
		report.add(String.format(Locale.ROOT,
				"medians: staged %.2f s on one thread, %.2f s on two (%.2f×); published %.2f s on one, %.2f s on two (%.2f×)",
				stagedOne, stagedTwo, stagedOne / stagedTwo, publishedOne, publishedTwo, publishedOne / publishedTwo));
		report.add(String.format(Locale.ROOT, "load average %.2f before, %.2f after; %d processors", loadBefore,
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
				Runtime.getRuntime().availableProcessors()));
		report.forEach(System.out::println);
		Files.createDirectories(ROOT);
		Files.write(ROOT.resolve("event-publishing.txt"), report, StandardCharsets.UTF_8);
		assertThat(one).hasSize(rounds);
	}

	private static double median(List<double[]> runs, int column) {
		return runs.stream().map(r -> r[column]).sorted().toList().get(runs.size() / 2);
	}

	/** Seconds to stage and to publish the events on {@code threads} threads, in a fresh store; every one arrives. */
	private static double[] publish(List<ChangeEvent> events, Map<String, String> parentOf, int threads)
			throws IOException {
		Path home = ROOT.resolve("events-store");
		FileSystemUtils.deleteRecursively(home);
		EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(home, 0, "1g"));
		try (Driver driver = GraphDatabase.driver(neo4j.boltUri(), neo4j.authToken())) {
			new SchemaMigrations(driver, CYPHER).afterPropertiesSet();
			ChangeEvents changeEvents = new ChangeEvents(CYPHER, Clock.systemDefaultZone());
			long t0 = System.nanoTime();
			changeEvents.stageImport(driver, "bench", events, parentOf, 10_000, threads);
			long t1 = System.nanoTime();
			changeEvents.publishImport(driver, "bench", threads);
			long t2 = System.nanoTime();
			try (Session session = driver.session()) {
				assertThat(session.run("MATCH (e:ChangeEvent) RETURN count(e) AS n").single().get("n").asLong())
					.isEqualTo(events.size());
			}
			return new double[] { (t1 - t0) / 1e9, (t2 - t1) / 1e9 };
		}
		finally {
			neo4j.close();
		}
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
