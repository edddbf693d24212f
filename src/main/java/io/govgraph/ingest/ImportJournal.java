package io.govgraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.ClientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.govgraph.events.ChangeEvents;
import io.govgraph.store.CypherQueries;

/**
 * The journal that makes a batched import all-or-nothing across crashes.
 *
 * <p>
 * An import is a {@code (:__GovGraphImport {id, state, active, started, heartbeat, …})} node that
 * goes through {@code writing → committed → (removed)}. While {@code writing}, every batch
 * transaction also writes, <em>in the same transaction</em>, what it did:
 * <ul>
 * <li>a {@code (:__GovGraphImportLog {import, seq, kind: 'created'})} entry listing the unit ids,
 * person ids and record ids (agreements, items, events) it created, and the element ids of the relationships it created between two entities
 * that were stored before (a relationship with a new end is deleted with that end);</li>
 * <li>a {@code (:__GovGraphBefore {__import, __kind, …})} before-image of every unit, person, post,
 * link, agreement, item, event, party or attendance it rewrote (all its old properties, and a unit's old type label), and of every UNDER edge
 * it removed.</li>
 * </ul>
 * Neo4j commits each batch or none of it, so at every instant the journal describes exactly the
 * batches that are in the store. {@link #commit} flips the state to {@code committed} in one small
 * transaction: that is the switch-over. Before it, {@link #rollBack} restores the before-state
 * (created relationships and entities deleted, before-images put back); after it, {@link #finish}
 * only drops the journal and, for {@code --replace}, deletes what the new data set does not hold
 * ("sweep" entries, written before the switch-over). Both consume the journal entry by entry, each
 * step in one transaction with the entry it applied, so either can be interrupted and simply run
 * again; {@link ImportRecovery} does that at start-up. Hence after any crash and a restart the store
 * is exactly the before-state or the after-state.
 *
 * <p>
 * Entities themselves never carry journal marks, so nothing has to be cleaned off them and reads
 * need no filter. What a concurrent reader of an external server can see is the batches written so
 * far while an import is {@code writing}, and, after a {@code --replace} switch-over, rows not yet
 * swept; the embedded store is locked by the importing process, so there no reader can look in.
 * Edits are refused while an import is unfinished (edit/EditLog), so a roll-back never puts
 * back a before-image over an edit made after it was taken.
 */
final class ImportJournal {

	private static final Logger log = LoggerFactory.getLogger(ImportJournal.class);

	static final String CREATED = "created";

	static final String SWEEP = "sweep";

	/** An import found unfinished in the store. */
	record Unfinished(String id, String state, String source, boolean replace, String started, boolean stale) {

		boolean committed() {
			return "committed".equals(this.state);
		}

	}

	/** What one journal entry lists. */
	record Entry(long seq, List<String> units, List<String> people, List<String> rels, List<String> records) {

		static Entry of(Record r) {
			return new Entry(r.get("seq").asLong(), r.get("units").asList(Value::asString),
					r.get("people").asList(Value::asString), r.get("rels").asList(Value::asString),
					r.get("records").asList(Value::asString));
		}

	}

	/** What a roll-back or a finish did, for the log. */
	record Undone(long units, long people, long relationships, long restored) {

		@Override
		public String toString() {
			return this.units + " unit(s), " + this.people + " person(s) and " + this.relationships
					+ " relationship(s) deleted, " + this.restored + " before-image(s) restored";
		}

	}

	// Statement names are constants, so that a test can check each; the statements are fetched once, in
	// the constructor, so that a missing file stops the start rather than an import.
	private static final String IMPORT_BEGIN = "ingest/import_begin";

	private static final String IMPORT_LOG = "ingest/import_log";

	private static final String IMPORT_HEARTBEAT = "ingest/import_heartbeat";

	private static final String IMPORT_COMMIT = "ingest/import_commit";

	private static final String IMPORT_UNFINISHED = "ingest/import_unfinished";

	private static final String IMPORT_LOG_NEXT = "ingest/import_log_next";

	private static final String IMPORT_LOG_DELETE = "ingest/import_log_delete";

	private static final String IMPORT_LOGS_DROP = "ingest/import_logs_drop";

	private static final String IMPORT_BEFORES_DROP = "ingest/import_befores_drop";

	private static final String IMPORT_END = "ingest/import_end";

	private static final String DELETE_RELATIONSHIPS = "ingest/delete_relationships";

	private static final String DELETE_UNITS = "ingest/delete_units";

	private static final String DELETE_PEOPLE = "ingest/delete_people";

	private static final String DELETE_RECORDS = "ingest/delete_records";

	private static final String RESTORE_RECORDS = "ingest/restore_records";

