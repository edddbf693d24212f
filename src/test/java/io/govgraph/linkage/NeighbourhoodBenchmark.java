package io.govgraph.linkage;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;

import io.govgraph.IntegrationTest;
import io.govgraph.bench.DistrictGenerator;
import io.govgraph.bench.Rounds;
import io.govgraph.ingest.DataSetImporter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The neighbourhood read in one statement ({@code linkage/walk}) against the walk level by level (a statement for the seed, one a level, one for the edges and counts), in
 * the same run, on a generated district of 50,000 vertices in the ordinary mode and in the dense
 * one (most people holding two or three posts), around a compound, a community, a street, a
 * district, a law firm (a hub: it advises many communities) and a person, and from several seeds
 * (a compound with its community, two and five compounds of different streets), one and two steps
 * deep, with a limit of 300 (what the planner benchmark asks) and of 1,000 (the most one statement
 * takes). One
 * thread, each way in turn for {@code bench.walkSeconds} (2) a round, three rounds; the median
 * milliseconds a walk, and the CPU of the whole process a walk (the Bolt server's threads
 * included). Both ways must give the same answer first. Writes
 * target/bench/neighbourhood.txt; only with {@code -Pbench}. {@code -Dbench.walkAround=a,b} keeps
 * the seeds named so ({@code compound}, {@code five compounds of five streets}, …).
 */
@Tag("bench")
@IntegrationTest
class NeighbourhoodBenchmark {

	@Autowired
	NeighbourhoodWalk walk;

	@Autowired
	DataSetImporter store;

	@Autowired
	Driver driver;

	@Test
	void oneStatementAgainstAStatementALevel() throws Exception {
		long windowNanos = Long.getLong("bench.walkSeconds", 2) * 1_000_000_000L;
		List<String> lines = new ArrayList<>();
		lines.add("load average at the start: " + Files.readString(Path.of("/proc/loadavg")).trim());
		lines.add("");
		lines.add("| district | around | depth | limit | vertices | one statement: ms, CPU ms | a statement a level: ms, CPU ms | ratio (ms) |");
		lines.add("|---|---|---|---|---|---|---|---|");
		for (boolean dense : new boolean[] { false, true }) {
			Path folder = Path.of("target/bench/district-50000" + (dense ? "-dense" : ""));
			DistrictGenerator.generate(folder, 50_000, 20260401L, dense, false);
			this.store.importDataSet(folder, true);
			ExploreRepository.Filter filter = this.walk.filter(null, null, LocalDate.now());
			for (Map.Entry<String, List<String>> around : seeds().entrySet()) {
				if (System.getProperty("bench.walkAround") != null
						&& !List.of(System.getProperty("bench.walkAround").split(",")).contains(around.getKey())) {
					continue;
				}
				for (int depth = 1; depth <= NeighbourhoodWalk.ONE_STATEMENT_DEPTH; depth++) {
					for (int limit : new int[] { 300, NeighbourhoodWalk.ONE_STATEMENT_LIMIT }) {
						List<String> ids = around.getValue();
						int d = depth;
						NeighbourhoodWalk.Reach one = this.walk.walk(ids, d, filter, limit, true);
						NeighbourhoodWalk.Reach levels = this.walk.levelByLevel(ids, d, filter, limit, true);
						assertThat(one.vertices()).isEqualTo(levels.vertices());
						assertThat(one.adjacency().keySet()).isEqualTo(levels.adjacency().keySet());
						double[][] oneTimes = new double[3][];
						double[][] levelTimes = new double[3][];
						for (int round = 0; round < 3; round++) {
							oneTimes[round] = time(() -> this.walk.walk(ids, d, filter, limit, true), windowNanos);
							levelTimes[round] = time(() -> this.walk.levelByLevel(ids, d, filter, limit, true), windowNanos);
						}
						double oneMs = Rounds.median(oneTimes, 0);
						double levelMs = Rounds.median(levelTimes, 0);
						lines.add(String.format(Locale.ROOT, "| %s | %s | %d | %d | %d | %.2f, %.2f | %.2f, %.2f | %.2f× |",
								dense ? "dense" : "ordinary", around.getKey(), depth, limit, one.vertices().size(), oneMs,
								Rounds.median(oneTimes, 1), levelMs, Rounds.median(levelTimes, 1), levelMs / oneMs));
						System.out.println(lines.get(lines.size() - 1));
					}
				}
			}
		}
		lines.add("");
		lines.add("load average at the end: " + Files.readString(Path.of("/proc/loadavg")).trim());
		Files.createDirectories(Path.of("target/bench"));
		Files.write(Path.of("target/bench/neighbourhood.txt"), lines, StandardCharsets.UTF_8);
	}

	/**
	 * A generated compound, community, street, district, law firm and person (one with a post), by
	 * what they are; then seeds given together: a compound with its community, two compounds of
	 * different streets, and five compounds.
	 */
	private Map<String, List<String>> seeds() {
		try (var session = this.driver.session()) {
			Map<String, List<String>> seeds = new java.util.LinkedHashMap<>();
			for (String type : List.of("COMPOUND", "COMMUNITY_COMMITTEE", "STREET_COMMITTEE", "DISTRICT_COMMITTEE", "LAW_FIRM")) {
				seeds.put(type.toLowerCase(Locale.ROOT), List.of(session
					.run("MATCH (u:Unit {type: $type}) WHERE u.id STARTS WITH 'g.' RETURN u.id AS id ORDER BY id LIMIT 1",
							Map.of("type", type))
					.single()
					.get("id")
					.asString()));
			}
			seeds.put("person", List.of(session
				.run("MATCH (p:Person)-[:HOLDS_POST]->() WHERE p.id STARTS WITH 'g.' RETURN p.id AS id ORDER BY id LIMIT 1")
				.single()
				.get("id")
				.asString()));
			String compound = seeds.get("compound").get(0);
			seeds.put("compound + its community", List.of(compound, session
				.run("MATCH (:Unit {id: $id})-[:UNDER]->(c:Unit) RETURN c.id AS id", Map.of("id", compound))
				.single()
				.get("id")
				.asString()));
			List<String> compounds = session
				.run("""
						MATCH (c:Unit {type: 'COMPOUND'})-[:UNDER]->()-[:UNDER]->(s:Unit) WHERE c.id STARTS WITH 'g.'
						WITH s, min(c.id) AS first ORDER BY s.id LIMIT 5 RETURN collect(first) AS ids""")
				.single()
				.get("ids")
				.asList(org.neo4j.driver.Value::asString);
			seeds.put("two compounds of two streets", compounds.subList(0, 2));
			seeds.put("five compounds of five streets", compounds);
			return seeds;
		}
	}

	/** Milliseconds and process CPU milliseconds a call, over one window. */
	private static double[] time(Runnable walk, long windowNanos) {
		long cpu = Rounds.processCpuNanos();
		long started = System.nanoTime();
		int calls = 0;
		while (System.nanoTime() - started < windowNanos) {
			walk.run();
			calls++;
		}
		return new double[] { (System.nanoTime() - started) / 1e6 / calls, (Rounds.processCpuNanos() - cpu) / 1e6 / calls };
	}

}
