package io.govgraph.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.Session;

import org.springframework.util.FileSystemUtils;

import io.govgraph.events.ChangeEvents;
import io.govgraph.model.Vocabulary;
import io.govgraph.roster.IdCardHasher;
import io.govgraph.roster.Mention;
import io.govgraph.roster.NoisyRosterDistrict;
import io.govgraph.roster.ResolutionQuality;
import io.govgraph.roster.Resolver;
import io.govgraph.roster.RosterImporter;
import io.govgraph.roster.RosterProperties;
import io.govgraph.roster.RosterReader;
import io.govgraph.roster.RosterReport;
import io.govgraph.roster.StoreUnits;
import io.govgraph.store.CypherQueries;
import io.govgraph.store.EmbeddedNeo4j;
import io.govgraph.store.EmbeddedNeo4jProperties;
import io.govgraph.store.SchemaMigrations;
import io.govgraph.web.AsOf;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The roster benchmark of issue 16 (profile {@code -Pbench}, never in {@code verify}): the rosters
 * of a generated district of {@code bench.rosterPeople} people (default 50,000; typical noise,
 * docs/rosters.md "Resolution quality") imported by {@link RosterImporter} into a fresh embedded
 * store holding the district's units. Timed apart: reading and interpreting the files, resolving
 * the mentions, a dry run (all but the write) and the real import (the write is their
 * difference); with the heap's peak and what the import retains. Results in
 * target/bench/rosters.txt.
 */
@Tag("bench")
class RosterBenchmark {

	static final CypherQueries CYPHER = new CypherQueries();

	static final Path ROOT = Path.of("target/bench");

