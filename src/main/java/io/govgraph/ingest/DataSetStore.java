package io.govgraph.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

import io.govgraph.store.CypherQueries;

/**
 * Imports a v1 data set into the graph and exports the graph as one. An import is checked whole
 * before anything is written, then written in one transaction with batched {@code UNWIND}
 * statements, so a rejected or failed import leaves the store exactly as it was.
 */
@Service
public class DataSetStore {

	private static final Logger log = LoggerFactory.getLogger(DataSetStore.class);

	static final int BATCH = 2_000;

	private final Driver driver;

	private final CypherQueries cypher;

	public DataSetStore(Driver driver, CypherQueries cypher) {
		this.driver = driver;
		this.cypher = cypher;
	}

	/** Rows created, changed and left as they were, for one file. */
	public record Counts(long created, long changed, long unchanged) {

		@Override
		public String toString() {
			return this.created + " new, " + this.changed + " changed, " + this.unchanged + " unchanged";
		}

	}

	/** What an import did. */
	public record ImportSummary(Counts units, Counts people, Counts posts, Counts links, long parentsChanged,
			boolean replaced, long millis) {

		/** True when the store already held exactly this data (a re-import). */
		public boolean changedNothing() {
			return !this.replaced && this.parentsChanged == 0
					&& List.of(this.units, this.people, this.posts, this.links)
						.stream()
						.allMatch(c -> c.created() == 0 && c.changed() == 0);
		}

		@Override
		public String toString() {
			return "units: " + this.units + "; people: " + this.people + "; posts: " + this.posts + "; links: "
					+ this.links + "; parents changed: " + this.parentsChanged + (this.replaced ? " (store replaced)" : "")
					+ "; " + this.millis + " ms";
		}

	}

	/**
	 * Checks and imports the data set at {@code path}.
	 * @param replace empty the store first (in the same transaction)
	 * @throws DataSetRejectedException listing every problem; nothing was written
	 */
	public ImportSummary importDataSet(Path path, boolean replace) {
		long started = System.nanoTime();
		StoreSnapshot store = replace ? StoreSnapshot.EMPTY : snapshot();
		DataSet ds = DataSetReader.read(path, store);
		try (Session session = this.driver.session()) {
			ImportSummary summary = session.executeWrite(tx -> write(tx, ds, replace, store, started));
			log.info("Imported {}: {}", path, summary);
			return summary;
		}
	}

	/** Reads and checks a data set against the store without writing anything. */
	public DataSet check(Path path, boolean replace) {
		return DataSetReader.read(path, replace ? StoreSnapshot.EMPTY : snapshot());
	}

	/** True when the store holds no unit and no person. */
	public boolean isEmpty() {
		try (Session session = this.driver.session()) {
			return session.executeRead(tx -> tx.run(this.cypher.get("ingest/count_vertices")).single())
				.get("count")
				.asLong() == 0;
		}
	}

	private StoreSnapshot snapshot() {
		try (Session session = this.driver.session()) {
			Record r = session.executeRead(tx -> tx.run(this.cypher.get("ingest/store_snapshot")).single());
			Map<String, String> parentOf = new HashMap<>();
			for (Value pair : r.get("parents").values()) {
				if (!pair.get(1).isNull()) {
					parentOf.put(pair.get(0).asString(), pair.get(1).asString());
				}
			}
			return new StoreSnapshot(new HashSet<>(r.get("unitIds").asList(Value::asString)),
					new HashSet<>(r.get("personIds").asList(Value::asString)), parentOf);
		}
	}

