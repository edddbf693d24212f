package io.govgraph.ingest;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;

import io.micrometer.core.instrument.MeterRegistry;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

import io.govgraph.events.ChangeEvent;
import io.govgraph.events.ChangeEvents;
import io.govgraph.model.DataSet;
import io.govgraph.model.GraphMapping;
import io.govgraph.model.ProgressLine;
import io.govgraph.model.Vocabulary;
import io.govgraph.store.CypherQueries;
import io.govgraph.store.SideBySide;

/**
 * Imports a data set (v1, with the v1.1 files if any) into the graph; {@code export.DataSetExporter} is the other direction. An
 * import is checked whole before anything is written, then written in batches of
 * {@code govgraph.import.batch-size} rows (one transaction each) under an {@link ImportJournal},
 * and made final by one small switch-over transaction; a rejected import writes nothing, and a
 * failed or interrupted one is rolled back (at once, or by {@link ImportRecovery} at the next
 * start), so the store is always either as it was before the import or as it is after it.
 */
@Service
public class DataSetImporter {

	private static final Logger log = LoggerFactory.getLogger(DataSetImporter.class);

	/** How often a running import renews its heartbeat; far below {@code govgraph.import.stale-after-seconds}. */
	private static final long HEARTBEAT_NANOS = TimeUnit.SECONDS.toNanos(10);

	/** Marks in the log that a kill test and an operator can watch for. */
	static final String VALIDATING = "Validating", WRITING = "Writing", BATCH_WRITTEN = "Batch written",
			STAGED = "Change events staged", SWITCHING = "Switching over", COMMITTED = "Committed";

	// Statement names are constants, so that a test can check each; the statements are fetched once, in
	// the constructor, so that a missing file stops the start rather than an import.
	private static final String COUNT_VERTICES = "ingest/count_vertices";

	private static final String STORE_SNAPSHOT = "ingest/store_snapshot";

	private static final String EXISTING_POSTS = "ingest/existing_posts";

	private static final String EXISTING_LINKS = "ingest/existing_links";

	private static final String CREATE_UNITS = "ingest/create_units";

	private static final String UPDATE_UNITS = "ingest/update_units";

	private static final String CREATE_PEOPLE = "ingest/create_people";

	private static final String UPDATE_PEOPLE = "ingest/update_people";

	private static final String DELETE_PARENTS = "ingest/delete_parents";

	private static final String CREATE_PARENTS = "ingest/create_parents";

	private static final String CREATE_POSTS = "ingest/create_posts";

	private static final String CREATE_LINKS = "ingest/create_links";

	private static final String UPDATE_RELATIONSHIPS = "ingest/update_relationships";

	private static final String CREATE_AGREEMENTS = "ingest/create_agreements";

	private static final String UPDATE_AGREEMENTS = "ingest/update_agreements";

	private static final String CREATE_ITEMS = "ingest/create_items";

	private static final String UPDATE_ITEMS = "ingest/update_items";

	private static final String CREATE_EVENTS = "ingest/create_events";

	private static final String UPDATE_EVENTS = "ingest/update_events";

	private static final String EXISTING_PARTIES = "ingest/existing_parties";

	private static final String EXISTING_ATTENDANCE = "ingest/existing_attendance";

	private static final String CREATE_PARTIES = "ingest/create_parties";

	private static final String CREATE_ATTENDANCE = "ingest/create_attendance";

	private final Driver driver;

	private final int batch;

	private final String countVertices;

	private final String storeSnapshot;

	private final String existingPosts;

	private final String existingLinks;

	private final String createUnits;

	private final String updateUnits;

	private final String createPeople;

	private final String updatePeople;

	private final String deleteParents;

	private final String createParents;

	private final String createPosts;

	private final String createLinks;

	private final String updateRelationships;

	private final String createAgreements;

	private final String updateAgreements;

	private final String createItems;

	private final String updateItems;

	private final String createEvents;

	private final String updateEvents;

	private final String existingParties;

	private final String existingAttendance;

	private final String createParties;

	private final String createAttendance;

	private final ImportJournal journal;

	private final ChangeEvents events;

	private final ObjectProvider<MeterRegistry> meters;

	private int writers = Math.min(4, Runtime.getRuntime().availableProcessors());