	@Test
	void fiftyThousandPeople() throws IOException {
		int people = Integer.getInteger("bench.rosterPeople", 50_000);
		List<String> report = new ArrayList<>();
		long g0 = System.nanoTime();
		NoisyRosterDistrict.District district = NoisyRosterDistrict.generate(people, NoisyRosterDistrict.Noise.TYPICAL,
				1);
		long bytes = district.files().stream().mapToLong(f -> f.bytes().length).sum();
		report.add(String.format(Locale.ROOT,
				"district: %,d people, %,d roster rows in %,d files (%,d KB), %,d units; generated in %.1f s",
				district.people(), district.rows(), district.files().size(), bytes / 1024, district.units().size(),
				seconds(g0)));
		Files.createDirectories(ROOT);
		Path home = ROOT.resolve("roster-store");
		FileSystemUtils.deleteRecursively(home);
		EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(home, 0, "1g"));
		try (Driver driver = GraphDatabase.driver(neo4j.boltUri(), neo4j.authToken(),
				Config.builder().withLogging(Logging.javaUtilLogging(java.util.logging.Level.INFO)).build())) {
			new SchemaMigrations(driver, CYPHER).afterPropertiesSet();
			units(driver, district.units());
			StoreUnits storeUnits = new StoreUnits(driver, CYPHER);
			RosterProperties properties = new RosterProperties(ROOT.resolve("roster-id.key"), null,
					RosterReader.MAX_BYTES_DEFAULT);
			RosterImporter importer = new RosterImporter(driver, CYPHER, storeUnits, properties,
					new AsOf(Clock.systemDefaultZone()), new ChangeEvents(CYPHER, Clock.systemDefaultZone()));
			// warm-up: a dry run of the first tenth of the files (JIT, POI, the driver), nothing written
			importer.importFiles(district.files().subList(0, district.files().size() / 10), null, true, "bench");

			long r0 = System.nanoTime();
			List<Mention> mentions = district.mentions(storeUnits.load(),
					IdCardHasher.withKeyFile(properties.keyFile()));
			double read = seconds(r0);
			long s0 = System.nanoTime();
			AtomicInteger ids = new AtomicInteger();
			Resolver.Resolution resolution = Resolver.resolve(mentions, List.of(), Set.of(),
					() -> "p" + ids.incrementAndGet());
			double resolve = seconds(s0);
			ResolutionQuality quality = ResolutionQuality.of(resolution, district.truth());

			long d0 = System.nanoTime();
			RosterReport dry = importer.importFiles(district.files(), null, true, "bench");
			double dryRun = seconds(d0);
			assertThat(dry.problems()).isEmpty();

			System.gc();
			long before = usedHeap();
			resetPeaks();
			long i0 = System.nanoTime();
			RosterReport real = importer.importFiles(district.files(), null, false, "bench");
			double total = seconds(i0);
			long peak = peakHeap();
			assertThat(real.problems()).isEmpty();
			assertThat(real.total().rows()).isEqualTo(district.rows());
			Map<String, Long> counts = counts(driver);
			System.gc();
			long after = usedHeap();

			int rows = district.rows();
			report.add(String.format(Locale.ROOT, "reading + interpreting (POI / CSV, units, values): %.2f s, %,.0f rows/s",
					read, rows / read));
			report.add(String.format(Locale.ROOT, "resolving %,d mentions: %.2f s, %,.0f mentions/s", mentions.size(),
					resolve, rows / resolve));
			report.add(String.format(Locale.ROOT,
					"dry run (read, interpret, resolve, plan snapshots; no write): %.2f s, %,.0f rows/s", dryRun,
					rows / dryRun));
			report.add(String.format(Locale.ROOT,
					"import into the embedded store: %.2f s wall, %,.0f rows/s; write (import - dry run) %.2f s, "
							+ "plan and store reads (dry run - reading - resolving) %.2f s",
					total, rows / total, total - dryRun, dryRun - read - resolve));
			report.add(String.format(Locale.ROOT,
					"heap: %,d MB before, peak %,d MB during the import, %,d MB after it (after GC); max %,d MB",
					before >> 20, peak >> 20, after >> 20, Runtime.getRuntime().maxMemory() >> 20));
			report.add("store after the import: " + counts);
			report.add("quality: " + quality.line());
			report.add(String.format(Locale.ROOT, "%d cores; load average at the end: %s",
					Runtime.getRuntime().availableProcessors(), loadAverage()));
		}
		finally {
			neo4j.close();
		}
		report.forEach(System.out::println);
		Files.write(ROOT.resolve("rosters.txt"), report, StandardCharsets.UTF_8);
	}

	private static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}

	/** The district's units and their UNDER edges, as a data set would have stored them. */
	private static void units(Driver driver, List<NoisyRosterDistrict.Unit> units) {
		try (Session session = driver.session()) {
			for (String type : Vocabulary.UNIT_TYPES) {
				List<Map<String, Object>> rows = units.stream()
					.filter(u -> u.type().equals(type))
					.map(u -> Map.<String, Object>of("id", u.id(), "name", u.name(), "type", u.type()))
					.toList();
				if (!rows.isEmpty()) {
					session.executeWriteWithoutResult(tx -> tx.run("UNWIND $rows AS row CREATE (u:Unit:"
							+ Vocabulary.label(type) + ") SET u.id = row.id, u.name = row.name, u.type = row.type",
							Map.of("rows", rows)).consume());
				}
			}
			List<Map<String, Object>> under = units.stream()
				.filter(u -> u.parentId() != null)
				.map(u -> Map.<String, Object>of("id", u.id(), "parent", u.parentId()))
				.toList();
			session.executeWriteWithoutResult(tx -> tx.run("""
					UNWIND $rows AS row MATCH (u:Unit {id: row.id}), (p:Unit {id: row.parent})
					CREATE (u)-[:UNDER]->(p)""", Map.of("rows", under)).consume());
		}
	}

	private static Map<String, Long> counts(Driver driver) {
		Map<String, Long> counts = new LinkedHashMap<>();
		try (Session session = driver.session()) {
			for (String what : List.of("Person", "RosterMention", "ResolutionCandidate", "RosterSnapshot")) {
				counts.put(what, session.run("MATCH (n:" + what + ") RETURN count(n)").single().get(0).asLong());
			}
			counts.put("HOLDS_POST", session.run("MATCH ()-[h:HOLDS_POST]->() RETURN count(h)").single().get(0).asLong());
		}
		return counts;
	}

	private static long usedHeap() {
		return Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
	}

	private static void resetPeaks() {
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	private static long peakHeap() {
		return ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(p -> p.getType() == MemoryType.HEAP)
			.mapToLong(p -> p.getPeakUsage().getUsed())
			.sum();
	}

	private static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).strip();
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

}
