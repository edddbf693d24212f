package io.govgraph.export;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;

import io.govgraph.IntegrationTest;
import io.govgraph.model.DataSet;
import io.govgraph.model.ProgressLine;
import io.govgraph.store.CypherQueries;
import io.govgraph.store.FailingOnce;

import static org.assertj.core.api.Assertions.assertThat;

/** An export whose read the driver runs again reads the same data set and counts its rows once. */
@IntegrationTest
class DataSetExporterRetryTests {

	@Autowired
	Driver driver;

	@Autowired
	CypherQueries cypher;

	@Autowired
	DataSetExporter exporter;

	@Test
	void aReadRunAgainCountsItsRowsOnce() {
		String links = this.cypher.get("export/dataset_links");
		AtomicBoolean failed = new AtomicBoolean();
		Driver failingOnce = FailingOnce.after(this.driver, (statement, parameters) -> statement.equals(links), () -> {
		}, failed);
		try (ProgressLine progress = ProgressLine.start("export", -1)) {
			DataSet read = new DataSetExporter(failingOnce, this.cypher).read(progress);
			assertThat(failed).isTrue();
			assertThat(read).isEqualTo(this.exporter.read());
			long rows = Stream
				.of(read.units(), read.people(), read.posts(), read.links(), read.agreements(), read.parties(),
						read.items(), read.events(), read.attendance())
				.mapToLong(java.util.List::size)
				.sum();
			assertThat(rows).isPositive();
			assertThat(progress.done()).isEqualTo(rows);
		}
	}

}