	@Autowired
	public DataSetImporter(Driver driver, CypherQueries cypher,
			ImportProperties properties, ObjectProvider<MeterRegistry> meters, ChangeEvents events) {
		this(driver, cypher, properties.batchSize(), meters, events);
		if (properties.writers() > 0) {
			this.writers = properties.writers();
			this.journal.writers(this.writers);
		}
	}

	private DataSetImporter(Driver driver, CypherQueries cypher, int batch, ObjectProvider<MeterRegistry> meters,
			ChangeEvents events) {
		if (batch < 1) {
			throw new IllegalArgumentException("govgraph.import.batch-size must be at least 1, not " + batch);
		}
		this.driver = driver;
		this.batch = batch;
		this.events = events;
		this.journal = new ImportJournal(driver, cypher, batch, events);
		this.journal.writers(this.writers);
		this.meters = meters;
		this.countVertices = cypher.get(COUNT_VERTICES);
		this.storeSnapshot = cypher.get(STORE_SNAPSHOT);
		this.existingPosts = cypher.get(EXISTING_POSTS);
		this.existingLinks = cypher.get(EXISTING_LINKS);
		this.createUnits = cypher.get(CREATE_UNITS);
		this.updateUnits = cypher.get(UPDATE_UNITS);
		this.createPeople = cypher.get(CREATE_PEOPLE);
		this.updatePeople = cypher.get(UPDATE_PEOPLE);
		this.deleteParents = cypher.get(DELETE_PARENTS);
		this.createParents = cypher.get(CREATE_PARENTS);
		this.createPosts = cypher.get(CREATE_POSTS);
		this.createLinks = cypher.get(CREATE_LINKS);
		this.updateRelationships = cypher.get(UPDATE_RELATIONSHIPS);
		this.createAgreements = cypher.get(CREATE_AGREEMENTS);
		this.updateAgreements = cypher.get(UPDATE_AGREEMENTS);
		this.createItems = cypher.get(CREATE_ITEMS);
		this.updateItems = cypher.get(UPDATE_ITEMS);
		this.createEvents = cypher.get(CREATE_EVENTS);
		this.updateEvents = cypher.get(UPDATE_EVENTS);
		this.existingParties = cypher.get(EXISTING_PARTIES);
		this.existingAttendance = cypher.get(EXISTING_ATTENDANCE);
		this.createParties = cypher.get(CREATE_PARTIES);
		this.createAttendance = cypher.get(CREATE_ATTENDANCE);
	}

	/** For code that runs without an application context (benchmarks, recovery tests). */
	public DataSetImporter(Driver driver, CypherQueries cypher, int batch) {
		this(driver, cypher, batch, new ChangeEvents(cypher, Clock.systemDefaultZone()));
	}

	/** The same, with the change events the import writes through (a benchmark compares). */
	public DataSetImporter(Driver driver, CypherQueries cypher, int batch, ChangeEvents events) {
		this(driver, cypher, batch, null, events);
	}

	ImportJournal journal() {
		return this.journal;
	}

	/** Rows created, changed and left as they were, for one file. */
	public record Counts(long created, long changed, long unchanged) {

		@Override
		public String toString() {
			return this.created + " new, " + this.changed + " changed, " + this.unchanged + " unchanged";
		}

	}

	/** What an import did; the v1.1 files come last. */
	public record ImportSummary(Counts units, Counts people, Counts posts, Counts links, long parentsChanged,
			boolean replaced, long millis, Counts agreements, Counts parties, Counts items, Counts events,
			Counts attendance) {

		private static final Counts NONE = new Counts(0, 0, 0);

		/** True when the store already held exactly this data (a re-import). */
		public boolean changedNothing() {
			return !this.replaced && this.parentsChanged == 0
					&& List.of(this.units, this.people, this.posts, this.links, this.agreements, this.parties,
							this.items, this.events, this.attendance)
						.stream()
						.allMatch(c -> c.created() == 0 && c.changed() == 0);
		}

		@Override
		public String toString() {
			boolean v11 = List.of(this.agreements, this.parties, this.items, this.events, this.attendance)
				.stream()
				.anyMatch(c -> !c.equals(NONE));
			return "units: " + this.units + "; people: " + this.people + "; posts: " + this.posts + "; links: "
					+ this.links
					+ (v11 ? "; agreements: " + this.agreements + "; agreement parties: " + this.parties + "; items: "
							+ this.items + "; events: " + this.events + "; attendance: " + this.attendance : "")
					+ "; parents changed: " + this.parentsChanged + (this.replaced ? " (store replaced)" : "") + "; "
					+ this.millis + " ms";
		}

	}

