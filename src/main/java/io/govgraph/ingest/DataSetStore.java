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
		DataSet ds = check(path, replace);
		try (Session session = this.driver.session()) {
			ImportSummary summary = session.executeWrite(tx -> write(tx, ds, replace, started));
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

	private ImportSummary write(TransactionContext tx, DataSet ds, boolean replace, long started) {
		if (replace) {
			tx.run(this.cypher.get("ingest/delete_all")).consume();
		}
		Counts units = upsert(tx, "ingest/upsert_units", ds.units(),
				u -> Map.of("props", GraphMapping.unitProperties(u), "label", Vocabulary.label(u.type())));
		long parents = 0;
		for (List<DataSet.UnitRow> batch : batches(ds.units())) {
			List<Map<String, Object>> rows = new ArrayList<>();
			for (DataSet.UnitRow u : batch) {
				Map<String, Object> row = new HashMap<>();
				row.put("id", u.id());
				row.put("parentId", u.parentId());
				rows.add(row);
			}
			parents += tx.run(this.cypher.get("ingest/set_parents"), Map.of("rows", rows)).single().get("changed").asLong();
		}
		Counts people = upsert(tx, "ingest/upsert_people", ds.people(),
				p -> Map.of("props", GraphMapping.personProperties(p)));
		Counts posts = upsert(tx, "ingest/upsert_posts", ds.posts(), p -> Map.of("personId", p.personId(), "unitId",
				p.unitId(), "props", GraphMapping.postProperties(p)));
		Counts links = upsert(tx, "ingest/upsert_links", ds.links(), l -> Map.of("fromId", l.fromId(), "toId",
				l.toId(), "type", l.type(), "props", GraphMapping.linkProperties(l)));
		return new ImportSummary(units, people, posts, links, parents, replace,
				(System.nanoTime() - started) / 1_000_000);
	}

	private <T> Counts upsert(TransactionContext tx, String query, List<T> rows,
			Function<T, Map<String, Object>> toParameters) {
		long created = 0;
		long changed = 0;
		long unchanged = 0;
		for (List<T> batch : batches(rows)) {
			Record r = tx.run(this.cypher.get(query), Map.of("rows", batch.stream().map(toParameters).toList()))
				.single();
			created += r.get("created").asLong();
			changed += r.get("changed").asLong();
			unchanged += r.get("unchanged").asLong();
		}
		return new Counts(created, changed, unchanged);
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