	/**
	 * Writes a checked data set. New entities are created outright and existing ones compared and
	 * rewritten only when they differ; which is which is decided from the ids and the stored posts
	 * and links read at the start, so no statement looks relationships up row by row (a plan made
	 * while the store was empty would scan every relationship for each row).
	 */
	private ImportSummary write(TransactionContext tx, DataSet ds, boolean replace, StoreSnapshot store,
			long started) {
		Map<String, Stored> posts = new HashMap<>();
		Map<String, Stored> links = new HashMap<>();
		if (replace) {
			tx.run(this.cypher.get("ingest/delete_all")).consume();
		}
		else {
			List<String> personIds = ds.posts().stream().map(DataSet.PostRow::personId).distinct().toList();
			for (List<String> ids : batches(personIds)) {
				tx.run(this.cypher.get("ingest/existing_posts"), Map.of("ids", ids))
					.forEachRemaining(r -> posts.put(
							postKey(r.get("personId").asString(), r.get("unitId").asString(), r.get("props")),
							new Stored(r.get("elementId").asString(), r.get("props").asMap())));
			}
			List<String> fromIds = ds.links().stream().map(DataSet.LinkRow::fromId).distinct().toList();
			for (List<String> ids : batches(fromIds)) {
				tx.run(this.cypher.get("ingest/existing_links"), Map.of("ids", ids))
					.forEachRemaining(r -> links.put(
							linkKey(r.get("fromId").asString(), r.get("toId").asString(), r.get("type").asString(),
									r.get("props")),
							new Stored(r.get("elementId").asString(), r.get("props").asMap())));
			}
		}
		Counts units = createOrUpdate(tx, "units", ds.units(), u -> store.unitIds().contains(u.id()),
				u -> Map.of("props", GraphMapping.unitProperties(u), "label", Vocabulary.label(u.type())));
		long parents = parents(tx, ds, store);
		Counts people = createOrUpdate(tx, "people", ds.people(), p -> store.personIds().contains(p.id()),
				p -> Map.of("props", GraphMapping.personProperties(p)));
		Counts postCounts = createOrRewrite(tx, "ingest/create_posts", ds.posts(), posts, DataSet.PostRow::key,
				GraphMapping::postProperties,
				p -> Map.of("personId", p.personId(), "unitId", p.unitId(), "props", GraphMapping.postProperties(p)));
		Counts linkCounts = createOrRewrite(tx, "ingest/create_links", ds.links(), links, DataSet.LinkRow::key,
				GraphMapping::linkProperties, l -> Map.of("fromId", l.fromId(), "toId", l.toId(), "type", l.type(),
						"props", GraphMapping.linkProperties(l)));
		return new ImportSummary(units, people, postCounts, linkCounts, parents, replace,
				(System.nanoTime() - started) / 1_000_000);
	}

	/** A stored relationship: its element id and properties. */
	private record Stored(String elementId, Map<String, Object> props) {
	}

	private static String postKey(String personId, String unitId, Value props) {
		return personId + "|" + unitId + "|" + props.get("role").asString() + "|"
				+ (props.get("since").isNull() ? "" : props.get("since").asLocalDate());
	}

	private static String linkKey(String fromId, String toId, String type, Value props) {
		return fromId + "|" + toId + "|" + type + "|"
				+ (props.get("since").isNull() ? "" : props.get("since").asLocalDate());
	}

	/** Units or people: new ids created, stored ones compared and rewritten where they differ. */
	private <T> Counts createOrUpdate(TransactionContext tx, String what, List<T> rows,
			java.util.function.Predicate<T> stored, Function<T, Map<String, Object>> toParameters) {
		long started = System.nanoTime();
		List<T> fresh = rows.stream().filter(stored.negate()).toList();
		List<T> existing = rows.stream().filter(stored).toList();
		for (List<T> batch : batches(fresh)) {
			tx.run(this.cypher.get("ingest/create_" + what), Map.of("rows", batch.stream().map(toParameters).toList()))
				.consume();
		}
		long changed = 0;
		for (List<T> batch : batches(existing)) {
			changed += tx
				.run(this.cypher.get("ingest/update_" + what), Map.of("rows", batch.stream().map(toParameters).toList()))
				.single()
				.get("changed")
				.asLong();
		}
		log.debug("{}: {} rows in {} ms", what, rows.size(), (System.nanoTime() - started) / 1_000_000);
		return new Counts(fresh.size(), changed, existing.size() - changed);
	}