	/**
	 * Checks and imports the data set at {@code path}.
	 * @param replace make the store hold exactly this data set (what it does not hold is deleted
	 * once the import has switched over)
	 * @throws DataSetRejectedException listing every problem; nothing was written
	 */
	public ImportSummary importDataSet(Path path, boolean replace) {
		long started = System.nanoTime();
		String outcome = "failed";
		long rows = 0;
		try {
			log.info("{} {}", VALIDATING, path);
			StoreSnapshot store = snapshot();
			DataSet ds = DataSetReader.read(path, replace ? StoreSnapshot.EMPTY : store);
			rows = ds.rowCount();
			log.info("Checked {} rows of {} in {} ms", rows, path, (System.nanoTime() - started) / 1_000_000);
			ImportSummary summary = write(path, ds, replace, store, started);
			outcome = "imported";
			log.info("Imported {}: {}", path, summary);
			return summary;
		}
		catch (DataSetRejectedException ex) {
			outcome = "rejected";
			throw ex;
		}
		finally {
			record(started, outcome, replace, rows);
		}
	}

	private void record(long started, String outcome, boolean replace, long rows) {
		MeterRegistry registry = this.meters == null ? null : this.meters.getIfAvailable();
		if (registry == null) {
			return;
		}
		registry.timer("govgraph.import", "outcome", outcome, "replace", Boolean.toString(replace))
			.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
		registry.counter("govgraph.import.rows", "outcome", outcome).increment(rows);
	}

	/** Reads and checks a data set against the store without writing anything. */
	public DataSet check(Path path, boolean replace) {
		return DataSetReader.read(path, replace ? StoreSnapshot.EMPTY : snapshot());
	}

	/** What {@link #check} found, against the store: new and stored ids among the data set's. */
	public record Verification(DataSet dataSet, long newUnits, long storedUnits, long newPeople, long storedPeople) {

		@Override
		public String toString() {
			return this.dataSet.units().size() + " units (" + this.newUnits + " new, " + this.storedUnits
					+ " in the store), " + this.dataSet.people().size() + " people (" + this.newPeople + " new, "
					+ this.storedPeople + " in the store), " + this.dataSet.posts().size() + " posts, "
					+ this.dataSet.links().size() + " links";
		}

	}

	/**
	 * {@code import --verify}: checks the data set by every rule an import applies, against the store
	 * as it is (or an empty one, for {@code --replace}), and writes nothing.
	 * @throws DataSetRejectedException listing every problem
	 */
	public Verification verify(Path path, boolean replace) {
		StoreSnapshot store = snapshot();
		DataSet ds = DataSetReader.read(path, replace ? StoreSnapshot.EMPTY : store);
		long storedUnits = ds.units().stream().filter(u -> store.unitIds().contains(u.id())).count();
		long storedPeople = ds.people().stream().filter(p -> store.personIds().contains(p.id())).count();
		return new Verification(ds, ds.units().size() - storedUnits, storedUnits, ds.people().size() - storedPeople,
				storedPeople);
	}

	/** True when the store holds no unit and no person. */
	public boolean isEmpty() {
		try (Session session = this.driver.session()) {
			return session.executeRead(tx -> tx.run(this.countVertices).single())
				.get("count")
				.asLong() == 0;
		}
	}

	private StoreSnapshot snapshot() {
		try (Session session = this.driver.session()) {
			Record r = session.executeRead(tx -> tx.run(this.storeSnapshot).single());
			Map<String, String> parentOf = new HashMap<>();
			for (Value pair : r.get("parents").values()) {
				if (!pair.get(1).isNull()) {
					parentOf.put(pair.get(0).asString(), pair.get(1).asString());
				}
			}
			Map<String, String> types = new HashMap<>();
			for (Value pair : r.get("types").values()) {
				types.put(pair.get(0).asString(), pair.get(1).asString());
			}
			return new StoreSnapshot(new HashSet<>(r.get("unitIds").asList(Value::asString)),
					new HashSet<>(r.get("personIds").asList(Value::asString)), parentOf, types,
					new HashSet<>(r.get("agreementIds").asList(Value::asString)),
					new HashSet<>(r.get("itemIds").asList(Value::asString)),
					new HashSet<>(r.get("eventIds").asList(Value::asString)));
		}
	}

