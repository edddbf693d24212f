package io.govgraph.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import io.govgraph.GovGraphApplication;
import io.govgraph.bench.DistrictGenerator;
import io.govgraph.events.ChangeEvent;
import io.govgraph.events.ChangeEvents;
import io.govgraph.export.DataSetExporter;
import io.govgraph.store.CypherQueries;
import io.govgraph.store.EmbeddedNeo4j;
import io.govgraph.store.EmbeddedNeo4jProperties;
import io.govgraph.store.SchemaMigrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Kills a command-line import (a separate JVM, {@link Process#destroyForcibly()}: SIGKILL) at
 * points of its work picked from its log — while validating, between batches, at the switch-over
 * and just after it — then opens the store again, lets the start-up recovery settle it, and
 * compares the export with the store's export before the import (byte for byte) or, once the
 * import had switched over, with the data set. The store before holds a generated district A; the
 * import brings a larger district B whose ids overlap A's (so units, people, posts and links are
 * created and rewritten, one compound moves, one unit loses its parent, one changes type).
 */
class ImportCrashTests {

	static final int BATCH = 250;

	static final CypherQueries CYPHER = new CypherQueries();

	@TempDir
	static Path dir;

	static Path before;

	static Path beforeExport;

	static Path dataSet;

	/** The keys in the outbox of the store before (district A's import published its events). */
	static Set<String> outboxBefore;

	@BeforeAll
	static void storeWithDistrictA() throws IOException {
		DistrictGenerator.generate(dir.resolve("a"), 2_000, 1);
		dataSet = DistrictGenerator.generate(dir.resolve("b"), 6_000, 2).folder();
		edit(dataSet.resolve("units.csv"), "g.s0.c0.cp0,COMPOUND,小区g.s0.c0.cp0,g.s0.c0,",
				"g.s0.c0.cp0,COMPOUND,小区g.s0.c0.cp0,g.s0.c1,");
		edit(dataSet.resolve("units.csv"), "g.s0.jm,JOINT_MEETING,第0街道物居业联席会议,g.s0,",
				"g.s0.jm,JOINT_MEETING,第0街道物居业联席会议,,");
		edit(dataSet.resolve("units.csv"), "g.s1.dr5,NEW_FIELD_ORG,", "g.s1.dr5,ASSOCIATION,");
		before = dir.resolve("store-before");
		beforeExport = dir.resolve("export-before");
		try (Store store = Store.open(before)) {
			store.importer.importDataSet(dir.resolve("a"), false);
			store.exporter.exportTo(beforeExport);
			outboxBefore = store.keys("ChangeEvent");
		}
		assertThat(outboxBefore).isNotEmpty();
	}

	@Test
	void killedWhileValidatingLeavesTheStoreAsItWas() throws Exception {
		Killed killed = importAndKill("kill-validating", false, DataSetImporter.VALIDATING + " ");
		assertThat(killed.sawSwitchOver()).isFalse();
		assertThat(restartAndExport(killed).settled()).isZero();
		assertThat(killed.export()).satisfies(ImportCrashTests::equalsBefore);
	}

	@Test
	void killedBetweenBatchesIsRolledBackAtRestart() throws Exception {
		Killed killed = importAndKill("kill-batches", false, DataSetImporter.BATCH_WRITTEN + " 12 ");
		assertThat(killed.sawSwitchOver()).isFalse();
		assertThat(restartAndExport(killed).settled()).isEqualTo(1);
		equalsBefore(killed.export());
	}

	@Test
	void killedWhileWritingPostsAndLinksIsRolledBackAtRestart() throws Exception {
		// Posts between a stored person and a stored unit are journalled by element id; those with a
		// new end go with that end: both must be gone after the roll-back.
		Killed killed = importAndKill("kill-posts", false, "Wrote people", DataSetImporter.BATCH_WRITTEN + " ");
		assertThat(killed.output()).noneMatch(l -> l.contains("Wrote posts"));
		assertThat(restartAndExport(killed).settled()).isEqualTo(1);
		equalsBefore(killed.export());
	}

	@Test
	void aReplaceKilledBetweenBatchesIsRolledBackAtRestart() throws Exception {
		Killed killed = importAndKill("kill-replace-batches", true, DataSetImporter.BATCH_WRITTEN + " 30 ");
		assertThat(killed.sawSwitchOver()).isFalse();
		assertThat(restartAndExport(killed).settled()).isEqualTo(1);
		equalsBefore(killed.export());
	}

	@Test
	void aReplaceKilledAtTheSwitchOverIsEitherUndoneOrFinished() throws Exception {
		Killed killed = importAndKill("kill-switch", true, DataSetImporter.SWITCHING + " ");
		assertThat(restartAndExport(killed).settled()).isEqualTo(1);
		if (killed.sawCommitted()) {
			equalsDataSet(killed.export());
		}
		else {
			assertThat(killed.export()).satisfiesAnyOf(ImportCrashTests::equalsBefore,
					ImportCrashTests::equalsDataSet);
		}
	}

	@Test
	void aReplaceKilledAfterTheSwitchOverIsFinishedByTheNextStartOfTheApplication() throws Exception {
		Killed killed = importAndKill("kill-committed", true, DataSetImporter.COMMITTED + " ");
		assertThat(killed.sawCommitted()).isTrue();
		// The real start-up path: the export command starts the application, whose recovery runs first.
		Path export = killed.store().resolveSibling(killed.store().getFileName() + "-export");
		Process p = command("export", export.toString(), "--govgraph.embedded.path=" + killed.store()).start();
		String output = drain(p);
		assertThat(p.waitFor()).as(output).isZero();
		assertThat(output).contains("was interrupted after its switch-over: finished it");
		equalsDataSet(export);
	}

	@Test
	void aCompletedImportIsTheDataSet() throws Exception {
		Path store = copyOfBefore("complete");
		Process p = command("import", dataSet.toString(), "--replace", "--govgraph.embedded.path=" + store).start();
		String output = drain(p);
		assertThat(p.waitFor()).as(output).isZero();
		Path export = dir.resolve("complete-export");
		try (Store s = Store.open(store)) {
			assertThat(s.recovery.recover()).isZero();
			s.exporter.exportTo(export);
		}
		equalsDataSet(export);
	}

	@Test
	void anImportThatFailsAfterStagingItsEventsLeavesNone() throws Exception {
		Path path = copyOfBefore("fail-staged");
		Set<String> staged = new HashSet<>();
		try (Store s = Store.open(path)) {
			// fails at the switch-over, its events staged (and seen staged, in the store)
			ChangeEvents failing = new ChangeEvents(CYPHER, Clock.systemDefaultZone()) {
				@Override
				public void stageImport(Driver driver, String importId, List<ChangeEvent> events,
						Map<String, String> parentOf, int batch, int threads) {
					super.stageImport(driver, importId, events, parentOf, batch, threads);
					staged.addAll(s.stagedKeys());
					throw new IllegalStateException("injected at the switch-over");
				}
			};
			DataSetImporter importer = new DataSetImporter(s.driver(), CYPHER, BATCH, failing);
			assertThatThrownBy(() -> importer.importDataSet(dataSet, false)).hasMessageContaining("injected");
			assertThat(staged).isNotEmpty();
			assertThat(s.stagedKeys()).isEmpty();
			assertThat(s.keys("ChangeEvent")).isEqualTo(outboxBefore);
			assertThat(s.recovery.recover()).isZero();
			s.exporter.exportTo(dir.resolve("fail-staged-export"));
		}
		equalsBefore(dir.resolve("fail-staged-export"));
	}

	@Test
	void killedWithItsEventsStagedPublishesThemOnceOrDropsThem() throws Exception {
		Killed killed = importAndKill("kill-staged", true, DataSetImporter.STAGED + " ");
		eventsSettledOnce(killed);
	}

	@Test
	void killedAfterTheSwitchOverPublishesItsEventsOnceAtRestart() throws Exception {
		Killed killed = importAndKill("kill-events-committed", true, DataSetImporter.COMMITTED + " ");
		assertThat(eventsSettledOnce(killed)).as("published").isTrue();
	}

	/**
	 * Restarts a killed {@code --replace} import's store and checks its change events: staged (some
	 * perhaps published already), then either all published by the recovery, each once, or, the
	 * import rolled back, all gone. Answers whether they were published.
	 */
	private static boolean eventsSettledOnce(Killed killed) throws IOException {
		try (Store s = Store.open(killed.store())) {
			Set<String> published = new HashSet<>(s.keys("ChangeEvent"));
			assertThat(published).containsAll(outboxBefore);
			published.removeAll(outboxBefore);
			Set<String> staged = new HashSet<>(s.stagedKeys());
			staged.addAll(published);
			assertThat(staged).as("staged before the kill").isNotEmpty();
			assertThat(s.recovery.recover()).isEqualTo(1);
			assertThat(s.stagedKeys()).isEmpty();
			Set<String> outbox = s.keys("ChangeEvent");
			boolean finished = !outbox.equals(outboxBefore);
			if (finished) {
				assertThat(outbox).containsAll(staged);
				s.exporter.exportTo(killed.export());
				equalsDataSet(killed.export());
			}
			else {
				assertThat(published).as("published only after the switch-over").isEmpty();
				assertThat(killed.sawCommitted()).isFalse();
				assertThat(outbox).isEqualTo(outboxBefore);
				s.exporter.exportTo(killed.export());
				equalsBefore(killed.export());
			}
			// each once: one sequence number each, none twice; a second start changes nothing
			assertThat(s.count("MATCH (e:ChangeEvent) RETURN count(DISTINCT e.seq) AS n")).isEqualTo(outbox.size());
			assertThat(s.count("MATCH (e:ChangeEvent) RETURN count(e) AS n")).isEqualTo(outbox.size());
			assertThat(s.recovery.recover()).isZero();
			assertThat(s.keys("ChangeEvent")).isEqualTo(outbox);
			return finished;
		}
	}

	/** What a kill left: the store, the child's whole output, and its export once restarted. */
	record Killed(Path store, List<String> output, Path export) {

		boolean sawSwitchOver() {
			return this.output.stream().anyMatch(l -> l.contains(DataSetImporter.SWITCHING + " "));
		}

		boolean sawCommitted() {
			return this.output.stream().anyMatch(l -> l.contains(DataSetImporter.COMMITTED + " "));
		}

	}

	/**
	 * Starts the import in a child JVM on a copy of the store before, and kills it at the first line
	 * with the last marker that follows lines with the ones before it, in their order.
	 */
	private static Killed importAndKill(String name, boolean replace, String... markers) throws Exception {
		Path store = copyOfBefore(name);
		List<String> args = new ArrayList<>(List.of("import", dataSet.toString(), "--govgraph.embedded.path=" + store,
				"--logging.level.io.govgraph.ingest=INFO"));
		if (replace) {
			args.add("--replace");
		}
		Process p = command(args.toArray(String[]::new)).start();
		List<String> output = new ArrayList<>();
		try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			boolean killed = false;
			int seen = 0;
			while ((line = in.readLine()) != null) {
				output.add(line);
				if (!killed && line.contains(markers[seen]) && ++seen == markers.length) {
					// Through the handle: Process.destroyForcibly would also close the output still to be read.
					p.toHandle().destroyForcibly();
					killed = true;
				}
			}
			assertThat(killed).as("markers %s in %s", List.of(markers), output).isTrue();
		}
		p.waitFor(30, TimeUnit.SECONDS);
		assertThat(p.exitValue()).as("killed by SIGKILL").isEqualTo(137);
		return new Killed(store, output, dir.resolve(name + "-export"));
	}

	/** What a restart did. */
	record Restarted(int settled) {
	}

	private static Restarted restartAndExport(Killed killed) throws IOException {
		try (Store s = Store.open(killed.store())) {
			int settled = s.recovery.recover();
			s.exporter.exportTo(killed.export());
			assertThat(s.recovery.recover()).as("nothing left to settle").isZero();
			assertThat(s.journalNodes()).as("no journal left behind").isZero();
			return new Restarted(settled);
		}
	}

	private static void equalsBefore(Path export) {
		try {
			DataSets.assertSameFiles(beforeExport, export);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static void equalsDataSet(Path export) {
		assertThat(DataSetReader.read(export, StoreSnapshot.EMPTY).withoutLines())
			.isEqualTo(DataSetReader.read(dataSet, StoreSnapshot.EMPTY).withoutLines());
	}

	private static Path copyOfBefore(String name) throws IOException {
		Path target = dir.resolve(name);
		try (Stream<Path> files = Files.walk(before)) {
			for (Path source : (Iterable<Path>) files::iterator) {
				Path to = target.resolve(before.relativize(source).toString());
				if (Files.isDirectory(source)) {
					Files.createDirectories(to);
				}
				else {
					Files.copy(source, to);
				}
			}
		}
		return target;
	}

	/** The application's command line in a JVM of its own, on this test's class path. */
	private static ProcessBuilder command(String... args) {
		List<String> cmd = new ArrayList<>();
		cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		ManagementFactory.getRuntimeMXBean()
			.getInputArguments()
			.stream()
			.filter(a -> a.startsWith("--add-opens") || a.startsWith("-Dio.netty"))
			.forEach(cmd::add);
		cmd.addAll(List.of("-Xmx768m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", classPath(),
				GovGraphApplication.class.getName()));
		cmd.addAll(List.of(args));
		cmd.addAll(List.of("--govgraph.embedded.bolt-port=0", "--govgraph.sample=false",
				"--govgraph.embedded.page-cache=64m", "--govgraph.import.batch-size=" + BATCH));
		return new ProcessBuilder(cmd).redirectErrorStream(true);
	}

	/** This JVM's class path, each entry once (a folder listed twice would show its schema scripts twice). */
	private static String classPath() {
		java.util.Set<String> entries = new java.util.LinkedHashSet<>();
		for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
			entries.add(Path.of(entry).toAbsolutePath().normalize().toString());
		}
		return String.join(java.io.File.pathSeparator, entries);
	}

	private static String drain(Process p) throws IOException {
		return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
	}

	private static void edit(Path file, String from, String to) throws IOException {
		String text = Files.readString(file);
		assertThat(text).contains(from);
		Files.writeString(file, text.replace(from, to));
	}

	/** The store opened in this JVM as the application opens it, without an application context. */
	private record Store(EmbeddedNeo4j neo4j, Driver driver, DataSetImporter importer, DataSetExporter exporter,
			ImportRecovery recovery) implements AutoCloseable {

		static Store open(Path path) {
			EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(path, 0, "64m"));
			Driver driver = GraphDatabase.driver(neo4j.boltUri(), neo4j.authToken());
			new SchemaMigrations(driver, CYPHER).afterPropertiesSet();
			DataSetImporter importer = new DataSetImporter(driver, CYPHER, BATCH);
			return new Store(neo4j, driver, importer, new DataSetExporter(driver, CYPHER),
					new ImportRecovery(importer.journal(), true, 300));
		}

		/** The idempotency keys of the events with this label (ChangeEvent: the outbox). */
		Set<String> keys(String label) {
			try (var session = this.driver.session()) {
				return new HashSet<>(session.run("MATCH (e:" + label + ") RETURN collect(e.key) AS keys")
					.single()
					.get("keys")
					.asList(org.neo4j.driver.Value::asString));
			}
		}

		/** The keys of the change events staged by imports (each part lists its events' keys). */
		Set<String> stagedKeys() {
			try (var session = this.driver.session()) {
				return new HashSet<>(session.run("MATCH (p:PendingChangeEvents) UNWIND p.keys AS k RETURN collect(k) AS keys")
					.single()
					.get("keys")
					.asList(org.neo4j.driver.Value::asString));
			}
		}

		long count(String statement) {
			try (var session = this.driver.session()) {
				return session.run(statement).single().get("n").asLong();
			}
		}

		long journalNodes() {
			try (var session = this.driver.session()) {
				return session
					.run("MATCH (n) WHERE n:__GovGraphImport OR n:__GovGraphImportLog OR n:__GovGraphBefore "
							+ "RETURN count(n) AS n")
					.single()
					.get("n")
					.asLong();
			}
		}

		@Override
		public void close() {
			this.driver.close();
			this.neo4j.close();
		}

	}

}
