package io.govgraph.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.neo4j.driver.summary.Plan;
import org.slf4j.LoggerFactory;

import org.springframework.util.FileSystemUtils;

import io.govgraph.ingest.DataSetImporter;
import io.govgraph.model.Vocabulary;
import io.govgraph.store.CypherQueries;
import io.govgraph.store.EmbeddedNeo4j;
import io.govgraph.store.EmbeddedNeo4jProperties;
import io.govgraph.store.SchemaMigrations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import benchmark of issues 8 and 15 (profile {@code -Pbench}, never in {@code verify}): a
 * generated district of about {@code bench.importRows} rows (default 1,000,000) is imported by
 * GovGraph's import (every rule checked, journalled batches, switch-over) into a fresh store, and
 * the same files are loaded by a strong plain-Cypher peer (src/test/resources/bench/load-csv: labels
 * and properties in the {@code CREATE} pattern, relationships by the unique id indexes, {@code CALL
 * { … } IN CONCURRENT TRANSACTIONS OF 10000 ROWS}, no checks at all) into another fresh store with
 * the same schema scripts applied. Every peer statement's plan is printed and must hold no Eager
 * operator; after each run both stores must hold the same nodes per label, relationships per type
 * and a sample of nodes with their properties and outgoing relationships. Both sides first warm up
 * on a district of 100,000 vertices ({@code bench.warmupVertices}); then {@code bench.rounds} (3)
 * rounds alternate which side goes first. Median times per statement group, in total and their
 * ratio, with the CPU seconds the process spent and the collectors' seconds during each run, go to
 * target/bench/import.txt (and import-ROWS.txt).
 */
@Tag("bench")
class ImportBenchmark {

	static final CypherQueries CYPHER = new CypherQueries();

	static final Path ROOT = Path.of("target/bench");

	/** The statement groups, in the order both sides write them; GovGraph's check comes first. */
	static final List<String> GROUPS = List.of("units", "parents", "people", "posts", "links");

	/** Bookkeeping only GovGraph's import writes: its log of past imports. */
	static final String IMPORT_LOG = "__GovGraphImportLog";

	/**
	 * What else only GovGraph's import writes, left out of the comparison: the change events of the
	 * import (issue 18), the outbox's counter and the cross-appointment state they are computed
	 * from. Their time is in GovGraph's "other" group.
	 */
	static final List<String> EVENTS = List.of("ChangeEvent", "CrossAppointmentState", "EventCounter",
			"PendingChangeEvents");