	/** A stored relationship: its element id and properties. */
	private record Stored(String elementId, Map<String, Object> props) {
	}

	/**
	 * One import in progress: its journal id, the next journal sequence number and its progress.
	 * Every batch is one write transaction that also writes its journal entry.
	 */
	private final class Run {

		final String importId;

		final ProgressLine progress;

		final java.util.concurrent.atomic.AtomicLong seq = new java.util.concurrent.atomic.AtomicLong();

		/** When the import last said it is alive (it did so when it began). */
		final java.util.concurrent.atomic.AtomicLong heartbeat = new java.util.concurrent.atomic.AtomicLong(System.nanoTime());

		Run(String importId, ProgressLine progress) {
			this.importId = importId;
			this.progress = progress;
		}

		/** Runs one batch: {@code work} writes and says what it created; the journal entry goes with it. */
		<R> R batch(int rows, Function<TransactionContext, Created<R>> work) {
			long entry = this.seq.incrementAndGet();
			R result;
			try (Session session = DataSetImporter.this.driver.session()) {
				result = session.executeWrite(tx -> {
					Created<R> created = work.apply(tx);
					DataSetImporter.this.journal.record(tx, this.importId, entry, ImportJournal.CREATED, created.units,
							created.people, created.rels, created.records);
					return created.result;
				});
			}
			this.progress.advance(rows);
			log.info("{} {} ({} rows) of import {}", BATCH_WRITTEN, entry, rows, this.importId);
			long now = System.nanoTime();
			long last = this.heartbeat.get();
			if (now - last > HEARTBEAT_NANOS && this.heartbeat.compareAndSet(last, now)) {
				DataSetImporter.this.journal.heartbeat(this.importId, entry);
			}
			return result;
		}

	}

	/** What a batch created, for the journal, and what it reports. */
	private record Created<R>(List<String> units, List<String> people, List<String> rels, List<String> records,
			R result) {

		static <R> Created<R> units(List<String> ids, R result) {
			return new Created<>(ids, List.of(), List.of(), List.of(), result);
		}

		static <R> Created<R> people(List<String> ids, R result) {
			return new Created<>(List.of(), ids, List.of(), List.of(), result);
		}

		static <R> Created<R> rels(List<String> ids, R result) {
			return new Created<>(List.of(), List.of(), ids, List.of(), result);
		}

		/** Agreements, items or events. */
		static <R> Created<R> records(List<String> ids, R result) {
			return new Created<>(List.of(), List.of(), List.of(), ids, result);
		}

	}

