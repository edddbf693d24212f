package io.govgraph.cli;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import io.govgraph.IntegrationTest;
import io.govgraph.export.DataSetExporter;
import io.govgraph.ingest.DataSetImporter;
import io.govgraph.ingest.DataSets;
import io.govgraph.model.DataSet;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/spec/interfaces.md's {@code import PATH [--replace]}, with {@code --verify}: summaries, problems, exit codes. */
@IntegrationTest
class ImportCommandTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	DataSetImporter importer;

	@Autowired
	DataSetExporter exporter;

	@TempDir
	Path dir;

	private CommandRun run(String... args) {
		return CommandRun.in(this.context, args);
	}

	@Test
	void importPrintsASummaryAndExitsZero() {
		CommandRun run = run("import", DataSets.TINY.toString(), "--govgraph.embedded.bolt-port=0");
		assertThat(run.exit()).as(run.err()).isZero();
		assertThat(run.out()).contains("Imported " + DataSets.TINY).contains("units: ").contains("links: ");
		assertThat(run.launches()).containsExactly(java.util.List.of("--govgraph.embedded.bolt-port=0"));
	}

	@Test
	void aRejectedImportPrintsEveryProblemAndExitsOne() throws IOException {
		Path bad = DataSets.copyWith(DataSets.TINY, this.dir.resolve("bad"), "posts.csv", "p1,c,SECRETARY",
				"p1,c,BOSS");
		CommandRun run = run("import", bad.toString());
		assertThat(run.exit()).isEqualTo(GovGraphCommand.FAILED);
		assertThat(run.err()).contains("posts.csv:2: role: unknown role \"BOSS\"").contains("nothing was imported");
	}

	@Test
	void verifyChecksAgainstTheStoreAndWritesNothing() throws IOException {
		this.importer.importDataSet(DataSets.TINY, false);
		DataSet before = this.exporter.read();
		Path changed = DataSets.copyWith(DataSets.TINY, this.dir.resolve("changed"), "units.csv",
				"su,STATIONED_UNIT,派出所,,,police", "su2,STATIONED_UNIT,派出所,,,police");
		CommandRun run = run("import", changed.toString(), "--verify");
		assertThat(run.exit()).as(run.err()).isZero();
		assertThat(run.out()).contains("Verified " + changed)
			.contains("8 units (1 new, 7 in the store)")
			.contains("nothing was written");
		assertThat(this.exporter.read()).isEqualTo(before);
	}

	@Test
	void verifyPrintsEveryProblemAndExitsOne() throws IOException {
		DataSet before = this.exporter.read();
		Path bad = DataSets.copyWith(DataSets.TINY, this.dir.resolve("bad"), "posts.csv", "p1,c,SECRETARY,书记,2018-01-01",
				"p1,c,BOSS,书记,2018-99-01");
		CommandRun run = run("import", bad.toString(), "--verify");
		assertThat(run.exit()).isEqualTo(GovGraphCommand.FAILED);
		assertThat(run.err()).contains("posts.csv:2: role: unknown role \"BOSS\"")
			.contains("posts.csv:2: since: bad date \"2018-99-01\"")
			.contains("2 problem(s)")
			.contains("an import would be rejected (nothing was written)");
		assertThat(this.exporter.read()).isEqualTo(before);
	}

	@Test
	void aMissingDataSetFailsWithExitOne() {
		CommandRun run = run("import", this.dir.resolve("nowhere").toString());
		assertThat(run.exit()).isEqualTo(GovGraphCommand.FAILED);
		assertThat(run.err()).startsWith("import failed: ").contains("nowhere");
	}

}