	@Test
	void importVersusLoadCsv() throws Exception {
		long rows = Long.getLong("bench.importRows", 1_000_000);
		String pageCache = System.getProperty("bench.pageCache", "2g");
		String loadBefore = loadAverage();
		Path warmup = ROOT.resolve("import-warmup");
		// Both sides run the same server code (Cypher runtime, index updates, Lucene): the warm-up
		// is large enough for the JIT to settle, so neither side pays for compiling it.
		DistrictGenerator.generate(warmup, Integer.getInteger("bench.warmupVertices", 100_000), 7);
		Path folder = ROOT.resolve("import-" + rows);
		// Generated districts hold about 1.83 rows per vertex (measured).
		DistrictGenerator.Summary district = DistrictGenerator.generate(folder, (int) (rows / 1.83), 1);
		List<String> plans = new ArrayList<>();
		compare(ours(warmup, pageCache), loadCsv(warmup, pageCache, plans), "warm-up");
		// Rounds alternate which side goes first, so that neither always meets the fresher machine.
		int rounds = Integer.getInteger("bench.rounds", 3);
		List<Timed> oursRuns = new ArrayList<>();
		List<Timed> loadRuns = new ArrayList<>();
		for (int round = 0; round < rounds; round++) {
			if (round % 2 == 0) {
				oursRuns.add(ours(folder, pageCache));
				loadRuns.add(loadCsv(folder, pageCache, null));
			}
			else {
				loadRuns.add(loadCsv(folder, pageCache, null));
				oursRuns.add(ours(folder, pageCache));
			}
			compare(oursRuns.get(round), loadRuns.get(round), "round " + (round + 1));
		}
		List<String> report = new ArrayList<>();
		report.add(String.format(Locale.ROOT, "data set: %,d rows (%,d units, %,d people, %,d posts, %,d links)",
				district.rows(), district.units(), district.people(), district.posts(), district.links()));
		report.add("store after each run, both sides alike: " + oursRuns.get(0).contents().summary());
		for (int round = 0; round < rounds; round++) {
			Timed ours = oursRuns.get(round);
			Timed load = loadRuns.get(round);
			report.add(String.format(Locale.ROOT, "round %d (%s first): GovGraph %.1f s (%s; %s); LOAD CSV %.1f s (%s; %s)",
					round + 1, round % 2 == 0 ? "GovGraph" : "LOAD CSV", ours.seconds(), ours.stepsText(), ours.used(),
					load.seconds(), load.stepsText(), load.used()));
		}
		report.add(String.format(Locale.ROOT, "medians of %d rounds | GovGraph import (checked, journalled) | "
				+ "LOAD CSV IN CONCURRENT TRANSACTIONS (unchecked) | LOAD CSV / GovGraph", rounds));
		report.add(row("check (read, parse, validate)", median(oursRuns, t -> t.steps().get("check")), Double.NaN));
		for (String group : GROUPS) {
			report.add(row(group, median(oursRuns, t -> t.steps().get(group)), median(loadRuns, t -> t.steps().get(group))));
		}
		report.add(row("journal, switch-over, clean-up", median(oursRuns, t -> t.steps().get("other")), Double.NaN));
		double oursMedian = median(oursRuns, Timed::seconds);
		double loadMedian = median(loadRuns, Timed::seconds);
		report.add(row("total", oursMedian, loadMedian));
		report.add(row("CPU of the process (both cores)", median(oursRuns, t -> t.used().cpu()),
				median(loadRuns, t -> t.used().cpu())));
		report.add(row("of which garbage collection", median(oursRuns, t -> t.used().gc()),
				median(loadRuns, t -> t.used().gc())));
		report.add(String.format(Locale.ROOT,
				"total: GovGraph %,.0f rows/s, LOAD CSV %,.0f rows/s; LOAD CSV time / GovGraph time = %.2f (≥ 1: GovGraph no slower)",
				district.rows() / oursMedian, district.rows() / loadMedian, loadMedian / oursMedian));
		report.add("page cache " + pageCache + ", heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB, "
				+ Runtime.getRuntime().availableProcessors() + " cores; load average (1/5/15 min) before "
				+ loadBefore + ", after " + loadAverage());
		report.add("LOAD CSV plans (EXPLAIN, no Eager operator in any):");
		report.addAll(plans);
		report.forEach(System.out::println);
		Files.write(ROOT.resolve("import.txt"), report, StandardCharsets.UTF_8);
		Files.write(ROOT.resolve("import-" + rows + ".txt"), report, StandardCharsets.UTF_8);
	}

	/** Fails unless both stores hold the same data. */
	private static void compare(Timed ours, Timed load, String what) {
		assertThat(ours.contents().labels()).as("nodes per label after GovGraph's import").isNotEmpty();
		assertThat(load.contents().labels()).as(what + ": LOAD CSV's nodes per label equal the import's")
			.isEqualTo(ours.contents().labels());
		assertThat(load.contents().types()).as(what + ": LOAD CSV's relationships per type equal the import's")
			.isEqualTo(ours.contents().types());
		assertThat(ours.contents().sample()).as(what + ": the sample is not empty").hasSizeGreaterThan(10);
		assertThat(load.contents().sample()).as(what + ": LOAD CSV's sampled nodes equal the import's")
			.containsExactlyElementsOf(ours.contents().sample());
	}

	private static String row(String group, double ours, double load) {
		return Double.isNaN(load) ? String.format(Locale.ROOT, "  %-32s %7.1f s | %7s   |", group, ours, "—")
				: String.format(Locale.ROOT, "  %-32s %7.1f s | %7.1f s | %.2f", group, ours, load, load / ours);
	}

	private static double median(List<Timed> runs, Function<Timed, Double> value) {
		List<Double> values = new ArrayList<>(runs.stream().map(value).toList());
		Collections.sort(values);
		int n = values.size();
		return (n % 2 == 1) ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
	}