	/**
	 * Writes a checked data set in journalled batches, then switches over. New entities are created
	 * outright and existing ones compared and rewritten only when they differ; which is which is
	 * decided from the ids and the stored posts and links read at the start, so no statement looks
	 * relationships up row by row (a plan made while the store was empty would scan every
	 * relationship for each row). On any failure before the switch-over the import is rolled back.
	 */
	private ImportSummary write(Path path, DataSet ds, boolean replace, StoreSnapshot store, long started) {
		Map<DataSet.PostKey, Stored> posts = new HashMap<>();
		Map<DataSet.LinkKey, Stored> links = new HashMap<>();
		// --replace compares with every stored post and link: those the data set lacks are swept.
		// A person or unit the store does not hold yet has no stored posts or links to compare with.
		readPosts(replace ? List.copyOf(store.personIds())
				: ds.posts().stream().map(DataSet.PostRow::personId).filter(store.personIds()::contains).distinct().toList(),
				posts);
		readLinks(replace ? List.copyOf(store.unitIds())
				: ds.links().stream().map(DataSet.LinkRow::fromId).filter(store.unitIds()::contains).distinct().toList(),
				links);
		Map<DataSet.PartyKey, Stored> parties = new HashMap<>();
		Map<DataSet.AttendanceKey, Stored> attendance = new HashMap<>();
		readStored(this.existingParties, replace ? List.copyOf(store.agreementIds())
				: ds.parties().stream().map(DataSet.PartyRow::agreementId).filter(store.agreementIds()::contains).distinct()
					.toList(),
				r -> GraphMapping.partyKey(r.get("agreementId").asString(), r.get("unitId").asString()), parties);
		readStored(this.existingAttendance, replace ? List.copyOf(store.eventIds())
				: ds.attendance().stream().map(DataSet.AttendanceRow::eventId).filter(store.eventIds()::contains).distinct()
					.toList(),
				r -> GraphMapping.attendanceKey(r.get("eventId").asString(), r.get("attendeeId").asString()), attendance);
		List<ChangeEvent> changes = this.events.ofImport(ds, k -> posts.containsKey(k) ? posts.get(k).props() : null,
				k -> links.containsKey(k) ? links.get(k).props() : null);
		String importId = this.journal.begin(path.toString(), replace);
		log.info("{} import {} of {} ({} rows, batches of {})", WRITING, importId, path, ds.rowCount(), this.batch);
		boolean committed = false;
		try (ProgressLine progress = ProgressLine.start("import " + path.getFileName(), ds.rowCount())) {
			Run run = new Run(importId, progress);
			Counts units = createOrUpdate(run, "units", this.createUnits, this.updateUnits, ds.units(), u -> store.unitIds().contains(u.id()),
					DataSet.UnitRow::id,
					u -> Map.of("props", GraphMapping.unitProperties(u), "label", Vocabulary.label(u.type())),
					Created::units);
			long parents = parents(run, ds, store);
			Counts people = createOrUpdate(run, "people", this.createPeople, this.updatePeople, ds.people(), p -> store.personIds().contains(p.id()),
					DataSet.PersonRow::id, p -> Map.of("props", GraphMapping.personProperties(p)), Created::people);
			// A new relationship is journalled only when both its ends were stored before: one with a new
			// end goes with that end's roll-back (DETACH DELETE). Batches run side by side, grouped by unit
			// so that two of them seldom wait for the same node.
			Counts postCounts = createOrRewrite(run, "posts", this.createPosts, ds.posts(), posts, DataSet.PostRow::key,
					DataSet.PostRow::unitId, GraphMapping::postProperties,
					p -> Map.of("personId", p.personId(), "unitId", p.unitId(), "props", GraphMapping.postProperties(p),
							"journal", stored(store, p.personId(), p.unitId())));
			Counts linkCounts = createOrRewrite(run, "links", this.createLinks, ds.links(), links, DataSet.LinkRow::key,
					DataSet.LinkRow::fromId, GraphMapping::linkProperties,
					l -> Map.of("fromId", l.fromId(), "toId", l.toId(), "type", l.type(), "props",
							GraphMapping.linkProperties(l), "journal", stored(store, l.fromId(), l.toId())));
			// v1.1: agreements before the items and events that name them, events before attendance.
			Counts agreements = createOrUpdate(run, "agreements", this.createAgreements, this.updateAgreements,
					ds.agreements(), a -> store.agreementIds().contains(a.id()), DataSet.AgreementRow::id,
					a -> Map.of("props", GraphMapping.agreementProperties(a)), Created::records);
			Counts items = createOrUpdate(run, "items", this.createItems, this.updateItems, ds.items(),
					i -> store.itemIds().contains(i.id()), DataSet.ItemRow::id,
					i -> Map.of("props", GraphMapping.itemProperties(i)), Created::records);
			Counts events = createOrUpdate(run, "events", this.createEvents, this.updateEvents, ds.events(),
					e -> store.eventIds().contains(e.id()), DataSet.EventRow::id,
					e -> Map.of("props", GraphMapping.eventProperties(e)), Created::records);
			Counts partyCounts = createOrRewrite(run, "agreement parties", this.createParties, ds.parties(), parties,
					DataSet.PartyRow::key, DataSet.PartyRow::agreementId, GraphMapping::partyProperties,
					p -> Map.of("agreementId", p.agreementId(), "unitId", p.unitId(), "props",
							GraphMapping.partyProperties(p), "journal",
							store.unitIds().contains(p.unitId()) && store.agreementIds().contains(p.agreementId())));
			Counts attendanceCounts = createOrRewrite(run, "attendance", this.createAttendance, ds.attendance(),
					attendance, DataSet.AttendanceRow::key, DataSet.AttendanceRow::eventId,
					GraphMapping::attendanceProperties,
					a -> Map.of("eventId", a.eventId(), "attendeeId", a.attendeeId(), "person", a.personId() != null,
							"props", GraphMapping.attendanceProperties(a), "journal",
							store.eventIds().contains(a.eventId()) && (store.personIds().contains(a.attendeeId())
									|| store.unitIds().contains(a.attendeeId()))));
			if (replace) {
				planSweep(run, ds, store, posts, links, parties, attendance);
			}
			long staging = System.nanoTime();
			this.events.stageImport(this.driver, importId, changes, treeAfter(ds, store), this.batch, this.writers);
			log.info("{} for import {}: {} in {} ms", STAGED, importId, changes.size(),
					(System.nanoTime() - staging) / 1_000_000);
			log.info("{} import {}", SWITCHING, importId);
			this.journal.commit(importId);
			committed = true;
			log.info("{} import {}", COMMITTED, importId);
			finish(importId, replace);
			return new ImportSummary(units, people, postCounts, linkCounts, parents, replace,
					(System.nanoTime() - started) / 1_000_000, agreements, partyCounts, items, events, attendanceCounts);
		}
		catch (RuntimeException ex) {
			if (!committed) {
				rollBackAfter(importId, ex);
			}
			throw ex;
		}
	}