	/** Posts or links: new keys created, stored ones rewritten by element id where they differ. */
	private <T> Counts createOrRewrite(TransactionContext tx, String createQuery, List<T> rows,
			Map<String, Stored> stored, Function<T, String> key, Function<T, Map<String, Object>> props,
			Function<T, Map<String, Object>> toParameters) {
		long started = System.nanoTime();
		List<Map<String, Object>> create = new ArrayList<>();
		List<Map<String, Object>> rewrite = new ArrayList<>();
		long unchanged = 0;
		for (T row : rows) {
			Stored old = stored.get(key.apply(row));
			if (old == null) {
				create.add(toParameters.apply(row));
			}
			else if (old.props().equals(props.apply(row))) {
				unchanged++;
			}
			else {
				rewrite.add(Map.of("elementId", old.elementId(), "props", props.apply(row)));
			}
		}
		for (List<Map<String, Object>> batch : batches(create)) {
			tx.run(this.cypher.get(createQuery), Map.of("rows", batch)).consume();
		}
		for (List<Map<String, Object>> batch : batches(rewrite)) {
			tx.run(this.cypher.get("ingest/update_relationships"), Map.of("rows", batch)).consume();
		}
		log.debug("{}: {} rows in {} ms", createQuery, rows.size(), (System.nanoTime() - started) / 1_000_000);
		return new Counts(create.size(), rewrite.size(), unchanged);
	}

	/** Moves UNDER edges whose parent changed; the stored tree comes from the snapshot. */
	private long parents(TransactionContext tx, DataSet ds, StoreSnapshot store) {
		List<String> detach = new ArrayList<>();
		List<Map<String, Object>> attach = new ArrayList<>();
		for (DataSet.UnitRow u : ds.units()) {
			String before = store.parentOf().get(u.id());
			if (java.util.Objects.equals(before, u.parentId())) {
				continue;
			}
			if (before != null) {
				detach.add(u.id());
			}
			if (u.parentId() != null) {
				attach.add(Map.of("id", u.id(), "parentId", u.parentId()));
			}
		}
		for (List<String> batch : batches(detach)) {
			tx.run(this.cypher.get("ingest/delete_parents"), Map.of("ids", batch)).consume();
		}
		for (List<Map<String, Object>> batch : batches(attach)) {
			tx.run(this.cypher.get("ingest/create_parents"), Map.of("rows", batch)).consume();
		}
		// A unit counts once whether its edge was moved, removed or added.
		java.util.Set<String> touched = new java.util.HashSet<>(detach);
		attach.forEach(a -> touched.add((String) a.get("id")));
		return touched.size();
	}

	private static <T> List<List<T>> batches(List<T> rows) {
		List<List<T>> result = new ArrayList<>();
		for (int i = 0; i < rows.size(); i += BATCH) {
			result.add(rows.subList(i, Math.min(rows.size(), i + BATCH)));
		}
		return result;
	}

	/** Reads the whole graph back as a data set. */
	public DataSet read() {
		try (Session session = this.driver.session()) {
			return session.executeRead(tx -> new DataSet(
					tx.run(this.cypher.get("ingest/export_units"))
						.list(r -> GraphMapping.unitRow(r.get("props"),
								r.get("parentId").isNull() ? null : r.get("parentId").asString())),
					tx.run(this.cypher.get("ingest/export_people")).list(r -> GraphMapping.personRow(r.get("props"))),
					tx.run(this.cypher.get("ingest/export_posts"))
						.list(r -> GraphMapping.postRow(r.get("personId").asString(), r.get("unitId").asString(),
								r.get("props"))),
					tx.run(this.cypher.get("ingest/export_links"), Map.of("types", Vocabulary.LINK_TYPES))
						.list(r -> GraphMapping.linkRow(r.get("fromId").asString(), r.get("toId").asString(),
								r.get("type").asString(), r.get("props")))));
		}
	}

	/** Writes the whole graph as a data set folder; returns what was written. */
	public DataSet exportTo(Path folder) throws java.io.IOException {
		DataSet ds = read();
		DataSetWriter.write(ds, folder);
		log.info("Exported {} units, {} people, {} posts, {} links to {}", ds.units().size(), ds.people().size(),
				ds.posts().size(), ds.links().size(), folder);
		return ds;
	}

}
