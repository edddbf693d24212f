package io.govgraph.ingest;

import java.io.IOException;
import java.nio.file.Path;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import io.govgraph.IntegrationTest;
import io.govgraph.export.DataSetExporter;
import io.govgraph.model.DataSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One import at a time, nothing of the journal left behind, and the import metrics. */
@IntegrationTest
class ImportJournalTests {

	@Autowired
	DataSetImporter importer;

	@Autowired
	DataSetExporter exporter;

	@Autowired
	MeterRegistry meters;

	@Autowired
	org.neo4j.driver.Driver driver;

	@TempDir
	Path dir;

	@Test
	void aSecondImportIsRefusedWhileOneIsUnfinishedAndWritesNothing() {
		DataSet before = this.exporter.read();
		String other = this.importer.journal().begin("another process", false);
		try {
			assertThatThrownBy(() -> this.importer.importDataSet(DataSets.TINY, false))
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("Another import is unfinished")
				.hasMessageContaining(other);
			assertThat(this.exporter.read()).isEqualTo(before);
		}
		finally {
			this.importer.journal().rollBack(other);
		}
		assertThat(this.importer.journal().unfinished(0)).isEmpty();
	}

	@Test
	void anImportLeavesNoJournalBehind() throws IOException {
		Path changed = DataSets.copyWith(DataSets.TINY, this.dir.resolve("changed"), "units.csv",
				"su,STATIONED_UNIT,派出所,,,police", "su,NEW_FIELD_ORG,派出所（改）,c,,police");
		this.importer.importDataSet(changed, false);
		this.importer.importDataSet(DataSets.TINY, false);
		try (var session = this.driver.session()) {
			assertThat(session
				.run("MATCH (n) WHERE n:__GovGraphImport OR n:__GovGraphImportLog OR n:__GovGraphBefore RETURN count(n)")
				.single()
				.get(0)
				.asLong()).isZero();
		}
	}

	@Test
	void importsAreTimedAndTheirRowsCounted() throws IOException {
		double rows = this.meters.counter("govgraph.import.rows", "outcome", "imported").count();
		long imported = timer("imported").count();
		long rejected = timer("rejected").count();
		this.importer.importDataSet(DataSets.TINY, false);
		Path bad = DataSets.copyWith(DataSets.TINY, this.dir.resolve("bad"), "posts.csv", "p1,c,SECRETARY", "p1,c,BOSS");
		assertThatThrownBy(() -> this.importer.importDataSet(bad, false)).isInstanceOf(DataSetRejectedException.class);
		assertThat(timer("imported").count()).isEqualTo(imported + 1);
		assertThat(timer("rejected").count()).isEqualTo(rejected + 1);
		assertThat(this.meters.counter("govgraph.import.rows", "outcome", "imported").count())
			.isEqualTo(rows + this.importer.check(DataSets.TINY, false).rowCount());
	}

	private Timer timer(String outcome) {
		return this.meters.timer("govgraph.import", "outcome", outcome, "replace", "false");
	}

}