	/** After the switch-over the import stands; a failure now only delays the clean-up to the next start. */
	private void finish(String importId, boolean replace) {
		try {
			ImportJournal.Undone swept = this.journal.finish(importId);
			if (replace) {
				log.info("Replaced the store: {}", swept);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Import {} is committed, but its clean-up failed ({}); the next start finishes it", importId,
					ex.getMessage(), ex);
		}
	}

	private void rollBackAfter(String importId, RuntimeException ex) {
		try {
			ImportJournal.Undone undone = this.journal.rollBack(importId);
			log.warn("Import {} failed ({}); rolled back: {}", importId, ex.getMessage(), undone);
		}
		catch (RuntimeException again) {
			ex.addSuppressed(again);
			log.error("Import {} failed and could not be rolled back now; it will be at the next start", importId,
					again);
		}
	}

	private void readPosts(List<String> personIds, Map<DataSet.PostKey, Stored> posts) {
		readStored(this.existingPosts, personIds,
				r -> GraphMapping.postKey(r.get("personId").asString(), r.get("unitId").asString(), r.get("props")), posts);
	}

	private void readLinks(List<String> fromIds, Map<DataSet.LinkKey, Stored> links) {
		readStored(this.existingLinks, fromIds, r -> GraphMapping.linkKey(r.get("fromId").asString(),
				r.get("toId").asString(), r.get("type").asString(), r.get("props")), links);
	}

	/**
	 * Stored relationships by key, read in batches of ids. Each batch is gathered inside its read
	 * and added only once the read is over: a read the driver runs again after a transient failure
	 * leaves nothing of its first run.
	 */
	private <K> void readStored(String statement, List<String> ids, Function<Record, K> key, Map<K, Stored> into) {
		try (Session session = this.driver.session()) {
			for (List<String> batch : ImportJournal.batches(ids, this.batch)) {
				into.putAll(session.executeRead(tx -> {
					Map<K, Stored> read = new HashMap<>();
					tx.run(statement, Map.of("ids", batch))
						.forEachRemaining(r -> read.put(key.apply(r),
								new Stored(r.get("elementId").asString(), r.get("props").asMap())));
					return read;
				}));
			}
		}
	}

	/** True when both ends of a relationship were in the store before this import. */
	private static boolean stored(StoreSnapshot store, String from, String to) {
		return (store.unitIds().contains(from) || store.personIds().contains(from)) && store.unitIds().contains(to);
	}

