package io.govgraph.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

import io.govgraph.model.DataSet;
import io.govgraph.model.GraphMapping;
import io.govgraph.model.ProgressLine;
import io.govgraph.model.Vocabulary;
import io.govgraph.store.CypherQueries;

/**
 * Writes the whole graph as a data set (v1, with the v1.1 files when the store holds such rows), losslessly: importing the export
 * ({@code ingest.DataSetImporter}) gives back the same graph, and exporting again the same files.
 */
@Service
public class DataSetExporter {

	private static final Logger log = LoggerFactory.getLogger(DataSetExporter.class);

	// Statement names are constants, so that a test can check each; the statements are fetched once, in
	// the constructor, so that a missing file stops the start rather than an export.
	private static final String DATASET_ROWS = "export/dataset_rows";

	private static final String DATASET_UNITS = "export/dataset_units";

	private static final String DATASET_PEOPLE = "export/dataset_people";

	private static final String DATASET_POSTS = "export/dataset_posts";

	private static final String DATASET_LINKS = "export/dataset_links";

	private static final String DATASET_AGREEMENTS = "export/dataset_agreements";

	private static final String DATASET_PARTIES = "export/dataset_parties";

	private static final String DATASET_ITEMS = "export/dataset_items";

	private static final String DATASET_EVENTS = "export/dataset_events";

	private static final String DATASET_ATTENDANCE = "export/dataset_attendance";

	private final Driver driver;

	private final String datasetRows;

	private final String datasetUnits;

	private final String datasetPeople;

	private final String datasetPosts;

	private final String datasetLinks;

	private final String datasetAgreements;

	private final String datasetParties;

	private final String datasetItems;

	private final String datasetEvents;

	private final String datasetAttendance;

	public DataSetExporter(Driver driver, CypherQueries cypher) {
		this.driver = driver;
		this.datasetRows = cypher.get(DATASET_ROWS);
		this.datasetUnits = cypher.get(DATASET_UNITS);
		this.datasetPeople = cypher.get(DATASET_PEOPLE);
		this.datasetPosts = cypher.get(DATASET_POSTS);
		this.datasetLinks = cypher.get(DATASET_LINKS);
		this.datasetAgreements = cypher.get(DATASET_AGREEMENTS);
		this.datasetParties = cypher.get(DATASET_PARTIES);
		this.datasetItems = cypher.get(DATASET_ITEMS);
		this.datasetEvents = cypher.get(DATASET_EVENTS);
		this.datasetAttendance = cypher.get(DATASET_ATTENDANCE);
	}

	/** Reads the whole graph back as a data set. */
	public DataSet read() {
		return read(null);
	}

	/** Writes the whole graph as a data set folder; returns what was written. */
	public DataSet exportTo(Path folder) throws IOException {
		long rows;
		try (Session session = this.driver.session()) {
			rows = session.executeRead(tx -> tx.run(this.datasetRows).single().get("rows").asLong());
		}
		DataSet ds;
		try (ProgressLine progress = ProgressLine.start("export " + folder.getFileName(), rows)) {
			ds = read(progress);
		}
		DataSetWriter.write(ds, folder);
		log.info("Exported {} units, {} people, {} posts, {} links to {}", ds.units().size(), ds.people().size(),
				ds.posts().size(), ds.links().size(), folder);
		return ds;
	}

	/**
	 * The whole store as a data set, each row counted on {@code progress} (null: none) as it is
	 * read; a read the driver runs again after a transient failure counts its rows once.
	 */
	DataSet read(ProgressLine progress) {
		long before = progress == null ? 0 : progress.done();
		try (Session session = this.driver.session()) {
			return session.executeRead(tx -> {
				if (progress != null) {
					// a run again: the rows its first run counted are taken off
					progress.advance(before - progress.done());
				}
				return read(tx, progress);
			});
		}
	}

	private DataSet read(TransactionContext tx, ProgressLine progress) {
		return new DataSet(
				tx.run(this.datasetUnits)
					.list(counted(progress, r -> GraphMapping.unitRow(r.get("props"),
							r.get("parentId").isNull() ? null : r.get("parentId").asString()))),
				tx.run(this.datasetPeople).list(counted(progress, r -> GraphMapping.personRow(r.get("props")))),
				tx.run(this.datasetPosts)
					.list(counted(progress, r -> GraphMapping.postRow(r.get("personId").asString(),
							r.get("unitId").asString(), r.get("props")))),
				tx.run(this.datasetLinks, Map.of("types", Vocabulary.LINK_TYPES))
					.list(counted(progress, r -> GraphMapping.linkRow(r.get("fromId").asString(),
							r.get("toId").asString(), r.get("type").asString(), r.get("props")))),
				tx.run(this.datasetAgreements)
					.list(counted(progress, r -> GraphMapping.agreementRow(r.get("props")))),
				tx.run(this.datasetParties)
					.list(counted(progress, r -> GraphMapping.partyRow(r.get("agreementId").asString(),
							r.get("unitId").asString(), r.get("props")))),
				tx.run(this.datasetItems).list(counted(progress, r -> GraphMapping.itemRow(r.get("props")))),
				tx.run(this.datasetEvents).list(counted(progress, r -> GraphMapping.eventRow(r.get("props")))),
				tx.run(this.datasetAttendance)
					.list(counted(progress, r -> GraphMapping.attendanceRow(r.get("eventId").asString(),
							r.get("attendeeId").asString(), r.get("person").asBoolean(), r.get("props")))));
	}

	private static <T> Function<Record, T> counted(ProgressLine progress, Function<Record, T> mapper) {
		if (progress == null) {
			return mapper;
		}
		return r -> {
			progress.advance(1);
			return mapper.apply(r);
		};
	}

}
