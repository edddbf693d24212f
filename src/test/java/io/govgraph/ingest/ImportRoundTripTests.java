package io.govgraph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;

import io.govgraph.IntegrationTest;
import io.govgraph.export.DataSetExporter;
import io.govgraph.model.DataFile;
import io.govgraph.model.DataSet;
import io.govgraph.store.CypherQueries;
import io.govgraph.store.FailingOnce;

import static org.assertj.core.api.Assertions.assertThat;

/** Idempotent re-import, updates by id, and the lossless export → import round trip. */
@IntegrationTest
class ImportRoundTripTests {

	@Autowired
	DataSetImporter importer;

	@Autowired
	DataSetExporter exporter;

	@Autowired
	Driver driver;

	@Autowired
	CypherQueries cypher;

	@TempDir
	Path dir;

	@Test
	void reImportingTheSampleChangesNothing() {
		DataSet before = this.exporter.read();
		DataSetImporter.ImportSummary again = this.importer.importDataSet(DataSets.SAMPLE, false);
		assertThat(again.changedNothing()).isTrue();
		assertThat(again.units().unchanged()).isEqualTo(840);
		assertThat(again.people().unchanged()).isEqualTo(1113);
		assertThat(again.posts().unchanged()).isEqualTo(1927);
		assertThat(again.links().unchanged()).isEqualTo(606);
		assertThat(this.exporter.read()).isEqualTo(before);
	}

	@Test
	void aRowImportedAgainWithOtherValuesIsUpdatedInPlace() throws IOException {
		this.importer.importDataSet(DataSets.TINY, false);
		Path changed = DataSets.copyWith(DataSets.TINY, this.dir.resolve("changed"), "units.csv",
				"su,STATIONED_UNIT,派出所,,,police", "su,NEW_FIELD_ORG,派出所（改）,c,,police");
		DataSetImporter.ImportSummary summary = this.importer.importDataSet(changed, false);
		assertThat(summary.units()).isEqualTo(new DataSetImporter.Counts(0, 1, 7));
		assertThat(summary.parentsChanged()).isEqualTo(1);
		assertThat(this.exporter.read().units()).filteredOn(u -> u.id().equals("su"))
			.singleElement()
			.satisfies(u -> {
				assertThat(u.type()).isEqualTo("NEW_FIELD_ORG");
				assertThat(u.name()).isEqualTo("派出所（改）");
				assertThat(u.parentId()).isEqualTo("c");
			});
		DataSetImporter.ImportSummary back = this.importer.importDataSet(DataSets.TINY, false);
		assertThat(back.units()).isEqualTo(new DataSetImporter.Counts(0, 1, 7));
		assertThat(this.importer.importDataSet(DataSets.TINY, false).changedNothing()).isTrue();
	}

	@Test
	void aReadOfTheStoredPostsRunAgainKeepsNothingOfItsFirstRun() {
		this.importer.importDataSet(DataSets.TINY, false);
		String stored = this.cypher.get("ingest/existing_posts");
		String secretary = "MATCH (:Person {id: 'p1'})-[h:HOLDS_POST {role: 'SECRETARY'}]->(:Unit {id: 'c'}) ";
		// the import reads p1's stored posts, another client deletes one, the read fails and runs again
		AtomicBoolean failed = new AtomicBoolean();
		Driver failingOnce = FailingOnce.after(this.driver, (statement, parameters) -> statement.equals(stored),
				() -> write(secretary + "DELETE h"), failed);
		DataSetImporter.ImportSummary again = new DataSetImporter(failingOnce, this.cypher, 10_000)
			.importDataSet(DataSets.TINY, false);
		assertThat(failed).isTrue();
		// the post is no longer stored, so the import writes it again (it did not, keeping the first run's read)
		assertThat(again.posts().created()).isEqualTo(1);
		try (Session session = this.driver.session()) {
			assertThat(session.run(secretary + "RETURN count(h) AS n").single().get("n").asLong()).isEqualTo(1);
		}
	}

	private void write(String statement) {
		try (Session session = this.driver.session()) {
			session.executeWriteWithoutResult(tx -> tx.run(statement).consume());
		}
	}

	@Test
	void exportThenImportIsLossless() throws IOException {
		this.importer.importDataSet(DataSets.TINY, false); // partial dates, 是/否, x_ columns, quoting
		DataSet stored = this.exporter.read();
		Path first = this.dir.resolve("first");
		this.exporter.exportTo(first);
		DataSetImporter.ImportSummary replaced = this.importer.importDataSet(first, true);
		assertThat(replaced.replaced()).isTrue();
		Path second = this.dir.resolve("second");
		this.exporter.exportTo(second);
		DataSets.assertSameFiles(first, second);
		assertThat(this.exporter.read()).isEqualTo(stored);
		// What came in is what goes out: every row of the inputs, as given, is in the export.
		DataSet exported = DataSetReader.read(first, StoreSnapshot.EMPTY).withoutLines();
		for (Path input : new Path[] { DataSets.SAMPLE, DataSets.TINY }) {
			DataSet given = DataSetReader.read(input, StoreSnapshot.EMPTY).withoutLines();
			assertThat(new HashSet<>(exported.units())).containsAll(given.units());
			assertThat(new HashSet<>(exported.people())).containsAll(given.people());
			assertThat(new HashSet<>(exported.posts())).containsAll(given.posts());
			assertThat(new HashSet<>(exported.links())).containsAll(given.links());
		}
	}

	@Test
	void aZipOfADataSetImportsLikeTheFolder() throws IOException {
		Path zip = this.dir.resolve("tiny.zip");
		try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
			for (DataFile file : java.util.EnumSet.of(DataFile.UNITS, DataFile.PEOPLE, DataFile.POSTS, DataFile.LINKS)) {
				out.putNextEntry(new java.util.zip.ZipEntry("tiny/" + file.fileName()));
				out.write(Files.readAllBytes(DataSets.TINY.resolve(file.fileName())));
				out.closeEntry();
			}
		}
		assertThat(this.importer.check(zip, false).withoutLines())
			.isEqualTo(this.importer.check(DataSets.TINY, false).withoutLines());
	}

}