	/** Units or people: new ids created, stored ones compared and rewritten where they differ. */
	private <T> Counts createOrUpdate(Run run, String what, String createStatement, String updateStatement,
			List<T> rows, Predicate<T> stored, Function<T, String> id, Function<T, Map<String, Object>> toParameters,
			java.util.function.BiFunction<List<String>, Long, Created<Long>> created) {
		long started = System.nanoTime();
		List<T> fresh = rows.stream().filter(stored.negate()).toList();
		List<T> existing = rows.stream().filter(stored).toList();
		// New nodes lock nothing but themselves: their batches run side by side.
		inParallel(ImportJournal.batches(fresh, this.batch), batch -> run.batch(batch.size(), tx -> {
			tx.run(createStatement, Map.of("rows", batch.stream().map(toParameters).toList())).consume();
			return created.apply(batch.stream().map(id).toList(), 0L);
		}));
		long changed = 0;
		for (List<T> batch : ImportJournal.batches(existing, this.batch)) {
			changed += run.batch(batch.size(),
					tx -> Created.units(List.of(),
							tx.run(updateStatement,
									Map.of("rows", batch.stream().map(toParameters).toList(), "importId", run.importId))
								.single()
								.get("changed")
								.asLong()));
		}
		log.info("Wrote {}: {} rows in {} ms", what, rows.size(), (System.nanoTime() - started) / 1_000_000);
		return new Counts(fresh.size(), changed, existing.size() - changed);
	}

	/** Runs the batches on {@code govgraph.import.writers} threads (see {@link SideBySide#each}). */
	private <T> void inParallel(List<List<T>> batches, java.util.function.Consumer<List<T>> work) {
		SideBySide.each(batches, this.writers, "govgraph-import-writer", work);
	}

	/** Posts or links: new keys created, stored ones rewritten by element id where they differ. */
	private <T, K> Counts createOrRewrite(Run run, String what, String createStatement, List<T> rows,
			Map<K, Stored> stored, Function<T, K> key, Function<T, String> unit, Function<T, Map<String, Object>> props,
			Function<T, Map<String, Object>> toParameters) {
		long started = System.nanoTime();
		List<T> create = new ArrayList<>();
		List<Map<String, Object>> rewrite = new ArrayList<>();
		long unchanged = 0;
		for (T row : rows) {
			Stored old = stored.remove(key.apply(row));
			if (old == null) {
				create.add(row);
			}
			else if (old.props().equals(props.apply(row))) {
				unchanged++;
			}
			else {
				rewrite.add(Map.of("elementId", old.elementId(), "props", props.apply(row)));
			}
		}
		create.sort(java.util.Comparator.comparing(unit));
		inParallel(ImportJournal.batches(create, this.batch), batch -> run.batch(batch.size(), tx -> Created.rels(tx
			.run(createStatement, Map.of("rows", batch.stream().map(toParameters).toList()))
			.single()
			.get("created")
			.asList(Value::asString), 0L)));
		for (List<Map<String, Object>> batch : ImportJournal.batches(rewrite, this.batch)) {
			run.batch(batch.size(), tx -> Created.rels(List.of(), tx
				.run(this.updateRelationships, Map.of("rows", batch, "importId", run.importId))
				.single()
				.get("changed")
				.asLong()));
		}
		log.info("Wrote {}: {} rows in {} ms", what, rows.size(), (System.nanoTime() - started) / 1_000_000);
		return new Counts(create.size(), rewrite.size(), unchanged);
	}

	/** The containment tree once the import's batches are written: the stored one with the data set's parents. */
	private static Map<String, String> treeAfter(DataSet ds, StoreSnapshot store) {
		Map<String, String> parentOf = new HashMap<>(store.parentOf());
		for (DataSet.UnitRow u : ds.units()) {
			if (u.parentId() == null) {
				parentOf.remove(u.id());
			}
			else {
				parentOf.put(u.id(), u.parentId());
			}
		}
		return parentOf;
	}