	private static final String RESTORE_UNITS = "ingest/restore_units";

	private static final String RESTORE_PEOPLE = "ingest/restore_people";

	private static final String RESTORE_RELATIONSHIPS = "ingest/restore_relationships";

	private static final String RESTORE_PARENTS = "ingest/restore_parents";

	private final Driver driver;

	/** The import's change events: staged before the switch-over, published after it, dropped by a roll-back. */
	private final ChangeEvents events;

	private final int batch;

	/** How many threads publish an import's staged change events: the importer's writers, which it sets. */
	private int writers = 1;

	private final String importBegin;

	private final String importLog;

	private final String importHeartbeat;

	private final String importCommit;

	private final String importUnfinished;

	private final String importLogNext;

	private final String importLogDelete;

	private final String importLogsDrop;

	private final String importBeforesDrop;

	private final String importEnd;

	private final String deleteRelationships;

	private final String deleteUnits;

	private final String deletePeople;

	private final String deleteRecords;

	/** Roll-back puts back units, people, posts, links and the other relationships, then UNDER edges, then records. */
	private final List<String> restores;

	ImportJournal(Driver driver, CypherQueries cypher, int batch, ChangeEvents events) {
		this.driver = driver;
		this.events = events;
		this.batch = batch;
		this.importBegin = cypher.get(IMPORT_BEGIN);
		this.importLog = cypher.get(IMPORT_LOG);
		this.importHeartbeat = cypher.get(IMPORT_HEARTBEAT);
		this.importCommit = cypher.get(IMPORT_COMMIT);
		this.importUnfinished = cypher.get(IMPORT_UNFINISHED);
		this.importLogNext = cypher.get(IMPORT_LOG_NEXT);
		this.importLogDelete = cypher.get(IMPORT_LOG_DELETE);
		this.importLogsDrop = cypher.get(IMPORT_LOGS_DROP);
		this.importBeforesDrop = cypher.get(IMPORT_BEFORES_DROP);
		this.importEnd = cypher.get(IMPORT_END);
		this.deleteRelationships = cypher.get(DELETE_RELATIONSHIPS);
		this.deleteUnits = cypher.get(DELETE_UNITS);
		this.deletePeople = cypher.get(DELETE_PEOPLE);
		this.deleteRecords = cypher.get(DELETE_RECORDS);
		this.restores = List.of(cypher.get(RESTORE_UNITS), cypher.get(RESTORE_PEOPLE),
				cypher.get(RESTORE_RELATIONSHIPS), cypher.get(RESTORE_PARENTS), cypher.get(RESTORE_RECORDS));
	}

	void writers(int writers) {
		this.writers = writers;
	}

	/** Opens an import and returns its id; refuses while another import is unfinished. */
	String begin(String source, boolean replace) {
		String id = UUID.randomUUID().toString();
		try (Session session = this.driver.session()) {
			session.executeWriteWithoutResult(tx -> tx.run(this.importBegin,
					Map.of("importId", id, "source", source, "replace", replace)).consume());
		}
		catch (ClientException ex) {
			if (ex.code() != null && ex.code().contains("ConstraintValidationFailed")) {
				throw new IllegalStateException("Another import is unfinished in this store ("
						+ unfinished(0).stream().map(u -> u.id() + ", " + u.state() + ", from " + u.source()).toList()
						+ "); it is rolled back or finished when the application starts", ex);
			}
			throw ex;
		}
		return id;
	}

	/** Writes a journal entry inside the batch transaction {@code tx}. */
	void record(TransactionContext tx, String importId, long seq, String kind, List<String> units,
			List<String> people, List<String> rels, List<String> records) {
		long logged = tx
			.run(this.importLog,
					Map.of("importId", importId, "seq", seq, "kind", kind, "units", units, "people", people, "rels", rels,
							"records", records))
			.single()
			.get("logged")
			.asLong();
		if (logged != 1) {
			// Thrown inside the batch's transaction function, so the batch is not committed either.
			throw new IllegalStateException("Import " + importId
					+ " is no longer open (rolled back by the start-up of another process?); batch " + seq + " not written");
		}
	}

	/** Marks the import as alive, in a transaction of its own; {@code seq} is the last batch written. */
	void heartbeat(String importId, long seq) {
		try (Session session = this.driver.session()) {
			session.executeWriteWithoutResult(tx -> tx
				.run(this.importHeartbeat, Map.of("importId", importId, "seq", seq))
				.consume());
		}
	}