	private static String loadAverage() throws IOException {
		String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
		return parts[0] + " / " + parts[1] + " / " + parts[2];
	}

	/**
	 * The CPU seconds the whole process spent (every thread: the import's or the peer's own, Neo4j's,
	 * the collector's) and the seconds the collectors report, since the JVM started or between two
	 * readings: on a shared machine they tell a run that had less of the machine from one that did
	 * more work.
	 */
	record Resources(double cpu, double gc) {

		static Resources now() {
			double gc = ManagementFactory.getGarbageCollectorMXBeans()
				.stream()
				.mapToLong(GarbageCollectorMXBean::getCollectionTime)
				.sum() / 1e3;
			return new Resources(
					((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
						.getProcessCpuTime() / 1e9,
					gc);
		}

		Resources minus(Resources before) {
			return new Resources(this.cpu - before.cpu, this.gc - before.gc);
		}

		@Override
		public String toString() {
			return String.format(Locale.ROOT, "CPU %.1f s, GC %.1f s", this.cpu, this.gc);
		}

	}

	/** A run's time, its steps' times (seconds, by group) and what the store held after it. */
	record Timed(double seconds, Map<String, Double> steps, Contents contents, Resources used) {

		String stepsText() {
			StringBuilder text = new StringBuilder();
			this.steps.forEach((step, s) -> text.append(text.isEmpty() ? "" : ", ")
				.append(String.format(Locale.ROOT, "%s %.1f", step, s)));
			return text.toString();
		}

	}

	/** GovGraph's "Checked …" and "Wrote …" log lines: how long each phase of an import took. */
	private static final Pattern PHASE = Pattern.compile("^(?:Checked .* in|Wrote (\\w+):.* in) (\\d+) ms$");

	private static Timed ours(Path folder, String pageCache) throws IOException {
		Map<String, Double> steps = new LinkedHashMap<>();
		Logger logger = (Logger) LoggerFactory.getLogger(DataSetImporter.class);
		AppenderBase<ILoggingEvent> phases = new AppenderBase<>() {
			@Override
			protected void append(ILoggingEvent event) {
				Matcher m = PHASE.matcher(event.getFormattedMessage());
				if (m.matches()) {
					synchronized (steps) {
						steps.put(m.group(1) == null ? "check" : m.group(1), Long.parseLong(m.group(2)) / 1e3);
					}
				}
			}
		};
		phases.start();
		logger.addAppender(phases);
		try (Fresh store = Fresh.start("ours", pageCache)) {
			DataSetImporter data = new DataSetImporter(store.driver(), CYPHER, 10_000);
			Resources before = Resources.now();
			long t0 = System.nanoTime();
			data.importDataSet(folder, false);
			double seconds = (System.nanoTime() - t0) / 1e9;
			Resources used = Resources.now().minus(before);
			logger.detachAppender(phases);
			assertThat(steps.keySet()).as("the import logged every phase").containsAll(GROUPS).contains("check");
			steps.put("other", seconds - steps.values().stream().mapToDouble(Double::doubleValue).sum());
			return new Timed(seconds, steps, store.contents(), used);
		}
		finally {
			logger.detachAppender(phases);
		}
	}

	/**
	 * Loads the files with the peer's statements. {@code plans}, when given, receives every
	 * statement's plan; every plan is checked for Eager operators in every run.
	 */
	private static Timed loadCsv(Path folder, String pageCache, List<String> plans) throws IOException {
		Map<String, String> labels = new LinkedHashMap<>();
		Vocabulary.UNIT_TYPES.forEach(t -> labels.put(t, Vocabulary.label(t)));
		String base = folder.toAbsolutePath().toUri().toString();
		Map<String, String> statements = new LinkedHashMap<>();
		try (Stream<Path> files = Files.list(Path.of("src/test/resources/bench/load-csv"))) {
			for (Path file : files.sorted().toList()) {
				statements.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
			}
		}
		assertThat(statements.keySet()).as("one statement per group, in order")
			.containsExactly(GROUPS.stream().map(g -> (GROUPS.indexOf(g) + 1) + "_" + g + ".cypher").toArray(String[]::new));
		Map<String, Object> parameters = Map.of("base", base, "labels", labels);
		try (Fresh store = Fresh.start("load-csv", pageCache); Session session = store.driver().session()) {
			for (Map.Entry<String, String> statement : statements.entrySet()) {
				Plan plan = session.run("EXPLAIN " + statement.getValue(), parameters).consume().plan();
				List<String> lines = new ArrayList<>();
				List<String> operators = new ArrayList<>();
				describe(plan, 2, lines, operators);
				assertThat(operators).as("operators of the plan of " + statement.getKey() + ":\n" + String.join("\n", lines))
					.noneMatch(op -> op.startsWith("Eager"));
				if (plans != null) {
					plans.add(statement.getKey() + ":");
					plans.addAll(lines);
				}
			}
			Map<String, Double> steps = new LinkedHashMap<>();
			Resources before = Resources.now();
			long t0 = System.nanoTime();
			int group = 0;
			for (String statement : statements.values()) {
				long s0 = System.nanoTime();
				// CALL { … } IN TRANSACTIONS needs an auto-commit transaction.
				session.run(statement, parameters).consume();
				steps.put(GROUPS.get(group++), (System.nanoTime() - s0) / 1e9);
			}
			double seconds = (System.nanoTime() - t0) / 1e9;
			return new Timed(seconds, steps, store.contents(), Resources.now().minus(before));
		}
	}

	/** One line per operator, indented by depth, with its details. */
	private static void describe(Plan plan, int depth, List<String> lines, List<String> operators) {
		Value details = plan.arguments().get("Details");
		String operator = plan.operatorType().replaceFirst("@.*", "");
		operators.add(operator);
		lines.add(" ".repeat(depth) + operator + (details == null ? "" : " " + details.asString().replace('\n', ' ')));
		for (Plan child : plan.children()) {
			describe(child, depth + 2, lines, operators);
		}
	}

	/**
	 * What a store holds: nodes per label and relationships per type (without the import's own
	 * log), and a sample of units and people (ids ending in 7, or 37 for people) each with its
	 * labels, properties and outgoing relationships, their types, far ends and properties.
	 */
	record Contents(Map<String, Long> labels, Map<String, Long> types, List<String> sample) {

		String summary() {
			return "nodes per label " + this.labels + ", relationships per type " + this.types + ", "
					+ this.sample.size() + " sampled units and people compared property by property";
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

		Contents contents() {
			try (Session session = this.driver.session()) {
				Map<String, Long> labels = new TreeMap<>();
				session.run("MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n")
					.forEachRemaining(r -> labels.put(r.get("label").asString(), r.get("n").asLong()));
				labels.remove(IMPORT_LOG);
				EVENTS.forEach(labels::remove);
				Map<String, Long> types = new TreeMap<>();
				session.run("MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n")
					.forEachRemaining(r -> types.put(r.get("type").asString(), r.get("n").asLong()));
				List<String> sample = session
					.run("""
							MATCH (n)
							WHERE (n:Unit AND n.id ENDS WITH '7') OR (n:Person AND n.id ENDS WITH '37')
							RETURN n.id AS id, labels(n) AS labels, properties(n) AS props,
							  [(n)-[r]->(m) | [type(r), m.id, properties(r)]] AS out
							ORDER BY id""")
					.list(Fresh::describe);
				return new Contents(labels, types, sample);
			}
		}

		/** A node as text in which the order of labels, keys and relationships does not matter. */
		private static String describe(Record r) {
			List<String> labels = new ArrayList<>(r.get("labels").asList(Value::asString));
			Collections.sort(labels);
			List<String> out = new ArrayList<>();
			for (Value rel : r.get("out").values()) {
				out.add(rel.get(0).asString() + "->" + rel.get(1).asString() + new TreeMap<>(rel.get(2).asMap()));
			}
			Collections.sort(out);
			return r.get("id").asString() + " " + labels + " " + new TreeMap<>(r.get("props").asMap()) + " " + out;
		}

		@Override
		public void close() {
			this.driver.close();
			this.neo4j.close();
		}

	}

}