	/** Moves UNDER edges whose parent changed; the stored tree comes from the snapshot. */
	private long parents(Run run, DataSet ds, StoreSnapshot store) {
		long started = System.nanoTime();
		List<String> detach = new ArrayList<>();
		List<Map<String, Object>> attach = new ArrayList<>();
		for (DataSet.UnitRow u : ds.units()) {
			String before = store.parentOf().get(u.id());
			if (Objects.equals(before, u.parentId())) {
				continue;
			}
			if (before != null) {
				detach.add(u.id());
			}
			if (u.parentId() != null) {
				attach.add(Map.of("id", u.id(), "parentId", u.parentId(), "journal", stored(store, u.id(), u.parentId())));
			}
		}
		// Every detach is written before any attach, so a unit never has two parents at once.
		for (List<String> batch : ImportJournal.batches(detach, this.batch)) {
			run.batch(0, tx -> {
				tx.run(this.deleteParents, Map.of("ids", batch, "importId", run.importId))
					.consume();
				return Created.rels(List.of(), 0L);
			});
		}
		attach.sort(java.util.Comparator.comparing(a -> (String) a.get("parentId")));
		inParallel(ImportJournal.batches(attach, this.batch),
				batch -> run.batch(0, tx -> Created.rels(tx.run(this.createParents, Map.of("rows", batch))
					.single()
					.get("created")
					.asList(Value::asString), 0L)));
		// A unit counts once whether its edge was moved, removed or added.
		Set<String> touched = new HashSet<>(detach);
		attach.forEach(a -> touched.add((String) a.get("id")));
		log.info("Wrote parents: {} removed, {} drawn in {} ms", detach.size(), attach.size(),
				(System.nanoTime() - started) / 1_000_000);
		return touched.size();
	}

	/**
	 * {@code --replace}: journals, before the switch-over, what the data set does not hold: stored
	 * posts and links it lacks (left in {@code posts}/{@code links} after the rows took theirs) whose
	 * both ends stay, then units and people it lacks (deleted with their relationships). They are
	 * deleted once the import has switched over.
	 */
	private void planSweep(Run run, DataSet ds, StoreSnapshot store, Map<DataSet.PostKey, Stored> posts,
			Map<DataSet.LinkKey, Stored> links, Map<DataSet.PartyKey, Stored> parties,
			Map<DataSet.AttendanceKey, Stored> attendance) {
		Set<String> units = new HashSet<>(store.unitIds());
		ds.units().forEach(u -> units.remove(u.id()));
		Set<String> people = new HashSet<>(store.personIds());
		ds.people().forEach(p -> people.remove(p.id()));
		List<String> rels = new ArrayList<>();
		posts.forEach((key, stored) -> {
			if (!people.contains(key.personId()) && !units.contains(key.unitId())) {
				rels.add(stored.elementId());
			}
		});
		links.forEach((key, stored) -> {
			if (!units.contains(key.fromId()) && !units.contains(key.toId())) {
				rels.add(stored.elementId());
			}
		});
		Set<String> records = new HashSet<>(store.agreementIds());
		records.addAll(store.itemIds());
		records.addAll(store.eventIds());
		ds.agreements().forEach(a -> records.remove(a.id()));
		ds.items().forEach(i -> records.remove(i.id()));
		ds.events().forEach(e -> records.remove(e.id()));
		parties.forEach((key, stored) -> {
			if (!records.contains(key.agreementId()) && !units.contains(key.unitId())) {
				rels.add(stored.elementId());
			}
		});
		attendance.forEach((key, stored) -> {
			if (!records.contains(key.eventId()) && !units.contains(key.attendeeId())
					&& !people.contains(key.attendeeId())) {
				rels.add(stored.elementId());
			}
		});
		sweep(run, rels, r -> new String[][] { {}, {}, r, {} });
		sweep(run, List.copyOf(units), u -> new String[][] { u, {}, {}, {} });
		sweep(run, List.copyOf(people), p -> new String[][] { {}, p, {}, {} });
		sweep(run, List.copyOf(records), n -> new String[][] { {}, {}, {}, n });
	}

	private void sweep(Run run, List<String> ids, Function<String[], String[][]> lists) {
		for (List<String> batch : ImportJournal.batches(ids, this.batch)) {
			String[][] l = lists.apply(batch.toArray(String[]::new));
			long entry = run.seq.incrementAndGet();
			try (Session session = this.driver.session()) {
				session.executeWriteWithoutResult(tx -> this.journal.record(tx, run.importId, entry,
						ImportJournal.SWEEP, List.of(l[0]), List.of(l[1]), List.of(l[2]), List.of(l[3])));
			}
		}
	}

}