	/** The switch-over. */
	void commit(String importId) {
		try (Session session = this.driver.session()) {
			long committed = session.executeWrite(tx -> tx
				.run(this.importCommit, Map.of("importId", importId))
				.single()
				.get("committed")
				.asLong());
			if (committed != 1) {
				throw new IllegalStateException("Import " + importId + " was no longer open at its switch-over");
			}
		}
	}

	/** Imports left unfinished; {@code stale} when their heartbeat is older than {@code staleSeconds}. */
	List<Unfinished> unfinished(long staleSeconds) {
		try (Session session = this.driver.session()) {
			return session.executeRead(tx -> tx
				.run(this.importUnfinished, Map.of("staleSeconds", staleSeconds))
				.list(r -> new Unfinished(r.get("id").asString(), r.get("state").asString(),
						r.get("source").asString(""), r.get("replace").asBoolean(false), r.get("started").asString(""),
						r.get("stale").asBoolean(false))));
		}
	}

	/**
	 * After the switch-over: deletes what a {@code --replace} left to sweep, drops the journal and
	 * closes the import. Safe to run again after an interruption.
	 */
	Undone finish(String importId) {
		Undone swept = apply(importId, SWEEP);
		this.events.publishImport(this.driver, importId, this.writers);
		repeat(importId, this.importBeforesDrop, Map.of(), "deleted");
		repeat(importId, this.importLogsDrop, Map.of("kind", CREATED), "deleted");
		end(importId);
		return swept;
	}

	/** Before the switch-over: puts the store back as it was and closes the import. Safe to run again. */
	Undone rollBack(String importId) {
		Undone deleted = apply(importId, CREATED);
		this.events.discardImport(this.driver, importId, this.batch);
		long restored = 0;
		for (String restore : this.restores) {
			restored += repeat(importId, restore, Map.of(), "restored");
		}
		repeat(importId, this.importLogsDrop, Map.of("kind", SWEEP), "deleted");
		end(importId);
		return new Undone(deleted.units(), deleted.people(), deleted.relationships(), restored);
	}

	/**
	 * Applies the entries of one kind, in order: relationships then entities, by id, each entry in
	 * one transaction that also deletes it. Relationships go first and nothing is created meanwhile,
	 * so an element id of the journal cannot have been reused by another relationship.
	 */
	private Undone apply(String importId, String kind) {
		long units = 0;
		long people = 0;
		long rels = 0;
		try (Session session = this.driver.session()) {
			while (true) {
				long[] counts = session.executeWrite(tx -> {
					List<Record> next = tx
						.run(this.importLogNext, Map.of("importId", importId, "kind", kind))
						.list();
					if (next.isEmpty()) {
						return null;
					}
					Entry entry = Entry.of(next.get(0));
					long r = deleted(tx, this.deleteRelationships, entry.rels());
					long u = deleted(tx, this.deleteUnits, entry.units());
					long p = deleted(tx, this.deletePeople, entry.people());
					// Agreements, items and events count with units in what a roll-back reports.
					long n = deleted(tx, this.deleteRecords, entry.records());
					tx.run(this.importLogDelete, Map.of("importId", importId, "seq", entry.seq()))
						.consume();
					return new long[] { u + n, p, r };
				});
				if (counts == null) {
					break;
				}
				units += counts[0];
				people += counts[1];
				rels += counts[2];
			}
		}
		return new Undone(units, people, rels, 0);
	}

	private long deleted(TransactionContext tx, String statement, List<String> ids) {
		if (ids.isEmpty()) {
			return 0;
		}
		return tx.run(statement, Map.of("ids", ids)).single().get("deleted").asLong();
	}

	/** Runs a bounded statement until it reports nothing left to do; returns the total it reported. */
	private long repeat(String importId, String statement, Map<String, Object> more, String column) {
		Map<String, Object> parameters = new java.util.HashMap<>(more);
		parameters.put("importId", importId);
		parameters.put("limit", this.batch);
		long total = 0;
		try (Session session = this.driver.session()) {
			while (true) {
				long n = session.executeWrite(tx -> tx
					.run(statement, parameters)
					.single()
					.get(column)
					.asLong());
				if (n == 0) {
					return total;
				}
				total += n;
			}
		}
	}

	private void end(String importId) {
		try (Session session = this.driver.session()) {
			session.executeWriteWithoutResult(
					tx -> tx.run(this.importEnd, Map.of("importId", importId)).consume());
		}
		log.debug("Import {} closed", importId);
	}

	/** Splits {@code rows} into lists of at most {@code size}. */
	static <T> List<List<T>> batches(List<T> rows, int size) {
		List<List<T>> result = new ArrayList<>();
		for (int i = 0; i < rows.size(); i += size) {
			result.add(rows.subList(i, Math.min(rows.size(), i + size)));
		}
		return result;
	}

}
